//! The binding layer: the `Nango` class JavaScript sees.
//!
//! Each method decodes its JS arguments (detecting the call form), asks the core for the
//! request, and hands it to the transport. It knows nothing about HTTP: the core decides what
//! is sent, the transport how. Every method returns a promise; a validation error rejects it.
//!
//! Methods take their JS arguments by reference (`&JsValue`) unless they keep them: the
//! wasm-bindgen glue of a borrowed argument is about 50 bytes of wasm smaller than an owned
//! one's, and the JS side is the same.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use core::future::Future;
use core::pin::Pin;

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use crate::api::config::{user_agent, ConfigInput};
use crate::api::text::concat;
use crate::api::{ApiRequest, Config, Returns};
use crate::error::Error;
use crate::http::{self, Url};
use crate::js::{flag, prop, string, Reader};

mod actions;
mod connect;
mod connections;
mod environment;
mod functions;
mod integrations;
mod providers;
mod proxy;
mod records;
mod scripts;
mod syncs;
mod webhooks;

/// Names the runtime for the user agent: `node/20.1.0`, `deno/2.1.0`, `bun/1.1.0`, `workerd`
/// or `browser`.
fn runtime() -> String {
    let global: JsValue = js_sys::global().into();
    let path = |keys: &[&str]| {
        keys.iter()
            .try_fold(global.clone(), |v, k| crate::js::prop(&v, k).ok())
            .and_then(|v| v.as_string())
    };
    if let Some(v) = path(&["Deno", "version", "deno"]) {
        concat(&["deno/", &v])
    } else if let Some(v) = path(&["Bun", "version"]) {
        concat(&["bun/", &v])
    } else if path(&["navigator", "userAgent"]).as_deref() == Some("Cloudflare-Workers") {
        // Before Node: under nodejs_compat, workerd defines process.versions.node too.
        "workerd".to_string()
    } else if let Some(v) = path(&["process", "versions", "node"]) {
        concat(&["node/", &v])
    } else {
        "browser".to_string()
    }
}

/// What an async method runs: its result resolves the promise, its error rejects it.
type Work = Pin<Box<dyn Future<Output = Result<JsValue, JsValue>>>>;

/// Runs `work` as a promise. Every async method comes through here with its future boxed, so
/// `future_to_promise` is instantiated once for the whole crate (each instantiation is
/// kilobytes of wasm).
fn promise(work: Work) -> Promise {
    future_to_promise(work)
}

/// Applies the method's result shape to a successful reply.
fn shape(operation: &'static str, returns: Returns, reply: http::Reply) -> Result<JsValue, Error> {
    let field = crate::js::field;
    let data = reply.data;
    let credentials = || {
        let c = field(&data, "credentials");
        if c.is_object() {
            Ok(c)
        } else {
            Err(Error::unexpected(
                operation,
                "the connection has no credentials",
            ))
        }
    };
    Ok(match returns {
        Returns::Data => data,
        Returns::Response => reply.response.into(),
        Returns::Field(name) => field(&data, name),
        Returns::Configs => wrap_data("configs", &data),
        Returns::RawToken => field(&credentials()?, "raw"),
        Returns::Token => {
            let c = credentials()?;
            match field(&c, "type").as_string().as_deref() {
                Some("OAUTH2") => field(&c, "access_token"),
                Some("OAUTH1") => {
                    let out = Object::new();
                    let _ = Reflect::set(&out, &"oAuthToken".into(), &field(&c, "oauth_token"));
                    let _ = Reflect::set(
                        &out,
                        &"oAuthTokenSecret".into(),
                        &field(&c, "oauth_token_secret"),
                    );
                    out.into()
                }
                _ => c,
            }
        }
        Returns::Config => wrap_data("config", &data),
        Returns::DataOrEmptyList if !data.is_truthy() => js_sys::Array::new().into(),
        Returns::DataOrEmptyList => data,
    })
}

/// `{ [name]: body.data }`, the older SDKs' result shapes.
fn wrap_data(name: &str, body: &JsValue) -> JsValue {
    let out = Object::new();
    let _ = Reflect::set(&out, &name.into(), &crate::js::field(body, "data"));
    out.into()
}

/// The Nango client: a drop-in replacement for `Nango` from `@nangohq/node`.
///
/// ```js
/// import { Nango } from 'nango-wasm';
/// const nango = new Nango({ secretKey: process.env.NANGO_SECRET_KEY });
/// const token = await nango.getToken('github', 'user-42');
/// ```
#[wasm_bindgen]
pub struct Nango {
    config: Rc<Config>,
}

