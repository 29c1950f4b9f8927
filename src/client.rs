//! The binding layer: the table of the `Nango` methods that send a request, and the module's
//! exports.
//!
//! The JS entry (`js/nango.mjs`) defines the `Nango` class and keeps every client's state.
//! For each method in [`METHODS`] it reads the caller's arguments as the method's reading spec
//! says (see below), hands the snapshot to [`build`] with one call, and sends the request
//! [`build`] describes. The core holds no state between calls and calls no JavaScript, so no
//! JS exception can unwind through it and a trapped instance can be replaced at any time.
//!
//! # Reading specs
//! One spec per positional argument, separated by spaces:
//! - `v` a value: primitives (strings up to [`MAX_TEXT`](crate::js::MAX_TEXT) characters),
//!   and for an object only whether it is an array or a function;
//! - `p` a payload the core does not read: its type, and for an object what kind it is
//!   (binary, `Blob`, `FormData`, ...); strings are not copied;
//! - `t` like `v`, plus `String(value)` of an object or symbol;
//! - `{a b:S}` the named properties of an object (`a` is `a:v`);
//! - `*S` the own enumerable entries of an object, each read with `S`;
//! - `[S]` the items of an array, each read with `S` (the array itself is read as `S`).

use alloc::string::String;

use wasm_bindgen::prelude::*;

use crate::api::config::Config;
use crate::api::proxy::ProxyRequest;
use crate::api::ApiRequest;
use crate::js::{string, Args, Error, Parser, Slot, Val};
use crate::wire;

mod actions;
mod connect;
mod connections;
mod integrations;
mod proxy;
mod records;
mod syncs;
mod webhooks;

pub use webhooks::{digest_bytes, digest_check, digest_start};

/// A request the core built, for the JS entry to send.
pub enum Request {
    /// A call to Nango's API.
    Api(ApiRequest<Slot>),
    /// A call through Nango's proxy.
    Proxy(ProxyRequest<Slot>),
}

impl From<ApiRequest<Slot>> for Request {
    fn from(req: ApiRequest<Slot>) -> Self {
        Request::Api(req)
    }
}

/// What a method's builder gets: the arguments and the client's defaults.
pub struct Call {
    /// The positional arguments.
    pub args: Args,
    /// The client's configuration (the proxy's default ids, the activity log id).
    pub config: Config,
}

impl Call {
    /// Argument `i` (`undefined` when absent).
    pub fn at(&self, i: usize) -> &Val {
        self.args.at(i)
    }
}

/// A method's request builder.
pub type Build = fn(&Call) -> Result<Request, Error>;

/// Defines the method table: [`BUILDERS`] for the core, [`METHODS`] (names and reading specs)
/// for the JS layer, in the same order. The wasm references only [`BUILDERS`], so the specs
/// do not ship in it: `src/bin/methods.rs` prints them for the JS layer at build time.
macro_rules! methods {
    ($($name:ident: $spec:expr => $build:path,)*) => {
        /// Every method's request builder, in the order the JS layer numbers them.
        pub const BUILDERS: &[Build] = &[$($build),*];
        /// Every method's name and reading spec (see the module's documentation), in the same
        /// order.
        pub const METHODS: &[(&str, &str)] = &[$((stringify!($name), $spec)),*];
    };
}

/// The options of `listProviders`, `getIntegration`, `listFunctions`...: a query object.
const QUERIES: &str = "*[v]";
/// The proxy's configuration.
const PROXY: &str = "{method endpoint connectionId:[t] providerConfigKey:[t] \
     baseUrlOverride:[t] retries:[t] retryOn:t decompress:[t] forwardHeadersOnRedirect:[t] \
     headers:*[t] params:*t data:p responseType}";

