//! Connections: `getConnection`, `getConnectionDetails`, `getToken`, `getRawTokenResponse`,
//! `getMetadata`, `listConnections`, `setMetadata`, `updateMetadata`, `patchConnection`,
//! `deleteConnection`.

use super::encode::{path, segment};
use super::text::{concat, join};
use super::{ApiRequest, Built, InvalidArgument, Json, Method, Returns};
use alloc::{
    string::{String, ToString},
    vec,
    vec::Vec,
};

/// The options of `getConnectionDetails` (and of the methods built on it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConnectionQuery {
    /// The integration's unique key.
    pub provider_config_key: String,
    /// The connection id.
    pub connection_id: String,
    /// Obtain a new access token before the current one expires.
    pub force_refresh: bool,
    /// Include the refresh token in the response.
    pub refresh_token: bool,
    /// Refresh the JWT of GitHub App connections.
    pub refresh_github_app_jwt_token: bool,
}

fn flag(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// `GET /connections/{connectionId}` with the four query parameters the official SDK sends.
pub fn get_connection_details<U>(operation: &'static str, q: &ConnectionQuery) -> Built<U> {
    if q.provider_config_key.is_empty() {
        return Err(InvalidArgument::new("providerConfigKey is required"));
    }
    let id = segment("connectionId", &q.connection_id)?;
    Ok(
        ApiRequest::new(operation, Method::Get, path(&["connections", &id]))
            .query("provider_config_key", q.provider_config_key.as_str())
            .query("force_refresh", flag(q.force_refresh))
            .query("refresh_token", flag(q.refresh_token))
            .query(
                "refresh_github_app_jwt_token",
                flag(q.refresh_github_app_jwt_token),
            )
            .json_content_type(),
    )
}

/// `getConnectionDetails({ providerConfigKey, connectionId, forceRefresh?, refreshToken?,
/// refreshGithubAppJwtToken?, additionalHeader? })`: the connection request, resolving with
/// the whole response. `additional_header` may replace `Content-Type`, `Accept` or
/// `User-Agent`, never the authorization or the client's flags.
pub fn connection_details<U>(
    q: &ConnectionQuery,
    additional_header: Vec<(String, String)>,
) -> Built<U> {
    Ok(get_connection_details("getConnectionDetails", q)?
        .extra_headers(additional_header)
        .returns(Returns::Response))
}

/// `/connections/{connectionId}?provider_config_key=...`, checking the key first.
fn connection_request<U>(
    operation: &'static str,
    method: Method,
    key_name: &str,
    provider_config_key: &str,
    connection_id: &str,
) -> Built<U> {
    if provider_config_key.is_empty() {
        return Err(InvalidArgument::required(key_name));
    }
    let id = segment("connectionId", connection_id)?;
    Ok(
        ApiRequest::new(operation, method, path(&["connections", &id]))
            .query("provider_config_key", provider_config_key)
            .json_content_type(),
    )
}

/// `patchConnection({ connectionId, provider_config_key }, body)`: `PATCH
/// /connections/{connectionId}?provider_config_key=...` with the caller's body (`tags`,
/// `end_user`, ...).
pub fn patch_connection<U>(
    connection_id: &str,
    provider_config_key: &str,
    body: Option<U>,
) -> Built<U> {
    Ok(connection_request(
        "patchConnection",
        Method::Patch,
        "provider_config_key",
        provider_config_key,
        connection_id,
    )?
    .user_body(body))
}

/// `deleteConnection(providerConfigKey, connectionId)`: `DELETE
/// /connections/{connectionId}?provider_config_key=...`, resolving with the whole response.
pub fn delete_connection<U>(provider_config_key: &str, connection_id: &str) -> Built<U> {
    Ok(connection_request(
        "deleteConnection",
        Method::Delete,
        "providerConfigKey",
        provider_config_key,
        connection_id,
    )?
    .returns(Returns::Response))
}

/// `getConnection(providerConfigKey, connectionId, forceRefresh?, refreshToken?,
/// refreshGithubAppJwtToken?)`: the connection object.
pub fn get_connection<U>(q: &ConnectionQuery) -> Built<U> {
    get_connection_details("getConnection", q)
}

/// `getToken(...)`: the access token (OAuth 2), `{ oAuthToken, oAuthTokenSecret }` (OAuth 1)
/// or the credentials object. The official SDK never asks for the refresh token here.
pub fn get_token<U>(q: &ConnectionQuery) -> Built<U> {
    let q = ConnectionQuery {
        refresh_token: false,
        ..q.clone()
    };
    Ok(get_connection_details("getToken", &q)?.returns(Returns::Token))
}

/// `getRawTokenResponse(...)`: `credentials.raw`.
pub fn get_raw_token_response<U>(q: &ConnectionQuery) -> Built<U> {
    let q = ConnectionQuery {
        refresh_token: false,
        ..q.clone()
    };
    Ok(get_connection_details("getRawTokenResponse", &q)?.returns(Returns::RawToken))
}

/// `getMetadata(providerConfigKey, connectionId)`: the connection's `metadata`.
pub fn get_metadata<U>(provider_config_key: &str, connection_id: &str) -> Built<U> {
    if provider_config_key.is_empty() {
        return Err(InvalidArgument::new("Provider Config Key is required"));
    }
    if connection_id.is_empty() {
        return Err(InvalidArgument::new("Connection Id is required"));
    }
    let q = ConnectionQuery {
        provider_config_key: provider_config_key.to_string(),
        connection_id: connection_id.to_string(),
        ..ConnectionQuery::default()
    };
    Ok(get_connection_details("getMetadata", &q)?.returns(Returns::Field("metadata")))
}

/// One `tags` filter of `listConnections`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// The caller's key.
    pub key: String,
    /// The key lower-cased by the JS engine (`String.prototype.toLowerCase`), as the official
    /// SDK does; Rust's Unicode case tables would add 12 KB to the wasm.
    pub lowercase_key: String,
    /// The value.
    pub value: String,
}

