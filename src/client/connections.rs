//! Builders for connections: `getConnection`, `getConnectionDetails`, `getToken`,
//! `getRawTokenResponse`, `getMetadata`, `listConnections`, `setMetadata`, `updateMetadata`,
//! `patchConnection`, `deleteConnection`.

use alloc::{string::String, vec::Vec};

use super::integrations::id;
use super::{Call, Request};
use crate::api::connections::{self, ConnectionQuery, ListConnections, Tag};
use crate::api::text::concat;
use crate::api::Method;
use crate::js::{
    arg_string, entries, flag, header_value, present, required_string, string, string_list, truthy,
    truthy_string, Error, Reader, Val,
};

fn connection_query(c: &Call, refresh_token: bool) -> Result<ConnectionQuery, Error> {
    Ok(ConnectionQuery {
        provider_config_key: required_string(c.at(0), "providerConfigKey")?,
        connection_id: required_string(c.at(1), "connectionId")?,
        force_refresh: flag(c.at(2), "forceRefresh")?,
        refresh_token: refresh_token && flag(c.at(3), "refreshToken")?,
        refresh_github_app_jwt_token: flag(
            c.at(if refresh_token { 4 } else { 3 }),
            "refreshGithubAppJwtToken",
        )?,
    })
}

pub(super) fn get_connection(c: &Call) -> Result<Request, Error> {
    Ok(connections::get_connection(&connection_query(c, true)?)?.into())
}

pub(super) fn get_token(c: &Call) -> Result<Request, Error> {
    Ok(connections::get_token(&connection_query(c, false)?)?.into())
}

pub(super) fn get_raw_token_response(c: &Call) -> Result<Request, Error> {
    Ok(connections::get_raw_token_response(&connection_query(c, false)?)?.into())
}

pub(super) fn get_metadata(c: &Call) -> Result<Request, Error> {
    let key = arg_string(c.at(0), "providerConfigKey")?;
    let id = arg_string(c.at(1), "connectionId")?;
    Ok(connections::get_metadata(&key, &id)?.into())
}

fn change_metadata(c: &Call, operation: &'static str, method: Method) -> Result<Request, Error> {
    let key = truthy_string(c.at(0), "providerConfigKey")?.unwrap_or_default();
    Ok(
        connections::change_metadata(operation, method, &key, truthy(c.at(1)), truthy(c.at(2)))?
            .into(),
    )
}

pub(super) fn set_metadata(c: &Call) -> Result<Request, Error> {
    change_metadata(c, "setMetadata", Method::Post)
}

pub(super) fn update_metadata(c: &Call) -> Result<Request, Error> {
    change_metadata(c, "updateMetadata", Method::Patch)
}

pub(super) fn get_connection_details(c: &Call) -> Result<Request, Error> {
    let mut r = Reader::new(c.at(0));
    let q = ConnectionQuery {
        provider_config_key: r.read("providerConfigKey", required_string),
        connection_id: r.read("connectionId", required_string),
        force_refresh: r.read("forceRefresh", flag),
        refresh_token: r.read("refreshToken", flag),
        refresh_github_app_jwt_token: r.read("refreshGithubAppJwtToken", flag),
    };
    let headers = r.read("additionalHeader", additional_headers);
    r.finish()?;
    Ok(connections::connection_details(&q, headers)?.into())
}

/// `additionalHeader`'s entries with a value, each as axios sends it.
fn additional_headers(value: &Val, what: &str) -> Result<Vec<(String, String)>, Error> {
    let mut headers = Vec::new();
    for (name, value) in entries(value, what)? {
        if let Some(value) = header_value(value, &concat(&[what, ".", name]))? {
            headers.push((name.clone(), value));
        }
    }
    Ok(headers)
}

pub(super) fn patch_connection(c: &Call) -> Result<Request, Error> {
    let connection_id = id(c.at(0), "connectionId")?;
    let key = id(c.at(0), "provider_config_key")?;
    Ok(connections::patch_connection(&connection_id, &key, present(c.at(1)))?.into())
}

pub(super) fn delete_connection(c: &Call) -> Result<Request, Error> {
    let key = arg_string(c.at(0), "providerConfigKey")?;
    let id = arg_string(c.at(1), "connectionId")?;
    Ok(connections::delete_connection(&key, &id)?.into())
}

pub(super) fn list_connections(c: &Call) -> Result<Request, Error> {
    let first = c.at(0);
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
        let search = truthy_string(c.at(1), "search")?;
        let mut r = Reader::new(c.at(2));
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
    Ok(connections::list_connections(&filters)?.into())
}

/// `tags`' entries with a value; their keys lower-cased by the JS engine.
fn tags(value: &Val, what: &str) -> Result<Vec<Tag>, Error> {
    let mut tags = Vec::new();
    let lower = value.object().map_or(&[][..], |o| &o.lower_keys);
    for (i, (key, value)) in entries(value, what)?.iter().enumerate() {
        if let Some(value) = string(value, &concat(&[what, ".", key]))? {
            tags.push(Tag {
                lowercase_key: lower.get(i).cloned().unwrap_or_default(),
                key: key.clone(),
                value,
            });
        }
    }
    Ok(tags)
}
