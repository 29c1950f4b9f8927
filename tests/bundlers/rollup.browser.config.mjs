// Rollup for browsers: @rollup/plugin-node-resolve finds the package in node_modules (its
// `default` export condition, like `browser`, picks index.browser.mjs). Rollup keeps
// `new URL('./nango_wasm_bg.wasm', import.meta.url)` as it is and does not emit the file: copy
// node_modules/nango-wasm/nango_wasm_bg.wasm next to the bundle (tests/bundlers/matrix.mjs does).
import { nodeResolve } from '@rollup/plugin-node-resolve';

export default {
    input: 'browser.mjs',
    output: { file: 'dist/rollup-browser/app.js', format: 'es' },
    plugins: [nodeResolve()]
};
