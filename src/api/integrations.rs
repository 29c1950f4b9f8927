//! Integrations: `listIntegrations`, `getIntegration`, `createIntegration`,
//! `createQuickstartIntegration`, `updateIntegration`, `deleteIntegration`, and the older
//! call forms of `getIntegration`, `createIntegration` and `updateIntegration`, which are
//! sent to the same endpoints.

use super::encode::{path, segment};
use super::{ApiRequest, Built, InvalidArgument, Json, Method, QueryParam, Returns};
use alloc::{
    string::{String, ToString},
    vec,
    vec::Vec,
};

/// `/integrations/{key}`, the key encoded as one segment named `what` in errors.
fn integration_path(what: &str, key: &str) -> Result<String, InvalidArgument> {
    Ok(path(&["integrations", &segment(what, key)?]))
}

/// `GET /integrations`, returned as `{ configs }` like the official SDK's legacy shape.
pub fn list_integrations<U>() -> Built<U> {
    Ok(
        ApiRequest::new("listIntegrations", Method::Get, "/integrations".to_string())
            .returns(Returns::Configs),
    )
}

/// `getIntegration({ uniqueKey }, queries?)`: `GET /integrations/{uniqueKey}` with the
/// caller's query object (e.g. `{ include: ['webhook'] }`).
pub fn get_integration<U>(unique_key: &str, queries: Vec<(String, QueryParam)>) -> Built<U> {
    Ok(ApiRequest::new(
        "getIntegration",
        Method::Get,
        integration_path("uniqueKey", unique_key)?,
    )
    .query_params(queries)
    .json_content_type())
}

/// The older `getIntegration(providerConfigKey, includeIntegrationCredentials?)`: the same
/// request, with `include=credentials` when asked, returned as `{ config }`.
pub fn get_integration_legacy<U>(provider_config_key: &str, include_credentials: bool) -> Built<U> {
    let mut req = ApiRequest::new(
        "getIntegration",
        Method::Get,
        integration_path("providerConfigKey", provider_config_key)?,
    );
    if include_credentials {
        req = req.query("include", "credentials");
    }
    Ok(req.json_content_type().returns(Returns::Config))
}

/// `createIntegration(body)`: `POST /integrations` with the caller's body.
pub fn create_integration<U>(body: Option<U>) -> Built<U> {
    Ok(ApiRequest::new(
        "createIntegration",
        Method::Post,
        "/integrations".to_string(),
    )
    .user_body(body))
}

/// `createQuickstartIntegration(body)`: `POST /integrations/quickstart`.
pub fn create_quickstart_integration<U>(body: Option<U>) -> Built<U> {
    Ok(ApiRequest::new(
        "createQuickstartIntegration",
        Method::Post,
        "/integrations/quickstart".to_string(),
    )
    .user_body(body))
}

/// `updateIntegration({ uniqueKey }, body)`: `PATCH /integrations/{uniqueKey}`.
pub fn update_integration<U>(unique_key: &str, body: Option<U>) -> Built<U> {
    Ok(ApiRequest::new(
        "updateIntegration",
        Method::Patch,
        integration_path("uniqueKey", unique_key)?,
    )
    .user_body(body))
}

/// `deleteIntegration(providerConfigKey)`: `DELETE /integrations/{providerConfigKey}`,
/// resolving with the whole response.
pub fn delete_integration<U>(provider_config_key: &str) -> Built<U> {
    Ok(ApiRequest::new(
        "deleteIntegration",
        Method::Delete,
        integration_path("providerConfigKey", provider_config_key)?,
    )
    .returns(Returns::Response))
}

/// The `credentials` of the older `createIntegration` / `updateIntegration` forms.
#[derive(Debug, Clone, PartialEq)]
pub enum LegacyCredentials<U> {
    /// The older flat OAuth fields `oauth_client_id`, `oauth_client_secret` and
    /// `oauth_scopes` (`None` when absent), sent as OAuth 2 `credentials`.
    OAuth {
        /// `oauth_client_id`, sent as `client_id`.
        client_id: Option<String>,
        /// `oauth_client_secret`, sent as `client_secret`.
        client_secret: Option<String>,
        /// `oauth_scopes`, sent as `scopes`.
        scopes: Option<String>,
    },
    /// Credentials already in the current shape (`{ type, ... }`), sent as they are.
    Current(U),
}

impl<U> LegacyCredentials<U> {
    /// The value of the current API's `credentials` field.
    fn into_json(self) -> Json<U> {
        match self {
            LegacyCredentials::Current(u) => Json::User(u),
            LegacyCredentials::OAuth {
                client_id,
                client_secret,
                scopes,
            } => {
                let mut fields = vec![("type", Json::Str("OAUTH2".to_string()))];
                for (name, value) in [
                    ("client_id", client_id),
                    ("client_secret", client_secret),
                    ("scopes", scopes),
                ] {
                    if let Some(value) = value {
                        fields.push((name, Json::Str(value)));
                    }
                }
                Json::Object(fields)
            }
        }
    }
}

