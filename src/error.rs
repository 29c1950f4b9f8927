//! The one error type: a JavaScript `Error` named `NangoError`, built where the failure
//! happens.
//!
//! An [`Error`] holds the finished JS error, so it is one word wide: the many
//! `Result<_, Error>`s of the binding layer and the transport move a single handle on their
//! error paths instead of a multi-word enum (this saves several KB of wasm).
//!
//! A `NangoError` never holds the API key or the `Authorization` header: it has the method's
//! name and status in its message, a stable `code`, the `status` (0 when there is no
//! response), the `response` (status, status text, response headers, body) and the
//! underlying JS error as `cause`, nothing about the request.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::api::text::{concat, decimal};
use crate::api::InvalidArgument;

/// A `NangoError`, ready to reject a promise or be thrown.
#[derive(Debug)]
pub struct Error(JsValue);

impl Error {
    /// The caller's arguments are invalid; nothing was sent (`INVALID_ARGUMENT`).
    pub fn invalid(message: &str) -> Error {
        Error::plain("INVALID_ARGUMENT", message)
    }

    /// Nango answered with a non-2xx `status`; `message` is Nango's own error message from
    /// the body, `response` is `{ status, statusText, headers, data }` (`API_ERROR`).
    pub fn api(operation: &str, status: u16, message: Option<&str>, response: &JsValue) -> Error {
        let mut text = concat(&[
            operation,
            " failed: Nango answered ",
            &decimal(status.into()),
        ]);
        if let Some(m) = message {
            text.push_str(": ");
            text.push_str(m);
        }
        Error::new("API_ERROR", &text, status, response, &JsValue::UNDEFINED)
    }

    /// The request could not be sent or its response could not be read; `cause` is the JS
    /// error `fetch` (or reading the body) rejected with (`NETWORK_ERROR`).
    pub fn network(operation: &str, cause: &JsValue) -> Error {
        let detail = Reflect::get(cause, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string());
        let detail = detail.as_deref().unwrap_or("the request could not be sent");
        let text = concat(&[operation, " failed: network error: ", detail]);
        Error::new("NETWORK_ERROR", &text, 0, &JsValue::UNDEFINED, cause)
    }

    /// The caller's `AbortSignal` ended the call; the message says which (`ABORTED`).
    pub fn aborted(message: &str) -> Error {
        Error::plain("ABORTED", message)
    }

    /// The call gave up waiting; the message says what for (`TIMEOUT`).
    pub fn timed_out(message: &str) -> Error {
        Error::plain("TIMEOUT", message)
    }

    /// The response was received but is not what the method expects
    /// (`UNEXPECTED_RESPONSE`).
    pub fn unexpected(operation: &str, detail: &str) -> Error {
        let text = concat(&[operation, " failed: unexpected response: ", detail]);
        Error::plain("UNEXPECTED_RESPONSE", &text)
    }

    /// An error without a status, response or cause.
    fn plain(code: &str, message: &str) -> Error {
        Error::new(code, message, 0, &JsValue::UNDEFINED, &JsValue::UNDEFINED)
    }

    fn new(code: &str, message: &str, status: u16, response: &JsValue, cause: &JsValue) -> Error {
        let err = js_sys::Error::new(message);
        err.set_name("NangoError");
        let obj: &Object = err.as_ref();
        set(obj, "code", &JsValue::from_str(code));
        set(obj, "status", &JsValue::from(status));
        set(obj, "response", response);
        if !cause.is_undefined() {
            set(obj, "cause", cause);
        }
        Error(err.into())
    }
}

fn set(target: &Object, name: &str, value: &JsValue) {
    // Defining a property on a fresh Error cannot fail; if it ever did, the error would
    // simply lack that property.
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

impl From<InvalidArgument> for Error {
    fn from(e: InvalidArgument) -> Self {
        Error::invalid(&e.0)
    }
}

impl From<Error> for JsValue {
    fn from(e: Error) -> JsValue {
        e.0
    }
}

/// True when `value` is an error this package raised: a JS `Error` named `NangoError` with a
/// string `code`.
#[wasm_bindgen(js_name = isNangoError)]
pub fn is_nango_error(value: &JsValue) -> bool {
    value.is_instance_of::<js_sys::Error>()
        && Reflect::get(value, &JsValue::from_str("name")).ok()
            == Some(JsValue::from_str("NangoError"))
        && Reflect::get(value, &JsValue::from_str("code"))
            .ok()
            .is_some_and(|c| c.is_string())
}
