//! nango-wasm: Nango's Node SDK (`@nangohq/node`), compiled to WebAssembly so that one npm
//! package runs in Node (ESM and CommonJS), Deno, Bun, Cloudflare Workers and browsers.
//!
//! Layers, data flowing one way:
//! - [`client`]: the `#[wasm_bindgen]` `Nango` class; decodes JS arguments;
//! - [`api`]: pure Rust request builders and validation, no JS types;
//! - [`http`]: the one caller of `fetch`; maps responses to results and errors;
//! - [`error`]: the error enum and its `NangoError` JS form.

pub mod api;
pub mod client;
pub mod error;
pub mod http;
pub mod js;

pub use client::Nango;
