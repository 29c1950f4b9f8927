// Browsers, bundlers and other web-standard runtimes: fetches and compiles the .wasm that sits
// next to this file (bundlers: ship nango_wasm_bg.wasm beside the bundle). No top-level await,
// so any build target works: the module loads in the background, and calls made before it is
// loaded wait for it (`await ready` to wait yourself; until then the synchronous webhook
// verifiers return false).
import init, * as core from './nango_wasm.js';
import { bind } from './nango.mjs';

export const { Nango, isNangoError, getUserAgent, ready } = bind(
  core,
  init({ module_or_path: new URL('./nango_wasm_bg.wasm', import.meta.url) })
);
export { prodHost, SyncConfigType } from './nango.mjs';