/// The filters of `listConnections`, in either of its call forms. `None` stands for an
/// absent (or falsy) argument, which the official SDK leaves out of the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListConnections {
    /// `listConnections(connectionId?, search?, queries?)`
    Legacy {
        /// `connectionId`
        connection_id: Option<String>,
        /// `search`
        search: Option<String>,
        /// `queries.endUserId`
        end_user_id: Option<String>,
        /// `queries.endUserOrganizationId`
        end_user_organization_id: Option<String>,
        /// `queries.limit`
        limit: Option<String>,
        /// `queries.page`
        page: Option<String>,
    },
    /// `listConnections({ connectionId, userId, integrationId, tags, limit, page })`
    Params {
        /// `connectionId`
        connection_id: Option<String>,
        /// `userId`, sent as `endUserId`
        user_id: Option<String>,
        /// `integrationId`: one key or several, sent comma-separated
        integration_id: Option<Vec<String>>,
        /// `tags`, in the caller's order
        tags: Vec<Tag>,
        /// `limit`
        limit: Option<String>,
        /// `page`
        page: Option<String>,
    },
}

/// `GET /connections` with the filters the official SDK sends, in its order.
pub fn list_connections<U>(filters: &ListConnections) -> Built<U> {
    let mut query: Vec<(String, String)> = Vec::new();
    let mut add = |name: &str, value: &Option<String>| {
        if let Some(v) = value {
            query.push((name.to_string(), v.clone()));
        }
    };
    match filters {
        ListConnections::Legacy {
            connection_id,
            search,
            end_user_id,
            end_user_organization_id,
            limit,
            page,
        } => {
            add("connectionId", connection_id);
            add("search", search);
            add("endUserId", end_user_id);
            add("endUserOrganizationId", end_user_organization_id);
            add("limit", limit);
            add("page", page);
        }
        ListConnections::Params {
            connection_id,
            user_id,
            integration_id,
            tags,
            limit,
            page,
        } => {
            add("connectionId", connection_id);
            add("endUserId", user_id);
            add(
                "integrationId",
                &integration_id.as_ref().map(|ids| join(ids, ",")),
            );
            for Tag {
                key,
                lowercase_key,
                value,
            } in tags
            {
                let name = match key.as_str() {
                    "displayName" => "tags[end_user_display_name]".to_string(),
                    "email" => "tags[end_user_email]".to_string(),
                    _ => concat(&["tags[", lowercase_key, "]"]),
                };
                add(&name, &Some(value.clone()));
            }
            add("limit", limit);
            add("page", page);
        }
    }
    let mut req = ApiRequest::new("listConnections", Method::Get, "/connections".to_string())
        .json_content_type();
    req.query = query;
    Ok(req)
}

