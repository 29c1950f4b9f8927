//! Building strings without `core::fmt` (`format!`) and without the standard `concat` and
//! `join`, whose generic implementation is over a kilobyte of wasm per instantiation, with
//! panic paths: these loops are a few dozen bytes.

use alloc::{string::String, vec::Vec};

/// `parts` one after the other, as `parts.concat()`.
pub fn concat(parts: &[&str]) -> String {
    join(parts, "")
}

/// `items` with `separator` between them, as `items.join(separator)`.
pub fn join<S: AsRef<str>>(items: &[S], separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item.as_ref());
    }
    out
}

/// The decimal digits of `n`, as `n.to_string()` writes them.
pub fn decimal(mut n: usize) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().map(|&d| char::from(d)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concat_and_join() {
        assert_eq!(concat(&[]), "");
        assert_eq!(concat(&["a", "", "bc"]), "abc");
        assert_eq!(join::<&str>(&[], ", "), "");
        assert_eq!(join(&["a"], ", "), "a");
        assert_eq!(join(&["a".to_string(), "b".into(), "".into()], ","), "a,b,");
    }

    #[test]
    fn decimal_digits() {
        for n in [0, 7, 10, 101, 65535, usize::MAX] {
            assert_eq!(decimal(n), n.to_string());
        }
    }
}
