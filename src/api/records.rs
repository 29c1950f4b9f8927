//! Records: `listRecords`, `pruneRecords`.

use super::{ApiRequest, Built, InvalidArgument, Json, Method};
use alloc::{
    string::{String, ToString},
    vec,
    vec::Vec,
};

/// `listRecords`' options. `None` stands for an absent option; the official SDK also leaves
/// out falsy ones, which the binding layer maps to `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListRecords {
    /// `providerConfigKey` (required)
    pub provider_config_key: Option<String>,
    /// `connectionId` (required)
    pub connection_id: Option<String>,
    /// `model` (required)
    pub model: Option<String>,
    /// `variant`
    pub variant: Option<String>,
    /// `delta` (deprecated alias of `modifiedAfter`)
    pub delta: Option<String>,
    /// `modifiedAfter`
    pub modified_after: Option<String>,
    /// `limit`
    pub limit: Option<String>,
    /// `filter`: `added`, `updated`, `deleted` or a comma-separated combination
    pub filter: Option<String>,
    /// `cursor`: the previous page's `next_cursor`
    pub cursor: Option<String>,
    /// `ids`
    pub ids: Vec<String>,
}

fn required(value: &Option<String>, name: &str) -> Result<String, InvalidArgument> {
    value.clone().ok_or_else(|| InvalidArgument::missing(name))
}

/// `GET /records/` (the trailing slash is the official SDK's) with `Connection-Id` and
/// `Provider-Config-Key` headers.
pub fn list_records<U>(o: &ListRecords) -> Built<U> {
    // Same order and messages as the official SDK's validateSyncRecordConfiguration.
    let model = required(&o.model, "model")?;
    let provider_config_key = required(&o.provider_config_key, "providerConfigKey")?;
    let connection_id = required(&o.connection_id, "connectionId")?;
    let mut req =
        ApiRequest::new("listRecords", Method::Get, "/records/".to_string()).query("model", model);
    if let Some(variant) = &o.variant {
        req = req.query("variant", variant.as_str());
    }
    if let Some(after) = o.modified_after.as_ref().or(o.delta.as_ref()) {
        req = req.query("modified_after", after.as_str());
    }
    for (name, value) in [
        ("limit", &o.limit),
        ("filter", &o.filter),
        ("cursor", &o.cursor),
    ] {
        if let Some(value) = value {
            req = req.query(name, value.as_str());
        }
    }
    for id in &o.ids {
        req = req.query("ids", id.as_str());
    }
    Ok(req
        .header("Connection-Id", connection_id)
        .header("Provider-Config-Key", provider_config_key))
}

/// `pruneRecords`' options as the official SDK reads them. `None` stands for `undefined`
/// (`model`, `until_cursor`), for a falsy value (`variant`, `limit`), or for a header value
/// axios leaves out (`provider_config_key`, `connection_id`: `null`, `undefined`, `false`).
/// The body values are the caller's, sent as they are.
#[derive(Debug, Clone, PartialEq)]
pub struct PruneRecords<U> {
    /// `providerConfigKey`, sent as the `Provider-Config-Key` header
    pub provider_config_key: Option<String>,
    /// `connectionId`, sent as the `Connection-Id` header
    pub connection_id: Option<String>,
    /// `model`
    pub model: Option<U>,
    /// `variant`
    pub variant: Option<U>,
    /// `untilCursor`, sent as `until_cursor`
    pub until_cursor: Option<U>,
    /// `limit`
    pub limit: Option<U>,
}

