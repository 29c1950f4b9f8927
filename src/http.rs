//! The transport: the one place that calls `fetch`.
//!
//! It binds the global `fetch` (called with no `this`), sets only method, headers and body on
//! the request, and maps the `Response` to a [`Reply`] or an [`Error`]. Bodies stay in the JS
//! engine: JSON is serialized by `JSON.stringify` and parsed by `JSON.parse`.

use js_sys::{Array, Object, Promise, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::api::{ApiRequest, Config, Json};
use crate::error::Error;

#[wasm_bindgen]
extern "C" {
    /// The global `fetch`, looked up at call time so a replaced `globalThis.fetch` is used.
    #[wasm_bindgen(js_name = fetch, catch)]
    fn global_fetch(url: &str, init: &Object) -> Result<Promise, JsValue>;

    /// A fetch `Response`.
    #[derive(Clone)]
    type FetchResponse;
    #[wasm_bindgen(method, getter)]
    fn status(this: &FetchResponse) -> u16;
    #[wasm_bindgen(method, getter, js_name = statusText)]
    fn status_text(this: &FetchResponse) -> JsValue;
    #[wasm_bindgen(method, getter)]
    fn headers(this: &FetchResponse) -> JsValue;
    #[wasm_bindgen(method, catch)]
    fn text(this: &FetchResponse) -> Result<Promise, JsValue>;
}

/// A response, shaped like the official SDK's axios response.
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// `{ status, statusText, headers, data }` with lower-case header names.
    pub response: Object,
    /// The parsed body (`response.data`).
    pub data: JsValue,
}

fn set(target: &Object, name: &str, value: &JsValue) {
    // Setting a property on a plain object we just created cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

/// Builds a JS value from a core JSON value.
fn to_js(value: Json<JsValue>) -> JsValue {
    match value {
        Json::Null => JsValue::NULL,
        Json::Bool(b) => JsValue::from_bool(b),
        Json::Num(n) => JsValue::from_f64(n),
        Json::Str(s) => JsValue::from_str(&s),
        Json::List(items) => items.into_iter().map(to_js).collect::<Array>().into(),
        Json::Object(fields) => {
            let obj = Object::new();
            for (name, value) in fields {
                set(&obj, name, &to_js(value));
            }
            obj.into()
        }
        Json::User(value) => value,
    }
}

/// Response headers as a plain object with lower-case names (fetch already lower-cases them).
fn headers_object(headers: &JsValue) -> Object {
    let out = Object::new();
    if let Ok(Some(entries)) = js_sys::try_iter(headers) {
        for entry in entries.flatten() {
            let pair = Array::from(&entry);
            set(
                &out,
                &pair.get(0).as_string().unwrap_or_default(),
                &pair.get(1),
            );
        }
    }
    out
}

/// Parses a body like axios does by default: JSON when it parses, else the text itself.
fn parse_body(text: JsValue) -> JsValue {
    match text.as_string() {
        Some(s) if !s.trim().is_empty() => JSON::parse(&s).unwrap_or(text),
        _ => text,
    }
}

/// Nango's error message from an error body: `{ error: { message } }`, `{ error: "..." }` or
/// `{ message }`.
fn nango_message(data: &JsValue) -> Option<String> {
    let get = |v: &JsValue, k: &str| Reflect::get(v, &JsValue::from_str(k)).ok();
    if !data.is_object() {
        return data.as_string().filter(|s| !s.is_empty() && s.len() <= 500);
    }
    let error = get(data, "error")?;
    if let Some(s) = error.as_string() {
        return Some(s);
    }
    error
        .is_object()
        .then(|| get(&error, "message"))
        .flatten()
        .and_then(|m| m.as_string())
        .or_else(|| get(data, "message").and_then(|m| m.as_string()))
}

/// Sends `req` with the client's configuration and reads the whole response.
pub async fn send(config: &Config, req: ApiRequest<JsValue>) -> Result<Reply, Error> {
    let operation = req.operation;
    let url = config.url(&req.path_and_query());
    let headers = Object::new();
    for (name, value) in config.common_headers().into_iter().chain(req.headers) {
        set(&headers, name, &JsValue::from_str(&value));
    }
    let init = Object::new();
    set(&init, "method", &JsValue::from_str(req.method.as_str()));
    set(&init, "headers", &headers);
    if let Some(body) = req.body {
        let json = JSON::stringify(&to_js(body)).map_err(|cause| {
            Error::InvalidArgument(format!(
                "{operation}: the request body cannot be serialized as JSON: {}",
                Reflect::get(&cause, &JsValue::from_str("message"))
                    .ok()
                    .and_then(|m| m.as_string())
                    .unwrap_or_default()
            ))
        })?;
        set(&init, "body", &json);
    }
    let network = |cause: JsValue| Error::Network { operation, cause };
    let response: FetchResponse = JsFuture::from(global_fetch(&url, &init).map_err(network)?)
        .await
        .map_err(network)?
        .unchecked_into();
    let text = JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(network)?;
    let status = response.status();
    let data = parse_body(text);
    let obj = Object::new();
    set(&obj, "status", &JsValue::from(status));
    set(&obj, "statusText", &response.status_text());
    set(&obj, "headers", &headers_object(&response.headers()));
    set(&obj, "data", &data);
    if !(200..300).contains(&status) {
        return Err(Error::Api {
            operation,
            status,
            message: nango_message(&data),
            response: obj.into(),
        });
    }
    Ok(Reply {
        status,
        response: obj,
        data,
    })
}