methods! {
    listProviders: QUERIES => integrations::list_providers,
    getProvider: "{provider}" => integrations::get_provider,
    getProviderTemplates: "{provider}" => integrations::get_provider_templates,
    listIntegrations: "" => integrations::list_integrations,
    getIntegration: "{uniqueKey} *[v]" => integrations::get_integration,
    createIntegration: "v v {oauth_client_id oauth_client_secret oauth_scopes}" => integrations::create_integration,
    createQuickstartIntegration: "p" => integrations::create_quickstart_integration,
    updateIntegration: "{uniqueKey} v {oauth_client_id oauth_client_secret oauth_scopes}" => integrations::update_integration,
    deleteIntegration: "v" => integrations::delete_integration,
    listFunctions: "{uniqueKey} *[v]" => integrations::list_functions,
    getFunction: "{uniqueKey name} *[v]" => integrations::get_function,
    getFunctionCode: "{uniqueKey name} *[v]" => integrations::get_function_code,
    deleteFunction: "{uniqueKey name} *[v]" => integrations::delete_function,
    listConnections: "{integrationId:[v] tags:~v connectionId userId limit page} v {endUserId endUserOrganizationId limit page}" => connections::list_connections,
    getConnection: "v v v v v" => connections::get_connection,
    patchConnection: "{connectionId provider_config_key} p" => connections::patch_connection,
    getToken: "v v v v" => connections::get_token,
    getRawTokenResponse: "v v v v" => connections::get_raw_token_response,
    getMetadata: "v v" => connections::get_metadata,
    setMetadata: "v p p" => connections::set_metadata,
    updateMetadata: "v p p" => connections::update_metadata,
    deleteConnection: "v v" => connections::delete_connection,
    getConnectionDetails: "{providerConfigKey connectionId forceRefresh refreshToken refreshGithubAppJwtToken additionalHeader:*[v]}" => connections::get_connection_details,
    getScriptsConfig: "v" => integrations::get_scripts_config,
    listRecords: "{providerConfigKey connectionId model variant delta modifiedAfter limit filter cursor ids:[v]}" => records::list_records,
    pruneRecords: "{providerConfigKey:[v] connectionId:[v] model:p variant:p untilCursor:p limit:p}" => records::prune_records,
    triggerSync: "p v p v" => syncs::trigger_sync,
    startSync: "v v p" => syncs::start_sync,
    pauseSync: "v v p" => syncs::pause_sync,
    syncStatus: "v [{name variant}] v" => syncs::sync_status,
    updateSyncConnectionFrequency: "v {name:p variant:p} v v" => syncs::update_sync_connection_frequency,
    createSyncVariant: "{name variant provider_config_key:p connection_id:p}" => syncs::create_sync_variant,
    deleteSyncVariant: "{name variant provider_config_key:p connection_id:p}" => syncs::delete_sync_variant,
    getEnvironmentVariables: "" => integrations::get_environment_variables,
    triggerAction: "[v] [v] p p" => actions::trigger_action,
    triggerActionAsync: "[v] [v] p p" => actions::trigger_action_async,
    getAsyncActionResult: "{id statusUrl}" => actions::get_async_action_result,
    createConnectSession: "p" => connect::create_connect_session,
    createReconnectSession: "p" => connect::create_reconnect_session,
    waitForConnection: "v v" => connect::wait_for_connection_poll,
    proxy: PROXY => proxy::proxy,
    get: PROXY => proxy::get,
    post: PROXY => proxy::post,
    put: PROXY => proxy::put,
    patch: PROXY => proxy::patch,
    delete: PROXY => proxy::delete,
}

/// Builds the request of method number `op` of [`BUILDERS`] from the snapshot of its
/// arguments; `client` is the snapshot of the client's defaults: `connectionId`,
/// `providerConfigKey` and `activityLogId`. Returns the
/// request as JSON (see [`wire`]), or `{"e": message}` when an argument is invalid.
#[wasm_bindgen]
pub fn build(op: u32, client: &str, args: &str) -> String {
    let request = parse_call(client, args).and_then(|call| {
        let build = BUILDERS
            .get(op as usize)
            .ok_or_else(|| Error::new("unknown method"))?;
        build(&call)
    });
    match request {
        Ok(Request::Api(req)) => wire::api(&req),
        Ok(Request::Proxy(req)) => wire::proxy(&req),
        Err(e) => wire::error(&e.0),
    }
}

fn parse_call(client: &str, args: &str) -> Result<Call, Error> {
    let malformed = || Error::new("the arguments could not be read");
    let client = Args(Parser::new(client).values().ok_or_else(malformed)?);
    let args = Args(Parser::new(args).values().ok_or_else(malformed)?);
    let config = Config {
        connection_id: string(client.at(0), "connectionId")?.unwrap_or_default(),
        provider_config_key: string(client.at(1), "providerConfigKey")?.unwrap_or_default(),
        activity_log_id: string(client.at(2), "activityLogId")?,
    };
    Ok(Call { args, config })
}
