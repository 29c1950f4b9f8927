//! The module's exports as the JS layer calls them, run in Node by wasm-bindgen-test-runner:
//! snapshots in, JSON requests out, webhook digests in chunks.
#![cfg(target_arch = "wasm32")]

use nango_wasm::client::{build, digest_bytes, digest_check, digest_start, METHODS};
use wasm_bindgen_test::*;

/// The snapshot of a client created with only a secret key.
const CLIENT: &str = "s0:s0:u";

fn op(name: &str) -> u32 {
    METHODS
        .iter()
        .position(|(n, _)| *n == name)
        .expect("method in the table") as u32
}

#[wasm_bindgen_test]
fn get_connection_builds_the_official_request() {
    let out = build(op("getConnection"), CLIENT, "s6:githubs7:user-42TFu");
    assert_eq!(
        out,
        "{\"o\":\"getConnection\",\"m\":\"GET\",\"u\":\"/connections/user-42?provider_config_key=github&force_refresh=true&refresh_token=false&refresh_github_app_jwt_token=false\",\
         \"h\":[[\"Content-Type\",\"application/json\"]]}"
    );
}

#[wasm_bindgen_test]
fn invalid_arguments_come_back_as_messages() {
    assert_eq!(
        build(op("getConnection"), CLIENT, "s6:github"),
        "{\"e\":\"connectionId is required\"}"
    );
    assert_eq!(
        build(op("getConnection"), CLIENT, "s6:githubx"),
        "{\"e\":\"connectionId could not be read\"}"
    );
    assert_eq!(
        build(op("getConnection"), CLIENT, "s6:githubz99999;"),
        "{\"e\":\"connectionId is too long (99999 characters; at most 16384)\"}"
    );
    assert_eq!(build(99_999, CLIENT, ""), "{\"e\":\"unknown method\"}");
    assert_eq!(
        build(op("getConnection"), CLIENT, "s9:github"),
        "{\"e\":\"the arguments could not be read\"}"
    );
}

#[wasm_bindgen_test]
fn header_values_are_refused_without_echoing_them() {
    // triggerAction sends connectionId as the Connection-Id header.
    let out = build(op("triggerAction"), CLIENT, "s6:githubs7:a\r\nX: 1s3:runu");
    assert!(out.starts_with("{\"e\":"), "{out}");
    assert!(out.contains("Connection-Id"), "{out}");
    assert!(!out.contains("X: 1"), "{out}");
}

#[wasm_bindgen_test]
fn webhook_digests_accept_chunks() {
    // RFC 4231, test case 2, in two chunks of each kind.
    let mac = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    digest_start("Jefe", true);
    digest_bytes(b"what do ya want ");
    digest_bytes(b"for nothing?");
    assert!(digest_check(mac));
    digest_start("Jefe", true);
    digest_bytes(b"what do ya want for nothing!");
    assert!(!digest_check(mac));
    // No digest in progress.
    assert!(!digest_check(mac));
}
