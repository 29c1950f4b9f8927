//! Binding for connections: `getConnection`, `getConnectionDetails`, `getToken`,
//! `getRawTokenResponse`, `getMetadata`, `listConnections`, `setMetadata`, `updateMetadata`,
//! `patchConnection`, `deleteConnection`.

use alloc::{string::String, vec::Vec};
use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::integrations::id;
use super::Nango;
use crate::api::connections::{self, ConnectionQuery, ListConnections, Tag};
use crate::api::text::concat;
use crate::api::{ApiRequest, Method};
use crate::error::Error;
use crate::js::{
    arg_string, entries, flag, header_value, present, required_string, string, string_list,
    truthy_string, Reader,
};

#[wasm_bindgen]
impl Nango {
    /// Returns a connection with its credentials and metadata.
    /// `forceRefresh` obtains a new access token first, `refreshToken` includes the refresh
    /// token, `refreshGithubAppJwtToken` refreshes the JWT of GitHub App connections.
    #[wasm_bindgen(js_name = getConnection, unchecked_return_type = "Promise<any>")]
    pub fn get_connection(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string")]
        connection_id: &JsValue,
        #[wasm_bindgen(js_name = forceRefresh, unchecked_param_type = "boolean | undefined")]
        force_refresh: &JsValue,
        #[wasm_bindgen(js_name = refreshToken, unchecked_param_type = "boolean | undefined")]
        refresh_token: &JsValue,
        #[wasm_bindgen(
            js_name = refreshGithubAppJwtToken,
            unchecked_param_type = "boolean | undefined"
        )]
        refresh_github_app_jwt_token: &JsValue,
    ) -> Promise {
        self.call(
            connection_query(
                provider_config_key,
                connection_id,
                force_refresh,
                refresh_token,
                refresh_github_app_jwt_token,
            )
            .and_then(|q| Ok(connections::get_connection(&q)?)),
        )
    }

    /// Returns the connection's token: the access token string for OAuth 2,
    /// `{ oAuthToken, oAuthTokenSecret }` for OAuth 1, the credentials object otherwise.
    #[wasm_bindgen(js_name = getToken, unchecked_return_type = "Promise<any>")]
    pub fn get_token(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string")]
        connection_id: &JsValue,
        #[wasm_bindgen(js_name = forceRefresh, unchecked_param_type = "boolean | undefined")]
        force_refresh: &JsValue,
        #[wasm_bindgen(
            js_name = refreshGithubAppJwtToken,
            unchecked_param_type = "boolean | undefined"
        )]
        refresh_github_app_jwt_token: &JsValue,
    ) -> Promise {
        self.call(
            connection_query(
                provider_config_key,
                connection_id,
                force_refresh,
                &JsValue::FALSE,
                refresh_github_app_jwt_token,
            )
            .and_then(|q| Ok(connections::get_token(&q)?)),
        )
    }

    /// Returns the raw token response the provider sent (`credentials.raw`).
    #[wasm_bindgen(js_name = getRawTokenResponse, unchecked_return_type = "Promise<any>")]
    pub fn get_raw_token_response(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string")]
        connection_id: &JsValue,
        #[wasm_bindgen(js_name = forceRefresh, unchecked_param_type = "boolean | undefined")]
        force_refresh: &JsValue,
        #[wasm_bindgen(
            js_name = refreshGithubAppJwtToken,
            unchecked_param_type = "boolean | undefined"
        )]
        refresh_github_app_jwt_token: &JsValue,
    ) -> Promise {
        self.call(
            connection_query(
                provider_config_key,
                connection_id,
                force_refresh,
                &JsValue::FALSE,
                refresh_github_app_jwt_token,
            )
            .and_then(|q| Ok(connections::get_raw_token_response(&q)?)),
        )
    }

    /// Returns the connection's custom metadata.
    #[wasm_bindgen(js_name = getMetadata, unchecked_return_type = "Promise<any>")]
    pub fn get_metadata(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string")]
        connection_id: &JsValue,
    ) -> Promise {
        let build = || -> Result<_, Error> {
            let key = string(provider_config_key, "providerConfigKey")?.unwrap_or_default();
            let id = string(connection_id, "connectionId")?.unwrap_or_default();
            Ok(connections::get_metadata(&key, &id)?)
        };
        self.call(build())
    }

    /// Replaces the custom metadata of one connection or of several (`connectionId` may be
    /// an array). Resolves with `{ status, statusText, headers, data }`.
    #[wasm_bindgen(js_name = setMetadata, unchecked_return_type = "Promise<any>")]
    pub fn set_metadata(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string | string[]")]
        connection_id: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Record<string, any>")] metadata: &JsValue,
    ) -> Promise {
        self.call(change_metadata_args(
            "setMetadata",
            Method::Post,
            provider_config_key,
            connection_id,
            metadata,
        ))
    }

    /// Merges `metadata` into the custom metadata of one connection or of several, only
    /// overriding the given properties. Resolves with `{ status, statusText, headers, data }`.
    #[wasm_bindgen(js_name = updateMetadata, unchecked_return_type = "Promise<any>")]
    pub fn update_metadata(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string | string[]")]
        connection_id: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Record<string, any>")] metadata: &JsValue,
    ) -> Promise {
        self.call(change_metadata_args(
            "updateMetadata",
            Method::Patch,
            provider_config_key,
            connection_id,
            metadata,
        ))
    }

    /// Returns the connection request's whole response, `{ status, statusText, headers,
    /// data }`. `options`: `providerConfigKey`, `connectionId`, `forceRefresh`,
    /// `refreshToken`, `refreshGithubAppJwtToken` and `additionalHeader` (extra request
    /// headers; they cannot replace the authorization or the client's flags).
    #[wasm_bindgen(js_name = getConnectionDetails, unchecked_return_type = "Promise<any>")]
    pub fn get_connection_details(
        &self,
        #[wasm_bindgen(
            unchecked_param_type = "{ providerConfigKey: string, connectionId: string, forceRefresh?: boolean, refreshToken?: boolean, refreshGithubAppJwtToken?: boolean, additionalHeader?: Record<string, string> }"
        )]
        options: &JsValue,
    ) -> Promise {
        self.call(connection_details_args(options))
    }

    /// Edits a connection: `patchConnection({ connectionId, provider_config_key }, { tags?,
    /// end_user?, ... })`. Resolves with the API's answer.
    #[wasm_bindgen(js_name = patchConnection, unchecked_return_type = "Promise<any>")]
    pub fn patch_connection(
        &self,
        #[wasm_bindgen(
            unchecked_param_type = "{ connectionId: string, provider_config_key: string }"
        )]
        params: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Record<string, any>")] body: &JsValue,
    ) -> Promise {
        let build = || -> Result<_, Error> {
            let connection_id = id(params, "connectionId")?;
            let key = id(params, "provider_config_key")?;
            Ok(connections::patch_connection(
                &connection_id,
                &key,
                present(body),
            )?)
        };
        self.call(build())
    }

    /// Deletes a connection. Resolves with `{ status, statusText, headers, data }`.
    #[wasm_bindgen(js_name = deleteConnection, unchecked_return_type = "Promise<any>")]
    pub fn delete_connection(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string")]
        connection_id: &JsValue,
    ) -> Promise {
        let build = || -> Result<_, Error> {
            let key = arg_string(provider_config_key, "providerConfigKey")?;
            let id = arg_string(connection_id, "connectionId")?;
            Ok(connections::delete_connection(&key, &id)?)
        };
        self.call(build())
    }

    /// Lists connections. Two call forms: `listConnections(connectionId?, search?, queries?)`
    /// (`queries`: `endUserId`, `endUserOrganizationId`, `limit`, `page`) and
    /// `listConnections({ connectionId, userId, integrationId, tags, limit, page })`, where
    /// `integrationId` is one key or an array and `tags` may use `displayName` and `email`.
    #[wasm_bindgen(js_name = listConnections, unchecked_return_type = "Promise<any>")]
    pub fn list_connections(
        &self,
        #[wasm_bindgen(
            js_name = connectionIdOrParams,
            unchecked_param_type = "string | Record<string, any> | undefined"
        )]
        first: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | undefined")] search: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Record<string, any> | undefined")] queries: &JsValue,
    ) -> Promise {
        self.call(list_connections_args(first, search, queries))
    }
}

