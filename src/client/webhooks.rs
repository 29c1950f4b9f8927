//! Binding for webhooks: `verifyIncomingWebhookRequest`, `verifyWebhookSignature`.
//!
//! Both are synchronous, like the official SDK's, and never throw: anything unexpected is
//! `false`.

use alloc::{
    string::{String, ToString},
    vec,
    vec::Vec,
};
use core::sync::atomic::{AtomicBool, Ordering};

use js_sys::{Array, ArrayBuffer, Function, Uint8Array, JSON};
use wasm_bindgen::prelude::*;

use super::Nango;
use crate::api::text::concat;
use crate::api::webhooks::{self, SIGNATURE_HEADER, VERIFY_WEBHOOK_SIGNATURE_DEPRECATED};
use crate::js::{field, prop};

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, catching what a proxy's trap throws.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(value: &JsValue) -> Result<Array, JsValue>;

    /// `Uint8Array.prototype.set.call(dst, bytes)`: copies `bytes` into `dst`.
    #[wasm_bindgen(js_namespace = Uint8Array, js_name = "prototype.set.call", catch)]
    fn copy_bytes(dst: &mut [u8], bytes: &Uint8Array) -> Result<(), JsValue>;

    /// `console.warn`.
    #[wasm_bindgen(js_namespace = console, js_name = warn)]
    fn console_warn(message: &str);
}

static WARNED: AtomicBool = AtomicBool::new(false);

/// The bytes of a raw body: a string (as UTF-8), a typed array, a `DataView` or an
/// `ArrayBuffer`.
fn body_bytes(body: &JsValue) -> Option<Vec<u8>> {
    if let Some(text) = body.as_string() {
        return Some(text.into_bytes());
    }
    if let Some(buffer) = body.dyn_ref::<ArrayBuffer>() {
        return bytes(&Uint8Array::new(buffer));
    }
    if !ArrayBuffer::is_view(body) {
        return None;
    }
    let buffer = field(body, "buffer").dyn_into::<ArrayBuffer>().ok()?;
    let offset = field(body, "byteOffset").as_f64()?;
    let length = field(body, "byteLength").as_f64()?;
    // Offsets of a live view are integers within its buffer.
    let view = Uint8Array::new(&buffer).subarray(offset as u32, (offset + length) as u32);
    bytes(&view)
}

/// A copy of `array`'s bytes. js-sys' `to_vec` would assert the lengths with a formatted panic
/// message, which brings `core::fmt` into the wasm.
fn bytes(array: &Uint8Array) -> Option<Vec<u8>> {
    let mut out = vec![0; array.length() as usize];
    copy_bytes(&mut out, array).ok()?;
    Some(out)
}

/// The signature header's value: the first own key matching it case-insensitively (as the
/// official SDK looks it up), else `headers.get(...)` (a fetch `Headers`). `None` unless it is
/// a string.
fn signature(headers: &JsValue) -> Option<String> {
    if !headers.is_object() {
        return None;
    }
    let keys = object_keys(headers).ok()?;
    let key = keys
        .iter()
        .filter_map(|k| k.as_string())
        .find(|k| k.eq_ignore_ascii_case(SIGNATURE_HEADER));
    if let Some(key) = key {
        return prop(headers, &key).ok()?.as_string();
    }
    let get = prop(headers, "get").ok()?.dyn_into::<Function>().ok()?;
    get.call1(headers, &SIGNATURE_HEADER.into())
        .ok()?
        .as_string()
}

#[wasm_bindgen]
impl Nango {
    /// Checks an incoming webhook: the `X-Nango-Hmac-Sha256` header (any case, from a plain
    /// object or a fetch `Headers`) must be the HMAC-SHA256 of the raw body (a string or its
    /// bytes) under `webhookSigningKey`, or the deprecated `secretKey` when that is not set.
    /// The API key never signs webhooks: a client built with `apiKey` alone returns `false`.
    /// Synchronous; constant-time comparison; `false` on any missing or malformed input.
    #[wasm_bindgen(js_name = verifyIncomingWebhookRequest)]
    pub fn verify_incoming_webhook_request(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] body: &JsValue,
        #[wasm_bindgen(
            unchecked_param_type = "Record<string, unknown> | { get(name: string): string | null }"
        )]
        headers: &JsValue,
    ) -> bool {
        let (Some(key), Some(signature), Some(body)) = (
            webhooks::signing_key(&self.config),
            signature(headers),
            body_bytes(body),
        ) else {
            return false;
        };
        webhooks::verify_incoming_webhook(key, &body, &signature)
    }

    /// Checks the `X-Nango-Signature` header: the SHA-256 of the signing key followed by
    /// `JSON.stringify(jsonPayload)`.
    ///
    /// @deprecated Vulnerable to length-extension attacks: use `verifyIncomingWebhookRequest`.
    /// Prints a deprecation warning (once) with `console.warn`.
    #[wasm_bindgen(js_name = verifyWebhookSignature)]
    pub fn verify_webhook_signature(
        &self,
        #[wasm_bindgen(js_name = signatureInHeader, unchecked_param_type = "string")]
        signature_in_header: &JsValue,
        #[wasm_bindgen(js_name = jsonPayload, unchecked_param_type = "unknown")]
        json_payload: &JsValue,
    ) -> bool {
        if !WARNED.swap(true, Ordering::Relaxed) {
            console_warn(&concat(&[
                "DeprecationWarning: ",
                VERIFY_WEBHOOK_SIGNATURE_DEPRECATED,
            ]));
        }
        let (Some(key), Some(signature)) = (
            webhooks::signing_key(&self.config),
            signature_in_header.as_string(),
        ) else {
            return false;
        };
        // `${JSON.stringify(payload)}`: `undefined` when there is nothing to serialize.
        let Ok(json) = JSON::stringify(json_payload) else {
            return false;
        };
        let json = JsValue::from(json)
            .as_string()
            .unwrap_or_else(|| "undefined".to_string());
        webhooks::verify_webhook_signature(key, &json, &signature)
    }
}