/// `PATCH /records/prune` with `{ model, until_cursor, limit?, variant? }` and the
/// `Connection-Id` / `Provider-Config-Key` headers. Like the official SDK it checks nothing:
/// the API reports what is missing.
pub fn prune_records<U>(o: PruneRecords<U>) -> Built<U> {
    let mut req = ApiRequest::new("pruneRecords", Method::Patch, "/records/prune".to_string());
    for (name, value) in [
        ("Connection-Id", o.connection_id),
        ("Provider-Config-Key", o.provider_config_key),
    ] {
        if let Some(value) = value {
            req = req.header(name, value);
        }
    }
    Ok(req.body(Json::object(vec![
        ("model", o.model.map(Json::User)),
        ("until_cursor", o.until_cursor.map(Json::User)),
        ("limit", o.limit.map(Json::User)),
        ("variant", o.variant.map(Json::User)),
    ])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Returns;

    fn base() -> ListRecords {
        ListRecords {
            provider_config_key: Some("github".into()),
            connection_id: Some("user-42".into()),
            model: Some("Ticket".into()),
            ..ListRecords::default()
        }
    }

    #[test]
    fn minimal_request() {
        let r: ApiRequest<()> = list_records(&base()).unwrap();
        assert_eq!(r.method, Method::Get);
        assert_eq!(r.path_and_query(), "/records/?model=Ticket");
        assert_eq!(
            r.headers,
            vec![
                ("Connection-Id", "user-42".into()),
                ("Provider-Config-Key", "github".into())
            ]
        );
    }

    #[test]
    fn every_option_in_the_official_order() {
        let o = ListRecords {
            variant: Some("v1".into()),
            delta: Some("2024-01-01".into()),
            modified_after: Some("2025-01-01T00:00:00.000Z".into()),
            limit: Some("50".into()),
            filter: Some("added,updated".into()),
            cursor: Some("Y3Vyc29y".into()),
            ids: vec!["1".into(), "a b".into()],
            ..base()
        };
        let r: ApiRequest<()> = list_records(&o).unwrap();
        assert_eq!(
            r.path_and_query(),
            "/records/?model=Ticket&variant=v1&modified_after=2025-01-01T00%3A00%3A00.000Z\
             &limit=50&filter=added%2Cupdated&cursor=Y3Vyc29y&ids=1&ids=a%20b"
        );
    }

    #[test]
    fn delta_is_used_without_modified_after() {
        let o = ListRecords {
            delta: Some("2024-01-01".into()),
            ..base()
        };
        let r: ApiRequest<()> = list_records(&o).unwrap();
        assert_eq!(r.query[1], ("modified_after".into(), "2024-01-01".into()));
    }

    #[test]
    fn missing_options_have_the_official_messages_in_order() {
        let none = ListRecords::default();
        assert_eq!(
            list_records::<()>(&none).unwrap_err().0,
            "model is missing and is required to make a proxy call!"
        );
        let o = ListRecords {
            provider_config_key: None,
            ..base()
        };
        assert_eq!(
            list_records::<()>(&o).unwrap_err().0,
            "providerConfigKey is missing and is required to make a proxy call!"
        );
        let o = ListRecords {
            connection_id: None,
            ..base()
        };
        assert_eq!(
            list_records::<()>(&o).unwrap_err().0,
            "connectionId is missing and is required to make a proxy call!"
        );
    }

    fn prune(
        limit: Option<&'static str>,
        variant: Option<&'static str>,
    ) -> PruneRecords<&'static str> {
        PruneRecords {
            provider_config_key: Some("github".into()),
            connection_id: Some("user-42".into()),
            model: Some("Ticket"),
            variant,
            until_cursor: Some("cursor"),
            limit,
        }
    }

    #[test]
    fn prune_records_request() {
        let r = prune_records(prune(Some("4"), Some("eu"))).unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (Method::Patch, "/records/prune")
        );
        assert_eq!(
            r.headers,
            vec![
                ("Connection-Id", "user-42".into()),
                ("Provider-Config-Key", "github".into()),
                ("Content-Type", "application/json".into()),
            ]
        );
        assert_eq!(
            r.body,
            Some(Json::Object(vec![
                ("model", Json::User("Ticket")),
                ("until_cursor", Json::User("cursor")),
                ("limit", Json::User("4")),
                ("variant", Json::User("eu")),
            ]))
        );
        assert_eq!((r.operation, r.returns), ("pruneRecords", Returns::Data));
    }

    #[test]
    fn prune_records_leaves_out_what_is_absent() {
        let r = prune_records(prune(None, None)).unwrap();
        assert_eq!(
            r.body,
            Some(Json::Object(vec![
                ("model", Json::User("Ticket")),
                ("until_cursor", Json::User("cursor")),
            ]))
        );
        let r = prune_records::<()>(PruneRecords {
            provider_config_key: None,
            connection_id: None,
            model: None,
            variant: None,
            until_cursor: None,
            limit: None,
        })
        .unwrap();
        assert_eq!(r.body, Some(Json::Object(Vec::new())));
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
    }
}