fn connection_query(
    provider_config_key: &JsValue,
    connection_id: &JsValue,
    force_refresh: &JsValue,
    refresh_token: &JsValue,
    refresh_github_app_jwt_token: &JsValue,
) -> Result<ConnectionQuery, Error> {
    Ok(ConnectionQuery {
        provider_config_key: required_string(provider_config_key, "providerConfigKey")?,
        connection_id: required_string(connection_id, "connectionId")?,
        force_refresh: force_refresh.is_truthy(),
        refresh_token: refresh_token.is_truthy(),
        refresh_github_app_jwt_token: refresh_github_app_jwt_token.is_truthy(),
    })
}

fn connection_details_args(options: &JsValue) -> Result<ApiRequest<JsValue>, Error> {
    let mut r = Reader::new(options);
    let q = ConnectionQuery {
        provider_config_key: r.read("providerConfigKey", required_string),
        connection_id: r.read("connectionId", required_string),
        force_refresh: r.read("forceRefresh", flag),
        refresh_token: r.read("refreshToken", flag),
        refresh_github_app_jwt_token: r.read("refreshGithubAppJwtToken", flag),
    };
    let headers = r.read("additionalHeader", additional_headers);
    r.finish()?;
    Ok(connections::connection_details(&q, headers)?)
}

