//! Binding for integrations: `listIntegrations`, `getIntegration`, `createIntegration`,
//! `createQuickstartIntegration`, `updateIntegration`, `deleteIntegration`, with the older
//! string-first call forms of get/create/update. Also the argument readers the areas under
//! `/integrations` and `/providers` share.

use alloc::{
    string::{String, ToString},
    vec::Vec,
};
use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::Nango;
use crate::api::integrations::{self, LegacyCredentials};
use crate::api::text::concat;
use crate::api::{ApiRequest, QueryParam};
use crate::error::Error;
use crate::js::{arg_string, entries, present, prop, string};

/// `params[key]` as an id: a string (or number), `''` when absent so the core reports it.
pub(super) fn id(params: &JsValue, key: &str) -> Result<String, Error> {
    arg_string(&prop(params, key)?, key)
}

/// A query object read like the official SDK's `addQueryParams`: nothing for a falsy
/// value, else each own property; array items are converted like `URLSearchParams.set`
/// converts them (`null` becomes `'null'`).
pub(super) fn query_params(queries: &JsValue) -> Result<Vec<(String, QueryParam)>, Error> {
    if !queries.is_truthy() {
        return Ok(Vec::new());
    }
    let mut params = Vec::new();
    for (name, value) in entries(queries, "queries")? {
        let what = concat(&["queries.", &name]);
        let param = if let Some(items) = value.dyn_ref::<Array>() {
            let mut texts = Vec::new();
            for item in items.iter() {
                let text = string(&item, &what)?;
                let absent = if item.is_null() { "null" } else { "undefined" };
                texts.push(text.unwrap_or_else(|| absent.to_string()));
            }
            QueryParam::Many(texts)
        } else {
            string(&value, &what)?.map_or(QueryParam::Absent, QueryParam::One)
        };
        params.push((name, param));
    }
    Ok(params)
}

/// The older forms' `credentials`: the flat `oauth_*` fields when any is there, else the
/// object as it is (already `{ type, ... }`); `null` and `undefined` are none.
fn legacy_credentials(value: &JsValue) -> Result<Option<LegacyCredentials<JsValue>>, Error> {
    let Some(value) = present(value) else {
        return Ok(None);
    };
    let s = |key: &str| string(&prop(&value, key)?, &concat(&["credentials.", key]));
    let (client_id, client_secret, scopes) = (
        s("oauth_client_id")?,
        s("oauth_client_secret")?,
        s("oauth_scopes")?,
    );
    Ok(Some(
        if client_id.is_none() && client_secret.is_none() && scopes.is_none() {
            LegacyCredentials::Current(value)
        } else {
            LegacyCredentials::OAuth {
                client_id,
                client_secret,
                scopes,
            }
        },
    ))
}

fn get_integration_args(params: &JsValue, queries: &JsValue) -> Result<ApiRequest<JsValue>, Error> {
    Ok(match params.as_string() {
        Some(key) => integrations::get_integration_legacy(&key, queries.is_truthy())?,
        None => integrations::get_integration(&id(params, "uniqueKey")?, query_params(queries)?)?,
    })
}

fn create_integration_args(
    first: &JsValue,
    key: &JsValue,
    credentials: &JsValue,
) -> Result<ApiRequest<JsValue>, Error> {
    Ok(match first.as_string() {
        Some(provider) => integrations::create_integration_legacy(
            &provider,
            &arg_string(key, "providerConfigKey")?,
            legacy_credentials(credentials)?,
        )?,
        None => integrations::create_integration(present(first))?,
    })
}

fn update_integration_args(
    first: &JsValue,
    second: &JsValue,
    credentials: &JsValue,
) -> Result<ApiRequest<JsValue>, Error> {
    Ok(if first.is_string() {
        integrations::update_integration_legacy(
            &arg_string(second, "providerConfigKey")?,
            legacy_credentials(credentials)?,
        )?
    } else {
        integrations::update_integration(&id(first, "uniqueKey")?, present(second))?
    })
}

