// The package's ES module surface, re-exported by every ES module entry (index*.mjs). Each
// entry loads the .wasm first, in the way its runtime allows.
export { Nango, getUserAgent, isNangoError } from './nango_wasm.js';
export { prodHost, SyncConfigType } from './constants.mjs';
