// The package's ES module surface over the web glue, re-exported by the Deno, workerd and
// browser entries. Each entry initialises the glue first, in the way its runtime allows;
// nothing here calls the core before a method is called.
import * as core from './nango_wasm.js';
import { bind } from './nango.mjs';

export const { Nango, isNangoError, getUserAgent, ready } = bind(core);
export { prodHost, SyncConfigType } from './nango.mjs';
