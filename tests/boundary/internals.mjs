// The ONE place the boundary tests reach into the package's internals: the size of the
// WebAssembly memory and of the externref table, for the leak check (and the fuzzer's huge-
// argument check). Everything else in tests/boundary/ uses the public API only.
//
// THIS FILE WILL BE ADAPTED WHEN THE PACKAGE'S INTERNALS CHANGE (another glue, another export
// name, several instances...). Keep every other file free of internals.
//
// Current build (wasm-bindgen glue, pkg/nango_wasm.js): `initSync()` returns the exports of the
// instance that is already initialised (pkg/index.mjs initialises it on import, and importing
// the same file URL gives the same module instance). The exports include `memory` (the linear
// memory) and `__wbindgen_externrefs` (the table of JS values the wasm side holds).

import 'nango-wasm'; // make sure the package's own entry has initialised the instance first

let exportsCache;

async function wasmExports() {
    if (!exportsCache) {
        const glue = await import(new URL('../../pkg/nango_wasm.js', import.meta.url).href);
        exportsCache = glue.initSync();
    }
    return exportsCache;
}

// Resolved at import time, so wasmStats() itself is synchronous.
const ex = await wasmExports();

/** @returns {{ memory: number, table: number }} wasm memory in bytes, externref table length (0 if none). */
export function wasmStats() {
    const memory = ex?.memory?.buffer?.byteLength ?? 0;
    const table = ex?.__wbindgen_externrefs?.length ?? 0;
    return { memory, table };
}

/** One growth step of the wasm memory (a 64 KiB page) and what the leak check tolerates. */
export const WASM_PAGE = 65536;
