//! Syncs: `triggerSync`, `startSync`, `pauseSync`, `syncStatus`,
//! `updateSyncConnectionFrequency`, `createSyncVariant`, `deleteSyncVariant`.

use super::encode::{path, segment};
use super::text::{concat, join};
use super::{ApiRequest, Built, InvalidArgument, Json, Method, Returns};
use alloc::{
    string::{String, ToString},
    vec,
    vec::Vec,
};

/// How the caller gave a list of syncs. The array itself stays the caller's value (`T`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncList<T> {
    /// A falsy value: absent, `null`, `''`, ...
    Missing,
    /// The string `'*'`: every sync (only `syncStatus` accepts it).
    All,
    /// An array.
    Array(T),
    /// Anything else, e.g. a single sync name that is not wrapped in an array.
    Other,
}

/// One entry of `syncStatus`' list, as the caller gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncName {
    /// A sync name.
    Name(String),
    /// Any other value, read as `{ name, variant }`: `name` is `None` when absent, `variant`
    /// when absent or falsy.
    Object {
        /// `name`
        name: Option<String>,
        /// `variant`
        variant: Option<String>,
    },
}

impl SyncName {
    /// The name the official SDK sends: `name`, or `name::variant` when there is a variant
    /// (where a missing name reads `undefined`, as in a JS template string).
    pub fn full_name(&self) -> String {
        match self {
            SyncName::Name(name) => name.clone(),
            SyncName::Object {
                name,
                variant: Some(variant),
            } => concat(&[name.as_deref().unwrap_or("undefined"), "::", variant]),
            SyncName::Object {
                name,
                variant: None,
            } => name.clone().unwrap_or_default(),
        }
    }
}

/// The fourth argument of `triggerSync`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TriggerOptions<U> {
    /// Absent, or of another type: the body has neither `sync_mode` nor `opts`.
    None,
    /// A sync mode (`'incremental'`, `'full_refresh'`, `'full_refresh_and_clear_cache'`),
    /// sent as `sync_mode`.
    SyncMode(String),
    /// The legacy `fullResync` flag: `sync_mode` `full_refresh` (`true`) or `incremental`.
    FullResync(bool),
    /// `{ reset, emptyCache }` (or `null`), sent as `opts` as given.
    Opts(U),
}

fn user<U>(value: Option<U>) -> Option<Json<U>> {
    value.map(Json::User)
}

const NOT_AN_ARRAY: &str =
    "Syncs must be an array. If it is a single sync, please wrap it in an array.";

/// `triggerSync(providerConfigKey, syncs?, connectionId?, optsOrSyncMode?)`: `POST
/// /sync/trigger`; no or empty `syncs` triggers every sync. `None` stands for `undefined`
/// (left out of the body); the official SDK checks nothing but the array.
pub fn trigger_sync<U>(
    provider_config_key: Option<U>,
    syncs: SyncList<U>,
    connection_id: Option<U>,
    options: TriggerOptions<U>,
) -> Built<U> {
    let syncs = match syncs {
        SyncList::Missing => Json::List(Vec::new()),
        SyncList::Array(list) => Json::User(list),
        SyncList::All | SyncList::Other => return Err(InvalidArgument::new(NOT_AN_ARRAY)),
    };
    let mode = |m: &str| Some(("sync_mode", Some(Json::Str(m.to_string()))));
    let last = match options {
        TriggerOptions::None => None,
        TriggerOptions::SyncMode(m) => mode(&m),
        TriggerOptions::FullResync(true) => mode("full_refresh"),
        TriggerOptions::FullResync(false) => mode("incremental"),
        TriggerOptions::Opts(opts) => Some(("opts", Some(Json::User(opts)))),
    };
    let mut fields = vec![
        ("syncs", Some(syncs)),
        ("provider_config_key", user(provider_config_key)),
        ("connection_id", user(connection_id)),
    ];
    fields.extend(last);
    Ok(
        ApiRequest::new("triggerSync", Method::Post, "/sync/trigger".to_string())
            .body(Json::object(fields))
            .returns(Returns::Response),
    )
}

