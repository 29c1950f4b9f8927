//! Builders for providers, integrations, functions, scripts and environment variables, with
//! the older string-first call forms of `getIntegration`, `createIntegration` and
//! `updateIntegration`. Also the argument readers the areas under `/integrations` and
//! `/providers` share.

use alloc::{
    string::{String, ToString},
    vec::Vec,
};

use super::{Call, Request};
use crate::api::integrations::{self, LegacyCredentials};
use crate::api::text::concat;
use crate::api::{environment, functions, providers, scripts, QueryParam};
use crate::js::{arg_string, entries, present, prop, string, Error, Is, Val};

/// `params[key]` as an id: a string (or number), `''` when absent so the core reports it.
pub(super) fn id(params: &Val, key: &str) -> Result<String, Error> {
    arg_string(prop(params, key)?, key)
}

/// A query object read like the official SDK's `addQueryParams`: nothing for a falsy
/// value, else each own property; array items are converted like `URLSearchParams.set`
/// converts them (`null` becomes `'null'`).
pub(super) fn query_params(queries: &Val) -> Result<Vec<(String, QueryParam)>, Error> {
    if !queries.is_truthy() {
        return Ok(Vec::new());
    }
    let mut params = Vec::new();
    for (name, value) in entries(queries, "queries")? {
        let what = concat(&["queries.", name]);
        let param = if value.readable(&what)?.is_array() {
            let mut texts = Vec::new();
            for item in value.items() {
                let text = string(item, &what)?;
                let absent = if item.is_null() { "null" } else { "undefined" };
                texts.push(text.unwrap_or_else(|| absent.to_string()));
            }
            QueryParam::Many(texts)
        } else {
            string(value, &what)?.map_or(QueryParam::Absent, QueryParam::One)
        };
        params.push((name.clone(), param));
    }
    Ok(params)
}

/// The older forms' `credentials`: the flat `oauth_*` fields when any is there, else the
/// object as it is (already `{ type, ... }`); `null` and `undefined` are none.
fn legacy_credentials(value: &Val) -> Result<Option<LegacyCredentials<crate::js::Slot>>, Error> {
    let Some(slot) = present(value) else {
        return Ok(None);
    };
    let s = |key: &str| string(prop(value, key)?, &concat(&["credentials.", key]));
    let (client_id, client_secret, scopes) = (
        s("oauth_client_id")?,
        s("oauth_client_secret")?,
        s("oauth_scopes")?,
    );
    Ok(Some(
        if client_id.is_none() && client_secret.is_none() && scopes.is_none() {
            LegacyCredentials::Current(slot)
        } else {
            LegacyCredentials::OAuth {
                client_id,
                client_secret,
                scopes,
            }
        },
    ))
}

pub(super) fn list_providers(c: &Call) -> Result<Request, Error> {
    Ok(providers::list_providers(query_params(c.at(0))?)?.into())
}

pub(super) fn get_provider(c: &Call) -> Result<Request, Error> {
    Ok(providers::get_provider(&id(c.at(0), "provider")?)?.into())
}

pub(super) fn get_provider_templates(c: &Call) -> Result<Request, Error> {
    Ok(providers::get_provider_templates(&id(c.at(0), "provider")?)?.into())
}

pub(super) fn list_integrations(_: &Call) -> Result<Request, Error> {
    Ok(integrations::list_integrations()?.into())
}

pub(super) fn get_integration(c: &Call) -> Result<Request, Error> {
    let (params, queries) = (c.at(0), c.at(1));
    Ok(match &params.is {
        Is::Str(key) => integrations::get_integration_legacy(key, queries.is_truthy())?,
        _ => integrations::get_integration(&id(params, "uniqueKey")?, query_params(queries)?)?,
    }
    .into())
}

pub(super) fn create_integration(c: &Call) -> Result<Request, Error> {
    let first = c.at(0);
    Ok(if first.is_string() {
        let provider = arg_string(first, "provider")?;
        integrations::create_integration_legacy(
            &provider,
            &arg_string(c.at(1), "providerConfigKey")?,
            legacy_credentials(c.at(2))?,
        )?
    } else {
        integrations::create_integration(present(first))?
    }
    .into())
}

pub(super) fn create_quickstart_integration(c: &Call) -> Result<Request, Error> {
    Ok(integrations::create_quickstart_integration(present(c.at(0)))?.into())
}

pub(super) fn update_integration(c: &Call) -> Result<Request, Error> {
    let (first, second) = (c.at(0), c.at(1));
    Ok(if first.is_string() {
        integrations::update_integration_legacy(
            &arg_string(second, "providerConfigKey")?,
            legacy_credentials(c.at(2))?,
        )?
    } else {
        integrations::update_integration(&id(first, "uniqueKey")?, present(second))?
    }
    .into())
}

pub(super) fn delete_integration(c: &Call) -> Result<Request, Error> {
    let key = arg_string(c.at(0), "providerConfigKey")?;
    Ok(integrations::delete_integration(&key)?.into())
}

pub(super) fn list_functions(c: &Call) -> Result<Request, Error> {
    let key = id(c.at(0), "uniqueKey")?;
    Ok(functions::list_functions(&key, query_params(c.at(1))?)?.into())
}

type FunctionBuilder =
    fn(&str, &str, Vec<(String, QueryParam)>) -> crate::api::Built<crate::js::Slot>;

fn function(build: FunctionBuilder, c: &Call) -> Result<Request, Error> {
    let key = id(c.at(0), "uniqueKey")?;
    let name = id(c.at(0), "name")?;
    Ok(build(&key, &name, query_params(c.at(1))?)?.into())
}

pub(super) fn get_function(c: &Call) -> Result<Request, Error> {
    function(functions::get_function, c)
}

pub(super) fn get_function_code(c: &Call) -> Result<Request, Error> {
    function(functions::get_function_code, c)
}

pub(super) fn delete_function(c: &Call) -> Result<Request, Error> {
    function(functions::delete_function, c)
}

pub(super) fn get_scripts_config(c: &Call) -> Result<Request, Error> {
    let format = c.at(0);
    let format = if format.is_undefined() {
        Some("nango".to_string())
    } else {
        string(format, "format")?
    };
    Ok(scripts::get_scripts_config(format.as_deref())?.into())
}

pub(super) fn get_environment_variables(_: &Call) -> Result<Request, Error> {
    Ok(environment::get_environment_variables()?.into())
}
