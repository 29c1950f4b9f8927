//! What the core hands back to the JS entry: JSON text, parsed there with `JSON.parse`.
//!
//! - An invalid argument: `{"e": message}`.
//! - A request (see [`api`] and [`proxy`]): `{"o": operation, "m": method, "u": path and
//!   query, "h": [[name, value], ...], "r": result shape, "k": body kind, "b": body,
//!   "q": [[name, value], ...], "t": response type}`; `r`, `k`, `b`, `q` and `t` only when
//!   they are not the default.
//!   - `r`: `d` the parsed body (default), `R` the whole response, `.name` a field of the
//!     body, `c` `{ configs: body.data }`, `C` `{ config: body.data }`, `t` `getToken`'s
//!     projection, `w` `credentials.raw`, `l` the body or `[]`.
//!   - `k`: `j` JSON (axios' `stringifySafely` of `b`, a JSON value whose `{"\u0000": n}`
//!     objects stand for the caller's value in slot `n`), `r` the value in slot `b` as it is,
//!     `f` that value form-encoded, `m` that value as multipart `FormData`.
//!   - `t`: `text`, `arraybuffer`, `blob` or `stream` (default: JSON when it parses).
//!
//! Header names and values are checked here, before anything is sent: a value with a line
//! break, a NUL or a character beyond U+00FF is refused, and the error names the header,
//! never its value.

use alloc::string::{String, ToString};

use crate::api::proxy::{Body, ProxyRequest, ResponseType};
use crate::api::text::concat;
use crate::api::{ApiRequest, InvalidArgument, Json, Returns};
use crate::js::Slot;

/// Appends `s` as a JSON string.
fn string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn key(out: &mut String, name: &str) {
    out.push(',');
    string(out, name);
    out.push(':');
}

fn slot(out: &mut String, slot: Slot) {
    out.push_str(&crate::api::text::decimal(slot.0 as usize));
}

fn json(out: &mut String, value: &Json<Slot>) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        // The core's own numbers are small integers.
        Json::Num(n) => out.push_str(&crate::api::text::decimal(*n as usize)),
        Json::Str(s) => string(out, s),
        Json::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json(out, item);
            }
            out.push(']');
        }
        Json::Object(fields) => {
            out.push('{');
            for (i, (name, value)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                string(out, name);
                out.push(':');
                json(out, value);
            }
            out.push('}');
        }
        Json::User(s) => {
            out.push_str("{\"\\u0000\":");
            slot(out, *s);
            out.push('}');
        }
    }
}

/// `{"e": message}`.
pub fn error(message: &str) -> String {
    let mut out = String::from("{\"e\":");
    string(&mut out, message);
    out.push('}');
    out
}

/// A token (RFC 9110): what a header name may be.
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Checks that `value` can be sent as the value of header `name`; the error names the header
/// and what is wrong, never the value.
pub fn check_header(name: &str, value: &str) -> Result<(), InvalidArgument> {
    if !is_token(name) {
        return Err(InvalidArgument(concat(&[
            "\"",
            name,
            "\" is not a valid header name",
        ])));
    }
    if value
        .chars()
        .any(|c| matches!(c, '\r' | '\n' | '\0') || (c as u32) > 0xff)
    {
        return Err(InvalidArgument(concat(&[
            " cannot be sent as the ",
            name,
            " header: it contains a line break, a NUL or a character beyond U+00FF",
        ])));
    }
    Ok(())
}

fn headers<'a>(
    out: &mut String,
    all: impl Iterator<Item = (&'a str, &'a str)>,
) -> Result<(), InvalidArgument> {
    out.push_str(",\"h\":[");
    for (i, (name, value)) in all.enumerate() {
        check_header(name, value).map_err(|e| {
            if e.0.starts_with(' ') {
                InvalidArgument(concat(&["the value", &e.0]))
            } else {
                e
            }
        })?;
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        string(out, name);
        out.push(',');
        string(out, value);
        out.push(']');
    }
    out.push(']');
    Ok(())
}

fn start(operation: &str, method: &str, url: &str) -> String {
    let mut out = String::from("{\"o\":");
    string(&mut out, operation);
    key(&mut out, "m");
    string(&mut out, method);
    key(&mut out, "u");
    string(&mut out, url);
    out
}