fn require_key(provider_config_key: &str) -> Result<(), InvalidArgument> {
    if provider_config_key.is_empty() {
        return Err(InvalidArgument::new("Provider Config Key is required"));
    }
    Ok(())
}

fn require_array<T>(syncs: SyncList<T>, not_an_array: &str) -> Result<T, InvalidArgument> {
    match syncs {
        SyncList::Missing => Err(InvalidArgument::new("Sync is required")),
        SyncList::Array(list) => Ok(list),
        SyncList::All | SyncList::Other => Err(InvalidArgument::new(not_an_array)),
    }
}

/// `startSync` (`POST /sync/start`) or `pauseSync` (`POST /sync/pause`) with
/// `(providerConfigKey, syncs, connectionId?)`; `connection_id` `None` is `undefined`.
pub fn start_or_pause_sync<U>(
    operation: &'static str,
    endpoint: &'static str,
    provider_config_key: &str,
    syncs: SyncList<U>,
    connection_id: Option<U>,
) -> Built<U> {
    require_key(provider_config_key)?;
    let syncs = require_array(
        syncs,
        "Syncs must be an array of strings. If it is a single sync, please wrap it in an array.",
    )?;
    Ok(
        ApiRequest::new(operation, Method::Post, path(&["sync", endpoint]))
            .body(Json::object(vec![
                ("syncs", Some(Json::User(syncs))),
                (
                    "provider_config_key",
                    Some(Json::Str(provider_config_key.to_string())),
                ),
                ("connection_id", user(connection_id)),
            ]))
            .returns(Returns::Response),
    )
}

/// `startSync(providerConfigKey, syncs, connectionId?)`.
pub fn start_sync<U>(
    provider_config_key: &str,
    syncs: SyncList<U>,
    connection_id: Option<U>,
) -> Built<U> {
    start_or_pause_sync(
        "startSync",
        "start",
        provider_config_key,
        syncs,
        connection_id,
    )
}

/// `pauseSync(providerConfigKey, syncs, connectionId?)`.
pub fn pause_sync<U>(
    provider_config_key: &str,
    syncs: SyncList<U>,
    connection_id: Option<U>,
) -> Built<U> {
    start_or_pause_sync(
        "pauseSync",
        "pause",
        provider_config_key,
        syncs,
        connection_id,
    )
}

/// `syncStatus(providerConfigKey, syncs, connectionId?)`: `GET /sync/status` with `syncs` `*`
/// or the comma-separated full names. `connection_id` `None` (`undefined` or `null`) is left
/// out of the query.
pub fn sync_status<U>(
    provider_config_key: &str,
    syncs: SyncList<Vec<SyncName>>,
    connection_id: Option<String>,
) -> Built<U> {
    require_key(provider_config_key)?;
    let syncs = match syncs {
        SyncList::All => "*".to_string(),
        other => {
            let names: Vec<String> = require_array(other, NOT_AN_ARRAY)?
                .iter()
                .map(SyncName::full_name)
                .collect();
            join(&names, ",")
        }
    };
    let mut req = ApiRequest::new("syncStatus", Method::Get, "/sync/status".to_string())
        .query("syncs", syncs)
        .query("provider_config_key", provider_config_key);
    if let Some(id) = connection_id {
        req = req.query("connection_id", id);
    }
    Ok(req)
}

/// `updateSyncConnectionFrequency`'s `sync` argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncArg<U> {
    /// A falsy value.
    Missing,
    /// A sync name.
    Name(String),
    /// Any other value, read as `{ name, variant }` (`None`: `undefined`, left out).
    Object {
        /// `name`, sent as `sync_name`
        name: Option<U>,
        /// `variant`, sent as `sync_variant`
        variant: Option<U>,
    },
}

