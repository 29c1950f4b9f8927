//! Records: `listRecords`.

use super::{ApiRequest, Built, InvalidArgument, Method};

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
    value.clone().ok_or_else(|| {
        InvalidArgument(format!(
            "{name} is missing and is required to make a proxy call!"
        ))
    })
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
