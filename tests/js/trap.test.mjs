// Trap containment: when the wasm core traps (a forced trap, and a real out-of-memory), the
// call that hit it rejects with INTERNAL_ERROR, the instance is replaced, and every client,
// created before or after, keeps working, including calls in flight.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { SECRET_KEY, useFakeNango } from './helpers.mjs';

// The package's surface over the web glue (what Deno, workerd and browsers load), whose
// initSync() hands back the live instance's exports: its memory can be exhausted from here.
// Node's own entry (the nodejs glue) is trapped in the runtime suite.
const glue = await import('../../pkg/nango_wasm.js');
glue.initSync({ module: readFileSync(new URL('../../pkg/nango_wasm_bg.wasm', import.meta.url)) });
const { Nango, isNangoError } = await import('../../pkg/api.mjs');
const exportsNow = () => glue.initSync();

const server = useFakeNango();
const client = () => new Nango({ secretKey: SECRET_KEY, host: server.fake.url });

async function works(nango, what) {
    const c = await nango.getConnection('github', 'user-42');
    assert.equal(c.connection_id, 'user-42', what);
}

describe('trap containment', () => {
    it('the core imports no JS function but wasm-bindgen\'s table set-up', () => {
        const module = new WebAssembly.Module(readFileSync(new URL('../../pkg/nango_wasm_bg.wasm', import.meta.url)));
        assert.deepEqual(
            WebAssembly.Module.imports(module).map((i) => i.name),
            ['__wbindgen_init_externref_table']
        );
    });

    it('a forced trap rejects that call only; old and new clients, and calls in flight, keep working', async () => {
        const before = client();
        await works(before, 'before the trap');
        const inFlight = Array.from({ length: 8 }, () => before.getToken('github', 'user-42'));
        const instance = exportsNow();
        assert.throws(
            () => Nango[Symbol.for('nango-wasm.trap')](),
            (err) => isNangoError(err) && err.code === 'INTERNAL_ERROR' && !`${err.stack}`.includes(SECRET_KEY)
        );
        assert.notEqual(exportsNow(), instance, 'the instance was replaced');
        for (const token of await Promise.all(inFlight)) assert.equal(token, 'gho_user42AccessToken0001');
        await works(before, 'a client created before the trap');
        await works(client(), 'a client created after the trap');
    });

    it('a real out-of-memory in the core rejects with INTERNAL_ERROR, then the next call runs on a fresh instance', async () => {
        const nango = client();
        const { memory } = exportsNow();
        // Take every page the engine allows, so the core's next allocation fails.
        for (let step = 1 << 14; step >= 1; step >>= 1) {
            for (;;) {
                try {
                    memory.grow(step);
                } catch {
                    break;
                }
            }
        }
        const id = 'x'.repeat(16000);
        const results = [];
        for (let i = 0; i < 64; i++) {
            results.push(await nango.getConnection('github', id).then(() => 'resolved', (err) => err.code));
            if (results.at(-1) === 'INTERNAL_ERROR') break;
        }
        assert.equal(results.at(-1), 'INTERNAL_ERROR', `a call hit the out-of-memory (${results.join(', ')})`);
        assert.ok(exportsNow().memory.buffer.byteLength < 64 << 20, 'the fresh instance has a small memory');
        await works(nango, 'the same client after the out-of-memory');
        await works(client(), 'a new client after the out-of-memory');
        assert.equal(nango.verifyIncomingWebhookRequest('{}', { 'x-nango-hmac-sha256': 'a'.repeat(64) }), false);
    });
});
