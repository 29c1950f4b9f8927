// The Node and Bun entry, in both formats: esbuild bundles it with the web glue and the JS
// layer into pkg/index.mjs (ES module) and pkg/index.cjs (CommonJS), from target/bindgen/
// (see scripts/build.sh). The .wasm is read and compiled synchronously, on the first call that
// needs the core: importing the package and creating a client compile nothing.
import { readFileSync } from 'node:fs';
import { __wbg_reset_state, build, digestBytes, digestCheck, digestStart, initSync, trap } from './web/nango_wasm.js';
import { bind, prodHost, SyncConfigType } from './nango.mjs';

// Next to index.cjs or index.mjs: the build defines NANGO_CJS for each format, and esbuild
// drops the other branch (a runtime check of `__dirname` would be fooled by a global one).
const wasm = () =>
    // eslint-disable-next-line no-undef
    NANGO_CJS ? `${__dirname}/nango_wasm_bg.wasm` : new URL('./nango_wasm_bg.wasm', import.meta.url);

export const { Nango, isNangoError, getUserAgent, ready } = bind(
    { __wbg_reset_state, build, digestBytes, digestCheck, digestStart, trap },
    undefined,
    () => initSync({ module: readFileSync(wasm()) })
);
export { prodHost, SyncConfigType };