/// A request to Nango's API.
pub fn api(req: &ApiRequest<Slot>) -> String {
    let mut out = start(req.operation, req.method.as_str(), &req.path_and_query());
    let all = req.headers.iter().map(|(n, v)| (*n, v.as_str())).chain(
        req.extra_headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str())),
    );
    if let Err(e) = headers(&mut out, all) {
        return error(&e.0);
    }
    let returns = match req.returns {
        Returns::Data => None,
        Returns::Response => Some("R".to_string()),
        Returns::Field(name) => Some(concat(&[".", name])),
        Returns::Configs => Some("c".to_string()),
        Returns::Config => Some("C".to_string()),
        Returns::Token => Some("t".to_string()),
        Returns::RawToken => Some("w".to_string()),
        Returns::DataOrEmptyList => Some("l".to_string()),
    };
    if let Some(r) = returns {
        key(&mut out, "r");
        string(&mut out, &r);
    }
    if let Some(body) = &req.body {
        key(&mut out, "k");
        string(&mut out, "j");
        key(&mut out, "b");
        json(&mut out, body);
    }
    out.push('}');
    out
}

/// A request through Nango's proxy.
pub fn proxy(req: &ProxyRequest<Slot>) -> String {
    // The URL parser drops tabs and line breaks and percent-encodes NUL: do it here so the
    // path is one safe string.
    let mut path = String::with_capacity(req.path.len());
    for c in req.path.chars() {
        match c {
            '\t' | '\n' | '\r' => {}
            '\0' => path.push_str("%00"),
            c => path.push(c),
        }
    }
    let mut out = start(req.operation, req.method, &path);
    let all = req.headers.iter().map(|(n, v)| (n.as_str(), v.as_str()));
    if let Err(e) = headers(&mut out, all) {
        return error(&e.0);
    }
    key(&mut out, "r");
    string(&mut out, "R");
    if let Some(body) = &req.body {
        let (kind, value) = match body {
            Body::Json(v) => ("j", v),
            Body::Raw(v) => ("r", v),
            Body::Form(v) => ("f", v),
            Body::Multipart(v) => ("m", v),
        };
        key(&mut out, "k");
        string(&mut out, kind);
        key(&mut out, "b");
        if kind == "j" {
            json(&mut out, &Json::User(*value));
        } else {
            slot(&mut out, *value);
        }
    }
    if !req.query.is_empty() {
        key(&mut out, "q");
        out.push('[');
        for (i, (name, value)) in req.query.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('[');
            string(&mut out, name);
            out.push(',');
            string(&mut out, value);
            out.push(']');
        }
        out.push(']');
    }
    let response_type = match req.response_type {
        ResponseType::Json => None,
        ResponseType::Text => Some("text"),
        ResponseType::ArrayBuffer => Some("arraybuffer"),
        ResponseType::Blob => Some("blob"),
        ResponseType::Stream => Some("stream"),
    };
    if let Some(t) = response_type {
        key(&mut out, "t");
        string(&mut out, t);
    }
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Method;

    #[test]
    fn strings_are_escaped() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\n\u{1}é");
        assert_eq!(out, "\"a\\\"b\\\\c\\u000a\\u0001é\"");
    }

    #[test]
    fn api_requests_carry_their_shape_and_body_template() {
        let req = ApiRequest::new("op", Method::Post, "/x".to_string())
            .query("a", "b c")
            .body(Json::Object(vec![
                ("n", Json::Null),
                ("u", Json::User(Slot(3))),
            ]))
            .returns(Returns::Field("metadata"));
        assert_eq!(
            api(&req),
            "{\"o\":\"op\",\"m\":\"POST\",\"u\":\"/x?a=b%20c\",\
             \"h\":[[\"Content-Type\",\"application/json\"]],\"r\":\".metadata\",\
             \"k\":\"j\",\"b\":{\"n\":null,\"u\":{\"\\u0000\":3}}}"
        );
    }

    #[test]
    fn header_values_are_checked_without_echoing_them() {
        let req = ApiRequest::<Slot>::new("op", Method::Get, "/x".to_string())
            .header("Connection-Id", "a\r\nX-Evil: 1");
        let out = api(&req);
        assert!(out.starts_with("{\"e\":"), "{out}");
        assert!(out.contains("Connection-Id"));
        assert!(!out.contains("Evil"));
        assert!(check_header("X", "é").is_ok());
        assert!(check_header("X", "中").is_err());
        assert!(check_header("a b", "x").is_err());
    }
}
