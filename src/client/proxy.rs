//! Binding for the proxy: `proxy`, `get`, `post`, `put`, `patch`, `delete`.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::{
    string::{String, ToString},
    vec::Vec,
};

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;

use super::{promise, Nango};
use crate::api::proxy::{self, DataKind, Opt, Params, ProxyInput};
use crate::api::text::{concat, join};
use crate::error::Error;
use crate::http;
use crate::js::{entries, prop, string, truthy_string, wrong_type, Reader};

#[wasm_bindgen]
extern "C" {
    /// JS `String(value)`.
    #[wasm_bindgen(js_name = String, catch)]
    fn js_string(value: &JsValue) -> Result<String, JsValue>;

    /// A `Blob` (or `File`).
    type Blob;
    #[wasm_bindgen(method, getter, catch)]
    fn size(this: &Blob) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, catch, js_name = "type")]
    fn mime(this: &Blob) -> Result<JsValue, JsValue>;

    /// A `FormData`.
    type FormData;

    /// A `URLSearchParams`.
    #[wasm_bindgen(js_name = URLSearchParams)]
    type SearchParams;

    /// A web `ReadableStream`.
    type ReadableStream;
}

#[wasm_bindgen]
impl Nango {
    /// Sends a request to the integration's API through Nango's proxy and returns
    /// `{ status, statusText, headers, data }`. `endpoint` is required; `connectionId` and
    /// `providerConfigKey` default to the client's. `method` (default `GET`, also `PROPFIND`
    /// and `REPORT`), `headers`, `params`, `data`, `responseType`, `retries`, `retryOn`,
    /// `baseUrlOverride`, `decompress` and `forwardHeadersOnRedirect` work as in the official
    /// SDK. A non-2xx answer rejects with a `NangoError` whose `response` is the same object.
    #[wasm_bindgen(unchecked_return_type = "Promise<ProxyResponse>")]
    pub fn proxy(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ProxyConfiguration")] config: &JsValue,
    ) -> Promise {
        self.proxied("proxy", None, config)
    }

    /// `proxy` with `method: 'GET'` (a GET never sends `data`).
    #[wasm_bindgen(unchecked_return_type = "Promise<ProxyResponse>")]
    pub fn get(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ProxyConfiguration")] config: &JsValue,
    ) -> Promise {
        self.proxied("get", Some("GET"), config)
    }

    /// `proxy` with `method: 'POST'`.
    #[wasm_bindgen(unchecked_return_type = "Promise<ProxyResponse>")]
    pub fn post(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ProxyConfiguration")] config: &JsValue,
    ) -> Promise {
        self.proxied("post", Some("POST"), config)
    }

    /// `proxy` with `method: 'PUT'`.
    #[wasm_bindgen(unchecked_return_type = "Promise<ProxyResponse>")]
    pub fn put(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ProxyConfiguration")] config: &JsValue,
    ) -> Promise {
        self.proxied("put", Some("PUT"), config)
    }

    /// `proxy` with `method: 'PATCH'`.
    #[wasm_bindgen(unchecked_return_type = "Promise<ProxyResponse>")]
    pub fn patch(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ProxyConfiguration")] config: &JsValue,
    ) -> Promise {
        self.proxied("patch", Some("PATCH"), config)
    }

    /// `proxy` with `method: 'DELETE'` (falsy `data` is not sent).
    #[wasm_bindgen(unchecked_return_type = "Promise<ProxyResponse>")]
    pub fn delete(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ProxyConfiguration")] config: &JsValue,
    ) -> Promise {
        self.proxied("delete", Some("DELETE"), config)
    }
}

impl Nango {
    /// Reads the configuration now (as the official SDK does before its first `await`), then
    /// sends the request and resolves with the whole response.
    fn proxied(&self, operation: &'static str, method: Option<&str>, config: &JsValue) -> Promise {
        let request = proxy_input(operation, method, config)
            .and_then(|input| Ok(proxy::proxy(&self.config, input)?));
        let config = Rc::clone(&self.config);
        promise(Box::pin(async move {
            let reply = http::send(&config, request?).await?;
            Ok(reply.response.into())
        }))
    }
}

