//! The transport: the one place that calls `fetch`.
//!
//! It binds the global `fetch` (called with no `this`), sets only method, headers and body on
//! the request, and maps the `Response` to a [`Reply`] or an [`Error`]. Bodies stay in the JS
//! engine: a caller's value goes to `fetch` as it is or through `JSON.stringify`,
//! `URLSearchParams` or `FormData`, and a response is read by `Response.text()` (then
//! `JSON.parse`), `arrayBuffer()` or `blob()`, or handed over as `Response.body` unread.

use alloc::{
    string::{String, ToString},
    vec::Vec,
};
use core::future::Future;

use js_sys::{Array, Date, JsString, Object, Promise, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::api::proxy::{Body, ProxyRequest, ResponseType};
use crate::api::text::{concat, decimal, join};
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
    #[wasm_bindgen(method, getter)]
    fn body(this: &FetchResponse) -> JsValue;
    #[wasm_bindgen(method, catch)]
    fn text(this: &FetchResponse) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch, js_name = arrayBuffer)]
    fn array_buffer(this: &FetchResponse) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn blob(this: &FetchResponse) -> Result<Promise, JsValue>;

    /// A WHATWG `URL`: the host check and the proxy's object `params`.
    #[wasm_bindgen(js_name = URL)]
    pub type Url;
    #[wasm_bindgen(constructor, catch, js_class = "URL")]
    pub fn new(url: &str) -> Result<Url, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn href(this: &Url) -> String;
    #[wasm_bindgen(method, getter, js_name = searchParams)]
    fn search_params(this: &Url) -> SearchParams;

    /// A `URLSearchParams`.
    #[wasm_bindgen(js_name = URLSearchParams)]
    type SearchParams;
    #[wasm_bindgen(method)]
    fn set(this: &SearchParams, name: &str, value: &str);

    /// `JSON.parse` of a JS string, without copying it into wasm memory.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;

    /// A `Blob`.
    type Blob;
    #[wasm_bindgen(constructor, catch, js_class = "Blob")]
    fn new(parts: &Array) -> Result<Blob, JsValue>;
    #[wasm_bindgen(method)]
    fn stream(this: &Blob) -> JsValue;

    /// A `URLSearchParams` or a `FormData`: what a form-encoded body is written into.
    type FormTarget;
    #[wasm_bindgen(constructor, catch, js_class = "URLSearchParams")]
    fn search_params() -> Result<FormTarget, JsValue>;
    #[wasm_bindgen(constructor, catch, js_class = "FormData")]
    fn form_data() -> Result<FormTarget, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn append(this: &FormTarget, name: &str, value: &JsValue) -> Result<(), JsValue>;

    /// A `TextDecoder` (UTF-8).
    type TextDecoder;
    #[wasm_bindgen(constructor, catch, js_class = "TextDecoder")]
    fn new() -> Result<TextDecoder, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn decode(this: &TextDecoder, bytes: &JsValue) -> Result<JsValue, JsValue>;

    /// Node's `Buffer`, where the runtime has one (Node, Bun); the calls fail elsewhere.
    type NodeBuffer;
    #[wasm_bindgen(js_namespace = Buffer, js_name = from, catch)]
    fn buffer_from(bytes: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = Buffer, js_name = isBuffer, catch)]
    fn is_buffer(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(method, catch, js_name = toString)]
    fn to_string_as(this: &NodeBuffer, encoding: &str) -> Result<JsValue, JsValue>;
}

/// A response, shaped like the official SDK's axios response.
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// `{ status, statusText, headers, data }` with lower-case header names.
    pub response: Object,
    /// The body as the request's response type reads it (`response.data`).
    pub data: JsValue,
}

/// A request as the transport sends it: Nango API calls ([`ApiRequest`]) and proxied calls
/// ([`ProxyRequest`]) both become one.
pub struct Outgoing {
    operation: &'static str,
    method: &'static str,
    path_and_query: String,
    /// Pairs set on the URL's query with `URLSearchParams.set` (the proxy's object `params`).
    set_query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Body<JsValue>>,
    response_type: ResponseType,
}

impl From<ApiRequest<JsValue>> for Outgoing {
    fn from(req: ApiRequest<JsValue>) -> Self {
        Outgoing {
            operation: req.operation,
            method: req.method.as_str(),
            path_and_query: req.path_and_query(),
            set_query: Vec::new(),
            headers: owned(req.headers).chain(req.extra_headers).collect(),
            body: req.body.map(|body| Body::Json(to_js(body))),
            response_type: ResponseType::Json,
        }
    }
}

