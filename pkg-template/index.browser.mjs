// Browsers and other web-standard runtimes: fetches and compiles the .wasm that sits next to
// this file (bundlers: ship nango_wasm_bg.wasm beside the bundle), once, at import time.
import init from './nango_wasm.js';

await init({ module_or_path: new URL('./nango_wasm_bg.wasm', import.meta.url) });

export * from './api.mjs';
