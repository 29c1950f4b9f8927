//! The client's configuration: the constructor's validation and the headers every request
//! carries.

use super::text::concat;
use super::InvalidArgument;
use alloc::{
    string::{String, ToString},
    vec,
    vec::Vec,
};

/// Nango Cloud's API host, used when no `host` is given.
pub const PROD_HOST: &str = "https://api.nango.dev";

/// This package's version, sent in the user agent.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The constructor's options as the caller gave them (`None` for absent or `undefined`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConfigInput {
    /// `host`
    pub host: Option<String>,
    /// `apiKey`
    pub api_key: Option<String>,
    /// `secretKey` (deprecated alias of `apiKey`)
    pub secret_key: Option<String>,
    /// `webhookSigningKey`
    pub webhook_signing_key: Option<String>,
    /// `connectionId`
    pub connection_id: Option<String>,
    /// `providerConfigKey`
    pub provider_config_key: Option<String>,
    /// `isSync`
    pub is_sync: bool,
    /// `isScript`
    pub is_script: bool,
    /// `dryRun`
    pub dry_run: bool,
    /// `activityLogId`
    pub activity_log_id: Option<String>,
    /// The second argument's `userAgent`, appended to ours.
    pub user_agent: Option<String>,
}

/// A validated configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The API's base URL, without a trailing slash.
    pub server_url: String,
    /// The key sent as the bearer token.
    pub api_key: String,
    /// The deprecated `secretKey`, when that is how the key was given.
    pub secret_key: Option<String>,
    /// The webhook signing key.
    pub webhook_signing_key: Option<String>,
    /// The default connection id (`''` when unset).
    pub connection_id: String,
    /// The default integration key (`''` when unset).
    pub provider_config_key: String,
    /// Sends `Nango-Is-Sync: true`.
    pub is_sync: bool,
    /// Sends `Nango-Is-Script: true`.
    pub is_script: bool,
    /// Sends `Nango-Is-Dry-Run: true`.
    pub dry_run: bool,
    /// The activity log id.
    pub activity_log_id: Option<String>,
    /// The `User-Agent` header.
    pub user_agent: String,
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.is_empty())
}

/// Our user agent: `nango-wasm/<version> (<runtime>)`, then `; <extra>` when given.
pub fn user_agent(runtime: &str, extra: Option<&str>) -> String {
    let base = concat(&["nango-wasm/", VERSION, " (", runtime, ")"]);
    match extra.filter(|e| !e.is_empty()) {
        Some(extra) => concat(&[&base, "; ", extra]),
        None => base,
    }
}