/// `additionalHeader`'s entries with a value, each as axios sends it.
fn additional_headers(value: &JsValue, what: &str) -> Result<Vec<(String, String)>, Error> {
    let mut headers = Vec::new();
    for (name, value) in entries(value, what)? {
        if let Some(value) = header_value(&value, &concat(&[what, ".", &name]))? {
            headers.push((name, value));
        }
    }
    Ok(headers)
}

fn list_connections_args(
    first: &JsValue,
    search: &JsValue,
    queries: &JsValue,
) -> Result<ApiRequest<JsValue>, Error> {
    let filters = if first.is_object() {
        let mut r = Reader::new(first);
        let filters = ListConnections::Params {
            integration_id: r.read("integrationId", |ids, what| {
                ids.is_truthy().then(|| string_list(ids, what)).transpose()
            }),
            tags: r.read("tags", tags),
            connection_id: r.read("connectionId", truthy_string),
            user_id: r.read("userId", truthy_string),
            limit: r.read("limit", truthy_string),
            page: r.read("page", truthy_string),
        };
        r.finish()?;
        filters
    } else {
        let connection_id = truthy_string(first, "connectionId")?;
        let search = truthy_string(search, "search")?;
        let mut r = Reader::new(queries);
        let filters = ListConnections::Legacy {
            connection_id,
            search,
            end_user_id: r.read("endUserId", truthy_string),
            end_user_organization_id: r.read("endUserOrganizationId", truthy_string),
            limit: r.read("limit", truthy_string),
            page: r.read("page", truthy_string),
        };
        r.finish()?;
        filters
    };
    Ok(connections::list_connections(&filters)?)
}

/// `tags`' entries with a value; their keys lower-cased by the JS engine.
fn tags(value: &JsValue, what: &str) -> Result<Vec<Tag>, Error> {
    let mut tags = Vec::new();
    for (key, value) in entries(value, what)? {
        if let Some(value) = string(&value, &concat(&[what, ".", &key]))? {
            let lowercase_key = js_sys::JsString::from(key.as_str()).to_lower_case();
            tags.push(Tag {
                lowercase_key: String::from(lowercase_key),
                key,
                value,
            });
        }
    }
    Ok(tags)
}

fn change_metadata_args(
    operation: &'static str,
    method: Method,
    provider_config_key: &JsValue,
    connection_id: &JsValue,
    metadata: &JsValue,
) -> Result<ApiRequest<JsValue>, Error> {
    let key = truthy_string(provider_config_key, "providerConfigKey")?.unwrap_or_default();
    let truthy = |v: &JsValue| v.is_truthy().then(|| v.clone());
    Ok(connections::change_metadata(
        operation,
        method,
        &key,
        truthy(connection_id),
        truthy(metadata),
    )?)
}