/// `{ credentials }` or `{}`: the fields the older forms add to the body.
fn credentials_field<U>(credentials: Option<LegacyCredentials<U>>) -> Vec<(&'static str, Json<U>)> {
    credentials
        .map(|c| ("credentials", c.into_json()))
        .into_iter()
        .collect()
}

/// The older `createIntegration(provider, providerConfigKey, credentials?)`:
/// `POST /integrations` with `{ provider, unique_key, credentials? }`, returned as `{ config }`.
pub fn create_integration_legacy<U>(
    provider: &str,
    provider_config_key: &str,
    credentials: Option<LegacyCredentials<U>>,
) -> Built<U> {
    for (what, value) in [
        ("provider", provider),
        ("providerConfigKey", provider_config_key),
    ] {
        if value.is_empty() {
            return Err(InvalidArgument::required(what));
        }
    }
    let mut body = vec![
        ("provider", Json::Str(provider.to_string())),
        ("unique_key", Json::Str(provider_config_key.to_string())),
    ];
    body.extend(credentials_field(credentials));
    Ok(ApiRequest::new(
        "createIntegration",
        Method::Post,
        "/integrations".to_string(),
    )
    .body(Json::Object(body))
    .returns(Returns::Config))
}

/// The older `updateIntegration(provider, providerConfigKey, credentials?)`:
/// `PATCH /integrations/{providerConfigKey}` with `{ credentials? }`, returned as `{ config }`.
/// The provider of an integration cannot change, so it is not sent.
pub fn update_integration_legacy<U>(
    provider_config_key: &str,
    credentials: Option<LegacyCredentials<U>>,
) -> Built<U> {
    Ok(ApiRequest::new(
        "updateIntegration",
        Method::Patch,
        integration_path("providerConfigKey", provider_config_key)?,
    )
    .body(Json::Object(credentials_field(credentials)))
    .returns(Returns::Config))
}

#[cfg(test)]
mod tests {
    use super::*;

    type Req = ApiRequest<&'static str>;

    const JSON: (&str, &str) = ("Content-Type", "application/json");
    const FORM: (&str, &str) = ("Content-Type", "application/x-www-form-urlencoded");

    fn headers(r: &Req) -> Vec<(&str, &str)> {
        r.headers.iter().map(|(n, v)| (*n, v.as_str())).collect()
    }