impl Nango {
    /// Sends the request `build` makes (if it made one) and shapes the reply; errors reject.
    pub(crate) fn call(&self, build: Result<ApiRequest<JsValue>, Error>) -> Promise {
        let config = Rc::clone(&self.config);
        promise(Box::pin(async move {
            let req = build?;
            let (operation, returns) = (req.operation, req.returns);
            let reply = http::send(&config, req).await?;
            Ok(shape(operation, returns, reply)?)
        }))
    }
}

fn config_input(config: &JsValue, options: &JsValue) -> Result<ConfigInput, Error> {
    if !config.is_object() {
        return Err(Error::invalid(
            "new Nango(config): config must be an object such as { secretKey }",
        ));
    }
    let mut r = Reader::new(config);
    let mut input = ConfigInput {
        host: r.read("host", string),
        api_key: r.read("apiKey", string),
        secret_key: r.read("secretKey", string),
        webhook_signing_key: r.read("webhookSigningKey", string),
        connection_id: r.read("connectionId", string),
        provider_config_key: r.read("providerConfigKey", string),
        is_sync: r.read("isSync", flag),
        is_script: r.read("isScript", flag),
        dry_run: r.read("dryRun", flag),
        activity_log_id: r.read("activityLogId", string),
        user_agent: None,
    };
    r.finish()?;
    input.user_agent = string(&prop(options, "userAgent")?, "userAgent")?;
    Ok(input)
}

#[wasm_bindgen]
impl Nango {
    /// Creates a client. `config` takes `secretKey` or `apiKey` (exactly one), and optionally
    /// `host` (default `https://api.nango.dev`), `webhookSigningKey`, `connectionId`,
    /// `providerConfigKey`, `isSync`, `isScript`, `dryRun` and `activityLogId`. The second
    /// argument's `userAgent` is appended to this package's user agent. Throws on invalid
    /// configuration with the official SDK's messages.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "NangoProps")] config: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "{ userAgent?: string }")] options: &JsValue,
    ) -> Result<Nango, JsValue> {
        let input = config_input(config, options)?;
        let config =
            Config::new(input, |url| Url::new(url).is_ok(), &runtime()).map_err(Error::from)?;
        Ok(Nango {
            config: Rc::new(config),
        })
    }

    /// The API's base URL, without a trailing slash.
    #[wasm_bindgen(getter, js_name = serverUrl)]
    pub fn server_url(&self) -> String {
        self.config.server_url.clone()
    }

    /// The key sent as the bearer token (`apiKey`, or the deprecated `secretKey`).
    #[wasm_bindgen(getter, js_name = apiKey)]
    pub fn api_key(&self) -> String {
        self.config.api_key.clone()
    }

    /// The deprecated `secretKey`, when the client was created with it.
    #[wasm_bindgen(getter, js_name = secretKey)]
    pub fn secret_key(&self) -> Option<String> {
        self.config.secret_key.clone()
    }

    /// The webhook signing key, when set.
    #[wasm_bindgen(getter, js_name = webhookSigningKey)]
    pub fn webhook_signing_key(&self) -> Option<String> {
        self.config.webhook_signing_key.clone()
    }

    /// The default connection id (`''` when unset).
    #[wasm_bindgen(getter, js_name = connectionId)]
    pub fn connection_id(&self) -> String {
        self.config.connection_id.clone()
    }

    /// The default integration key (`''` when unset).
    #[wasm_bindgen(getter, js_name = providerConfigKey)]
    pub fn provider_config_key(&self) -> String {
        self.config.provider_config_key.clone()
    }

    /// Whether requests carry `Nango-Is-Sync: true`.
    #[wasm_bindgen(getter, js_name = isSync)]
    pub fn is_sync(&self) -> bool {
        self.config.is_sync
    }

    /// Whether requests carry `Nango-Is-Script: true`.
    #[wasm_bindgen(getter, js_name = isScript)]
    pub fn is_script(&self) -> bool {
        self.config.is_script
    }

    /// Whether requests carry `Nango-Is-Dry-Run: true`.
    #[wasm_bindgen(getter, js_name = dryRun)]
    pub fn dry_run(&self) -> bool {
        self.config.dry_run
    }

    /// The activity log id, when set.
    #[wasm_bindgen(getter, js_name = activityLogId)]
    pub fn activity_log_id(&self) -> Option<String> {
        self.config.activity_log_id.clone()
    }

    /// The `User-Agent` header this client sends.
    #[wasm_bindgen(getter, js_name = userAgent)]
    pub fn user_agent(&self) -> String {
        self.config.user_agent.clone()
    }
}

/// The user agent this package sends, with `userAgent` appended when given.
#[wasm_bindgen(js_name = getUserAgent)]
pub fn get_user_agent(
    #[wasm_bindgen(js_name = userAgent)] user_agent_suffix: Option<String>,
) -> String {
    user_agent(&runtime(), user_agent_suffix.as_deref())
}
