//! Scripts: `getScriptsConfig`.

use super::{ApiRequest, Built, Method};
use alloc::string::ToString;

/// `getScriptsConfig(format = 'nango')`: `GET /scripts/config?format=...`. `None` (a `null`
/// format) sends no `format`, as axios leaves `null` parameters out.
pub fn get_scripts_config<U>(format: Option<&str>) -> Built<U> {
    let mut req = ApiRequest::new(
        "getScriptsConfig",
        Method::Get,
        "/scripts/config".to_string(),
    )
    .json_content_type();
    if let Some(format) = format {
        req = req.query("format", format);
    }
    Ok(req)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Returns;

    #[test]
    fn each_format_is_a_query_value() {
        for format in ["nango", "openai", "", "a&b=c"] {
            let r: ApiRequest<()> = get_scripts_config(Some(format)).unwrap();
            assert_eq!(r.method, Method::Get);
            assert_eq!(r.path, "/scripts/config");
            assert_eq!(r.query, vec![("format".to_string(), format.to_string())]);
            assert_eq!(r.headers, vec![("Content-Type", "application/json".into())]);
            assert_eq!(
                (r.operation, r.returns),
                ("getScriptsConfig", Returns::Data)
            );
        }
        let r: ApiRequest<()> = get_scripts_config(Some("a&b=c")).unwrap();
        assert_eq!(r.path_and_query(), "/scripts/config?format=a%26b%3Dc");
    }

    #[test]
    fn a_null_format_is_left_out() {
        let r: ApiRequest<()> = get_scripts_config(None).unwrap();
        assert_eq!(r.path_and_query(), "/scripts/config");
    }
}
