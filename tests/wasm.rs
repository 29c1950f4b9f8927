//! The binding layer and the transport, run in Node by wasm-bindgen-test-runner with a
//! stubbed global `fetch`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Promise, Reflect, JSON};
use nango_wasm::Nango;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

#[wasm_bindgen(inline_js = r#"
export function installFetch(status, body, headers) {
  const calls = [];
  globalThis.fetch = function (url, init) {
    calls.push({ url, init, thisIsUndefined: this === undefined });
    return Promise.resolve(new Response(body, { status, headers }));
  };
  return calls;
}
export function installFailingFetch() {
  globalThis.fetch = () => Promise.reject(new TypeError('fetch failed'));
}
export function config(extra) {
  return Object.assign({ secretKey: 'sk-very-secret-0123', host: 'https://nango.test/' }, extra);
}
export function everythingAbout(err) {
  const util = globalThis.process && globalThis.process.getBuiltinModule
    ? globalThis.process.getBuiltinModule('node:util') : null;
  return [String(err), err.stack, JSON.stringify(err), JSON.stringify(err.response),
          util ? util.inspect(err, { depth: 10, showHidden: true }) : ''].join('\n');
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = installFetch)]
    fn install_fetch(status: u16, body: &str, headers: &JsValue) -> Array;
    #[wasm_bindgen(js_name = installFailingFetch)]
    fn install_failing_fetch();
    fn config(extra: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = everythingAbout)]
    fn everything_about(err: &JsValue) -> String;
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |v, k| {
        Reflect::get(&v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
    })
}

