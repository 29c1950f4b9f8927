// Contract tests: every method and call form of nango-wasm sends its request through Stoplight
// Prism in proxy mode (`prism proxy SPEC <fake server> --errors`), which validates it against
// Nango's OpenAPI spec (known defects patched in tests/contract/spec.mjs). A request Prism
// rejects fails the test. Prism also checks the fake server's responses; those findings are
// about the fake data, not the client, and are only reported as diagnostics.
// The spec is not in this repository: the file NANGO_OPENAPI_SPEC names, else
// ../shared/nango-openapi.yaml beside the repository. Without either, every test is skipped
// with a message that says where to get the spec.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

import { CALLS } from '../contract/calls.mjs';
import { findSpec, writePatchedSpec } from '../contract/spec.mjs';
import { startFakeNango } from '../fake-nango/server.mjs';
import { SECRET_KEY } from './helpers.mjs';
import { Ours } from './sdk.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** `{ path }` of the spec, or `{ skip: why }` when there is none. */
const found = findSpec();
let fake;
let prism;
let prismUrl;
let prismLog = '';

async function freePort() {
    const server = createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(resolve));
    return port;
}

before(async () => {
    if (found.skip) return;
    fake = await startFakeNango({ secretKey: SECRET_KEY });
    const spec = writePatchedSpec(found.path, `${root}.tmp/nango-openapi.patched.json`);
    const port = await freePort();
    prism = spawn(`${root}node_modules/.bin/prism`, ['proxy', spec, fake.url, '--errors', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    prism.stdout.on('data', (d) => (prismLog += d));
    prism.stderr.on('data', (d) => (prismLog += d));
    prismUrl = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
        if (prism.exitCode !== null) throw new Error(`prism exited early:\n${prismLog}`);
        try {
            await fetch(`${prismUrl}/__ready`);
            break;
        } catch {
            if (Date.now() > deadline) throw new Error(`prism did not start within 60 s:\n${prismLog}`);
            await new Promise((resolve) => setTimeout(resolve, 200));
        }
    }
});

after(async () => {
    prism?.kill();
    await fake?.close();
});

const PRISM_ERROR = 'https://stoplight.io/prism/errors#';

/** Prism's verdict from a rejection: null when the error did not come from Prism. */
function prismVerdict(err) {
    const data = err?.response?.data;
    if (!data || typeof data.type !== 'string' || !data.type.startsWith(PRISM_ERROR)) return null;
    const findings = (data.validation ?? []).map((v) => `${(v.location ?? []).join('.') || '(request)'}: ${v.message}`);
    const responseOnly = data.type === `${PRISM_ERROR}VIOLATIONS` && (data.validation ?? []).every((v) => v.location?.[0] === 'response');
    return { responseOnly, summary: `${data.title} (${data.type.slice(PRISM_ERROR.length)}): ${findings.join('; ') || data.detail}` };
}

describe('requests validated by Prism against nango-openapi.yaml', () => {
    for (const [label, , call] of CALLS) {
        it(label, { skip: found.skip ?? false }, async (t) => {
            fake.reset();
            const nango = new Ours({ secretKey: SECRET_KEY, host: prismUrl });
            try {
                await call(nango);
            } catch (err) {
                const verdict = prismVerdict(err);
                if (verdict?.responseOnly) {
                    t.diagnostic(`request accepted; the fake server's response deviates from the spec: ${verdict.summary}`);
                } else {
                    assert.fail(verdict ? `Prism rejected the request: ${verdict.summary}` : `the call failed: ${err?.stack ?? err}`);
                }
            }
            assert.ok(fake.requests.length > 0, 'the request reached the fake server through Prism');
        });
    }
});
