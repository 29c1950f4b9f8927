//! nango-wasm: Nango's Node SDK (`@nangohq/node`), compiled to WebAssembly so that one npm
//! package runs in Node (ESM and CommonJS), Deno, Bun, Cloudflare Workers and browsers.
//!
//! Layers, data flowing one way:
//! - the JS entry (`js/nango.mjs`): the `Nango` class; reads the caller's arguments, keeps
//!   each client's state, sends requests with `fetch` and shapes the results;
//! - [`client`] (the binding layer): the method table; decodes the arguments the entry read
//!   ([`js`]) and detects call forms;
//! - [`api`] (the core): pure Rust request builders and validation, no JS types;
//! - [`wire`]: the requests handed back to the entry.
//!
//! The module imports no JavaScript function: its exports take and return strings, numbers
//! and bytes, hold no state between calls, and cannot be reentered.

#![cfg_attr(not(test), no_std)]

extern crate alloc;

pub mod api;
pub mod client;
pub mod js;
pub mod wire;

use wasm_bindgen::prelude::*;

#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
mod bump;

/// The allocator: the core holds nothing between calls, so a bump allocator that starts over
/// whenever nothing is allocated is enough, and smaller than any general one.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: bump::Bump = bump::Bump::new();

/// Without `std` (the shipped build), a panic traps at once: there is no message to format,
/// so none of `core::fmt` is linked for one. Nothing from JS or the network can reach a panic;
/// an allocation failure (out of memory) ends here too, and the JS entry then replaces the
/// instance.
#[cfg(all(target_family = "wasm", not(feature = "std"), not(test)))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// Traps the instance, as an out-of-memory would: the tests of the JS entry's trap recovery
/// call it.
#[wasm_bindgen]
pub fn trap() {
    #[cfg(target_family = "wasm")]
    core::arch::wasm32::unreachable();
}