fn obj(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn client(extra: &str) -> Nango {
    Nango::new(&config(&obj(extra)), &JsValue::UNDEFINED).unwrap()
}

fn json_headers() -> JsValue {
    obj(r#"{"content-type":"application/json","retry-after":"7"}"#)
}

async fn settle(p: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(p).await
}

#[wasm_bindgen_test]
async fn get_connection_sends_the_official_request() {
    let calls = install_fetch(200, r#"{"connection_id":"user-42"}"#, &json_headers());
    let s = |v: &str| JsValue::from_str(v);
    let p = client(r#"{"isSync":true}"#).get_connection(
        &s("github"),
        &s("user-42"),
        &JsValue::TRUE,
        &JsValue::UNDEFINED,
        &JsValue::UNDEFINED,
    );
    let data = settle(p).await.unwrap();
    assert_eq!(get(&data, "connection_id"), "user-42");
    assert_eq!(calls.length(), 1);
    let call = calls.get(0);
    assert_eq!(
        get(&call, "url"),
        "https://nango.test/connections/user-42?provider_config_key=github&force_refresh=true\
         &refresh_token=false&refresh_github_app_jwt_token=false"
    );
    assert_eq!(get(&call, "thisIsUndefined"), JsValue::TRUE);
    assert_eq!(get(&call, "init.method"), "GET");
    assert_eq!(
        get(&call, "init.headers.Authorization"),
        "Bearer sk-very-secret-0123"
    );
    assert_eq!(get(&call, "init.headers.Content-Type"), "application/json");
    assert_eq!(get(&call, "init.headers.Nango-Is-Sync"), "true");
    assert!(get(&call, "init.headers.Nango-Is-Script").is_undefined());
    assert!(get(&call, "init.body").is_undefined());
    // Only method, headers (and body) are set: workerd rejects credentials, mode, ...
    let keys = js_sys::Object::keys(&get(&call, "init").into());
    assert_eq!(keys.length(), 2);
}

#[wasm_bindgen_test]
async fn get_token_projects_each_credential_type() {
    let s = |v: &str| JsValue::from_str(v);
    let cases = [
        (
            r#"{"credentials":{"type":"OAUTH2","access_token":"at"}}"#,
            r#""at""#,
        ),
        (
            r#"{"credentials":{"type":"OAUTH1","oauth_token":"t","oauth_token_secret":"s"}}"#,
            r#"{"oAuthToken":"t","oAuthTokenSecret":"s"}"#,
        ),
        (
            r#"{"credentials":{"type":"API_KEY","apiKey":"k"}}"#,
            r#"{"type":"API_KEY","apiKey":"k"}"#,
        ),
    ];
    for (body, expected) in cases {
        install_fetch(200, body, &json_headers());
        let v = settle(client("{}").get_token(
            &s("p"),
            &s("c"),
            &JsValue::UNDEFINED,
            &JsValue::UNDEFINED,
        ))
        .await
        .unwrap();
        assert_eq!(JSON::stringify(&v).unwrap(), expected);
    }
}

#[wasm_bindgen_test]
async fn http_errors_carry_the_axios_shaped_response_and_no_secret() {
    install_fetch(
        429,
        r#"{"error":{"code":"too_many_requests","message":"Slow down"}}"#,
        &json_headers(),
    );
    let err = settle(client("{}").list_integrations()).await.unwrap_err();
    assert_eq!(get(&err, "name"), "NangoError");
    assert_eq!(get(&err, "code"), "API_ERROR");
    assert_eq!(get(&err, "status"), 429);
    assert_eq!(get(&err, "response.status"), 429);
    assert_eq!(get(&err, "response.headers.retry-after"), "7");
    assert_eq!(get(&err, "response.data.error.code"), "too_many_requests");
    let message = get(&err, "message").as_string().unwrap();
    assert!(message.contains("listIntegrations") && message.contains("429"));
    assert!(message.contains("Slow down"), "{message}");
    let all = everything_about(&err);
    assert!(!all.contains("sk-very-secret-0123") && !all.contains("Bearer"));
}

#[wasm_bindgen_test]
async fn text_error_bodies_are_kept_as_text() {
    install_fetch(500, "Internal Server Error: boom", &obj("{}"));
    let err = settle(client("{}").list_integrations()).await.unwrap_err();
    assert_eq!(get(&err, "response.data"), "Internal Server Error: boom");
    assert_eq!(get(&err, "status"), 500);
}

#[wasm_bindgen_test]
async fn network_failures_keep_the_cause() {
    install_failing_fetch();
    let err = settle(client("{}").list_integrations()).await.unwrap_err();
    assert_eq!(get(&err, "code"), "NETWORK_ERROR");
    assert_eq!(get(&err, "status"), 0);
    assert_eq!(get(&err, "cause.message"), "fetch failed");
    assert!(!everything_about(&err).contains("sk-very-secret-0123"));
}

#[wasm_bindgen_test]
async fn validation_errors_reject_without_a_request() {
    let calls = install_fetch(200, "{}", &json_headers());
    let s = |v: &str| JsValue::from_str(v);
    let err = settle(client("{}").get_metadata(&s(""), &s("c")))
        .await
        .unwrap_err();
    assert_eq!(get(&err, "message"), "Provider Config Key is required");
    assert_eq!(get(&err, "code"), "INVALID_ARGUMENT");
    let err = settle(client("{}").list_records(&obj(r#"{"model":"M"}"#)))
        .await
        .unwrap_err();
    assert_eq!(
        get(&err, "message"),
        "providerConfigKey is missing and is required to make a proxy call!"
    );
    let err = settle(client("{}").list_records(&obj(r#"{"model":{}}"#)))
        .await
        .unwrap_err();
    assert_eq!(get(&err, "message"), "model must be a string, got object");
    assert_eq!(calls.length(), 0);
}

#[wasm_bindgen_test]
fn constructor_errors_throw_the_official_messages() {
    let err = Nango::new(&obj(r#"{"host":"x"}"#), &JsValue::UNDEFINED)
        .err()
        .unwrap();
    assert_eq!(
        get(&err, "message"),
        "You must specify an API key (cf. documentation)."
    );
    let err = Nango::new(
        &obj(r#"{"secretKey":"a","host":"nope"}"#),
        &JsValue::UNDEFINED,
    )
    .err()
    .unwrap();
    assert_eq!(
        get(&err, "message"),
        "Invalid URL provided for the Nango host: nope"
    );
    assert!(Nango::new(&JsValue::UNDEFINED, &JsValue::UNDEFINED).is_err());
    let n = client("{}");
    assert_eq!(n.server_url(), "https://nango.test");
    assert!(n.user_agent().starts_with("nango-wasm/"));
}

#[wasm_bindgen_test]
async fn list_connections_detects_the_call_form() {
    let calls = install_fetch(200, r#"{"connections":[]}"#, &json_headers());
    let n = client("{}");
    settle(n.list_connections(
        &obj(r#"{"integrationId":["a","b"],"tags":{"email":"x@y.z"},"limit":5}"#),
        &JsValue::UNDEFINED,
        &JsValue::UNDEFINED,
    ))
    .await
    .unwrap();
    settle(n.list_connections(
        &JsValue::from_str("c1"),
        &JsValue::from_str("acme"),
        &obj(r#"{"page":2}"#),
    ))
    .await
    .unwrap();
    assert_eq!(
        get(&calls.get(0), "url"),
        "https://nango.test/connections?integrationId=a%2Cb&tags%5Bend_user_email%5D=x%40y.z&limit=5"
    );
    assert_eq!(
        get(&calls.get(1), "url"),
        "https://nango.test/connections?connectionId=c1&search=acme&page=2"
    );
}
