// Leak check (node:test): for each path kind, LEAK_CALLS calls (default 20,000) after a warm-up
// of LEAK_WARMUP (default 2,000), 64 in flight, and the wasm memory, the externref table and the
// JS heap must be flat afterwards.
//
//   node --expose-gc --test tests/boundary/leak.test.mjs
//   node --test tests/boundary/leak.test.mjs          # re-spawns itself with --expose-gc
//
// Env: LEAK_CALLS (20000), LEAK_WARMUP (2000), LEAK_CONCURRENCY (64), LEAK_KINDS=a,b (only those),
// LEAK_CALL_MS (bound for each call's promise, 10000), LEAK_KIND_MS (bound for a kind, 60000).
//
// Tolerances (after gc() twice and a few event-loop turns, before vs after the measured calls):
// wasm memory +1 MiB (one allocator growth step), externref table +16 slots, heapUsed +2 MiB.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { setImmediate as tick, setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const CALLS = Number(process.env.LEAK_CALLS || 20_000);
const WARMUP = Number(process.env.LEAK_WARMUP || 2_000);
const CONCURRENCY = Number(process.env.LEAK_CONCURRENCY || 64);
const CALL_MS = Number(process.env.LEAK_CALL_MS || 10_000);
const KIND_MS = Number(process.env.LEAK_KIND_MS || 60_000);
const MEMORY_TOLERANCE = 1024 * 1024;
const TABLE_TOLERANCE = 16;
const HEAP_TOLERANCE = 2 * 1024 * 1024;
const SECRET = 'sk-FUZZ-5ecret-0123456789abcdef';
const RUNTIME_RE = /RuntimeError|table index is out of bounds|memory access out of bounds|: unreachable$|null pointer passed to rust|recursive use of an object detected/;

if (typeof globalThis.gc !== 'function') {
    // Without --expose-gc the numbers mean nothing: run this file again in a child with the flag.
    test('leak check (re-spawned with --expose-gc: global.gc was missing)', { timeout: KIND_MS * 10 }, async (t) => {
        const env = { ...process.env };
        delete env.NODE_TEST_CONTEXT;
        delete env.NODE_OPTIONS;
        const child = spawn(process.execPath, ['--expose-gc', '--test-reporter=spec', fileURLToPath(import.meta.url)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? s)));
        if (code === 0) for (const line of out.split('\n')) if (line.trim()) t.diagnostic(line);
        assert.equal(code, 0, `the leak check failed in the re-spawned process (exit ${code}):\n${out}`);
    });
} else {
    await leakTests();
}

