// Cloudflare Workers (workerd): the .wasm is a static import that the platform compiles ahead
// of time; workerd refuses to compile wasm from bytes at run time.
import wasm from './nango_wasm_bg.wasm';
import { initSync } from './nango_wasm.js';

initSync({ module: wasm });

export * from './api.mjs';
