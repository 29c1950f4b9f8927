//! The core: pure Rust request builders, one file per API area.
//!
//! Nothing here knows about JavaScript. Each builder validates its input and returns an
//! [`ApiRequest`]: the method, the percent-encoded path, the query pairs, the headers and the
//! JSON body. User payloads (metadata, action input, ...) travel through the core untouched as
//! the opaque type parameter `U`, so the JS engine serializes them itself.

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
pub mod webhooks;

pub use config::Config;

/// A validation failure: the message is shown to the caller as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidArgument(pub String);

impl InvalidArgument {
    /// An error with the given message.
    pub fn new(message: impl Into<String>) -> Self {
        InvalidArgument(message.into())
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
            body: None,
            returns: Returns::Data,
        }
    }

    /// Appends a query parameter.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
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
