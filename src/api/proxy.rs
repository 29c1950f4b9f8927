//! The proxy: `proxy`, `get`, `post`, `put`, `patch`, `delete`.
//!
//! The official SDK hands the caller's configuration to axios. This module applies the same
//! rules without axios: which proxy headers are sent (and with which values), which method,
//! where the query goes, and which body and `Content-Type` a caller's `data` becomes. The body
//! itself never passes through here: it stays the opaque `U` and the transport hands it to
//! `fetch` as [`Body`] says.

use super::config::Config;
use super::text::concat;
use super::InvalidArgument;
use alloc::{
    string::{String, ToString},
    vec::Vec,
};

/// A caller's option reduced to what the official SDK and axios look at: whether it is
/// `undefined`, whether it is truthy, and the header value it becomes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Opt {
    /// `undefined`.
    #[default]
    Undefined,
    /// A falsy value: its text for `''`, `0` and `NaN` (axios sends those), `None` for `null`
    /// and `false` (axios leaves those headers out).
    Falsy(Option<String>),
    /// A truthy value as text (`String(value)`, arrays joined with `", "`).
    Truthy(String),
}

impl Opt {
    /// The value when it is truthy.
    pub fn truthy(&self) -> Option<&str> {
        match self {
            Opt::Truthy(s) => Some(s),
            _ => None,
        }
    }

    /// The header value axios sends for it, if it sends one.
    pub fn header(&self) -> Option<&str> {
        match self {
            Opt::Undefined | Opt::Falsy(None) => None,
            Opt::Falsy(Some(s)) | Opt::Truthy(s) => Some(s),
        }
    }
}

/// `params`: absent (or falsy), a query string, or an object's entries as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Params {
    /// No `params`.
    #[default]
    None,
    /// A query string, with or without its leading `?`.
    Query(String),
    /// `[name, String(value)]` pairs, set on the endpoint's query like `URLSearchParams.set`.
    Pairs(Vec<(String, String)>),
}

/// What the caller's `data` is, as far as axios' rules care.
#[derive(Debug, Clone, PartialEq)]
pub enum DataKind {
    /// `null`.
    Null,
    /// A string; `empty` for `''`.
    Text {
        /// The string is `''` (falsy).
        empty: bool,
    },
    /// A number, boolean, bigint, symbol or function.
    Scalar {
        /// The value is truthy.
        truthy: bool,
    },
    /// An `ArrayBuffer` or a view of one (typed arrays, `DataView`, Node `Buffer`).
    Binary,
    /// A `Blob` (or `File`).
    Blob {
        /// Its size in bytes.
        size: f64,
        /// Its `type` (`''` when unknown).
        mime: String,
    },
    /// A `FormData`.
    FormData,
    /// A `URLSearchParams`.
    SearchParams,
    /// A `ReadableStream` or a Node stream.
    Stream,
    /// Any other object: plain objects, arrays, dates, class instances.
    Object,
}

impl DataKind {
    fn is_truthy(&self) -> bool {
        match self {
            DataKind::Null => false,
            DataKind::Text { empty } => !empty,
            DataKind::Scalar { truthy } => *truthy,
            _ => true,
        }
    }
}

/// The caller's proxy configuration, decoded by the binding layer.
#[derive(Debug, Clone, PartialEq)]
pub struct ProxyInput<U> {
    /// The SDK method called (`proxy`, `get`, ...), named in errors.
    pub operation: &'static str,
    /// `method` as given (`None` when absent); the shorthands set it.
    pub method: Option<String>,
    /// `endpoint` (`None` when absent).
    pub endpoint: Option<String>,
    /// `connectionId`
    pub connection_id: Opt,
    /// `providerConfigKey`
    pub provider_config_key: Opt,
    /// `baseUrlOverride`
    pub base_url_override: Opt,
    /// `retries`
    pub retries: Opt,
    /// `retryOn` joined with `,`, when truthy.
    pub retry_on: Option<String>,
    /// `decompress`
    pub decompress: Opt,
    /// `forwardHeadersOnRedirect`
    pub forward_headers_on_redirect: Opt,
    /// `headers`, in order.
    pub headers: Vec<(String, Opt)>,
    /// `params`
    pub params: Params,
    /// `data` and what it is; `None` when `undefined`.
    pub data: Option<(DataKind, U)>,
    /// `responseType`, when truthy.
    pub response_type: Option<String>,
}

