//! Actions: `triggerAction`, `triggerActionAsync`, `getAsyncActionResult`.

use super::encode::{path, segment};
use super::{ApiRequest, Built, InvalidArgument, Json, Method};
use alloc::{
    string::{String, ToString},
    vec,
};

/// The arguments of `triggerAction` and `triggerActionAsync`. The official SDK checks none of
/// them: a `None` header is not sent, a `None` body field (`undefined`) is left out, and
/// `input: null` is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriggerAction<U> {
    /// `providerConfigKey`, sent as `Provider-Config-Key`
    pub provider_config_key: Option<String>,
    /// `connectionId`, sent as `Connection-Id`
    pub connection_id: Option<String>,
    /// `actionName`, sent as `action_name`
    pub action_name: Option<U>,
    /// `input`
    pub input: Option<U>,
}

fn trigger<U>(operation: &'static str, asynchronous: bool, a: TriggerAction<U>) -> Built<U> {
    let mut req = ApiRequest::new(operation, Method::Post, "/action/trigger".to_string());
    for (name, value) in [
        ("Connection-Id", a.connection_id),
        ("Provider-Config-Key", a.provider_config_key),
    ] {
        if let Some(value) = value {
            req = req.header(name, value);
        }
    }
    if asynchronous {
        req = req.header("X-Async", "true");
    }
    Ok(req.body(Json::object(vec![
        ("action_name", a.action_name.map(Json::User)),
        ("input", a.input.map(Json::User)),
    ])))
}

/// `triggerAction(providerConfigKey, connectionId, actionName, input?)`: `POST
/// /action/trigger`, resolving with the action's result.
pub fn trigger_action<U>(a: TriggerAction<U>) -> Built<U> {
    trigger("triggerAction", false, a)
}

/// `triggerActionAsync(...)`: the same request with `X-Async: true`, resolving with
/// `{ id, statusUrl }`.
pub fn trigger_action_async<U>(a: TriggerAction<U>) -> Built<U> {
    trigger("triggerActionAsync", true, a)
}

/// `getAsyncActionResult({ id } | { statusUrl })`: `GET` the `statusUrl` Nango returned (a
/// path on the same host), else `GET /action/{id}`. `None` stands for a falsy value.
pub fn get_async_action_result<U>(id: Option<String>, status_url: Option<String>) -> Built<U> {
    let path =
        match (status_url, id) {
            (Some(url), _) if url.starts_with('/') => url,
            (Some(_), _) => return Err(InvalidArgument::new(
                "statusUrl must be a path starting with \"/\", as triggerActionAsync returns it",
            )),
            (None, Some(id)) => path(&["action", &segment("id", &id)?]),
            (None, None) => {
                return Err(InvalidArgument::new(
                    "Either id or statusUrl must be provided",
                ))
            }
        };
    Ok(ApiRequest::new("getAsyncActionResult", Method::Get, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(input: Option<&'static str>) -> TriggerAction<&'static str> {
        TriggerAction {
            provider_config_key: Some("github".into()),
            connection_id: Some("user-42".into()),
            action_name: Some("create-issue"),
            input,
        }
    }

    fn headers<'a>(r: &'a ApiRequest<&str>) -> Vec<(&'a str, &'a str)> {
        r.headers.iter().map(|(n, v)| (*n, v.as_str())).collect()
    }

    #[test]
    fn trigger_action_headers_and_body() {
        let r = trigger_action(args(Some("{ title }"))).unwrap();
        assert_eq!((r.operation, r.method), ("triggerAction", Method::Post));
        assert_eq!(r.path_and_query(), "/action/trigger");
        assert_eq!(
            headers(&r),
            [
                ("Connection-Id", "user-42"),
                ("Provider-Config-Key", "github"),
                ("Content-Type", "application/json"),
            ]
        );
        assert_eq!(
            r.body,
            Some(Json::Object(vec![
                ("action_name", Json::User("create-issue")),
                ("input", Json::User("{ title }")),
            ]))
        );
    }

    #[test]
    fn trigger_action_leaves_out_undefined_input_and_missing_headers() {
        let mut a = args(None);
        a.connection_id = None;
        a.provider_config_key = None;
        let r = trigger_action(a).unwrap();
        assert_eq!(headers(&r), [("Content-Type", "application/json")]);
        assert_eq!(
            r.body,
            Some(Json::Object(vec![(
                "action_name",
                Json::User("create-issue")
            )]))
        );
    }

    #[test]
    fn trigger_action_async_adds_x_async() {
        let r = trigger_action_async(args(Some("null"))).unwrap();
        assert_eq!(r.operation, "triggerActionAsync");
        assert!(headers(&r).contains(&("X-Async", "true")));
        assert!(!headers(&trigger_action(args(None)).unwrap())
            .iter()
            .any(|(n, _)| *n == "X-Async"));
    }

    #[test]
    fn get_async_action_result_by_id_or_status_url() {
        let r = get_async_action_result::<()>(Some("a/b".into()), None).unwrap();
        assert_eq!(
            (r.method, r.path_and_query()),
            (Method::Get, "/action/a%2Fb".into())
        );
        let r =
            get_async_action_result::<()>(Some("x".into()), Some("/action/123".into())).unwrap();
        assert_eq!(r.path_and_query(), "/action/123");
        assert!(r.body.is_none() && r.headers.is_empty());
    }

    #[test]
    fn get_async_action_result_messages() {
        let err = |id: Option<&str>, url: Option<&str>| {
            get_async_action_result::<()>(id.map(String::from), url.map(String::from))
                .unwrap_err()
                .0
        };
        assert_eq!(err(None, None), "Either id or statusUrl must be provided");
        assert!(err(None, Some("@evil.example/x")).starts_with("statusUrl must be a path"));
        assert_eq!(
            err(Some(".."), None),
            "id cannot be \"..\": it would address another resource"
        );
    }
}
