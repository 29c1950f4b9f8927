// Node ESM entry: loads the wasm synchronously, so no init call is needed.
import { readFileSync } from 'node:fs';
import { initSync } from './nango_wasm.js';

initSync({ module: readFileSync(new URL('./nango_wasm_bg.wasm', import.meta.url)) });

export { Nango, getUserAgent, isNangoError } from './nango_wasm.js';
export { prodHost, SyncConfigType } from './constants.mjs';
