// Node's entries read the .wasm next to themselves, whatever the caller's globals: under
// `node -e` a global `__dirname` ('.') exists, and the ES module entry must not take it for its
// own folder. The .wasm is compiled on the first call, so loading it is tested by a call.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { closedPort } from './helpers.mjs';

const cwd = fileURLToPath(new URL('../../', import.meta.url));
const probe = (load, port) =>
    `${load}.then((m) => new m.Nango({ secretKey: 'sk', host: 'http://127.0.0.1:${port}' }).getConnection('github', 'x')).catch((e) => console.log(e.kind))`;

test('the ES module and CommonJS entries load their .wasm under node -e (a global __dirname)', async () => {
    const port = await closedPort();
    for (const load of ["import('nango-wasm')", "Promise.resolve(require('nango-wasm'))"]) {
        const out = execFileSync(process.execPath, ['-e', probe(load, port)], { cwd, encoding: 'utf8' }).trim();
        // A call that reached fetch: the wasm was found, compiled and built the request.
        assert.equal(out, 'NETWORK_ERROR', `${load}: ${out}`);
    }
});