/// How the transport turns a body's value into the request body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body<U> {
    /// axios' `stringifySafely`: a string that is JSON is sent trimmed, anything else as
    /// `JSON.stringify(value)` (nothing when that is `undefined`).
    Json(U),
    /// The value as it is: a string, binary data, a `Blob`, `FormData` or `URLSearchParams`.
    Raw(U),
    /// An object form-encoded like axios' `toURLEncodedForm`.
    Form(U),
    /// An object turned into `FormData` like axios' `toFormData`.
    Multipart(U),
}

/// How the response body is read (`responseType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseType {
    /// Parsed when it is JSON, else the text (axios' default and `json`).
    Json,
    /// The text (`text`, and `document` as axios reads it outside browsers).
    Text,
    /// The bytes: a `Buffer` where `globalThis.Buffer` exists, else an `ArrayBuffer`.
    ArrayBuffer,
    /// A `Blob`.
    Blob,
    /// The body as a web `ReadableStream`, not read.
    Stream,
}

impl ResponseType {
    /// Reads `responseType` (`None` when absent or falsy).
    pub fn parse(value: Option<&str>) -> Result<Self, InvalidArgument> {
        Ok(match value {
            None | Some("json") => ResponseType::Json,
            Some("text" | "document") => ResponseType::Text,
            Some("arraybuffer") => ResponseType::ArrayBuffer,
            Some("blob") => ResponseType::Blob,
            Some("stream") => ResponseType::Stream,
            Some(other) => {
                return Err(InvalidArgument(concat(&[
                    "responseType must be one of json, text, arraybuffer, blob, stream, \
                         document; got \"",
                    other,
                    "\"",
                ])))
            }
        })
    }
}

/// A proxied request, ready for the transport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyRequest<U> {
    /// The SDK method called, named in errors.
    pub operation: &'static str,
    /// The HTTP method.
    pub method: &'static str,
    /// `/proxy/<endpoint>` with its query, as the caller wrote it: `fetch`'s URL parser
    /// percent-encodes it exactly as axios' does.
    pub path: String,
    /// `params` given as an object: `[name, value]` pairs the transport sets on the URL's
    /// query with `URLSearchParams.set`, as the official SDK does (replacing the first pair
    /// of that name and dropping the others, then re-serializing the whole query as a form).
    pub query: Vec<(String, String)>,
    /// The headers, in the official SDK's order.
    pub headers: Vec<(String, String)>,
    /// The body, if one is sent.
    pub body: Option<Body<U>>,
    /// How to read the response.
    pub response_type: ResponseType,
}

const FORM: &str = "application/x-www-form-urlencoded";

/// The option, or the client's default when the option is falsy and the default is set.
fn or_default(value: Opt, default: &str) -> Opt {
    if value.truthy().is_none() && !default.is_empty() {
        Opt::Truthy(default.to_string())
    } else {
        value
    }
}

/// The method axios sends: the five shorthands' methods, `PROPFIND` and `REPORT`; anything
/// else is a `GET`, as in the official SDK.
fn method_name(method: Option<&str>) -> &'static str {
    match method.map(str::to_ascii_uppercase).as_deref() {
        Some("POST") => "POST",
        Some("PUT") => "PUT",
        Some("PATCH") => "PATCH",
        Some("DELETE") => "DELETE",
        Some("PROPFIND") => "PROPFIND",
        Some("REPORT") => "REPORT",
        _ => "GET",
    }
}

