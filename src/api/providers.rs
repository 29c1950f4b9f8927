//! Providers: `listProviders`, `getProvider`, `getProviderTemplates`.

use super::encode::{path, segment};
use super::{ApiRequest, Built, Method, QueryParam};
use alloc::{
    string::{String, ToString},
    vec::Vec,
};

/// `GET /providers` with the caller's query object (e.g. `{ search }`).
pub fn list_providers<U>(queries: Vec<(String, QueryParam)>) -> Built<U> {
    Ok(
        ApiRequest::new("listProviders", Method::Get, "/providers".to_string())
            .query_params(queries),
    )
}

/// `GET /providers/{provider}`: one provider.
pub fn get_provider<U>(provider: &str) -> Built<U> {
    let provider = segment("provider", provider)?;
    Ok(ApiRequest::new(
        "getProvider",
        Method::Get,
        path(&["providers", &provider]),
    ))
}

/// `GET /providers/{provider}/templates`: the provider's function templates.
pub fn get_provider_templates<U>(provider: &str) -> Built<U> {
    let provider = segment("provider", provider)?;
    Ok(ApiRequest::new(
        "getProviderTemplates",
        Method::Get,
        path(&["providers", &provider, "templates"]),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Returns;

    type Req = ApiRequest<()>;

    #[test]
    fn list_providers_without_and_with_a_search() {
        let r: Req = list_providers(Vec::new()).unwrap();
        assert_eq!(
            (r.method, r.path_and_query().as_str()),
            (Method::Get, "/providers")
        );
        assert!(r.headers.is_empty() && r.body.is_none());
        assert_eq!(r.returns, Returns::Data);
        let r: Req =
            list_providers(vec![("search".into(), QueryParam::One("git hub".into()))]).unwrap();
        assert_eq!(r.path_and_query(), "/providers?search=git%20hub");
        assert_eq!(r.operation, "listProviders");
    }

    #[test]
    fn get_provider_and_its_templates() {
        let r: Req = get_provider("github").unwrap();
        assert_eq!(r.path_and_query(), "/providers/github");
        assert_eq!((r.operation, r.returns), ("getProvider", Returns::Data));
        assert!(r.headers.is_empty());
        let r: Req = get_provider_templates("github").unwrap();
        assert_eq!(r.path_and_query(), "/providers/github/templates");
        assert_eq!(r.operation, "getProviderTemplates");
    }

    #[test]
    fn the_provider_is_one_encoded_segment() {
        let r: Req = get_provider("a/b?c#d%e&f+g h..é").unwrap();
        assert_eq!(r.path, "/providers/a%2Fb%3Fc%23d%25e%26f%2Bg%20h..%C3%A9");
        let r: Req = get_provider_templates("../x").unwrap();
        assert_eq!(r.path, "/providers/..%2Fx/templates");
    }

    #[test]
    fn the_provider_is_required_and_not_a_dot_segment() {
        for f in [get_provider::<()>, get_provider_templates::<()>] {
            assert_eq!(f("").unwrap_err().0, "provider is required");
            assert_eq!(
                f("..").unwrap_err().0,
                "provider cannot be \"..\": it would address another resource"
            );
            assert!(f(".").is_err());
        }
    }
}
