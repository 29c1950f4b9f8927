// Node and Bun (ES modules): the nodejs glue loads the wasm synchronously when it is first
// imported, and `import` and `require` of the package share it.
import core from './nango_wasm.cjs';
import { bind } from './nango.mjs';

export const { Nango, isNangoError, getUserAgent, ready } = bind(core);
export { prodHost, SyncConfigType } from './nango.mjs';