/// `updateSyncConnectionFrequency(providerConfigKey, sync, connectionId, frequency)`: `PUT
/// /sync/update-connection-frequency`. `connection_id` is `None` when it is not a string;
/// `frequency` is `Some(None)` for `null` (back to the default frequency) and `None` when it
/// is neither a string nor `null`.
pub fn update_sync_connection_frequency<U>(
    provider_config_key: &str,
    sync: SyncArg<U>,
    connection_id: Option<String>,
    frequency: Option<Option<String>>,
) -> Built<U> {
    require_key(provider_config_key)?;
    let (name, variant) = match sync {
        SyncArg::Missing => return Err(InvalidArgument::new("Sync is required")),
        SyncArg::Name(name) => (Some(Json::Str(name)), None),
        SyncArg::Object { name, variant } => (user(name), user(variant)),
    };
    let connection_id =
        connection_id.ok_or_else(|| InvalidArgument::new("ConnectionId must be a string."))?;
    let frequency =
        frequency.ok_or_else(|| InvalidArgument::new("Frequency must be a string or null."))?;
    Ok(ApiRequest::new(
        "updateSyncConnectionFrequency",
        Method::Put,
        "/sync/update-connection-frequency".to_string(),
    )
    .body(Json::object(vec![
        ("sync_name", name),
        ("sync_variant", variant),
        (
            "provider_config_key",
            Some(Json::Str(provider_config_key.to_string())),
        ),
        ("connection_id", Some(Json::Str(connection_id))),
        ("frequency", Some(frequency.map_or(Json::Null, Json::Str))),
    ])))
}

/// The argument of `createSyncVariant` and `deleteSyncVariant`: `name` and `variant` go in
/// the path, the other two in the body as given (`None`: `undefined`, left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncVariant<U> {
    /// `name`: the sync
    pub name: String,
    /// `variant`
    pub variant: String,
    /// `provider_config_key`
    pub provider_config_key: Option<U>,
    /// `connection_id`
    pub connection_id: Option<U>,
}

fn sync_variant<U>(operation: &'static str, method: Method, props: SyncVariant<U>) -> Built<U> {
    let name = segment("name", &props.name)?;
    let variant = segment("variant", &props.variant)?;
    Ok(ApiRequest::new(
        operation,
        method,
        path(&["sync", &name, "variant", &variant]),
    )
    .body(Json::object(vec![
        ("provider_config_key", user(props.provider_config_key)),
        ("connection_id", user(props.connection_id)),
    ])))
}

/// `createSyncVariant({ provider_config_key, connection_id, name, variant })`: `POST
/// /sync/{name}/variant/{variant}`.
pub fn create_sync_variant<U>(props: SyncVariant<U>) -> Built<U> {
    sync_variant("createSyncVariant", Method::Post, props)
}

