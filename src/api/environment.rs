//! Environment: `getEnvironmentVariables`.

use super::{ApiRequest, Built, Method, Returns};
use alloc::string::ToString;

/// `GET /environment-variables`: the variables set in the dashboard, `[]` for an empty body.
pub fn get_environment_variables<U>() -> Built<U> {
    Ok(ApiRequest::new(
        "getEnvironmentVariables",
        Method::Get,
        "/environment-variables".to_string(),
    )
    .json_content_type()
    .returns(Returns::DataOrEmptyList))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_and_shape() {
        let r: ApiRequest<()> = get_environment_variables().unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (Method::Get, "/environment-variables")
        );
        assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
        assert_eq!(r.returns, Returns::DataOrEmptyList);
        assert_eq!(r.operation, "getEnvironmentVariables");
        assert!(r.body.is_none());
    }
}
