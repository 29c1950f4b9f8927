//! Connect: `createConnectSession`, `createReconnectSession`, and the poll of
//! `waitForConnection` (its loop and schedule are the JS layer's).

use super::connections::{list_connections, ListConnections};
use super::{ApiRequest, Built, Json, Method};
use alloc::string::{String, ToString};

fn session<U>(operation: &'static str, path: &str, props: Option<U>) -> Built<U> {
    let req = ApiRequest::new(operation, Method::Post, path.to_string());
    Ok(match props {
        Some(props) => req.body(Json::User(props)),
        // axios' content type for a POST without data.
        None => req.header("Content-Type", "application/x-www-form-urlencoded"),
    })
}

/// `createConnectSession(sessionProps)`: `POST /connect/sessions` with the caller's object as
/// the body (`None`: `undefined` or `null`, sent without a body as the official SDK does).
pub fn create_connect_session<U>(props: Option<U>) -> Built<U> {
    session("createConnectSession", "/connect/sessions", props)
}

/// `createReconnectSession(sessionProps)`: `POST /connect/sessions/reconnect`.
pub fn create_reconnect_session<U>(props: Option<U>) -> Built<U> {
    session(
        "createReconnectSession",
        "/connect/sessions/reconnect",
        props,
    )
}

/// One poll of `waitForConnection(integrationKey, userId)`: `listConnections(undefined,
/// undefined, { endUserId: userId })`. `user_id` `None` stands for a falsy value, which the
/// official SDK leaves out of the query.
pub fn wait_for_connection_poll<U>(user_id: Option<String>) -> Built<U> {
    let req = list_connections(&ListConnections::Legacy {
        connection_id: None,
        search: None,
        end_user_id: user_id,
        end_user_organization_id: None,
        limit: None,
        page: None,
    })?;
    Ok(ApiRequest {
        operation: "waitForConnection",
        ..req
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connect_sessions_post_the_callers_object() {
        let r = create_connect_session(Some("{ end_user }")).unwrap();
        assert_eq!(
            (r.operation, r.method),
            ("createConnectSession", Method::Post)
        );
        assert_eq!(r.path_and_query(), "/connect/sessions");
        assert_eq!(r.body, Some(Json::User("{ end_user }")));
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        let r = create_reconnect_session(Some("{ connection_id }")).unwrap();
        assert_eq!(r.operation, "createReconnectSession");
        assert_eq!(r.path_and_query(), "/connect/sessions/reconnect");
    }

    #[test]
    fn connect_sessions_without_props_send_no_body() {
        let r = create_connect_session::<()>(None).unwrap();
        assert!(r.body.is_none());
        assert_eq!(
            r.headers,
            vec![("Content-Type", "application/x-www-form-urlencoded".into())]
        );
    }

    #[test]
    fn wait_for_connection_polls_the_users_connections() {
        let r = wait_for_connection_poll::<()>(Some("u 42".into())).unwrap();
        assert_eq!((r.operation, r.method), ("waitForConnection", Method::Get));
        assert_eq!(r.path_and_query(), "/connections?endUserId=u%2042");
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        let r = wait_for_connection_poll::<()>(None).unwrap();
        assert_eq!(r.path_and_query(), "/connections");
    }
}
