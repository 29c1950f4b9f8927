//! Connect: `createConnectSession`, `createReconnectSession`, `waitForConnection`.

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

/// `waitForConnection`'s rejection when its signal is aborted.
pub const WAIT_ABORTED: &str = "Wait for connection was aborted";

/// `waitForConnection`'s rejection when no connection showed up in time.
pub const WAIT_TIMED_OUT: &str = "Timeout waiting for connection to be created";

/// How many times `waitForConnection` lists the user's connections.
pub const WAIT_ATTEMPTS: u32 = 30;

/// The pause after the first poll, which leaves time for the auth flow.
pub const WAIT_FIRST_DELAY_MS: u32 = 10_000;

/// The pause after every later poll.
pub const WAIT_DELAY_MS: u32 = 2_000;

/// One step of `waitForConnection`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitStep {
    /// List the user's connections; stop if the integration's is there.
    Poll,
    /// Wait this many milliseconds (an abort ends the wait).
    Sleep(u32),
}

/// The official SDK's schedule: poll, sleep 10 s, then (poll, sleep 2 s) until 30 polls are
/// done, the last one followed by its sleep too: 68 s of sleeping in all. When the schedule
/// ends without a connection, the wait fails with [`WAIT_TIMED_OUT`].
pub fn wait_schedule() -> impl Iterator<Item = WaitStep> {
    (0..WAIT_ATTEMPTS).flat_map(|attempt| {
        let delay = if attempt == 0 {
            WAIT_FIRST_DELAY_MS
        } else {
            WAIT_DELAY_MS
        };
        [WaitStep::Poll, WaitStep::Sleep(delay)]
    })
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
    fn wait_schedule_matches_the_official_sdk() {
        let steps: Vec<WaitStep> = wait_schedule().collect();
        assert_eq!(steps.len(), 60);
        assert_eq!(
            steps[..5],
            [
                WaitStep::Poll,
                WaitStep::Sleep(10_000),
                WaitStep::Poll,
                WaitStep::Sleep(2_000),
                WaitStep::Poll
            ]
        );
        assert_eq!(
            steps[56..],
            [
                WaitStep::Poll,
                WaitStep::Sleep(2_000),
                WaitStep::Poll,
                WaitStep::Sleep(2_000),
            ]
        );
        let polls = steps.iter().filter(|s| **s == WaitStep::Poll).count();
        assert_eq!(polls, 30);
        let slept: u32 = steps
            .iter()
            .map(|s| match s {
                WaitStep::Sleep(ms) => *ms,
                WaitStep::Poll => 0,
            })
            .sum();
        assert_eq!(slept, 68_000);
        // Polls and sleeps alternate.
        for (i, step) in steps.iter().enumerate() {
            assert_eq!(*step == WaitStep::Poll, i % 2 == 0);
        }
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
