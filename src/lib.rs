//! nango-wasm: Nango's Node SDK (`@nangohq/node`), compiled to WebAssembly so that one npm
//! package runs in Node (ESM and CommonJS), Deno, Bun, Cloudflare Workers and browsers.
//!
//! Layers, data flowing one way:
//! - [`client`]: the `#[wasm_bindgen]` `Nango` class; decodes JS arguments;
//! - [`api`]: pure Rust request builders and validation, no JS types;
//! - [`http`]: the one caller of `fetch`; maps responses to results and errors;
//! - [`error`]: the error type, a `NangoError` JS object.

#![cfg_attr(not(test), no_std)]

extern crate alloc;

pub mod api;
pub mod client;
pub mod error;
pub mod http;
pub mod js;

pub use client::Nango;

/// A smaller allocator than the default dlmalloc (the wasm is what users download).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Without `std` (the shipped build), a panic traps at once: there is no message to format,
/// so none of `core::fmt` is linked for one. Nothing from JS or the network can reach a panic.
#[cfg(all(target_family = "wasm", not(feature = "std"), not(test)))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
