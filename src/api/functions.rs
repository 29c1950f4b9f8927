//! Functions: `listFunctions`, `getFunction`, `getFunctionCode`, `deleteFunction`.
//!
//! Each sends the caller's query object (`type`, `search`, `page`, `limit`) like the official
//! SDK's `addQueryParams`, with `Content-Type: application/json`.

use super::encode::{path, segment};
use super::{ApiRequest, Built, Method, QueryParam};
use alloc::{string::String, vec, vec::Vec};

/// A request for `/integrations/{uniqueKey}/functions[/{name}][/{suffix}]`.
fn functions_request<U>(
    operation: &'static str,
    method: Method,
    unique_key: &str,
    name: Option<&str>,
    suffix: Option<&'static str>,
    queries: Vec<(String, QueryParam)>,
) -> Built<U> {
    let key = segment("uniqueKey", unique_key)?;
    let name = name.map(|name| segment("name", name)).transpose()?;
    let mut parts = vec!["integrations", key.as_str(), "functions"];
    parts.extend(name.as_deref());
    parts.extend(suffix);
    Ok(ApiRequest::new(operation, method, path(&parts))
        .query_params(queries)
        .json_content_type())
}

/// `listFunctions({ uniqueKey }, queries?)`: the integration's deployed functions.
pub fn list_functions<U>(unique_key: &str, queries: Vec<(String, QueryParam)>) -> Built<U> {
    functions_request(
        "listFunctions",
        Method::Get,
        unique_key,
        None,
        None,
        queries,
    )
}

/// `getFunction({ uniqueKey, name }, queries?)`: one deployed function.
pub fn get_function<U>(
    unique_key: &str,
    name: &str,
    queries: Vec<(String, QueryParam)>,
) -> Built<U> {
    functions_request(
        "getFunction",
        Method::Get,
        unique_key,
        Some(name),
        None,
        queries,
    )
}

/// `getFunctionCode({ uniqueKey, name }, queries?)`: a deployed function's source code.
pub fn get_function_code<U>(
    unique_key: &str,
    name: &str,
    queries: Vec<(String, QueryParam)>,
) -> Built<U> {
    functions_request(
        "getFunctionCode",
        Method::Get,
        unique_key,
        Some(name),
        Some("code"),
        queries,
    )
}

/// `deleteFunction({ uniqueKey, name }, queries)`: deletes a deployed function (the API
/// requires its `type`).
pub fn delete_function<U>(
    unique_key: &str,
    name: &str,
    queries: Vec<(String, QueryParam)>,
) -> Built<U> {
    functions_request(
        "deleteFunction",
        Method::Delete,
        unique_key,
        Some(name),
        None,
        queries,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Returns;

    type Req = ApiRequest<()>;

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, QueryParam)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), QueryParam::One(v.to_string())))
            .collect()
    }

    #[test]
    fn list_functions_with_filters() {
        let r: Req = list_functions("github", Vec::new()).unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (Method::Get, "/integrations/github/functions")
        );
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        assert_eq!((r.operation, r.returns), ("listFunctions", Returns::Data));
        let mut filters = q(&[("type", "sync"), ("search", "git"), ("page", "0")]);
        filters.push(("limit".into(), QueryParam::Absent));
        let r: Req = list_functions("github", filters).unwrap();
        assert_eq!(
            r.path_and_query(),
            "/integrations/github/functions?type=sync&search=git&page=0"
        );
    }

    #[test]
    fn get_function_and_its_code() {
        let r: Req = get_function("github", "create-issue", q(&[("type", "action")])).unwrap();
        assert_eq!(
            r.path_and_query(),
            "/integrations/github/functions/create-issue?type=action"
        );
        assert_eq!((r.method, r.operation), (Method::Get, "getFunction"));
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        let r: Req = get_function_code("github", "github-issues", Vec::new()).unwrap();
        assert_eq!(
            r.path_and_query(),
            "/integrations/github/functions/github-issues/code"
        );
        assert_eq!(r.operation, "getFunctionCode");
    }

    #[test]
    fn delete_function_request() {
        let r: Req = delete_function("github", "github-prs", q(&[("type", "sync")])).unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (
                Method::Delete,
                "/integrations/github/functions/github-prs?type=sync"
            )
        );
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        assert_eq!((r.operation, r.returns), ("deleteFunction", Returns::Data));
        assert!(r.body.is_none());
    }

    #[test]
    fn ids_are_single_segments() {
        let id = "a/b?c#d%e&f+g h..é";
        let enc = "a%2Fb%3Fc%23d%25e%26f%2Bg%20h..%C3%A9";
        let r: Req = get_function_code(id, id, Vec::new()).unwrap();
        assert_eq!(r.path, format!("/integrations/{enc}/functions/{enc}/code"));
        let r: Req = list_functions(id, q(&[("search", id)])).unwrap();
        assert_eq!(
            r.path_and_query(),
            format!("/integrations/{enc}/functions?search={enc}")
        );
    }

    #[test]
    fn missing_and_dot_ids_are_rejected() {
        assert_eq!(
            list_functions::<()>("", Vec::new()).unwrap_err().0,
            "uniqueKey is required"
        );
        for f in [
            get_function::<()>,
            get_function_code::<()>,
            delete_function::<()>,
        ] {
            assert_eq!(
                f("", "n", Vec::new()).unwrap_err().0,
                "uniqueKey is required"
            );
            assert_eq!(f("k", "", Vec::new()).unwrap_err().0, "name is required");
            assert_eq!(
                f("", "", Vec::new()).unwrap_err().0,
                "uniqueKey is required"
            );
            for dots in [".", ".."] {
                assert!(f(dots, "n", Vec::new()).is_err());
                assert!(f("k", dots, Vec::new()).is_err());
            }
        }
        assert!(list_functions::<()>("..", Vec::new()).is_err());
    }
}