async function leakTests() {
    const { Nango } = await import('./internals.mjs');
    const { wasmStats } = await import('./internals.mjs');
    // The server runs in its own process: its work does not compete with the calls for this
    // process's event loop, and its allocations do not show up in this process's heap figures.
    const { startBoundaryServerProcess, closedPort } = await import('./server.mjs');

    let server;
    let refusedHost;
    before(async () => {
        server = await startBoundaryServerProcess();
        refusedHost = `http://127.0.0.1:${await closedPort()}`;
    });
    after(async () => {
        await server?.close();
    });

    const client = (kind) => new Nango({ secretKey: SECRET, host: kind === 'refused' ? refusedHost : server.host(kind) });
    const throwingToString = () => ({
        toString() {
            throw new Error('x');
        }
    });
    const throwingHeaders = () => ({
        endpoint: '/x',
        providerConfigKey: 'github',
        connectionId: 'c1',
        headers: {
            get 'X-Bad'() {
                throw new Error('hostile getter');
            }
        }
    });

    // [name, what it exercises, () => per-call function (made once per kind), sends requests?]
    const KINDS = [
        ['success', 'getConnection answered 200 JSON', () => { const n = client('ok'); return () => n.getConnection('github', 'c1'); }, true],
        ['http-error', 'getConnection answered 404 JSON', () => { const n = client('notFound'); return () => n.getConnection('github', 'c1'); }, true],
        ['network-error', 'getConnection to a closed 127.0.0.1 port (connection refused)', () => { const n = client('refused'); return () => n.getConnection('github', 'c1'); }, false],
        ['non-json-api', 'getConnection answered 200 text/html', () => { const n = client('html'); return () => n.getConnection('github', 'c1'); }, true],
        ['non-json-proxy', "get({ endpoint: '/x' }) answered 200 text/plain", () => { const n = client('text'); return () => n.get({ endpoint: '/x', providerConfigKey: 'github', connectionId: 'c1' }); }, true],
        ['validation-error', 'getConnection() with no arguments (rejects without sending)', () => { const n = client('ok'); return () => n.getConnection(); }, false],
        [
            'hostile-argument',
            'getConnection with a connectionId whose toString throws, and a proxy config whose headers have a throwing getter',
            () => { const n = client('ok'); return (i) => (i % 2 === 0 ? n.getConnection('github', throwingToString()) : n.get(throwingHeaders())); },
            false
        ]
    ];
    const only = process.env.LEAK_KINDS ? process.env.LEAK_KINDS.split(',') : null;

    async function settle() {
        for (let i = 0; i < 3; i++) {
            globalThis.gc();
            for (let k = 0; k < 5; k++) await tick();
            await sleep(20);
        }
        globalThis.gc();
        globalThis.gc();
    }

    async function measure() {
        await settle();
        const { memory, table } = wasmStats();
        return { memory, table, heap: process.memoryUsage().heapUsed };
    }

    /** Tally the distinct errors (name: message) of a kind. */
    function note(counts, how, e) {
        let key;
        try {
            key = `${how}: ${e?.name}: ${String(e?.message).slice(0, 100)}`;
        } catch {
            key = `${how}: (unreadable)`;
        }
        counts.errors.set(key, (counts.errors.get(key) ?? 0) + 1);
    }

    /** `n` calls of `call(i)`, `CONCURRENCY` in flight, each bounded by CALL_MS, all by KIND_MS. */
    async function drive(n, call, counts, until) {
        let next = 0;
        const one = async () => {
            while (next < n) {
                if (Date.now() > until) return;
                const i = next++;
                counts.calls++;
                let p;
                try {
                    p = call(i);
                } catch (e) {
                    counts.syncThrows++;
                    note(counts, 'sync throw', e);
                    continue;
                }
                let timer;
                const r = await Promise.race([
                    Promise.resolve(p).then(
                        () => 'resolved',
                        (e) => {
                            note(counts, 'rejected', e);
                            return 'rejected';
                        }
                    ),
                    new Promise((resolve) => (timer = setTimeout(resolve, CALL_MS, 'unsettled')))
                ]);
                clearTimeout(timer);
                counts[r]++;
            }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, one));
    }

    for (const [name, what, make, sends] of KINDS) {
        test(`${name}: ${what} — wasm memory, externref table and heap stay flat over ${CALLS} calls`, { skip: only && !only.includes(name) ? 'not in LEAK_KINDS' : false, timeout: KIND_MS * 2 + 30_000 }, async (t) => {
            const call = make();
            const until = Date.now() + KIND_MS;
            const warm = { calls: 0, resolved: 0, rejected: 0, syncThrows: 0, unsettled: 0, errors: new Map() };
            await drive(WARMUP, call, warm, until);
            const requestsBefore = (await server.stats()).requests;
            const before = await measure();
            const counts = { calls: 0, resolved: 0, rejected: 0, syncThrows: 0, unsettled: 0, errors: new Map() };
            const t0 = Date.now();
            await drive(CALLS, call, counts, until);
            const ms = Date.now() - t0;
            const afterM = await measure();
            const sent = (await server.stats()).requests - requestsBefore;

            t.diagnostic(`${name}: ${counts.calls} calls in ${(ms / 1000).toFixed(1)} s (resolved ${counts.resolved}, rejected ${counts.rejected}, sync throws ${counts.syncThrows}, unsettled ${counts.unsettled}; warm-up ${warm.calls}); requests to the server ${sent}`);
            const errs = [...counts.errors.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
            if (errs.length) t.diagnostic(`${name}: errors: ${errs.map(([k, v]) => `${v} × ${k}`).join(' | ')}`);
            t.diagnostic(`${name}: wasm memory ${before.memory} -> ${afterM.memory} bytes (${afterM.memory - before.memory >= 0 ? '+' : ''}${afterM.memory - before.memory})`);
            t.diagnostic(`${name}: externref table ${before.table} -> ${afterM.table} (${afterM.table - before.table >= 0 ? '+' : ''}${afterM.table - before.table})`);
            t.diagnostic(`${name}: heapUsed ${before.heap} -> ${afterM.heap} bytes (${afterM.heap - before.heap >= 0 ? '+' : ''}${afterM.heap - before.heap})`);

            const problems = [];
            if (counts.calls < CALLS) problems.push(`made only ${counts.calls} of ${CALLS} calls within the ${KIND_MS / 1000} s bound`);
            if (counts.unsettled > 0) problems.push(`${counts.unsettled} calls did not settle within ${CALL_MS} ms`);
            const faults = [...counts.errors.entries()].filter(([k]) => RUNTIME_RE.test(k));
            if (faults.length) problems.push(`WebAssembly RuntimeError / wasm faults (never allowed): ${faults.map(([k, v]) => `${v} × ${k}`).join(' | ')}`);
            if (!sends && sent > 0) problems.push(`${sent} requests were sent by calls that must reject before sending`);
            if (afterM.memory - before.memory > MEMORY_TOLERANCE) {
                problems.push(`wasm memory grew by ${afterM.memory - before.memory} bytes (${before.memory} -> ${afterM.memory}); tolerance ${MEMORY_TOLERANCE} bytes (one allocator growth step)`);
            }
            if (afterM.table - before.table > TABLE_TOLERANCE) {
                problems.push(`externref table grew by ${afterM.table - before.table} slots (${before.table} -> ${afterM.table}); tolerance ${TABLE_TOLERANCE} slots — ${((afterM.table - before.table) / CALLS).toFixed(2)} per call`);
            }
            if (afterM.heap - before.heap > HEAP_TOLERANCE) {
                problems.push(`heapUsed grew by ${afterM.heap - before.heap} bytes (${before.heap} -> ${afterM.heap}); tolerance ${HEAP_TOLERANCE} bytes`);
            }
            assert.deepEqual(problems, [], `${name} (${what}), ${counts.calls} calls:\n  ${problems.join('\n  ')}`);
        });
    }

    test('afterwards, a brand-new client still works (the module is not poisoned for the process)', async () => {
        let timer;
        const r = await Promise.race([
            Promise.resolve()
                .then(() => new Nango({ secretKey: SECRET, host: server.host('ok') }).getConnection('github', 'health'))
                .then(() => 'resolved', (e) => `rejected: ${e?.name}: ${e?.message}`),
            new Promise((resolve) => (timer = setTimeout(resolve, CALL_MS, `did not settle within ${CALL_MS} ms`)))
        ]);
        clearTimeout(timer);
        assert.equal(r, 'resolved', `new Nango(...).getConnection('github', 'health') after the leak runs: ${r}`);
    });
}