/// `proxy(config)` and its shorthands: validates the configuration with the official SDK's
/// messages and builds the request it sends.
pub fn proxy<U>(config: &Config, input: ProxyInput<U>) -> Result<ProxyRequest<U>, InvalidArgument> {
    let connection_id = or_default(input.connection_id, &config.connection_id);
    let provider_config_key = or_default(input.provider_config_key, &config.provider_config_key);
    let endpoint = input
        .endpoint
        .ok_or_else(|| InvalidArgument::missing("endpoint"))?;
    if provider_config_key == Opt::Undefined {
        return Err(InvalidArgument::missing("providerConfigKey"));
    }
    if connection_id == Opt::Undefined {
        return Err(InvalidArgument::missing("connectionId"));
    }
    let (path, query) = proxy_path(&endpoint, input.params)?;
    let method = method_name(input.method.as_deref());
    let data = match method {
        "POST" | "PUT" | "PATCH" => input.data,
        "GET" => None,
        _ => input.data.filter(|(kind, _)| kind.is_truthy()),
    };
    let user_content_type = input
        .headers
        .iter()
        .find(|(name, _)| name == "Content-Type")
        .and_then(|(_, value)| value.truthy());
    let (body, content_type) = body(method, data, user_content_type)?;

    let mut headers: Vec<(String, String)> = Vec::new();
    let mut add = |name: &str, value: Option<&str>| {
        if let Some(value) = value {
            headers.push((name.to_string(), value.to_string()));
        }
    };
    add("Connection-Id", connection_id.header());
    add("Provider-Config-Key", provider_config_key.header());
    add(
        "Base-Url-Override",
        Some(input.base_url_override.truthy().unwrap_or("")),
    );
    add(
        "Nango-Activity-Log-Id",
        Some(config.activity_log_id.as_deref().unwrap_or("")),
    );
    for (name, value) in &input.headers {
        add(&concat(&["Nango-Proxy-", name]), value.header());
    }
    add("Content-Type", content_type.as_deref());
    add("Retries", input.retries.truthy());
    add("Decompress", input.decompress.truthy());
    add("Retry-On", input.retry_on.as_deref());
    add(
        "Forward-Headers-On-Redirect",
        input.forward_headers_on_redirect.header(),
    );
    Ok(ProxyRequest {
        operation: input.operation,
        method,
        path,
        query,
        headers,
        body,
        response_type: ResponseType::parse(input.response_type.as_deref())?,
    })
}

/// The body and the `Content-Type` axios ends up with: its request transformation, then the
/// form default of `post`/`put`/`patch`, then its Node adapter's rules for `Blob` and
/// `FormData` bodies (whose multipart type `fetch` writes, with its own boundary).
fn body<U>(
    method: &str,
    data: Option<(DataKind, U)>,
    user_content_type: Option<&str>,
) -> Result<(Option<Body<U>>, Option<String>), InvalidArgument> {
    let mut content_type = user_content_type.map(str::to_string);
    let has = |ct: &Option<String>, what: &str| {
        ct.as_deref().is_some_and(|c| {
            c.as_bytes()
                .windows(what.len())
                .any(|w| w == what.as_bytes())
        })
    };
    let json = has(&content_type, "application/json");
    let mut blob_type = None;
    let body =
        match data {
            None => None,
            Some((kind, value)) => match kind {
                DataKind::FormData => return Ok((Some(Body::Raw(value)), None)),
                DataKind::Object if has(&content_type, "multipart/form-data") => {
                    return Ok((Some(Body::Multipart(value)), None))
                }
                DataKind::Stream => {
                    return Err(InvalidArgument::new(
                        "data: streams cannot be sent through the proxy; send a string, an \
                     ArrayBuffer, a typed array, a Blob, FormData or URLSearchParams",
                    ))
                }
                DataKind::Binary => Some(Body::Raw(value)),
                DataKind::Blob { size, mime } => {
                    if size > 0.0 {
                        blob_type = Some(if mime.is_empty() {
                            "application/octet-stream".to_string()
                        } else {
                            mime
                        });
                    }
                    Some(Body::Raw(value))
                }
                DataKind::SearchParams => {
                    content_type.get_or_insert_with(|| concat(&[FORM, ";charset=utf-8"]));
                    Some(Body::Raw(value))
                }
                DataKind::Object if has(&content_type, FORM) => Some(Body::Form(value)),
                DataKind::Object => {
                    content_type.get_or_insert_with(|| "application/json".to_string());
                    Some(Body::Json(value))
                }
                _ if json => Some(Body::Json(value)),
                DataKind::Text { empty: false } => Some(Body::Raw(value)),
                DataKind::Scalar { truthy: true } => return Err(InvalidArgument::new(
                    "Data after transformation must be a string, an ArrayBuffer, a Buffer, or a \
                     Stream",
                )),
                _ => None,
            },
        };
    if matches!(method, "POST" | "PUT" | "PATCH") {
        content_type.get_or_insert_with(|| FORM.to_string());
    }
    Ok((body, blob_type.or(content_type)))
}

