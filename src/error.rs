//! The one error type, and its conversion to a JavaScript `Error` named `NangoError`.
//!
//! The conversion never puts the API key or the `Authorization` header on the error: a
//! `NangoError` holds the method's name, the status, the response (status, status text,
//! response headers, body) and the underlying JS error, nothing about the request.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::api::InvalidArgument;

/// Everything that can go wrong in a call.
#[derive(Debug)]
pub enum Error {
    /// The caller's arguments are invalid; nothing was sent.
    InvalidArgument(String),
    /// Nango answered with a non-2xx status.
    Api {
        /// The SDK method that made the request.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// Nango's own error message from the body, when it has one.
        message: Option<String>,
        /// `{ status, statusText, headers, data }`.
        response: JsValue,
    },
    /// The request could not be sent or its response could not be read.
    Network {
        /// The SDK method that made the request.
        operation: &'static str,
        /// The JS error `fetch` (or reading the body) rejected with.
        cause: JsValue,
    },
    /// The caller's `AbortSignal` ended the call; the message says which.
    Aborted(String),
    /// The call gave up waiting; the message says what for.
    TimedOut(String),
    /// The response was received but is not what the method expects.
    UnexpectedResponse {
        /// The SDK method that made the request.
        operation: &'static str,
        /// What is wrong with it.
        detail: String,
    },
}

impl From<InvalidArgument> for Error {
    fn from(e: InvalidArgument) -> Self {
        Error::InvalidArgument(e.0)
    }
}

impl Error {
    /// The stable `code` JS callers can switch on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidArgument(_) => "INVALID_ARGUMENT",
            Error::Api { .. } => "API_ERROR",
            Error::Network { .. } => "NETWORK_ERROR",
            Error::Aborted(_) => "ABORTED",
            Error::TimedOut(_) => "TIMEOUT",
            Error::UnexpectedResponse { .. } => "UNEXPECTED_RESPONSE",
        }
    }

    /// The human-readable message.
    pub fn message(&self) -> String {
        match self {
            Error::InvalidArgument(message)
            | Error::Aborted(message)
            | Error::TimedOut(message) => message.clone(),
            Error::Api {
                operation,
                status,
                message,
                ..
            } => match message {
                Some(m) => format!("{operation} failed: Nango answered {status}: {m}"),
                None => format!("{operation} failed: Nango answered {status}"),
            },
            Error::Network { operation, cause } => {
                let detail = Reflect::get(cause, &JsValue::from_str("message"))
                    .ok()
                    .and_then(|m| m.as_string())
                    .unwrap_or_else(|| "the request could not be sent".to_string());
                format!("{operation} failed: network error: {detail}")
            }
            Error::UnexpectedResponse { operation, detail } => {
                format!("{operation} failed: unexpected response: {detail}")
            }
        }
    }
}

fn set(target: &Object, name: &str, value: &JsValue) {
    // Defining a property on a fresh Error cannot fail; if it ever did, the error would
    // simply lack that property.
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

impl From<Error> for JsValue {
    fn from(e: Error) -> JsValue {
        let err = js_sys::Error::new(&e.message());
        err.set_name("NangoError");
        let obj: &Object = err.as_ref();
        set(obj, "code", &JsValue::from_str(e.code()));
        let (status, response, cause) = match e {
            Error::Api {
                status, response, ..
            } => (status, response, JsValue::UNDEFINED),
            Error::Network { cause, .. } => (0, JsValue::UNDEFINED, cause),
            _ => (0, JsValue::UNDEFINED, JsValue::UNDEFINED),
        };
        set(obj, "status", &JsValue::from(status));
        set(obj, "response", &response);
        if !cause.is_undefined() {
            set(obj, "cause", &cause);
        }
        err.into()
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
