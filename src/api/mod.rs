//! The core: pure Rust request builders, one file per API area.
//!
//! Nothing here knows about JavaScript. Each builder validates its input and returns an
//! [`ApiRequest`]: the method, the percent-encoded path, the query pairs, the headers and the
//! JSON body. User payloads (metadata, action input, ...) travel through the core untouched as
//! the opaque type parameter `U`, so the JS engine serializes them itself.

use alloc::{string::String, vec::Vec};

pub mod actions;
pub mod config;
pub mod connect;
pub mod connections;
pub mod encode;
pub mod environment;
pub mod functions;
pub mod integrations;
pub mod providers;
pub mod proxy;
pub mod records;
pub mod scripts;
pub mod syncs;
pub mod text;
pub mod webhooks;

pub use config::Config;
use text::concat;

/// A validation failure: the message is shown to the caller as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidArgument(pub String);

impl InvalidArgument {
    /// An error with the given message.
    pub fn new(message: impl Into<String>) -> Self {
        InvalidArgument(message.into())
    }

    /// `<what> is required`.
    pub fn required(what: &str) -> Self {
        InvalidArgument(concat(&[what, " is required"]))
    }

    /// `<name> is missing and is required to make a proxy call!`, the official SDK's message
    /// for a missing proxy or records option.
    pub fn missing(name: &str) -> Self {
        InvalidArgument(concat(&[
            name,
            " is missing and is required to make a proxy call!",
        ]))
    }
}

/// The result of a request builder.
pub type Built<U> = Result<ApiRequest<U>, InvalidArgument>;

