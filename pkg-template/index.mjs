// Node and Bun (ES modules): loads the wasm synchronously, so no init call is needed.
import { readFileSync } from 'node:fs';
import { initSync } from './nango_wasm.js';

initSync({ module: readFileSync(new URL('./nango_wasm_bg.wasm', import.meta.url)) });

export * from './api.mjs';