/// `/proxy/<endpoint>` with a string `params` appended, and the pairs of an object `params`
/// (see [`ProxyRequest::query`]), refusing a path that would leave `/proxy/`.
fn proxy_path(
    endpoint: &str,
    params: Params,
) -> Result<(String, Vec<(String, String)>), InvalidArgument> {
    let slash = if endpoint.starts_with('/') { "" } else { "/" };
    let mut url = concat(&["/proxy", slash, endpoint]);
    let mut pairs = Vec::new();
    match params {
        Params::None => {}
        Params::Query(query) => {
            if url.contains('?') {
                return Err(InvalidArgument::new(
                    "Can not set query params in endpoint and in params",
                ));
            }
            if !query.starts_with('?') {
                url.push('?');
            }
            url.push_str(&query);
        }
        Params::Pairs(p) => pairs = p,
    }
    if leaves_proxy(&url) {
        return Err(InvalidArgument(concat(&[
            "endpoint cannot be \"",
            endpoint,
            "\": its \"..\" segments would address a resource outside the proxy",
        ])));
    }
    Ok((url, pairs))
}

/// The URL's bytes as the WHATWG URL parser reads them: tabs and newlines removed, trailing
/// controls and spaces trimmed. (Everything here is ASCII, so bytes do: no UTF-8 decoding.)
fn as_parsed(url: &str) -> Vec<u8> {
    let mut bytes: Vec<u8> = url
        .bytes()
        .filter(|b| !matches!(b, b'\t' | b'\n' | b'\r'))
        .collect();
    while bytes.last().is_some_and(|&b| b <= b' ') {
        bytes.pop();
    }
    bytes
}