/// The HTTP methods the API uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method's name on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// A JSON value whose leaves may be opaque user payloads of type `U`.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<U> {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number.
    Num(f64),
    /// A string.
    Str(String),
    /// An array.
    List(Vec<Json<U>>),
    /// An object; fields keep their order on the wire.
    Object(Vec<(&'static str, Json<U>)>),
    /// A caller's value, serialized by the JS engine as it is.
    User(U),
}

impl<U> Json<U> {
    /// An object whose `None` fields are left out, as `JSON.stringify` leaves out
    /// `undefined`.
    pub fn object(fields: Vec<(&'static str, Option<Json<U>>)>) -> Self {
        let mut present = Vec::new();
        for (name, value) in fields {
            if let Some(value) = value {
                present.push((name, value));
            }
        }
        Json::Object(present)
    }
}

/// What the caller gets back from a successful response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Returns {
    /// The parsed body (`response.data` in the official SDK).
    Data,
    /// `{ status, statusText, headers, data }` (the official SDK's axios response).
    Response,
    /// A field of the parsed body.
    Field(&'static str),
    /// `{ configs: body.data }` (`listIntegrations`' legacy shape).
    Configs,
    /// `getToken`'s projection of `body.credentials`.
    Token,
    /// `body.credentials.raw`.
    RawToken,
    /// `{ config: body.data }` (the legacy integration call forms' shape).
    Config,
    /// The parsed body, or `[]` when it is empty or falsy (`getEnvironmentVariables`).
    DataOrEmptyList,
}

/// One value of a query object, as the official SDK's `addQueryParams` reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryParam {
    /// `null` or `undefined`: left out.
    Absent,
    /// A value, already converted to its string form.
    One(String),
    /// An array: each item is `set` in turn, so only the last one is sent (none when empty).
    Many(Vec<String>),
}

/// One request to the Nango API, ready for the transport.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiRequest<U> {
    /// The SDK method this request serves, named in error messages.
    pub operation: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The percent-encoded path, starting with `/`.
    pub path: String,
    /// Query parameters, not yet encoded, in order.
    pub query: Vec<(String, String)>,
    /// Request-specific headers; the transport adds authorization and the client flags.
    pub headers: Vec<(&'static str, String)>,
    /// Headers whose names the caller chose, applied after `headers` and the client's own
    /// headers, each replacing any header of the same name (case-insensitively). Never
    /// `Authorization` or a `Nango-Is-*` flag.
    pub extra_headers: Vec<(String, String)>,
    /// The JSON body, if any.
    pub body: Option<Json<U>>,
    /// How to shape the successful result.
    pub returns: Returns,
}

impl<U> ApiRequest<U> {
    /// A request for `operation` with no query, headers or body, returning the parsed body.
    pub fn new(operation: &'static str, method: Method, path: String) -> Self {
        ApiRequest {
            operation,
            method,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            extra_headers: Vec::new(),
            body: None,
            returns: Returns::Data,
        }
    }

    /// Appends a query parameter.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Adds a query object like the official SDK's `addQueryParams`: each `set` replaces the
    /// value of a parameter already there (keeping its place) or appends it; absent values
    /// are left out and an array contributes its last item.
    pub fn query_params(mut self, params: Vec<(String, QueryParam)>) -> Self {
        for (name, value) in params {
            let value = match value {
                QueryParam::Absent => None,
                QueryParam::One(v) => Some(v),
                QueryParam::Many(items) => items.into_iter().last(),
            };
            if let Some(value) = value {
                self.set_query(name, value);
            }
        }
        self
    }

    /// `URLSearchParams.set`: replaces the first `name` (dropping the others) or appends.
    fn set_query(&mut self, name: String, value: String) {
        let mut found = false;
        self.query.retain_mut(|(n, v)| {
            if *n != name {
                return true;
            }
            if found {
                return false;
            }
            found = true;
            v.clone_from(&value);
            true
        });
        if !found {
            self.query.push((name, value));
        }
    }

    /// Adds caller-named headers (see [`ApiRequest::extra_headers`]): `Authorization` and the
    /// `Nango-Is-*` flags are skipped, as the official SDK always overwrites them, and a
    /// request header of the same name is replaced.
    pub fn extra_headers(mut self, headers: Vec<(String, String)>) -> Self {
        const RESERVED: [&str; 4] = [
            "authorization",
            "nango-is-sync",
            "nango-is-script",
            "nango-is-dry-run",
        ];
        for (name, value) in headers {
            if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(&name)) {
                continue;
            }
            self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(&name));
            self.extra_headers
                .retain(|(n, _)| !n.eq_ignore_ascii_case(&name));
            self.extra_headers.push((name, value));
        }
        self
    }

    /// Appends a request header.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets `Content-Type: application/json`, as the official SDK does on many calls.
    pub fn json_content_type(self) -> Self {
        self.header("Content-Type", "application/json")
    }

    /// Sets the JSON body, and `Content-Type: application/json` unless a content type is
    /// already set (axios does the same for object bodies).
    pub fn body(mut self, body: Json<U>) -> Self {
        self.body = Some(body);
        if !self.headers.iter().any(|(n, _)| *n == "Content-Type") {
            self = self.json_content_type();
        }
        self
    }

    /// Sets a caller's body the way axios sends it: `None` (a `null` or `undefined` body)
    /// sends no body, with axios' default `application/x-www-form-urlencoded` content type
    /// unless one is already set.
    pub fn user_body(self, body: Option<U>) -> Self {
        match body {
            Some(body) => self.body(Json::User(body)),
            None if self.headers.iter().any(|(n, _)| *n == "Content-Type") => self,
            None => self.header("Content-Type", "application/x-www-form-urlencoded"),
        }
    }

    /// Sets how the successful result is shaped.
    pub fn returns(mut self, returns: Returns) -> Self {
        self.returns = returns;
        self
    }

    /// The path followed by the encoded query string.
    pub fn path_and_query(&self) -> String {
        let mut out = self.path.clone();
        if !self.query.is_empty() {
            out.push('?');
            out.push_str(&encode::query_string(&self.query));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Req = ApiRequest<()>;

    fn req() -> Req {
        ApiRequest::new("op", Method::Get, "/x".to_string())
    }

    fn one(v: &str) -> QueryParam {
        QueryParam::One(v.to_string())
    }

    #[test]
    fn query_params_behave_like_add_query_params() {
        let r = req().query_params(vec![
            ("a".into(), one("1")),
            ("gone".into(), QueryParam::Absent),
            ("zero".into(), one("0")),
            ("empty".into(), one("")),
            (
                "list".into(),
                QueryParam::Many(vec!["x".into(), "y".into()]),
            ),
            ("none".into(), QueryParam::Many(Vec::new())),
        ]);
        assert_eq!(r.path_and_query(), "/x?a=1&zero=0&empty=&list=y");
    }

    #[test]
    fn query_params_set_replaces_in_place() {
        let r = req()
            .query("a", "1")
            .query("b", "2")
            .query("a", "3")
            .query_params(vec![("a".into(), one("new")), ("c".into(), one("4"))]);
        assert_eq!(r.path_and_query(), "/x?a=new&b=2&c=4");
    }

    #[test]
    fn extra_headers_skip_reserved_names_and_replace_same_names() {
        let r = req().json_content_type().extra_headers(vec![
            ("AUTHORIZATION".into(), "x".into()),
            ("nango-is-dry-run".into(), "true".into()),
            ("Nango-Is-Script".into(), "true".into()),
            ("content-type".into(), "text/plain".into()),
            ("X-A".into(), "1".into()),
            ("x-a".into(), "2".into()),
        ]);
        assert!(r.headers.is_empty());
        assert_eq!(
            r.extra_headers,
            vec![
                ("content-type".to_string(), "text/plain".to_string()),
                ("x-a".to_string(), "2".to_string()),
            ]
        );
    }

    #[test]
    fn user_body_is_sent_like_axios() {
        let r = ApiRequest::new("op", Method::Post, "/x".to_string()).user_body(Some(7));
        assert_eq!(r.body, Some(Json::User(7)));
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        let r: Req = req().user_body(None);
        assert_eq!(r.body, None);
        assert_eq!(
            r.headers,
            vec![("Content-Type", "application/x-www-form-urlencoded".into())]
        );
        let r: Req = req().json_content_type().user_body(None);
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
    }
}
