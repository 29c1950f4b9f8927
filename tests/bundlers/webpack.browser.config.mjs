// webpack 5 for browsers: no configuration beyond the entry. webpack resolves the package's
// `browser` export and turns `new URL('./nango_wasm_bg.wasm', import.meta.url)` into an asset
// module: it emits the .wasm (hashed) and points the URL at it. No `experiments` needed (the
// .wasm is fetched by URL, not imported as a WebAssembly module).
export default {
    mode: 'production',
    entry: './browser.mjs',
    output: { path: `${import.meta.dirname}/dist/webpack-browser`, filename: 'app.js' }
};
