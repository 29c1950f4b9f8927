// Deno (2.6 and later): a source phase import compiles the .wasm as part of the module graph,
// so it needs no read permission and no init call.
import source wasm from './nango_wasm_bg.wasm';
import { initSync } from './nango_wasm.js';

initSync({ module: wasm });

export * from './api.mjs';