/// True when the URL parser would resolve the `.`/`..` segments of `url` (which starts with
/// `/proxy/`) to a path outside `/proxy/`. `%2e` counts as a dot and `\` as a slash, as they
/// do for http(s) URLs.
fn leaves_proxy(url: &str) -> bool {
    let url = as_parsed(url);
    let path = url
        .split(|&b| b == b'?' || b == b'#')
        .next()
        .unwrap_or_default();
    let is_dot = |s: &[u8]| s == b"." || s.eq_ignore_ascii_case(b"%2e");
    let is_dots = |s: &[u8]| {
        [&b".."[..], b".%2e", b"%2e.", b"%2e%2e"]
            .iter()
            .any(|d| s.eq_ignore_ascii_case(d))
    };
    let mut depth = 0usize;
    // The first two segments are the empty one before `/proxy` and `proxy` itself.
    for segment in path.split(|&b| b == b'/' || b == b'\\').skip(2) {
        if is_dots(segment) {
            match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return true,
            }
        } else if !is_dot(segment) {
            depth += 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(connection_id: &str, provider_config_key: &str) -> Config {
        Config {
            connection_id: connection_id.into(),
            provider_config_key: provider_config_key.into(),
            activity_log_id: None,
        }
    }

    fn t(s: &str) -> Opt {
        Opt::Truthy(s.to_string())
    }

    fn input(endpoint: &str) -> ProxyInput<&'static str> {
        ProxyInput {
            operation: "proxy",
            method: None,
            endpoint: Some(endpoint.to_string()),
            connection_id: t("user-42"),
            provider_config_key: t("github"),
            base_url_override: Opt::Undefined,
            retries: Opt::Undefined,
            retry_on: None,
            decompress: Opt::Undefined,
            forward_headers_on_redirect: Opt::Undefined,
            headers: Vec::new(),
            params: Params::None,
            data: None,
            response_type: None,
        }
    }

    fn build(i: ProxyInput<&'static str>) -> ProxyRequest<&'static str> {
        proxy(&config("", ""), i).unwrap()
    }

    fn error(c: &Config, i: ProxyInput<&'static str>) -> String {
        proxy(c, i).unwrap_err().0
    }

    fn header<'a>(r: &'a ProxyRequest<&str>, name: &str) -> Option<&'a str> {
        r.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn with_data(method: &str, kind: DataKind) -> ProxyInput<&'static str> {
        ProxyInput {
            method: Some(method.into()),
            data: Some((kind, "v")),
            ..input("/x")
        }
    }

    #[test]
    fn endpoint_with_or_without_a_leading_slash() {
        assert_eq!(build(input("/repos/a")).path, "/proxy/repos/a");
        assert_eq!(build(input("user/repos")).path, "/proxy/user/repos");
        assert_eq!(build(input("")).path, "/proxy/");
    }

    #[test]
    fn the_official_headers_in_order() {
        let r = build(input("/x"));
        let names: Vec<&str> = r.headers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "Connection-Id",
                "Provider-Config-Key",
                "Base-Url-Override",
                "Nango-Activity-Log-Id"
            ]
        );
        assert_eq!(header(&r, "Base-Url-Override"), Some(""));
        assert_eq!(header(&r, "Nango-Activity-Log-Id"), Some(""));
        assert_eq!(r.method, "GET");
        assert_eq!(r.body, None);
        assert_eq!(r.response_type, ResponseType::Json);
    }

    #[test]
    fn every_proxy_option() {
        let r = build(ProxyInput {
            method: Some("post".into()),
            base_url_override: t("https://api.example.com"),
            retries: t("3"),
            retry_on: Some("429,503".into()),
            decompress: t("true"),
            forward_headers_on_redirect: t("true"),
            headers: vec![
                ("X-Trace".into(), t("t-1")),
                ("Content-Type".into(), t("text/plain")),
            ],
            data: Some((DataKind::Object, "v")),
            ..input("/x")
        });
        assert_eq!(
            r.headers,
            [
                ("Connection-Id", "user-42"),
                ("Provider-Config-Key", "github"),
                ("Base-Url-Override", "https://api.example.com"),
                ("Nango-Activity-Log-Id", ""),
                ("Nango-Proxy-X-Trace", "t-1"),
                ("Nango-Proxy-Content-Type", "text/plain"),
                ("Content-Type", "text/plain"),
                ("Retries", "3"),
                ("Decompress", "true"),
                ("Retry-On", "429,503"),
                ("Forward-Headers-On-Redirect", "true"),
            ]
            .map(|(n, v)| (n.to_string(), v.to_string()))
        );
        assert_eq!(r.method, "POST");
        assert_eq!(r.body, Some(Body::Json("v")));
    }

    #[test]
    fn falsy_options_follow_axios() {
        let r = build(ProxyInput {
            retries: Opt::Falsy(Some("0".into())),
            decompress: Opt::Falsy(None),
            retry_on: Some(String::new()),
            forward_headers_on_redirect: Opt::Falsy(None),
            headers: vec![
                ("X-Empty".into(), Opt::Falsy(Some(String::new()))),
                ("X-Null".into(), Opt::Falsy(None)),
                ("X-Undefined".into(), Opt::Undefined),
            ],
            ..input("/x")
        });
        assert_eq!(header(&r, "Retries"), None);
        assert_eq!(header(&r, "Decompress"), None);
        assert_eq!(header(&r, "Retry-On"), Some(""));
        assert_eq!(header(&r, "Forward-Headers-On-Redirect"), None);
        assert_eq!(header(&r, "Nango-Proxy-X-Empty"), Some(""));
        assert_eq!(header(&r, "Nango-Proxy-X-Null"), None);
        assert_eq!(header(&r, "Nango-Proxy-X-Undefined"), None);
        let r = build(ProxyInput {
            forward_headers_on_redirect: Opt::Falsy(Some("0".into())),
            ..input("/x")
        });
        assert_eq!(header(&r, "Forward-Headers-On-Redirect"), Some("0"));
    }

    #[test]
    fn client_defaults_and_activity_log() {
        let mut c = config("c-default", "p-default");
        c.activity_log_id = Some("log-1".into());
        let r = proxy(
            &c,
            ProxyInput {
                connection_id: Opt::Undefined,
                provider_config_key: Opt::Falsy(Some(String::new())),
                ..input("/x")
            },
        )
        .unwrap();
        assert_eq!(header(&r, "Connection-Id"), Some("c-default"));
        assert_eq!(header(&r, "Provider-Config-Key"), Some("p-default"));
        assert_eq!(header(&r, "Nango-Activity-Log-Id"), Some("log-1"));
        let r = proxy(&c, input("/x")).unwrap();
        assert_eq!(header(&r, "Connection-Id"), Some("user-42"));
    }

    #[test]
    fn missing_options_have_the_official_messages() {
        let c = config("", "");
        let none = ProxyInput {
            endpoint: None,
            ..input("/x")
        };
        assert_eq!(
            error(&c, none),
            "endpoint is missing and is required to make a proxy call!"
        );
        let none = ProxyInput {
            provider_config_key: Opt::Undefined,
            connection_id: Opt::Undefined,
            ..input("/x")
        };
        assert_eq!(
            error(&c, none.clone()),
            "providerConfigKey is missing and is required to make a proxy call!"
        );
        let no_connection = ProxyInput {
            provider_config_key: t("p"),
            ..none
        };
        assert_eq!(
            error(&c, no_connection),
            "connectionId is missing and is required to make a proxy call!"
        );
        // `null` passes the official check; the header is then left out.
        let r = build(ProxyInput {
            connection_id: Opt::Falsy(None),
            ..input("/x")
        });
        assert_eq!(header(&r, "Connection-Id"), None);
    }

    #[test]
    fn methods() {
        for (given, sent) in [
            ("get", "GET"),
            ("post", "POST"),
            ("Put", "PUT"),
            ("PATCH", "PATCH"),
            ("delete", "DELETE"),
            ("propfind", "PROPFIND"),
            ("REPORT", "REPORT"),
            ("HEAD", "GET"),
        ] {
            let r = build(ProxyInput {
                method: Some(given.into()),
                ..input("/x")
            });
            assert_eq!(r.method, sent);
        }
    }

    #[test]
    fn params_as_a_string() {
        let q = |endpoint: &str, params: &str| {
            proxy(
                &config("", ""),
                ProxyInput {
                    params: Params::Query(params.into()),
                    ..input(endpoint)
                },
            )
            .map(|r| r.path)
        };
        assert_eq!(
            q("/s", "q=two words&page=2").unwrap(),
            "/proxy/s?q=two words&page=2"
        );
        assert_eq!(q("/s", "?q=x").unwrap(), "/proxy/s?q=x");
        assert_eq!(
            q("/s?a=1", "b=2").unwrap_err().0,
            "Can not set query params in endpoint and in params"
        );
    }

    #[test]
    fn params_as_an_object_are_pairs_for_the_transport() {
        let pairs = vec![
            ("a".to_string(), "z".to_string()),
            ("c".into(), "1,2".into()),
        ];
        let r = build(ProxyInput {
            params: Params::Pairs(pairs.clone()),
            ..input("/x?a=1&b=2&a=3#frag")
        });
        // The endpoint stays as written; the transport sets the pairs on its query.
        assert_eq!(r.path, "/proxy/x?a=1&b=2&a=3#frag");
        assert_eq!(r.query, pairs);
        assert!(build(input("/x")).query.is_empty());
    }

    #[test]
    fn endpoints_cannot_leave_the_proxy() {
        for bad in [
            "/../connections",
            "..",
            "/a/../../x",
            "/%2e%2E/x",
            "/.%2e/x",
            "/\\..\\..\\x",
            "/.\t./x",
            "/.. ",
        ] {
            let e = error(&config("", ""), input(bad));
            assert!(e.starts_with("endpoint cannot be"), "{bad}: {e}");
        }
        for ok in ["/a/../b", "/a/./b", "/a/..%2f..", "/x?y=/../..", "/a//.."] {
            assert!(proxy(&config("", ""), input(ok)).is_ok(), "{ok}");
        }
        assert_eq!(build(input("/a/../b")).path, "/proxy/a/../b");
    }

    #[test]
    fn object_bodies_are_json_unless_a_form_type_is_given() {
        let r = build(with_data("PATCH", DataKind::Object));
        assert_eq!(r.body, Some(Body::Json("v")));
        assert_eq!(header(&r, "Content-Type"), Some("application/json"));
        let form = |ct: &str| {
            build(ProxyInput {
                headers: vec![("Content-Type".into(), t(ct))],
                ..with_data("POST", DataKind::Object)
            })
        };
        let r = form("application/x-www-form-urlencoded");
        assert_eq!(r.body, Some(Body::Form("v")));
        assert_eq!(
            header(&r, "Content-Type"),
            Some("application/x-www-form-urlencoded")
        );
        let r = form("multipart/form-data");
        assert_eq!(r.body, Some(Body::Multipart("v")));
        assert_eq!(header(&r, "Content-Type"), None);
    }

    #[test]
    fn strings_and_empty_bodies_get_the_form_type_on_post_put_patch() {
        for method in ["POST", "PUT", "PATCH"] {
            let r = build(with_data(method, DataKind::Text { empty: false }));
            assert_eq!(r.body, Some(Body::Raw("v")));
            assert_eq!(
                header(&r, "Content-Type"),
                Some("application/x-www-form-urlencoded")
            );
            let r = build(ProxyInput {
                method: Some(method.into()),
                ..input("/x")
            });
            assert_eq!(r.body, None);
            assert_eq!(
                header(&r, "Content-Type"),
                Some("application/x-www-form-urlencoded")
            );
        }
        for method in ["DELETE", "PROPFIND", "REPORT"] {
            let r = build(with_data(method, DataKind::Text { empty: false }));
            assert_eq!(r.body, Some(Body::Raw("v")));
            assert_eq!(header(&r, "Content-Type"), None);
        }
        for kind in [
            DataKind::Null,
            DataKind::Text { empty: true },
            DataKind::Scalar { truthy: false },
        ] {
            assert_eq!(build(with_data("POST", kind.clone())).body, None);
            assert_eq!(build(with_data("DELETE", kind)).body, None);
        }
    }

    #[test]
    fn get_never_sends_a_body() {
        let r = build(with_data("GET", DataKind::Object));
        assert_eq!(r.body, None);
        assert_eq!(header(&r, "Content-Type"), None);
    }

    #[test]
    fn a_json_content_type_stringifies_anything_sent() {
        let json = |method: &str, kind: DataKind| {
            build(ProxyInput {
                headers: vec![("Content-Type".into(), t("application/json"))],
                ..with_data(method, kind)
            })
            .body
        };
        assert_eq!(json("POST", DataKind::Null), Some(Body::Json("v")));
        assert_eq!(
            json("POST", DataKind::Text { empty: false }),
            Some(Body::Json("v"))
        );
        assert_eq!(
            json("PUT", DataKind::Scalar { truthy: true }),
            Some(Body::Json("v"))
        );
        // DELETE leaves out falsy data before axios sees it.
        assert_eq!(json("DELETE", DataKind::Null), None);
    }

    #[test]
    fn binary_blob_form_data_and_search_params() {
        let r = build(with_data("POST", DataKind::Binary));
        assert_eq!(r.body, Some(Body::Raw("v")));
        assert_eq!(
            header(&r, "Content-Type"),
            Some("application/x-www-form-urlencoded")
        );
        let blob = |size: f64, mime: &str| {
            let r = build(ProxyInput {
                headers: vec![("Content-Type".into(), t("text/plain"))],
                ..with_data(
                    "POST",
                    DataKind::Blob {
                        size,
                        mime: mime.into(),
                    },
                )
            });
            header(&r, "Content-Type").map(str::to_string)
        };
        assert_eq!(blob(3.0, "text/csv").as_deref(), Some("text/csv"));
        assert_eq!(blob(3.0, "").as_deref(), Some("application/octet-stream"));
        assert_eq!(blob(0.0, "text/csv").as_deref(), Some("text/plain"));
        let r = build(with_data("PUT", DataKind::FormData));
        assert_eq!(r.body, Some(Body::Raw("v")));
        assert_eq!(header(&r, "Content-Type"), None);
        let r = build(with_data("POST", DataKind::SearchParams));
        assert_eq!(
            header(&r, "Content-Type"),
            Some("application/x-www-form-urlencoded;charset=utf-8")
        );
    }

    #[test]
    fn unsendable_data_is_rejected() {
        let c = config("", "");
        assert_eq!(
            error(&c, with_data("POST", DataKind::Scalar { truthy: true })),
            "Data after transformation must be a string, an ArrayBuffer, a Buffer, or a Stream"
        );
        assert!(error(&c, with_data("PUT", DataKind::Stream)).starts_with("data: streams"));
    }

    #[test]
    fn response_types() {
        for (given, parsed) in [
            (None, ResponseType::Json),
            (Some("json"), ResponseType::Json),
            (Some("text"), ResponseType::Text),
            (Some("document"), ResponseType::Text),
            (Some("arraybuffer"), ResponseType::ArrayBuffer),
            (Some("blob"), ResponseType::Blob),
            (Some("stream"), ResponseType::Stream),
        ] {
            assert_eq!(ResponseType::parse(given), Ok(parsed));
        }
        assert!(ResponseType::parse(Some("arrayBuffer"))
            .unwrap_err()
            .0
            .contains("got \"arrayBuffer\""));
    }
}