#[wasm_bindgen]
impl Nango {
    /// Lists the environment's integrations as `{ configs }`.
    #[wasm_bindgen(js_name = listIntegrations, unchecked_return_type = "Promise<any>")]
    pub fn list_integrations(&self) -> Promise {
        self.call(integrations::list_integrations().map_err(Error::from))
    }

    /// Returns one integration as `{ data }`. `queries.include` may ask for `'webhook'` or
    /// `'credentials'` (as in the official SDK, only the last item of the array is sent).
    /// Older form: `getIntegration(providerConfigKey, includeIntegrationCredentials?)`, which
    /// resolves with `{ config }`.
    #[wasm_bindgen(js_name = getIntegration, unchecked_return_type = "Promise<any>")]
    pub fn get_integration(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ uniqueKey: string } | string")] params: &JsValue,
        #[wasm_bindgen(
            unchecked_param_type = "{ include?: ('webhook' | 'credentials')[] } | boolean | undefined"
        )]
        queries: &JsValue,
    ) -> Promise {
        self.call(get_integration_args(params, queries))
    }

    /// Creates an integration from `{ provider, unique_key, display_name?, forward_webhooks?,
    /// credentials?, integration_config? }`; resolves with `{ data }`. Older form:
    /// `createIntegration(provider, providerConfigKey, credentials?)`, where `credentials`
    /// may use the older `oauth_client_id`, `oauth_client_secret` and `oauth_scopes`; it
    /// resolves with `{ config }`.
    #[wasm_bindgen(js_name = createIntegration, unchecked_return_type = "Promise<any>")]
    pub fn create_integration(
        &self,
        #[wasm_bindgen(js_name = bodyOrProvider, unchecked_param_type = "Record<string, any> | string")]
        first: &JsValue,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string | undefined")]
        key: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Record<string, any> | undefined")]
        credentials: &JsValue,
    ) -> Promise {
        self.call(create_integration_args(first, key, credentials))
    }

    /// Creates an integration that uses Nango's own developer app, from
    /// `{ provider, unique_key, display_name?, forward_webhooks? }`; resolves with `{ data }`.
    #[wasm_bindgen(
        js_name = createQuickstartIntegration,
        unchecked_return_type = "Promise<any>"
    )]
    pub fn create_quickstart_integration(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Record<string, any>")] body: &JsValue,
    ) -> Promise {
        self.call(integrations::create_quickstart_integration(present(body)).map_err(Error::from))
    }

    /// Edits an integration: `updateIntegration({ uniqueKey }, { unique_key?, display_name?,
    /// forward_webhooks?, credentials?, integration_config? })`; resolves with `{ data }`.
    /// Older form: `updateIntegration(provider, providerConfigKey, credentials?)`, which sends
    /// only the credentials and resolves with `{ config }`.
    #[wasm_bindgen(js_name = updateIntegration, unchecked_return_type = "Promise<any>")]
    pub fn update_integration(
        &self,
        #[wasm_bindgen(js_name = paramsOrProvider, unchecked_param_type = "{ uniqueKey: string } | string")]
        first: &JsValue,
        #[wasm_bindgen(js_name = bodyOrProviderConfigKey, unchecked_param_type = "Record<string, any> | string")]
        second: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "Record<string, any> | undefined")]
        credentials: &JsValue,
    ) -> Promise {
        self.call(update_integration_args(first, second, credentials))
    }

    /// Deletes an integration (and its connections). Resolves with
    /// `{ status, statusText, headers, data }`.
    #[wasm_bindgen(js_name = deleteIntegration, unchecked_return_type = "Promise<any>")]
    pub fn delete_integration(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
    ) -> Promise {
        let build = || -> Result<_, Error> {
            let key = arg_string(provider_config_key, "providerConfigKey")?;
            Ok(integrations::delete_integration(&key)?)
        };
        self.call(build())
    }
}
