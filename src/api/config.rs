//! What a request builder needs of the client: the defaults the proxy falls back to. The JS
//! layer validates the constructor's options and keeps the client's state; it hands these
//! to the core with every call.

use alloc::string::String;

/// The client's defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// The default connection id (`''` when unset).
    pub connection_id: String,
    /// The default integration key (`''` when unset).
    pub provider_config_key: String,
    /// The activity log id, sent as `Nango-Activity-Log-Id` by the proxy.
    pub activity_log_id: Option<String>,
}
