//! Percent-encoding of path segments and query strings.
//!
//! Everything but the unreserved characters of RFC 3986 (`A-Z a-z 0-9 - . _ ~`) is encoded as
//! UTF-8 `%XX`, so an id can never add a path segment, a query parameter or a fragment.

use super::text::concat;
use super::InvalidArgument;
use alloc::string::String;

const HEX: &[u8; 16] = b"0123456789ABCDEF";

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encodes every byte of `s` but the unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if is_unreserved(b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0f)]));
        }
    }
    out
}

/// Encodes `value` as one path segment. `what` names the argument in the error: an empty id,
/// `.` or `..` would address another resource, so they are rejected.
pub fn segment(what: &str, value: &str) -> Result<String, InvalidArgument> {
    match value {
        "" => Err(InvalidArgument::required(what)),
        "." | ".." => Err(InvalidArgument(concat(&[
            what,
            " cannot be \"",
            value,
            "\": it would address another resource",
        ]))),
        _ => Ok(percent_encode(value)),
    }
}

/// Joins already-encoded parts into a path: `path(&["connections", "a%2Fb"])` is
/// `/connections/a%2Fb`.
pub fn path(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push('/');
        out.push_str(part);
    }
    out
}

/// Encodes query pairs as `name=value&...`.
pub fn query_string(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(&percent_encode(name));
        out.push('=');
        out.push_str(&percent_encode(value));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreserved_characters_pass_through() {
        assert_eq!(percent_encode("Az09-._~"), "Az09-._~");
    }

    #[test]
    fn reserved_and_non_ascii_are_encoded() {
        assert_eq!(
            percent_encode("a/b?c#d%e&f+g h=é"),
            "a%2Fb%3Fc%23d%25e%26f%2Bg%20h%3D%C3%A9"
        );
    }

    #[test]
    fn segment_rejects_dot_ids_and_empty() {
        assert_eq!(
            segment("connectionId", ".."),
            Err(InvalidArgument::new(
                "connectionId cannot be \"..\": it would address another resource"
            ))
        );
        assert!(segment("connectionId", ".").is_err());
        assert_eq!(
            segment("connectionId", ""),
            Err(InvalidArgument::new("connectionId is required"))
        );
        assert_eq!(segment("x", "..."), Ok("...".to_string()));
    }

    #[test]
    fn path_and_query_are_joined() {
        assert_eq!(path(&["connections", "a%2Fb"]), "/connections/a%2Fb");
        let q = vec![
            ("tags[email]".to_string(), "a+b@x".to_string()),
            ("limit".to_string(), "5".to_string()),
        ];
        assert_eq!(query_string(&q), "tags%5Bemail%5D=a%2Bb%40x&limit=5");
    }
}