/// `deleteSyncVariant({ provider_config_key, connection_id, name, variant })`: `DELETE
/// /sync/{name}/variant/{variant}` with the same body.
pub fn delete_sync_variant<U>(props: SyncVariant<U>) -> Built<U> {
    sync_variant("deleteSyncVariant", Method::Delete, props)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Req = ApiRequest<&'static str>;
    const JSON_TYPE: (&str, &str) = ("Content-Type", "application/json");

    fn json_type(r: &Req) -> bool {
        r.headers.iter().any(|(n, v)| (*n, v.as_str()) == JSON_TYPE)
    }

    fn trigger(options: TriggerOptions<&'static str>) -> Json<&'static str> {
        let r: Req = trigger_sync(
            Some("github"),
            SyncList::Array("[syncs]"),
            Some("user-42"),
            options,
        )
        .unwrap();
        assert_eq!(r.method, Method::Post);
        assert_eq!(r.path_and_query(), "/sync/trigger");
        assert_eq!(r.returns, Returns::Response);
        assert!(json_type(&r));
        r.body.unwrap()
    }

    fn trigger_body(last: Option<(&'static str, Json<&'static str>)>) -> Json<&'static str> {
        let mut fields = vec![
            ("syncs", Json::User("[syncs]")),
            ("provider_config_key", Json::User("github")),
            ("connection_id", Json::User("user-42")),
        ];
        fields.extend(last);
        Json::Object(fields)
    }

    #[test]
    fn trigger_sync_fourth_argument_forms() {
        assert_eq!(trigger(TriggerOptions::None), trigger_body(None));
        assert_eq!(
            trigger(TriggerOptions::FullResync(true)),
            trigger_body(Some(("sync_mode", Json::Str("full_refresh".into()))))
        );
        assert_eq!(
            trigger(TriggerOptions::FullResync(false)),
            trigger_body(Some(("sync_mode", Json::Str("incremental".into()))))
        );
        assert_eq!(
            trigger(TriggerOptions::SyncMode(
                "full_refresh_and_clear_cache".into()
            )),
            trigger_body(Some((
                "sync_mode",
                Json::Str("full_refresh_and_clear_cache".into())
            )))
        );
        assert_eq!(
            trigger(TriggerOptions::Opts("{ reset: true }")),
            trigger_body(Some(("opts", Json::User("{ reset: true }"))))
        );
    }

    #[test]
    fn trigger_sync_without_syncs_sends_an_empty_list_and_leaves_out_undefined() {
        let r: Req = trigger_sync(
            Some("github"),
            SyncList::Missing,
            None,
            TriggerOptions::None,
        )
        .unwrap();
        assert_eq!(
            r.body,
            Some(Json::Object(vec![
                ("syncs", Json::List(Vec::new())),
                ("provider_config_key", Json::User("github")),
            ]))
        );
    }

    #[test]
    fn trigger_sync_rejects_anything_but_an_array() {
        for syncs in [SyncList::Other, SyncList::All] {
            let err = trigger_sync::<&str>(Some("github"), syncs, None, TriggerOptions::None);
            assert_eq!(err.unwrap_err().0, NOT_AN_ARRAY);
        }
    }

    #[test]
    fn start_and_pause_sync() {
        for (build, op, endpoint) in [
            (
                start_sync::<&str> as fn(_, _, _) -> _,
                "startSync",
                "/sync/start",
            ),
            (pause_sync::<&str>, "pauseSync", "/sync/pause"),
        ] {
            let r: Req = build("github", SyncList::Array("[syncs]"), Some("user-42")).unwrap();
            assert_eq!((r.operation, r.method), (op, Method::Post));
            assert_eq!(r.path_and_query(), endpoint);
            assert_eq!(r.returns, Returns::Response);
            assert!(json_type(&r));
            assert_eq!(
                r.body,
                Some(Json::Object(vec![
                    ("syncs", Json::User("[syncs]")),
                    ("provider_config_key", Json::Str("github".into())),
                    ("connection_id", Json::User("user-42")),
                ]))
            );
            let r: Req = build("github", SyncList::Array("[syncs]"), None).unwrap();
            assert!(matches!(r.body, Some(Json::Object(f)) if f.len() == 2));
            let err = |key, syncs| build(key, syncs, None).unwrap_err().0;
            assert_eq!(
                err("", SyncList::Array("[]")),
                "Provider Config Key is required"
            );
            assert_eq!(err("github", SyncList::Missing), "Sync is required");
            let not_array = "Syncs must be an array of strings. If it is a single sync, please \
                             wrap it in an array.";
            assert_eq!(err("github", SyncList::Other), not_array);
            assert_eq!(err("github", SyncList::All), not_array);
        }
    }

    #[test]
    fn sync_status_all_names_and_variants() {
        let r = sync_status::<()>("github", SyncList::All, None).unwrap();
        assert_eq!(r.method, Method::Get);
        assert_eq!(
            r.path_and_query(),
            "/sync/status?syncs=%2A&provider_config_key=github"
        );
        assert_eq!(r.returns, Returns::Data);
        assert!(r.body.is_none());
        let names = vec![
            SyncName::Name("issues".into()),
            SyncName::Object {
                name: Some("issues".into()),
                variant: Some("eu".into()),
            },
            SyncName::Object {
                name: Some("prs".into()),
                variant: None,
            },
            SyncName::Object {
                name: None,
                variant: None,
            },
            SyncName::Object {
                name: None,
                variant: Some("v".into()),
            },
        ];
        let r = sync_status::<()>("github", SyncList::Array(names), Some(String::new())).unwrap();
        assert_eq!(
            r.query,
            vec![
                ("syncs".into(), "issues,issues::eu,prs,,undefined::v".into()),
                ("provider_config_key".into(), "github".into()),
                ("connection_id".into(), String::new()),
            ]
        );
    }

    #[test]
    fn sync_status_messages() {
        let err = |key, syncs| sync_status::<()>(key, syncs, None).unwrap_err().0;
        assert_eq!(err("", SyncList::All), "Provider Config Key is required");
        assert_eq!(
            err("", SyncList::Array(Vec::new())),
            "Provider Config Key is required"
        );
        assert_eq!(err("github", SyncList::Missing), "Sync is required");
        assert_eq!(err("github", SyncList::Other), NOT_AN_ARRAY);
    }

    #[test]
    fn update_sync_connection_frequency_bodies() {
        let r: Req = update_sync_connection_frequency(
            "github",
            SyncArg::Name("issues".into()),
            Some("user-42".into()),
            Some(Some("every day".into())),
        )
        .unwrap();
        assert_eq!(r.method, Method::Put);
        assert_eq!(r.path_and_query(), "/sync/update-connection-frequency");
        assert_eq!(r.returns, Returns::Data);
        assert!(json_type(&r));
        assert_eq!(
            r.body,
            Some(Json::Object(vec![
                ("sync_name", Json::Str("issues".into())),
                ("provider_config_key", Json::Str("github".into())),
                ("connection_id", Json::Str("user-42".into())),
                ("frequency", Json::Str("every day".into())),
            ]))
        );
        let r: Req = update_sync_connection_frequency(
            "github",
            SyncArg::Object {
                name: Some("issues"),
                variant: Some("eu"),
            },
            Some("user-42".into()),
            Some(None),
        )
        .unwrap();
        assert_eq!(
            r.body,
            Some(Json::Object(vec![
                ("sync_name", Json::User("issues")),
                ("sync_variant", Json::User("eu")),
                ("provider_config_key", Json::Str("github".into())),
                ("connection_id", Json::Str("user-42".into())),
                ("frequency", Json::Null),
            ]))
        );
    }

    #[test]
    fn update_sync_connection_frequency_messages() {
        let err = |key, sync, id: Option<&str>, f: Option<Option<String>>| {
            update_sync_connection_frequency::<()>(key, sync, id.map(String::from), f)
                .unwrap_err()
                .0
        };
        let name = || SyncArg::Name("issues".into());
        let daily = || Some(Some("every day".into()));
        assert_eq!(
            err("", name(), Some("c"), daily()),
            "Provider Config Key is required"
        );
        assert_eq!(
            err("github", SyncArg::Missing, Some("c"), daily()),
            "Sync is required"
        );
        assert_eq!(
            err("github", name(), None, daily()),
            "ConnectionId must be a string."
        );
        assert_eq!(
            err("github", name(), Some("c"), None),
            "Frequency must be a string or null."
        );
    }

    fn variant(name: &str, variant: &str) -> SyncVariant<&'static str> {
        SyncVariant {
            name: name.into(),
            variant: variant.into(),
            provider_config_key: Some("github"),
            connection_id: Some("user-42"),
        }
    }

    #[test]
    fn sync_variants() {
        let body = Some(Json::Object(vec![
            ("provider_config_key", Json::User("github")),
            ("connection_id", Json::User("user-42")),
        ]));
        let r = create_sync_variant(variant("issues", "us")).unwrap();
        assert_eq!((r.operation, r.method), ("createSyncVariant", Method::Post));
        assert_eq!(r.path_and_query(), "/sync/issues/variant/us");
        assert_eq!(r.body, body);
        assert!(json_type(&r));
        let r = delete_sync_variant(variant("a/b", "e u")).unwrap();
        assert_eq!(
            (r.operation, r.method),
            ("deleteSyncVariant", Method::Delete)
        );
        assert_eq!(r.path_and_query(), "/sync/a%2Fb/variant/e%20u");
        assert_eq!(r.body, body);
        assert!(json_type(&r));
        let mut none = variant("issues", "us");
        none.provider_config_key = None;
        none.connection_id = None;
        let r = create_sync_variant(none).unwrap();
        assert_eq!(r.body, Some(Json::Object(Vec::new())));
    }

    #[test]
    fn sync_variants_reject_empty_and_dot_segments() {
        let err = |p| create_sync_variant(p).unwrap_err().0;
        assert_eq!(err(variant("", "us")), "name is required");
        assert_eq!(err(variant("issues", "")), "variant is required");
        assert!(delete_sync_variant(variant("..", "us")).is_err());
    }
}
