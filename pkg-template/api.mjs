// The package's ES module surface, re-exported by every ES module entry (index*.mjs). Each
// entry initialises the glue first, in the way its runtime allows; nothing here calls the
// core before a method is called.
import * as core from './nango_wasm.js';
import { bind } from './nango.mjs';

export const { Nango, isNangoError, getUserAgent } = bind(core);
export { prodHost, SyncConfigType } from './constants.mjs';