impl Config {
    /// Validates the constructor's options with the official SDK's rules and messages.
    /// `is_valid_url` is the WHATWG URL parser's verdict on the host; `runtime` names the
    /// runtime in the user agent.
    pub fn new(
        input: ConfigInput,
        is_valid_url: impl Fn(&str) -> bool,
        runtime: &str,
    ) -> Result<Config, InvalidArgument> {
        let host = non_empty(input.host).unwrap_or_else(|| PROD_HOST.to_string());
        let server_url = host.strip_suffix('/').unwrap_or(&host).to_string();
        let has = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.is_empty());
        if has(&input.api_key) && has(&input.secret_key) {
            return Err(InvalidArgument::new(
                "You must specify only one of apiKey or secretKey, not both (cf. documentation).",
            ));
        }
        let api_key = match input.api_key.or_else(|| input.secret_key.clone()) {
            Some(key) if !key.is_empty() => key,
            _ => {
                return Err(InvalidArgument::new(
                    "You must specify an API key (cf. documentation).",
                ))
            }
        };
        if !is_valid_url(&server_url) {
            return Err(InvalidArgument(concat(&[
                "Invalid URL provided for the Nango host: ",
                &server_url,
            ])));
        }
        Ok(Config {
            server_url,
            api_key,
            secret_key: input.secret_key,
            webhook_signing_key: input.webhook_signing_key,
            connection_id: input.connection_id.unwrap_or_default(),
            provider_config_key: input.provider_config_key.unwrap_or_default(),
            is_sync: input.is_sync,
            is_script: input.is_script,
            dry_run: input.dry_run,
            activity_log_id: non_empty(input.activity_log_id),
            user_agent: user_agent(runtime, input.user_agent.as_deref()),
        })
    }

    /// The headers every request carries (the official SDK's `enrichHeaders`): the bearer
    /// token and each flag that is set, as `"true"`.
    pub fn common_headers(&self) -> Vec<(&'static str, String)> {
        let mut headers = vec![
            ("Accept", "application/json, text/plain, */*".to_string()),
            ("User-Agent", self.user_agent.clone()),
            ("Authorization", concat(&["Bearer ", &self.api_key])),
        ];
        for (set, name) in [
            (self.is_sync, "Nango-Is-Sync"),
            (self.is_script, "Nango-Is-Script"),
            (self.dry_run, "Nango-Is-Dry-Run"),
        ] {
            if set {
                headers.push((name, "true".to_string()));
            }
        }
        headers
    }

    /// The full URL of an encoded path and query.
    pub fn url(&self, path_and_query: &str) -> String {
        concat(&[&self.server_url, path_and_query])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid(_: &str) -> bool {
        true
    }

    fn input(secret: &str) -> ConfigInput {
        ConfigInput {
            secret_key: Some(secret.to_string()),
            ..ConfigInput::default()
        }
    }

    #[test]
    fn defaults_to_nango_cloud() {
        let c = Config::new(input("sk"), valid, "node").unwrap();
        assert_eq!(c.server_url, "https://api.nango.dev");
        assert_eq!(c.api_key, "sk");
        assert_eq!(c.secret_key.as_deref(), Some("sk"));
        assert_eq!(c.connection_id, "");
        assert_eq!(c.user_agent, format!("nango-wasm/{VERSION} (node)"));
    }

    #[test]
    fn strips_one_trailing_slash() {
        let mut i = input("sk");
        i.host = Some("http://localhost:3003/".into());
        assert_eq!(
            Config::new(i, valid, "x").unwrap().server_url,
            "http://localhost:3003"
        );
    }

    #[test]
    fn key_errors_match_the_official_messages() {
        let both = ConfigInput {
            api_key: Some("a".into()),
            secret_key: Some("b".into()),
            ..ConfigInput::default()
        };
        assert_eq!(
            Config::new(both, valid, "x").unwrap_err().0,
            "You must specify only one of apiKey or secretKey, not both (cf. documentation)."
        );
        assert_eq!(
            Config::new(ConfigInput::default(), valid, "x")
                .unwrap_err()
                .0,
            "You must specify an API key (cf. documentation)."
        );
        assert!(Config::new(input(""), valid, "x").is_err());
    }

    #[test]
    fn api_key_is_not_a_secret_key() {
        let i = ConfigInput {
            api_key: Some("a".into()),
            ..ConfigInput::default()
        };
        let c = Config::new(i, valid, "x").unwrap();
        assert_eq!(c.api_key, "a");
        assert_eq!(c.secret_key, None);
    }

    #[test]
    fn invalid_host_is_rejected() {
        let mut i = input("sk");
        i.host = Some("nope/".into());
        assert_eq!(
            Config::new(i, |u| u.starts_with("http"), "x")
                .unwrap_err()
                .0,
            "Invalid URL provided for the Nango host: nope"
        );
    }

    #[test]
    fn flags_are_sent_only_when_set() {
        let mut i = input("sk");
        i.is_sync = true;
        i.dry_run = true;
        i.user_agent = Some("my-app/1".into());
        let c = Config::new(i, valid, "deno").unwrap();
        let h = c.common_headers();
        assert!(h.contains(&("Authorization", "Bearer sk".to_string())));
        assert!(h.contains(&("Nango-Is-Sync", "true".to_string())));
        assert!(h.contains(&("Nango-Is-Dry-Run", "true".to_string())));
        assert!(!h.iter().any(|(n, _)| *n == "Nango-Is-Script"));
        assert!(h.contains(&(
            "User-Agent",
            format!("nango-wasm/{VERSION} (deno); my-app/1")
        )));
    }
}
