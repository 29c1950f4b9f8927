// Rollup for Node: the package stays an import that Node resolves at run time (Rollup would
// treat it as external anyway, with a warning; `external` says it is meant). Bundling it instead
// would put its CommonJS glue, which reads the .wasm from its own folder (`__dirname`), into an
// ES module where `__dirname` does not exist.
export default {
    input: 'node.mjs',
    output: { file: 'dist/rollup-node/app.mjs', format: 'es' },
    external: ['nango-wasm']
};
