//! Integrations: `listIntegrations`.

use super::{ApiRequest, Built, Method, Returns};

/// `GET /integrations`, returned as `{ configs }` like the official SDK's legacy shape.
pub fn list_integrations<U>() -> Built<U> {
    Ok(
        ApiRequest::new("listIntegrations", Method::Get, "/integrations".to_string())
            .returns(Returns::Configs),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_integrations_shape() {
        let r: ApiRequest<()> = list_integrations().unwrap();
        assert_eq!(r.path_and_query(), "/integrations");
        assert_eq!(r.returns, Returns::Configs);
        assert!(r.headers.is_empty());
        assert!(r.body.is_none());
    }
}