/// `setMetadata` (`POST`, replaces) or `updateMetadata` (`PATCH`, merges): the body is
/// `{ metadata, connection_id, provider_config_key }`, with `connection_id` one id or an array
/// of ids as the caller gave it. `None` stands for a missing (falsy) argument.
pub fn change_metadata<U>(
    operation: &'static str,
    method: Method,
    provider_config_key: &str,
    connection_id: Option<U>,
    metadata: Option<U>,
) -> Built<U> {
    if provider_config_key.is_empty() {
        return Err(InvalidArgument::new("Provider Config Key is required"));
    }
    let connection_id =
        connection_id.ok_or_else(|| InvalidArgument::new("Connection Id is required"))?;
    let metadata = metadata.ok_or_else(|| InvalidArgument::new("Metadata is required"))?;
    Ok(
        ApiRequest::new(operation, method, "/connections/metadata".to_string())
            .body(Json::Object(vec![
                ("metadata", Json::User(metadata)),
                ("connection_id", Json::User(connection_id)),
                (
                    "provider_config_key",
                    Json::Str(provider_config_key.to_string()),
                ),
            ]))
            .returns(Returns::Response),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    type Req = ApiRequest<()>;

    fn q(key: &str, id: &str) -> ConnectionQuery {
        ConnectionQuery {
            provider_config_key: key.into(),
            connection_id: id.into(),
            ..ConnectionQuery::default()
        }
    }

    #[test]
    fn get_connection_sends_all_four_flags() {
        let mut c = q("github", "user-42");
        c.force_refresh = true;
        c.refresh_github_app_jwt_token = true;
        let r: Req = get_connection(&c).unwrap();
        assert_eq!(r.method, Method::Get);
        assert_eq!(
            r.path_and_query(),
            "/connections/user-42?provider_config_key=github&force_refresh=true\
             &refresh_token=false&refresh_github_app_jwt_token=true"
        );
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        assert_eq!(r.returns, Returns::Data);
        assert_eq!(r.operation, "getConnection");
    }

    #[test]
    fn get_connection_encodes_the_id_as_one_segment() {
        let r: Req = get_connection(&q("git hub", "a/b?c#d")).unwrap();
        assert_eq!(r.path, "/connections/a%2Fb%3Fc%23d");
        assert_eq!(r.query[0], ("provider_config_key".into(), "git hub".into()));
        assert!(r
            .path_and_query()
            .contains("provider_config_key=git%20hub&"));
    }

    #[test]
    fn get_connection_requires_its_ids() {
        assert_eq!(
            get_connection::<()>(&q("", "x")).unwrap_err().0,
            "providerConfigKey is required"
        );
        assert_eq!(
            get_connection::<()>(&q("p", "")).unwrap_err().0,
            "connectionId is required"
        );
        assert!(get_connection::<()>(&q("p", "..")).is_err());
    }

    #[test]
    fn get_token_never_asks_for_the_refresh_token() {
        let mut c = q("p", "c");
        c.refresh_token = true;
        let r: Req = get_token(&c).unwrap();
        assert_eq!(r.query[2], ("refresh_token".into(), "false".into()));
        assert_eq!(r.returns, Returns::Token);
        let r: Req = get_raw_token_response(&c).unwrap();
        assert_eq!(r.returns, Returns::RawToken);
    }

    #[test]
    fn get_metadata_messages_and_shape() {
        assert_eq!(
            get_metadata::<()>("", "c").unwrap_err().0,
            "Provider Config Key is required"
        );
        assert_eq!(
            get_metadata::<()>("p", "").unwrap_err().0,
            "Connection Id is required"
        );
        let r: Req = get_metadata("p", "c").unwrap();
        assert_eq!(r.returns, Returns::Field("metadata"));
        assert_eq!(
            r.path_and_query(),
            "/connections/c?provider_config_key=p&force_refresh=false\
             &refresh_token=false&refresh_github_app_jwt_token=false"
        );
    }

    #[test]
    fn list_connections_legacy_form() {
        let r: Req = list_connections(&ListConnections::Legacy {
            connection_id: Some("c1".into()),
            search: Some("acme".into()),
            end_user_id: Some("u1".into()),
            end_user_organization_id: Some("o1".into()),
            limit: Some("10".into()),
            page: Some("2".into()),
        })
        .unwrap();
        assert_eq!(
            r.path_and_query(),
            "/connections?connectionId=c1&search=acme&endUserId=u1\
             &endUserOrganizationId=o1&limit=10&page=2"
        );
        let r: Req = list_connections(&ListConnections::Legacy {
            connection_id: None,
            search: None,
            end_user_id: None,
            end_user_organization_id: None,
            limit: None,
            page: None,
        })
        .unwrap();
        assert_eq!(r.path_and_query(), "/connections");
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
    }

    fn tag(key: &str, value: &str) -> Tag {
        Tag {
            key: key.into(),
            lowercase_key: key.to_lowercase(),
            value: value.into(),
        }
    }

    #[test]
    fn list_connections_object_form() {
        let r: Req = list_connections(&ListConnections::Params {
            connection_id: Some("c1".into()),
            user_id: Some("u1".into()),
            integration_id: Some(vec!["github".into(), "slack".into()]),
            tags: vec![
                tag("displayName", "Ann"),
                tag("email", "a@b.c"),
                tag("Team", "x"),
            ],
            limit: Some("5".into()),
            page: Some("1".into()),
        })
        .unwrap();
        let names: Vec<&str> = r.query.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "connectionId",
                "endUserId",
                "integrationId",
                "tags[end_user_display_name]",
                "tags[end_user_email]",
                "tags[team]",
                "limit",
                "page"
            ]
        );
        assert_eq!(r.query[2].1, "github,slack");
    }

    #[test]
    fn change_metadata_body_and_messages() {
        let r = change_metadata("setMetadata", Method::Post, "p", Some("c"), Some("m")).unwrap();
        assert_eq!(r.method, Method::Post);
        assert_eq!(r.path_and_query(), "/connections/metadata");
        assert_eq!(
            r.body,
            Some(Json::Object(vec![
                ("metadata", Json::User("m")),
                ("connection_id", Json::User("c")),
                ("provider_config_key", Json::Str("p".into())),
            ]))
        );
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        assert_eq!(r.returns, Returns::Response);
        let err = |k: &str, c: Option<&'static str>, m: Option<&'static str>| {
            change_metadata("updateMetadata", Method::Patch, k, c, m)
                .unwrap_err()
                .0
        };
        assert_eq!(
            err("", Some("c"), Some("m")),
            "Provider Config Key is required"
        );
        assert_eq!(err("p", None, Some("m")), "Connection Id is required");
        assert_eq!(err("p", Some("c"), None), "Metadata is required");
    }

    #[test]
    fn connection_details_returns_the_response_with_extra_headers() {
        let mut c = q("github", "user-42");
        c.force_refresh = true;
        let extra = vec![
            ("X-A".to_string(), "1".to_string()),
            ("content-type".to_string(), "text/plain".to_string()),
            ("authorization".to_string(), "no".to_string()),
            ("Nango-Is-Sync".to_string(), "true".to_string()),
        ];
        let r: Req = connection_details(&c, extra).unwrap();
        assert_eq!(
            (r.operation, r.returns),
            ("getConnectionDetails", Returns::Response)
        );
        assert_eq!(
            r.path_and_query(),
            "/connections/user-42?provider_config_key=github&force_refresh=true\
             &refresh_token=false&refresh_github_app_jwt_token=false"
        );
        assert!(r.headers.is_empty());
        assert_eq!(
            r.extra_headers,
            vec![
                ("X-A".to_string(), "1".to_string()),
                ("content-type".to_string(), "text/plain".to_string()),
            ]
        );
        let r: Req = connection_details(&c, Vec::new()).unwrap();
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        assert!(r.extra_headers.is_empty());
        assert_eq!(
            connection_details::<()>(&q("", "c"), Vec::new())
                .unwrap_err()
                .0,
            "providerConfigKey is required"
        );
    }

    #[test]
    fn patch_connection_request_and_messages() {
        let r = patch_connection("user-42", "github", Some("body")).unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (
                Method::Patch,
                "/connections/user-42?provider_config_key=github"
            )
        );
        assert_eq!(r.body, Some(Json::User("body")));
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        assert_eq!((r.operation, r.returns), ("patchConnection", Returns::Data));
        let r: Req = patch_connection("user-42", "github", None).unwrap();
        assert_eq!(r.body, None);
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        assert_eq!(
            patch_connection::<()>("c", "", None).unwrap_err().0,
            "provider_config_key is required"
        );
        assert_eq!(
            patch_connection::<()>("", "p", None).unwrap_err().0,
            "connectionId is required"
        );
    }

    #[test]
    fn delete_connection_returns_the_response() {
        let r: Req = delete_connection("github", "user-43").unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (
                Method::Delete,
                "/connections/user-43?provider_config_key=github"
            )
        );
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        assert_eq!(
            (r.operation, r.returns),
            ("deleteConnection", Returns::Response)
        );
        assert!(r.body.is_none());
        assert_eq!(
            delete_connection::<()>("", "c").unwrap_err().0,
            "providerConfigKey is required"
        );
        assert_eq!(
            delete_connection::<()>("p", "").unwrap_err().0,
            "connectionId is required"
        );
    }

    #[test]
    fn connection_ids_are_one_segment_and_keys_one_query_value() {
        let id = "a/b?c#d%e&f+g h..é";
        let enc = "a%2Fb%3Fc%23d%25e%26f%2Bg%20h..%C3%A9";
        let want = format!("/connections/{enc}?provider_config_key={enc}");
        let r: Req = delete_connection(id, id).unwrap();
        assert_eq!(r.path_and_query(), want);
        let r: Req = patch_connection(id, id, None).unwrap();
        assert_eq!(r.path_and_query(), want);
        let r: Req = connection_details(&q(id, id), Vec::new()).unwrap();
        assert!(r.path_and_query().starts_with(&want));
        for dots in [".", ".."] {
            assert!(delete_connection::<()>("p", dots).is_err());
            assert!(patch_connection::<()>(dots, "p", None).is_err());
            assert!(connection_details::<()>(&q("p", dots), Vec::new()).is_err());
            assert!(delete_connection::<()>(dots, "c").is_ok());
        }
    }
}
