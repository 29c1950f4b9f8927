//! Webhooks: `verifyIncomingWebhookRequest`, `verifyWebhookSignature`.
//!
//! Both are synchronous and computed here, without the runtime's crypto: HMAC-SHA256 (RFC 2104
//! over FIPS 180-4 SHA-256) for the first, SHA-256 of the key followed by the JSON payload for
//! the deprecated second.

use alloc::string::String;

/// `verifyIncomingWebhookRequest`'s check: `signature` (the header's value) must be the hex
/// HMAC-SHA256 of `body` under `key`. Hex digits may be of either case, as Node's hex decoding
/// accepts; a short, long or non-hex signature is `false`. The comparison of the MACs takes
/// the same time whatever the signature.
/// The one-shot form of what the exports compute over a body in chunks ([`Digest`]).
pub fn verify_incoming_webhook(key: &str, body: &[u8], signature: &str) -> bool {
    let mut d = Digest::hmac(key.as_bytes());
    d.update(body);
    d.matches_hex(signature)
}

/// The deprecated `verifyWebhookSignature`'s check: `signature` must be exactly the lower-case
/// hex SHA-256 of `key` followed by `json` (the payload's `JSON.stringify`).
pub fn verify_webhook_signature(key: &str, json: &str, signature: &str) -> bool {
    let mut d = Digest::prefixed(key.as_bytes());
    d.update(json.as_bytes());
    d.equals_hex(signature)
}

/// Compares two byte strings in time that depends only on their lengths.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Decodes exactly 64 hex digits.
fn decode_hex_32(s: &str) -> Option<[u8; 32]> {
    let bytes = s.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
        if let [hi, lo] = *pair {
            *byte = hex_digit(hi)? << 4 | hex_digit(lo)?;
        }
    }
    Some(out)
}

/// Lower-case hex.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes
        .iter()
        .flat_map(|b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 0x0f)]])
        .map(char::from)
        .collect()
}

/// SHA-256's block size, the size of the HMAC's padded key.
const BLOCK: usize = 64;

/// HMAC-SHA256 (RFC 2104).
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut d = Digest::hmac(key);
    d.update(message);
    d.finish()
}

/// SHA-256 (FIPS 180-4).
pub fn sha256(message: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(message);
    h.finish()
}

/// An incremental HMAC-SHA256, or SHA-256 of a prefix followed by the message: what the two
/// verifiers compute over a body given in chunks.
pub struct Digest {
    inner: Sha256,
    /// The HMAC's outer padded key; `None` for a plain SHA-256.
    outer: Option<[u8; BLOCK]>,
}

impl Digest {
    /// HMAC-SHA256 under `key`.
    pub fn hmac(key: &[u8]) -> Self {
        let mut block = [0u8; BLOCK];
        // Zipped copies: no slice bounds to check, so no panic path in the wasm.
        if key.len() > BLOCK {
            for (b, k) in block.iter_mut().zip(sha256(key)) {
                *b = k;
            }
        } else {
            for (b, k) in block.iter_mut().zip(key) {
                *b = *k;
            }
        }
        let pad = |byte: u8| block.map(|k| k ^ byte);
        let mut inner = Sha256::new();
        inner.update(&pad(0x36));
        Digest {
            inner,
            outer: Some(pad(0x5c)),
        }
    }

    /// SHA-256 of `prefix` followed by the message.
    pub fn prefixed(prefix: &[u8]) -> Self {
        let mut inner = Sha256::new();
        inner.update(prefix);
        Digest { inner, outer: None }
    }

    /// Whether this is an HMAC (else a plain SHA-256).
    pub fn is_hmac(&self) -> bool {
        self.outer.is_some()
    }

    /// Adds `data` to the message.
    pub fn update(&mut self, data: &[u8]) {
        self.inner.update(data);
    }

    /// The MAC (or hash).
    pub fn finish(self) -> [u8; 32] {
        let inner = self.inner.finish();
        match self.outer {
            Some(pad) => {
                let mut outer = Sha256::new();
                outer.update(&pad);
                outer.update(&inner);
                outer.finish()
            }
            None => inner,
        }
    }

    /// Whether `signature` is the MAC as hex of either case (`verifyIncomingWebhookRequest`),
    /// compared in constant time.
    pub fn matches_hex(self, signature: &str) -> bool {
        let Some(given) = decode_hex_32(signature) else {
            return false;
        };
        constant_time_eq(&self.finish(), &given)
    }

    /// Whether `signature` is exactly the lower-case hex hash (`verifyWebhookSignature`).
    pub fn equals_hex(self, signature: &str) -> bool {
        constant_time_eq(hex(&self.finish()).as_bytes(), signature.as_bytes())
    }
}

/// An incremental SHA-256: the buffering here, the compression function RustCrypto's `sha2`
/// (`compress256`), which is about 1.8 times as fast in wasm as a plain loop.
struct Sha256 {
    state: [u32; 8],
    buffer: [u8; BLOCK],
    buffered: usize,
    length: u64,
}

impl Sha256 {
    fn new() -> Self {
        Sha256 {
            state: [
                0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
                0x5be0cd19,
            ],
            buffer: [0; BLOCK],
            buffered: 0,
            length: 0,
        }
    }

