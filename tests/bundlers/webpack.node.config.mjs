// webpack 5 for Node: keep the package external (a `require` at run time). Bundled, its
// CommonJS glue would read the .wasm from `${__dirname}`, the bundle's folder, where it is not
// (copying nango_wasm_bg.wasm there is the other way).
export default {
    mode: 'production',
    target: 'node',
    entry: './node.mjs',
    output: { path: `${import.meta.dirname}/dist/webpack-node`, filename: 'app.js' },
    externals: { 'nango-wasm': 'commonjs nango-wasm' }
};
