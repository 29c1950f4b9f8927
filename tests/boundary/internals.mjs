// The ONE place the boundary tests reach into the package's internals: the size of the
// WebAssembly memory and of the externref table, for the leak check and the fuzzer.
// Everything else in tests/boundary/ uses the public API only.
//
// The package's surface over the web glue (pkg/api.mjs, what Deno, workerd and browsers load)
// is used here: its glue's initSync() hands back the live instance's exports (`memory`, and
// `__wbindgen_externrefs`, the table of JS values the wasm side holds), which Node's own entry
// (the nodejs glue) does not expose. The JS layer and the wasm are the same in both.

import { readFileSync } from 'node:fs';

const glue = await import(new URL('../../pkg/nango_wasm.js', import.meta.url).href);
glue.initSync({ module: readFileSync(new URL('../../pkg/nango_wasm_bg.wasm', import.meta.url)) });

/** The package's API, bound to the instance wasmStats() measures. */
export const { Nango, getUserAgent, isNangoError } = await import(new URL('../../pkg/api.mjs', import.meta.url).href);

/** @returns {{ memory: number, table: number }} wasm memory in bytes, externref table length (0 if none). */
export function wasmStats() {
    // initSync() returns the current instance's exports: after a trap, the fresh one's.
    const ex = glue.initSync();
    return { memory: ex.memory.buffer.byteLength, table: ex.__wbindgen_externrefs?.length ?? 0 };
}

/** One growth step of the wasm memory (a 64 KiB page) and what the leak check tolerates. */
export const WASM_PAGE = 65536;