    fn update(&mut self, data: &[u8]) {
        self.length = self.length.wrapping_add(data.len() as u64);
        let mut data = data;
        // Top up a partly filled block first.
        while self.buffered != 0 {
            let Some((&byte, rest)) = data.split_first() else {
                break;
            };
            self.push(byte);
            data = rest;
        }
        // Then whole blocks straight from the input.
        let mut blocks = data.chunks_exact(BLOCK);
        for block in &mut blocks {
            if let Ok(block) = <&[u8; BLOCK]>::try_from(block) {
                self.compress(block);
            }
        }
        for &byte in blocks.remainder() {
            self.push(byte);
        }
    }

    fn push(&mut self, byte: u8) {
        // `buffered` is always below BLOCK; `% BLOCK` shows the compiler, so there is no
        // bounds check and no panic path (with its formatting code) in the wasm.
        self.buffer[self.buffered % BLOCK] = byte;
        self.buffered += 1;
        if self.buffered == BLOCK {
            let block = self.buffer;
            self.compress(&block);
            self.buffered = 0;
        }
    }

    fn finish(mut self) -> [u8; 32] {
        let bits = self.length.wrapping_mul(8);
        self.update(&[0x80]);
        while self.buffered != BLOCK - 8 {
            self.update(&[0]);
        }
        self.update(&bits.to_be_bytes());
        let mut out = [0u8; 32];
        let bytes = self.state.iter().flat_map(|word| word.to_be_bytes());
        for (slot, byte) in out.iter_mut().zip(bytes) {
            *slot = byte;
        }
        out
    }

    fn compress(&mut self, block: &[u8; BLOCK]) {
        sha2::compress256(&mut self.state, core::slice::from_ref(block.into()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hmac_hex(key: &[u8], message: &[u8]) -> String {
        hex(&hmac_sha256(key, message))
    }

    #[test]
    fn rfc_4231_test_cases() {
        let key4: Vec<u8> = (1..=25).collect();
        let long_key = [0xaa; 131];
        let cases: [(&[u8], &[u8], &str); 6] = [
            (
                &[0x0b; 20],
                b"Hi There",
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            ),
            (
                b"Jefe",
                b"what do ya want for nothing?",
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            ),
            (
                &[0xaa; 20],
                &[0xdd; 50],
                "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
            ),
            (
                &key4,
                &[0xcd; 50],
                "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
            ),
            (
                &long_key,
                b"Test Using Larger Than Block-Size Key - Hash Key First",
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            ),
            (
                &long_key,
                b"This is a test using a larger than block-size key and a larger than block-size \
                  data. The key needs to be hashed before being used by the HMAC algorithm.",
                "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
            ),
        ];
        for (key, message, expected) in cases {
            assert_eq!(hmac_hex(key, message), expected);
        }
    }

    #[test]
    fn hmac_of_empty_messages_and_block_sized_keys() {
        assert_eq!(
            hmac_hex(b"", b""),
            "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"
        );
        assert_eq!(
            hmac_hex(b"key", b""),
            "5d5d139563c95b5967b9bd9a8c9b233a9dedb45072794cd232dc1b74832607d0"
        );
        assert_eq!(
            hmac_hex(&[b'a'; 64], b"x"),
            "b65ca3a3235f948bc0e6bd747532c54a983b54ddad1a4d1bd8b958e065b1cab4"
        );
    }

    #[test]
    fn sha256_vectors_around_the_padding_boundaries() {
        let cases: [(Vec<u8>, &str); 7] = [
            (
                b"".to_vec(),
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            ),
            (
                b"abc".to_vec(),
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            ),
            (
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".to_vec(),
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
            ),
            (
                vec![b'a'; 55],
                "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            ),
            (
                vec![b'a'; 56],
                "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            ),
            (
                vec![b'a'; 64],
                "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            ),
            (
                vec![b'a'; 1_000_000],
                "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
            ),
        ];
        for (message, expected) in cases {
            assert_eq!(hex(&sha256(&message)), expected);
        }
    }

    const SIGNED: &str = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    const BODY: &[u8] = b"what do ya want for nothing?";

    #[test]
    fn incoming_webhook_signatures() {
        let verify = |sig: &str| verify_incoming_webhook("Jefe", BODY, sig);
        assert!(verify(SIGNED));
        assert!(verify(&SIGNED.to_uppercase()));
        assert!(!verify(""));
        assert!(!verify(&SIGNED[..62]));
        assert!(!verify(&format!("{SIGNED}00")));
        assert!(!verify(&format!("{}zz", &SIGNED[..62])));
        assert!(!verify(&"z".repeat(64)));
        assert!(!verify(&"0".repeat(64)));
        // 64 bytes, but not 64 ASCII characters.
        assert!(!verify(&format!("{}é", &SIGNED[..62])));
        assert!(!verify_incoming_webhook("other", BODY, SIGNED));
        assert!(!verify_incoming_webhook("Jefe", b"tampered", SIGNED));
    }

    #[test]
    fn legacy_signatures_are_sha256_of_key_and_json() {
        // sha256("Jefe" + '{"a":1}')
        let expected = hex(&sha256(b"Jefe{\"a\":1}"));
        assert!(verify_webhook_signature("Jefe", "{\"a\":1}", &expected));
        assert!(!verify_webhook_signature(
            "Jefe",
            "{\"a\":1}",
            &expected.to_uppercase()
        ));
        assert!(!verify_webhook_signature("Jefe", "{\"a\":2}", &expected));
        assert!(!verify_webhook_signature("Jefe", "{\"a\":1}", ""));
    }
}