impl From<ProxyRequest<JsValue>> for Outgoing {
    fn from(req: ProxyRequest<JsValue>) -> Self {
        Outgoing {
            operation: req.operation,
            method: req.method,
            path_and_query: req.path,
            set_query: req.query,
            headers: req.headers,
            body: req.body,
            response_type: req.response_type,
        }
    }
}

fn set(target: &Object, name: &str, value: &JsValue) {
    // Setting a property on a plain object we just created cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

/// The `message` of a JS error (or `String(error)` of anything else that is a string).
fn message_of(error: &JsValue) -> String {
    Reflect::get(error, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_default()
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

/// Response headers as a plain object with lower-case names (fetch already lower-cases them):
/// `Object.fromEntries(headers)`.
fn headers_object(headers: &JsValue) -> Object {
    Object::from_entries(headers).unwrap_or_else(|_| Object::new())
}

/// Nango's error message from an error body: `{ error: { message } }`, `{ error: "..." }`,
/// `{ message }`, or a short text body.
fn nango_message(data: &JsValue) -> Option<String> {
    let get = |v: &JsValue, k: &str| Reflect::get(v, &JsValue::from_str(k)).ok();
    if !data.is_object() {
        return data
            .dyn_ref::<JsString>()
            .filter(|s| (1..=500).contains(&s.length()))
            .and_then(|s| s.as_string());
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

/// axios' `stringifySafely`: a string that parses as JSON is sent trimmed, anything else as
/// `JSON.stringify(value)`; `None` when that is `undefined` (functions, symbols).
fn stringify_safely(value: &JsValue) -> Result<Option<JsValue>, JsValue> {
    if let Some(text) = value.dyn_ref::<JsString>() {
        if json_parse(text).is_ok() {
            return Ok(Some(text.trim().into()));
        }
    }
    let json = JSON::stringify(value)?;
    Ok((!json.is_undefined()).then(|| json.into()))
}

/// The request body `fetch` gets for `body`, if any.
fn encode(operation: &'static str, body: Body<JsValue>) -> Result<Option<JsValue>, Error> {
    match body {
        Body::Json(value) => stringify_safely(&value).map_err(|cause| {
            Error::invalid(&concat(&[
                operation,
                ": the request body cannot be serialized as JSON: ",
                &message_of(&cause),
            ]))
        }),
        Body::Raw(value) => Ok(Some(value)),
        Body::Form(value) => Form::encode(&value, false).map(Some),
        Body::Multipart(value) => Form::encode(&value, true).map(Some),
    }
}

/// `fetch` gives a string body `text/plain;charset=UTF-8` when no Content-Type is set, axios
/// sends none: without one (`typed` false) the text goes in a Blob without a type.
fn untyped_text(body: JsValue, typed: bool) -> Result<JsValue, JsValue> {
    if typed || !body.is_string() {
        return Ok(body);
    }
    Ok(Blob::new(&Array::of1(&body))?.into())
}

fn invalid(error: &JsValue) -> Error {
    Error::invalid(&message_of(error))
}

/// The deepest nesting axios form-encodes.
const FORM_MAX_DEPTH: usize = 100;

/// axios' `toFormData` with its defaults, as `toURLEncodedForm` uses it: bracket keys
/// (`a[b][0]`), flat arrays at the top as `key[]`, top-level `key{}` values as JSON, `null`
/// and `undefined` left out, dates as ISO strings, Node `Buffer`s as base64. Multipart writes
/// the same keys into a `FormData`, with `Blob`s and binary data as files.
struct Form {
    target: FormTarget,
    multipart: bool,
    stack: Vec<JsValue>,
}

impl Form {
    /// The `URLSearchParams` (or, for `multipart`, `FormData`) holding `data`'s fields.
    fn encode(data: &JsValue, multipart: bool) -> Result<JsValue, Error> {
        let target = if multipart {
            FormTarget::form_data()
        } else {
            FormTarget::search_params()
        }
        .map_err(|e| invalid(&e))?;
        let mut form = Form {
            target,
            multipart,
            stack: Vec::new(),
        };
        form.build(data, &[], 0).map_err(|e| Error::invalid(&e))?;
        Ok(form.target.into())
    }

    fn build(&mut self, value: &JsValue, path: &[String], depth: usize) -> Result<(), String> {
        if depth > FORM_MAX_DEPTH {
            return Err(concat(&[
                "Object is too deeply nested (",
                &decimal(depth),
                " levels). Max depth: ",
                &decimal(FORM_MAX_DEPTH),
            ]));
        }
        if self.stack.iter().any(|seen| Object::is(seen, value)) {
            return Err(concat(&[
                "Circular reference detected in ",
                &join(path, "."),
            ]));
        }
        self.stack.push(value.clone());
        for (key, item) in children(value)? {
            if !item.is_undefined() && !item.is_null() && self.visit(&item, &key, path)? {
                let mut inner = path.to_vec();
                inner.push(key);
                self.build(&item, &inner, depth + 1)?;
            }
        }
        self.stack.pop();
        Ok(())
    }

    /// axios' default visitor: appends `value` under its key, or answers `true` to descend
    /// into it.
    fn visit(&self, value: &JsValue, key: &str, path: &[String]) -> Result<bool, String> {
        if !self.multipart && is_buffer(value).unwrap_or(false) {
            let base64 = value.unchecked_ref::<NodeBuffer>().to_string_as("base64");
            self.append(key, &base64.map_err(|e| message_of(&e))?)?;
            return Ok(false);
        }
        if path.is_empty() && value.is_object() {
            if key.ends_with("{}") {
                let json = JSON::stringify(value).map_err(|e| message_of(&e))?;
                self.append(key, &json)?;
                return Ok(false);
            }
            if let Some(items) = value
                .dyn_ref::<Array>()
                .filter(|a| key.ends_with("[]") || !a.iter().any(|v| is_visitable(&v)))
            {
                let name = concat(&[remove_brackets(key), "[]"]);
                for item in items.iter().filter(|v| !v.is_undefined() && !v.is_null()) {
                    self.append(&name, &self.convert(&item)?)?;
                }
                return Ok(false);
            }
        }
        if is_visitable(value) {
            return Ok(true);
        }
        self.append(&render_key(path, key), &self.convert(value)?)?;
        Ok(false)
    }

    /// axios' `convertValue`.
    fn convert(&self, value: &JsValue) -> Result<JsValue, String> {
        if let Some(date) = value.dyn_ref::<Date>() {
            if date.get_time().is_nan() {
                return Err("Invalid time value".to_string());
            }
            return Ok(date.to_iso_string().into());
        }
        let binary =
            value.is_instance_of::<js_sys::ArrayBuffer>() || js_sys::ArrayBuffer::is_view(value);
        let blob = value.is_instance_of::<Blob>();
        match (self.multipart, binary, blob) {
            (false, _, true) => Err("Blob is not supported. Use a Buffer instead.".to_string()),
            (false, true, _) => TextDecoder::new()
                .and_then(|d| d.decode(value))
                .map_err(|e| message_of(&e)),
            (true, true, _) => Blob::new(&Array::of1(value))
                .map(JsValue::from)
                .map_err(|e| message_of(&e)),
            _ => Ok(value.clone()),
        }
    }

    fn append(&self, name: &str, value: &JsValue) -> Result<(), String> {
        self.target.append(name, value).map_err(|e| message_of(&e))
    }
}

/// An array's items by index (holes are `undefined`) or an object's own enumerable string
/// keys, trimmed as axios does.
fn children(value: &JsValue) -> Result<Vec<(String, JsValue)>, String> {
    let mut children = Vec::new();
    if let Some(array) = value.dyn_ref::<Array>() {
        for (i, item) in array.iter().enumerate() {
            children.push((decimal(i), item));
        }
        return Ok(children);
    }
    let Some(object) = value.dyn_ref::<Object>() else {
        return Ok(Vec::new());
    };
    for key in Object::keys(object).iter() {
        let item = Reflect::get(value, &key).map_err(|e| message_of(&e))?;
        // JS `trim` like axios' (Rust's also differs on U+FEFF).
        let key = String::from(key.unchecked_into::<JsString>().trim());
        children.push((key, item));
    }
    Ok(children)
}

/// Arrays and plain objects (whose prototype is `Object.prototype`, `null`, or has a `null`
/// prototype) are descended into; everything else is a value.
fn is_visitable(value: &JsValue) -> bool {
    if Array::is_array(value) {
        return true;
    }
    if !value.is_object() {
        return false;
    }
    let proto = |v: &JsValue| Reflect::get_prototype_of(v).map(JsValue::from);
    match proto(value) {
        Ok(p) => p.is_null() || proto(&p).is_ok_and(|pp| pp.is_null()),
        Err(_) => false,
    }
}

fn remove_brackets(key: &str) -> &str {
    key.strip_suffix("[]").unwrap_or(key)
}

/// `a`, `a[b]`, `a[b][0]`: the first key as it is, the others in brackets (each without a
/// trailing `[]`).
fn render_key(path: &[String], key: &str) -> String {
    let Some((first, rest)) = path.split_first() else {
        return key.to_string();
    };
    let mut out = remove_brackets(first).to_string();
    for token in rest.iter().map(String::as_str).chain([key]) {
        out.push('[');
        out.push_str(remove_brackets(token));
        out.push(']');
    }
    out
}

/// `url` with each pair set on its query by `URLSearchParams.set`, as the official SDK does.
fn with_query(url: &str, pairs: &[(String, String)]) -> Result<String, JsValue> {
    let url = Url::new(url)?;
    let params = url.search_params();
    for (name, value) in pairs {
        params.set(name, value);
    }
    Ok(url.href())
}

/// Reads the response body as `response_type` says. Every type has its one `await` in the
/// same place, which keeps the async state machine (and the wasm) small.
async fn read(response: &FetchResponse, response_type: ResponseType) -> Result<JsValue, JsValue> {
    let body = match response_type {
        ResponseType::Json | ResponseType::Text => response.text(),
        ResponseType::ArrayBuffer => response.array_buffer(),
        ResponseType::Blob => response.blob(),
        ResponseType::Stream => {
            return Ok(match response.body() {
                body if body.is_object() => body,
                _ => Blob::new(&Array::new())?.stream(),
            })
        }
    };
    let body = JsFuture::from(body?).await?;
    Ok(match response_type {
        // Like axios: the parsed body when it is JSON, else the text itself.
        ResponseType::Json => json_parse(&body).unwrap_or(body),
        ResponseType::ArrayBuffer => buffer_from(&body).unwrap_or(body),
        _ => body,
    })
}

/// Headers with owned names, like the caller-named ones: one header type in the transport is
/// less wasm than borrowed and owned names side by side.
fn owned(headers: Vec<(&'static str, String)>) -> impl Iterator<Item = (String, String)> {
    headers
        .into_iter()
        .map(|(name, value)| (name.into(), value))
}

/// Sends `req` with the client's configuration and reads the response as it asks.
pub fn send(
    config: &Config,
    req: impl Into<Outgoing>,
) -> impl Future<Output = Result<Reply, Error>> + '_ {
    exchange(config, req.into())
}

async fn exchange(config: &Config, req: Outgoing) -> Result<Reply, Error> {
    let operation = req.operation;
    let network = |cause: JsValue| Error::network(operation, &cause);
    let mut url = config.url(&req.path_and_query);
    if !req.set_query.is_empty() {
        // An unparsable URL fails here as `fetch` would fail on it.
        url = with_query(&url, &req.set_query).map_err(network)?;
    }
    let all = owned(config.common_headers()).chain(req.headers);
    // Header names are case-insensitive: a later header replaces an earlier one of the same
    // name, as with axios.
    let mut unique: Vec<(String, String)> = Vec::new();
    for (name, value) in all {
        unique.retain(|(n, _)| !n.eq_ignore_ascii_case(&name));
        unique.push((name, value));
    }
    let headers = Object::new();
    let mut typed = false;
    for (name, value) in unique {
        typed |= name.eq_ignore_ascii_case("content-type");
        set(&headers, &name, &JsValue::from_str(&value));
    }
    let init = Object::new();
    set(&init, "method", &JsValue::from_str(req.method));
    set(&init, "headers", &headers);
    if let Some(body) = req.body {
        if let Some(body) = encode(operation, body)? {
            set(
                &init,
                "body",
                &untyped_text(body, typed).map_err(|e| invalid(&e))?,
            );
        }
    }
    let response: FetchResponse = JsFuture::from(global_fetch(&url, &init).map_err(network)?)
        .await
        .map_err(network)?
        .unchecked_into();
    let data = read(&response, req.response_type).await.map_err(network)?;
    let status = response.status();
    let obj = Object::new();
    set(&obj, "status", &JsValue::from(status));
    set(&obj, "statusText", &response.status_text());
    set(&obj, "headers", &headers_object(&response.headers()));
    set(&obj, "data", &data);
    if !(200..300).contains(&status) {
        return Err(Error::api(
            operation,
            status,
            nango_message(&data).as_deref(),
            &obj,
        ));
    }
    Ok(Reply {
        status,
        response: obj,
        data,
    })
}
