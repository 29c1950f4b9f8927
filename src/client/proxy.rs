//! Builders for the proxy: `proxy`, `get`, `post`, `put`, `patch`, `delete`.

use alloc::{
    string::{String, ToString},
    vec::Vec,
};

use super::{Call, Request};
use crate::api::proxy::{self, DataKind, Opt, Params, ProxyInput};
use crate::api::text::{concat, join};
use crate::js::{
    entries, string, text, truthy_string, wrong_type, Error, Is, Kind, Reader, Slot, Val,
};

pub(super) fn proxy(c: &Call) -> Result<Request, Error> {
    proxied(c, "proxy", None)
}

pub(super) fn get(c: &Call) -> Result<Request, Error> {
    proxied(c, "get", Some("GET"))
}

pub(super) fn post(c: &Call) -> Result<Request, Error> {
    proxied(c, "post", Some("POST"))
}

pub(super) fn put(c: &Call) -> Result<Request, Error> {
    proxied(c, "put", Some("PUT"))
}

pub(super) fn patch(c: &Call) -> Result<Request, Error> {
    proxied(c, "patch", Some("PATCH"))
}

pub(super) fn delete(c: &Call) -> Result<Request, Error> {
    proxied(c, "delete", Some("DELETE"))
}

fn proxied(c: &Call, operation: &'static str, method: Option<&str>) -> Result<Request, Error> {
    let mut r = Reader::new(c.at(0));
    let input = ProxyInput {
        operation,
        method: match method {
            Some(method) => Some(method.to_string()),
            None => r.read("method", method_of),
        },
        headers: r.read("headers", headers),
        endpoint: r.read("endpoint", string),
        connection_id: r.read("connectionId", opt),
        provider_config_key: r.read("providerConfigKey", opt),
        base_url_override: r.read("baseUrlOverride", opt),
        retries: r.read("retries", opt),
        retry_on: r.read("retryOn", retry_on),
        decompress: r.read("decompress", opt),
        forward_headers_on_redirect: r.read("forwardHeadersOnRedirect", opt),
        params: r.read("params", params),
        data: r.read("data", data),
        response_type: r.read("responseType", truthy_string),
    };
    r.finish()?;
    Ok(Request::Proxy(proxy::proxy(&c.config, input)?))
}

/// `headers`' entries as options, when it is truthy.
fn headers(value: &Val, what: &str) -> Result<Vec<(String, Opt)>, Error> {
    if !value.is_truthy() {
        return Ok(Vec::new());
    }
    let mut headers = Vec::new();
    for (name, value) in entries(value, what)? {
        headers.push((name.clone(), opt(value, &concat(&[what, ".", name]))?));
    }
    Ok(headers)
}

/// An option as axios reads it for a header: arrays are joined with `", "`, other values
/// converted with `String(value)`.
fn opt(value: &Val, what: &str) -> Result<Opt, Error> {
    if value.is_undefined() {
        return Ok(Opt::Undefined);
    }
    if value.is_null() || value.as_bool() == Some(false) {
        return Ok(Opt::Falsy(None));
    }
    let text = if value.readable(what)?.is_array() {
        let mut texts = Vec::new();
        for item in value.items() {
            texts.push(text(item, what)?);
        }
        join(&texts, ", ")
    } else {
        text(value, what)?
    };
    Ok(if value.is_truthy() {
        Opt::Truthy(text)
    } else {
        Opt::Falsy(Some(text))
    })
}

fn method_of(value: &Val, what: &str) -> Result<Option<String>, Error> {
    match &value.is {
        Is::Undefined | Is::Null => Ok(None),
        Is::Str(s) => Ok(Some(s.clone())),
        _ => Err(wrong_type(what, "a string", value)),
    }
}

/// `retryOn` joined with `,` when it is truthy; it must then be an array.
fn retry_on(value: &Val, what: &str) -> Result<Option<String>, Error> {
    if !value.is_truthy() {
        return Ok(None);
    }
    if !value.is_array() {
        return Err(wrong_type(what, "an array of status codes", value));
    }
    // `String(array)` is the official `retryOn.join(',')`.
    Ok(Some(text(value, what)?))
}

/// `params`: a query string, or an object whose values are converted with `String(value)`.
fn params(value: &Val, what: &str) -> Result<Params, Error> {
    if let Is::Str(query) = &value.is {
        return Ok(if query.is_empty() {
            Params::None
        } else {
            Params::Query(query.clone())
        });
    }
    if value.is_string() {
        string(value, what)?;
    }
    if !value.is_object() {
        return Ok(Params::None);
    }
    let mut pairs = Vec::new();
    for (name, value) in entries(value, what)? {
        pairs.push((name.clone(), text(value, what)?));
    }
    Ok(Params::Pairs(pairs))
}

/// `data` and what it is; `None` when it is `undefined`.
fn data(value: &Val, _: &str) -> Result<Option<(DataKind, Slot)>, Error> {
    let kind = match &value.is {
        Is::Undefined => return Ok(None),
        Is::Null => DataKind::Null,
        Is::Str(_) | Is::Uncopied(_) => DataKind::Text {
            empty: !value.is_truthy(),
        },
        Is::Object(o) => match o.kind {
            Some(Kind::Binary) => DataKind::Binary,
            Some(Kind::Blob) => {
                let (sized, mime) = o.blob.clone().unwrap_or_default();
                DataKind::Blob {
                    size: if sized { 1.0 } else { 0.0 },
                    mime,
                }
            }
            Some(Kind::FormData) => DataKind::FormData,
            Some(Kind::SearchParams) => DataKind::SearchParams,
            Some(Kind::Stream) => DataKind::Stream,
            Some(Kind::Function) => DataKind::Scalar { truthy: true },
            _ => DataKind::Object,
        },
        _ => DataKind::Scalar {
            truthy: value.is_truthy(),
        },
    };
    Ok(Some((kind, value.slot)))
}