    fn oauth(
        id: Option<&str>,
        secret: Option<&str>,
        scopes: Option<&str>,
    ) -> LegacyCredentials<&'static str> {
        LegacyCredentials::OAuth {
            client_id: id.map(String::from),
            client_secret: secret.map(String::from),
            scopes: scopes.map(String::from),
        }
    }

    #[test]
    fn list_integrations_shape() {
        let r: Req = list_integrations().unwrap();
        assert_eq!(r.path_and_query(), "/integrations");
        assert_eq!(r.returns, Returns::Configs);
        assert!(r.headers.is_empty());
        assert!(r.body.is_none());
    }

    #[test]
    fn get_integration_with_and_without_queries() {
        let r: Req = get_integration("github", Vec::new()).unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (Method::Get, "/integrations/github")
        );
        assert_eq!(headers(&r), [JSON]);
        assert_eq!((r.operation, r.returns), ("getIntegration", Returns::Data));
        let include = QueryParam::Many(vec!["webhook".into(), "credentials".into()]);
        let r: Req = get_integration("github", vec![("include".into(), include)]).unwrap();
        assert_eq!(
            r.path_and_query(),
            "/integrations/github?include=credentials"
        );
    }

    #[test]
    fn get_integration_legacy_form() {
        let r: Req = get_integration_legacy("github", true).unwrap();
        assert_eq!(
            r.path_and_query(),
            "/integrations/github?include=credentials"
        );
        assert_eq!(headers(&r), [JSON]);
        assert_eq!(r.returns, Returns::Config);
        let r: Req = get_integration_legacy("github", false).unwrap();
        assert_eq!(r.path_and_query(), "/integrations/github");
        assert_eq!(
            get_integration_legacy::<()>("", true).unwrap_err().0,
            "providerConfigKey is required"
        );
    }

    #[test]
    fn create_and_quickstart_send_the_body_as_is() {
        let r: Req = create_integration(Some("body")).unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (Method::Post, "/integrations")
        );
        assert_eq!(r.body, Some(Json::User("body")));
        assert_eq!(headers(&r), [JSON]);
        assert_eq!(
            (r.operation, r.returns),
            ("createIntegration", Returns::Data)
        );
        let r: Req = create_quickstart_integration(Some("body")).unwrap();
        assert_eq!(r.path_and_query(), "/integrations/quickstart");
        assert_eq!(r.body, Some(Json::User("body")));
        assert_eq!(r.operation, "createQuickstartIntegration");
    }

    #[test]
    fn a_missing_body_is_sent_like_axios() {
        for r in [
            create_integration::<&str>(None).unwrap(),
            create_quickstart_integration(None).unwrap(),
            update_integration("github", None).unwrap(),
        ] {
            assert_eq!(r.body, None);
            assert_eq!(headers(&r), [FORM]);
        }
    }

    #[test]
    fn update_integration_current_form() {
        let r: Req = update_integration("git hub", Some("patch")).unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (Method::Patch, "/integrations/git%20hub")
        );
        assert_eq!(r.body, Some(Json::User("patch")));
        assert_eq!(headers(&r), [JSON]);
        assert_eq!(r.returns, Returns::Data);
        assert_eq!(
            update_integration::<()>("", None).unwrap_err().0,
            "uniqueKey is required"
        );
    }

    #[test]
    fn delete_integration_returns_the_response() {
        let r: Req = delete_integration("openai").unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (Method::Delete, "/integrations/openai")
        );
        assert!(r.headers.is_empty() && r.body.is_none());
        assert_eq!(
            (r.operation, r.returns),
            ("deleteIntegration", Returns::Response)
        );
        assert_eq!(
            delete_integration::<()>("").unwrap_err().0,
            "providerConfigKey is required"
        );
    }

    #[test]
    fn keys_are_one_segment_and_dot_segments_are_rejected() {
        let id = "a/b?c#d%e&f+g h..é";
        let want = "/integrations/a%2Fb%3Fc%23d%25e%26f%2Bg%20h..%C3%A9";
        assert_eq!(get_integration::<()>(id, Vec::new()).unwrap().path, want);
        assert_eq!(get_integration_legacy::<()>(id, false).unwrap().path, want);
        assert_eq!(update_integration::<()>(id, None).unwrap().path, want);
        assert_eq!(
            update_integration_legacy::<()>(id, None).unwrap().path,
            want
        );
        assert_eq!(delete_integration::<()>(id).unwrap().path, want);
        for dots in [".", ".."] {
            assert!(get_integration::<()>(dots, Vec::new()).is_err());
            assert!(get_integration_legacy::<()>(dots, true).is_err());
            assert!(update_integration::<()>(dots, None).is_err());
            assert!(update_integration_legacy::<()>(dots, None).is_err());
            assert!(delete_integration::<()>(dots).is_err());
        }
    }

    #[test]
    fn create_integration_legacy_maps_the_older_oauth_fields() {
        let r: Req = create_integration_legacy(
            "github",
            "github-2",
            Some(oauth(Some("cid"), Some("secret"), Some("repo,user"))),
        )
        .unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (Method::Post, "/integrations")
        );
        assert_eq!(headers(&r), [JSON]);
        assert_eq!(r.returns, Returns::Config);
        assert_eq!(
            r.body,
            Some(Json::Object(vec![
                ("provider", Json::Str("github".into())),
                ("unique_key", Json::Str("github-2".into())),
                (
                    "credentials",
                    Json::Object(vec![
                        ("type", Json::Str("OAUTH2".into())),
                        ("client_id", Json::Str("cid".into())),
                        ("client_secret", Json::Str("secret".into())),
                        ("scopes", Json::Str("repo,user".into())),
                    ])
                ),
            ]))
        );
    }

    #[test]
    fn create_integration_legacy_without_or_with_current_credentials() {
        let r: Req = create_integration_legacy("github", "github-2", None).unwrap();
        assert_eq!(
            r.body,
            Some(Json::Object(vec![
                ("provider", Json::Str("github".into())),
                ("unique_key", Json::Str("github-2".into())),
            ]))
        );
        let r: Req =
            create_integration_legacy("github", "k", Some(LegacyCredentials::Current("creds")))
                .unwrap();
        let Some(Json::Object(fields)) = r.body else {
            panic!("no body")
        };
        assert_eq!(fields[2], ("credentials", Json::User("creds")));
    }

    #[test]
    fn create_integration_legacy_messages() {
        assert_eq!(
            create_integration_legacy::<()>("", "k", None)
                .unwrap_err()
                .0,
            "provider is required"
        );
        assert_eq!(
            create_integration_legacy::<()>("github", "", None)
                .unwrap_err()
                .0,
            "providerConfigKey is required"
        );
    }

    #[test]
    fn update_integration_legacy_sends_only_the_credentials() {
        let r: Req =
            update_integration_legacy("github", Some(oauth(Some("cid"), None, None))).unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (Method::Patch, "/integrations/github")
        );
        assert_eq!(headers(&r), [JSON]);
        assert_eq!(
            (r.operation, r.returns),
            ("updateIntegration", Returns::Config)
        );
        assert_eq!(
            r.body,
            Some(Json::Object(vec![(
                "credentials",
                Json::Object(vec![
                    ("type", Json::Str("OAUTH2".into())),
                    ("client_id", Json::Str("cid".into())),
                ])
            )]))
        );
        let r: Req = update_integration_legacy("github", None).unwrap();
        assert_eq!(r.body, Some(Json::Object(Vec::new())));
        assert_eq!(
            update_integration_legacy::<()>("", None).unwrap_err().0,
            "providerConfigKey is required"
        );
    }
}
