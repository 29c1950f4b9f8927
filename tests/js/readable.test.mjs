// Readable failures: an uncaught NangoError prints its message and a stack with the caller's
// frames, not kilobytes of minified glue, in Node, Deno and Bun (the JS is minified with lines
// of at most about 100 characters, and the runtimes print the line where the error was made).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { closedPort } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nango-wasm-uncaught-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const script = (entry, port) => `import { Nango } from ${JSON.stringify(entry)};
const nango = new Nango({ secretKey: 'sk-uncaught-0123456789', host: 'http://127.0.0.1:${port}' });
async function loadUser() {
    return await nango.getConnection('github', 'user-42');
}
await loadUser();
`;

const runtimes = [
    ['node', process.execPath, [], 'pkg/index.mjs'],
    ['deno', join(root, 'node_modules/.bin/deno'), ['run', '--allow-net'], 'pkg/index.deno.mjs'],
    ['bun', join(root, 'node_modules/.bin/bun'), ['run'], 'pkg/index.mjs']
];

describe('an uncaught NangoError prints a short, readable report', () => {
    for (const [name, bin, args, entry] of runtimes) {
        it(name, async () => {
            const file = join(dir, `uncaught-${name}.mjs`);
            writeFileSync(file, script(join(root, entry), await closedPort()));
            const run = spawnSync(bin, [...args, file], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } });
            const printed = `${run.stdout}${run.stderr}`;
            assert.notEqual(run.status, 0, `${name} exits with an error`);
            assert.match(printed, /NangoError|Network Error/, printed);
            assert.match(printed, /loadUser/, `the caller's frame is in the stack:\n${printed}`);
            assert.ok(!printed.includes('sk-uncaught-0123456789'), 'the key is not printed');
            const longest = Math.max(...printed.split('\n').map((l) => l.length));
            assert.ok(longest <= 300, `${name}: the longest printed line has ${longest} characters`);
            assert.ok(printed.length <= 6000, `${name}: ${printed.length} characters printed`);
        });
    }
});
