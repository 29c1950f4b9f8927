//! The digest behind `verifyIncomingWebhookRequest` and `verifyWebhookSignature`, fed in
//! chunks: the JS entry copies a body of any size into the core a chunk at a time, never
//! whole. One digest runs at a time, from [`digest_start`] to [`digest_check`], with no JS
//! code in between.

use core::cell::Cell;
use wasm_bindgen::prelude::*;

use crate::api::webhooks::Digest;

/// The digest in progress.
struct Current(Cell<Option<Digest>>);

// The wasm instance is single-threaded.
unsafe impl Sync for Current {}

static CURRENT: Current = Current(Cell::new(None));

/// Starts a digest: HMAC-SHA256 under `key` (`hmac`), or SHA-256 of `key` followed by the
/// message.
#[wasm_bindgen(js_name = digestStart)]
pub fn digest_start(key: &str, hmac: bool) {
    let digest = if hmac {
        Digest::hmac(key.as_bytes())
    } else {
        Digest::prefixed(key.as_bytes())
    };
    CURRENT.0.set(Some(digest));
}

/// Adds bytes to the message.
#[wasm_bindgen(js_name = digestBytes)]
pub fn digest_bytes(bytes: &[u8]) {
    // Taken out and put back: a Cell, unlike a RefCell, has no borrow to fail.
    let mut digest = CURRENT.0.take();
    if let Some(d) = digest.as_mut() {
        d.update(bytes);
    }
    CURRENT.0.set(digest);
}

/// Ends the digest: whether `signature` is its hex (either case for an HMAC, lower case for
/// the deprecated SHA-256), compared in constant time.
#[wasm_bindgen(js_name = digestCheck)]
pub fn digest_check(signature: &str) -> bool {
    match CURRENT.0.take() {
        Some(d) if d.is_hmac() => d.matches_hex(signature),
        Some(d) => d.equals_hex(signature),
        None => false,
    }
}