fn proxy_input(
    operation: &'static str,
    method: Option<&str>,
    config: &JsValue,
) -> Result<ProxyInput<JsValue>, Error> {
    let mut r = Reader::new(config);
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
    Ok(input)
}

/// `headers`' entries as options, when it is truthy.
fn headers(value: &JsValue, what: &str) -> Result<Vec<(String, Opt)>, Error> {
    if !value.is_truthy() {
        return Ok(Vec::new());
    }
    let mut headers = Vec::new();
    for (name, value) in entries(value, what)? {
        headers.push((name, opt(&value, what)?));
    }
    Ok(headers)
}

/// `String(value)`; `what` names the option if that throws.
fn text(value: &JsValue, what: &str) -> Result<String, Error> {
    js_string(value)
        .map_err(|_| Error::invalid(&concat(&[what, " cannot be converted to a string"])))
}

/// An option as axios reads it for a header: arrays are joined with `", "`, other values
/// converted with `String(value)`.
fn opt(value: &JsValue, what: &str) -> Result<Opt, Error> {
    if value.is_undefined() {
        return Ok(Opt::Undefined);
    }
    if value.is_null() || value.as_bool() == Some(false) {
        return Ok(Opt::Falsy(None));
    }
    let text = match value.dyn_ref::<Array>() {
        Some(items) => {
            let mut texts = Vec::new();
            for item in items.iter() {
                texts.push(text(&item, what)?);
            }
            join(&texts, ", ")
        }
        None => text(value, what)?,
    };
    Ok(if value.is_truthy() {
        Opt::Truthy(text)
    } else {
        Opt::Falsy(Some(text))
    })
}

fn method_of(value: &JsValue, what: &str) -> Result<Option<String>, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| wrong_type(what, "a string", value))
}

/// `retryOn` joined with `,` when it is truthy; it must then be an array.
fn retry_on(value: &JsValue, what: &str) -> Result<Option<String>, Error> {
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
fn params(value: &JsValue, what: &str) -> Result<Params, Error> {
    if let Some(query) = value.as_string().filter(|q| !q.is_empty()) {
        return Ok(Params::Query(query));
    }
    if !value.is_object() {
        return Ok(Params::None);
    }
    let mut pairs = Vec::new();
    for (name, value) in entries(value, what)? {
        pairs.push((name, text(&value, what)?));
    }
    Ok(Params::Pairs(pairs))
}

/// `data` and what it is; `None` when it is `undefined`.
fn data(value: &JsValue, _: &str) -> Result<Option<(DataKind, JsValue)>, Error> {
    if value.is_undefined() {
        return Ok(None);
    }
    let kind = if value.is_null() {
        DataKind::Null
    } else if value.is_string() {
        DataKind::Text {
            empty: !value.is_truthy(),
        }
    } else if !value.is_object() {
        DataKind::Scalar {
            truthy: value.is_truthy(),
        }
    } else if value.is_instance_of::<js_sys::ArrayBuffer>() || js_sys::ArrayBuffer::is_view(value) {
        DataKind::Binary
    } else if let Some(blob) = value.dyn_ref::<Blob>() {
        DataKind::Blob {
            size: blob.size().ok().and_then(|s| s.as_f64()).unwrap_or(0.0),
            mime: blob
                .mime()
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_default(),
        }
    } else if value.is_instance_of::<FormData>() {
        DataKind::FormData
    } else if value.is_instance_of::<SearchParams>() {
        DataKind::SearchParams
    } else if value.is_instance_of::<ReadableStream>()
        || prop(value, "pipe").is_ok_and(|pipe| pipe.is_function())
    {
        DataKind::Stream
    } else {
        DataKind::Object
    };
    Ok(Some((kind, value.clone())))
}
