// A seeded, bounded fuzzer of nango-wasm's whole public JS API (node:test).
//
//   node --test tests/boundary/fuzz.test.mjs                     # random seed, 20,000 calls
//   FUZZ_SEED=123 node --test tests/boundary/fuzz.test.mjs        # replay a run
//   FUZZ_SEED=123 FUZZ_ONLY=4711 node --test tests/boundary/fuzz.test.mjs   # replay one call
//
// Env: FUZZ_SEED (uint32; random if unset), FUZZ_CALLS (20000), FUZZ_TIME_MS (wall bound, 180000),
// FUZZ_SETTLE_MS (bound for each promise, 10000), FUZZ_BATCH (calls between health checks, 200),
// FUZZ_HANG_MS (a worker silent this long is killed, 20000), FUZZ_BIG=0 (skip the 2 GiB
// Uint8Array), FUZZ_ONLY=i,j,... (only those call indices), FUZZ_METHODS=a,b (only those methods;
// changes the generated calls, keep it in replays), FUZZ_BATCH=1 runs the calls one at a time.
//
// The calls run in a child process (fuzz-worker.mjs). A module poisoned by a call is poisoned for
// the whole process: when a health check fails after a batch, the worker reports it and exits, and
// a fresh worker continues with the next batch, so one run still covers every call. A worker that
// blocks (a call that never returns) is killed after FUZZ_HANG_MS and a fresh one continues after
// that call. Everything is bounded: the number of calls, the wall time, each promise, each worker.
//
// The contract (see tests/boundary/README.md) is asserted at the end, one subtest per clause; each
// failure lists counts per method and examples with the seed and a replay command.

import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { Nango as OfficialNango } from '@nangohq/node';
import { Nango } from 'nango-wasm';

import { EXTRA, genCall, layout, publicMethodsOf } from './generate.mjs';
import { startBoundaryServer } from './server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORKER = path.join(HERE, 'fuzz-worker.mjs');
const env = process.env;

const SEED = env.FUZZ_SEED !== undefined && env.FUZZ_SEED !== '' ? Number(env.FUZZ_SEED) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
const CALLS = Number(env.FUZZ_CALLS || 20_000);
const TIME_MS = Number(env.FUZZ_TIME_MS || 180_000);
const HANG_MS = Number(env.FUZZ_HANG_MS || 20_000);
const SETTLE_MS = Number(env.FUZZ_SETTLE_MS || 10_000);
const ONLY = env.FUZZ_ONLY ? env.FUZZ_ONLY.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n >= 0 && n < CALLS) : null;
const MAX_WORKERS = Number(env.FUZZ_MAX_WORKERS || 400);
const REQUESTED = ONLY ? ONLY.length : CALLS;
const METHODS = publicMethodsOf(OfficialNango).concat(EXTRA).filter((m) => !env.FUZZ_METHODS || env.FUZZ_METHODS.split(',').includes(m));
const LAYOUT = layout(SEED, CALLS, METHODS);

// The exact replay command: the seed, plus every setting that changes what is generated.
const replayEnv = (extra = {}) => {
    const vars = { FUZZ_SEED: SEED };
    if (CALLS !== 20_000) vars.FUZZ_CALLS = CALLS;
    if (env.FUZZ_METHODS) vars.FUZZ_METHODS = env.FUZZ_METHODS;
    if (env.FUZZ_BIG === '0') vars.FUZZ_BIG = '0';
    Object.assign(vars, extra);
    return Object.entries(vars).map(([k, v]) => `${k}=${v}`).join(' ');
};
const REPLAY = `${replayEnv(ONLY ? { FUZZ_ONLY: ONLY.join(',') } : {})} node --test tests/boundary/fuzz.test.mjs`;
const replayOne = (i) => `${replayEnv({ FUZZ_ONLY: i })} node --test tests/boundary/fuzz.test.mjs`;

// ------------------------------------------------------------------ results

const CATEGORIES = {
    'sync-throw': 'a promise-returning method threw synchronously',
    'not-a-promise': 'a promise-returning method returned something else than a promise',
    'not-nango-error': 'a promise rejected with something else than a NangoError',
    unsettled: `a promise did not settle within ${SETTLE_MS} ms`,
    'late-settle': `a promise settled only after the ${SETTLE_MS} ms bound`,
    'runtime-error': 'a WebAssembly RuntimeError / wasm-bindgen fault',
    uncaught: 'an uncaught exception or unhandled rejection',
    'secret-leak': 'the secret key appears in an error',
    'sync-method-threw': 'verifyIncomingWebhookRequest / verifyWebhookSignature threw',
    'sync-not-boolean': 'verifyIncomingWebhookRequest / verifyWebhookSignature returned a non-boolean',
    deprecation: "verifyWebhookSignature's deprecation warning printed more than once",
    'user-agent': 'getUserAgent differs from the official SDK',
    'constructor-non-error': 'new Nango(...) threw a non-Error or returned a non-client',
    'is-nango-error': 'isNangoError threw or returned a non-boolean',
    'huge-memory': 'a 100 MiB argument grew the wasm memory without bound',
    poisoned: 'a health check failed after a batch (module poisoned for the process)',
    hang: 'a worker blocked (a call never returned) and was killed',
    crash: 'a worker process died',
    harness: 'the fuzzer itself failed'
};

const agg = {
    fails: Object.create(null),
    workerStats: [],
    rare: [],
    poisoned: [],
    workers: 0,
    lostCalls: 0,
    batches: 0,
    lastWasm: null,
    stderrTails: [],
    suspects: [],
    culprits: []
};

function record(cat, { index = -1, method = '-', kind, desc = '', detail = '' }) {
    const f = (agg.fails[cat] ??= { count: 0, byMethod: Object.create(null), byError: new Map(), examples: [], methodsWithExample: new Set() });
    f.count++;
    f.byMethod[method] = (f.byMethod[method] ?? 0) + 1;
    // The error's shape, without its location, to tally the distinct causes.
    const shape = shapeOf(detail);
    f.byError.set(shape, (f.byError.get(shape) ?? 0) + 1);
    if (f.examples.length < 8 && (!f.methodsWithExample.has(method) || f.examples.length < 3)) {
        f.methodsWithExample.add(method);
        f.examples.push({ index, method, kind, desc, detail });
    }
}

/** The worker's progress file: the index of the last call launched, and how many calls of its batch were launched. */
function readProgress(file) {
    try {
        const [idx, launched] = fs.readFileSync(file, 'utf8').trim().split(/\s+/).map(Number);
        return { idx: Number.isInteger(idx) ? idx : -1, launched: Number.isInteger(launched) ? launched : 0 };
    } catch {
        return { idx: -1, launched: 0 };
    }
}

/** The description of call `index`, regenerated here (for a call whose worker died with it). */
function describeCall(index) {
    if (index < 0) return { method: '-', kind: undefined, desc: '' };
    try {
        const call = genCall(SEED, index, METHODS, { host: (kind) => `<server>/k/${kind}`, big: false, describeOnly: true }, LAYOUT);
        return { method: call.method, kind: call.kind, desc: `${call.rare ? `[rare: ${call.rare}] ` : ''}${call.desc}` };
    } catch (e) {
        return { method: '?', kind: undefined, desc: `(could not regenerate: ${e?.message})` };
    }
}

/**
 * Run one worker from `from`; resolves with the index to continue at. With `pinpoint` (a list of
 * call indices) the worker runs them one at a time and resolves with the first that causes an
 * uncaught error or a failed health check ({ culprit }), or { culprit: null }.
 */
function runWorker(from, server, tmp, pinpoint = null) {
    const progressFile = path.join(tmp, `progress-${agg.workers}`);
    fs.writeFileSync(progressFile, `${String(-1).padStart(12)}\n`);
    agg.workers++;
    const childEnv = { ...process.env };
    delete childEnv.NODE_TEST_CONTEXT;
    delete childEnv.NODE_OPTIONS;
    Object.assign(childEnv, {
        FUZZ_SEED: String(SEED),
        FUZZ_CALLS: String(CALLS),
        FUZZ_START: String(from),
        FUZZ_END: String(CALLS),
        FUZZ_SERVER_URL: server.url,
        FUZZ_PROGRESS_FILE: progressFile,
        FUZZ_DEADLINE: String(deadline),
        FUZZ_SETTLE_MS: String(SETTLE_MS)
    });
    if (ONLY) childEnv.FUZZ_ONLY = ONLY.join(',');
    if (pinpoint) {
        childEnv.FUZZ_ONLY = pinpoint.join(',');
        childEnv.FUZZ_PINPOINT = '1';
        childEnv.FUZZ_DEADLINE = String(Date.now() + PINPOINT_MS);
    }

    return new Promise((resolve) => {
        const child = fork(WORKER, [], { env: childEnv, execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
        const me = { stats: {}, batchStart: from, lastMsgAt: Date.now(), limit: HANG_MS, done: null, killed: null, culprit: null, startedAt: Date.now() };
        if (!pinpoint) agg.workerStats.push(me);
        let stderr = '';
        child.stdout.on('data', () => {});
        child.stderr.on('data', (d) => {
            stderr = (stderr + d.toString()).slice(-20_000);
        });
        child.on('message', (msg) => {
            me.lastMsgAt = Date.now();
            // A solo call or a health check is bounded by the settle bound; a batch by FUZZ_HANG_MS.
            me.limit = msg.limit ? msg.limit + 3_000 : HANG_MS;
            switch (msg.t) {
                case 'fail':
                    record(msg.cat, msg);
                    if (msg.batch && msg.cat === 'uncaught') suspect(msg.batch, msg.cat, shapeOf(msg.detail));
                    break;
                case 'culprit':
                    me.culprit = msg;
                    break;
                case 'batch':
                    me.batchStart = msg.start;
                    break;
                case 'batch-end':
                    me.stats = msg.stats;
                    me.batchStart = msg.end;
                    agg.batches++;
                    agg.lastWasm = msg.wasm;
                    break;
                case 'rare':
                    if (!pinpoint) agg.rare.push(msg);
                    break;
                case 'poisoned':
                    agg.poisoned.push(msg);
                    suspect(msg.batch, 'poisoned');
                    record('poisoned', { index: msg.at, method: '-', desc: `health check after the batch ending at call ${msg.at}`, detail: `${msg.count} problem(s): ${msg.problems.join(' | ')}` });
                    break;
                case 'done':
                    me.done = msg;
                    break;
                default:
                    break;
            }
        });
        const watchdog = setInterval(() => {
            const silentFor = Date.now() - me.lastMsgAt;
            const overdue = pinpoint ? Date.now() - me.startedAt > PINPOINT_MS + 5_000 : Date.now() > deadline + 30_000;
            if (!me.killed && (silentFor > me.limit || overdue)) {
                me.killed = { why: silentFor > me.limit ? `silent for ${silentFor} ms (limit ${me.limit} ms)` : 'past the wall-time bound' };
                child.kill('SIGKILL');
            }
        }, 250);
        child.on('exit', (code, signal) => {
            clearInterval(watchdog);
            const tail = stderr
                .split('\n')
                .filter((l) => l.trim())
                .slice(-6)
                .map((l) => (l.length > 240 ? `${l.slice(0, 240)}…` : l))
                .join(' / ');
            if (pinpoint) {
                if (me.culprit?.index >= 0) return resolve({ culprit: me.culprit });
                if (!me.done) {
                    // The worker died or hung on a call: that call is the culprit.
                    const { idx } = readProgress(progressFile);
                    const call = describeCall(idx);
                    return resolve({ culprit: { index: idx, ...call, detail: me.killed ? `blocked: ${me.killed.why}` : `the worker died (code ${code}, signal ${signal}) ${tail}` } });
                }
                return resolve({ culprit: null });
            }
            if (me.done) return resolve(me.done.next);
            const { idx, launched } = readProgress(progressFile);
            agg.lostCalls += launched;
            const next = Math.max(idx + 1, from + 1);
            const call = describeCall(idx);
            const desc = `${call.desc} — the last call launched before the worker ${me.killed ? `was killed (${me.killed.why})` : `exited (code ${code}, signal ${signal})`}`;
            record(me.killed ? 'hang' : 'crash', { index: idx, method: call.method, kind: call.kind, desc, detail: tail || '(no stderr)' });
            if (!me.killed) suspect([me.batchStart, idx + 1], 'crash');
            if (tail) agg.stderrTails.push(tail);
            resolve(next);
        });
    });
}

let deadline = 0;

// Batches in which an uncaught error, a poisoning or a crash happened: re-run one call at a time.
const PINPOINTS = Number(env.FUZZ_PINPOINTS ?? 6);
const PINPOINT_MS = Number(env.FUZZ_PINPOINT_MS || 30_000);
function suspect(batch, why, shape = '') {
    if (!batch) return;
    // One pinpoint per distinct uncaught error (the same error in another batch is the same bug).
    if (shape && agg.suspects.some((x) => x.shapes.has(shape))) return;
    const key = `${batch[0]}-${batch[1]}`;
    const found = agg.suspects.find((x) => x.key === key);
    if (found) {
        found.why.add(why);
        if (shape) found.shapes.add(shape);
    } else {
        agg.suspects.push({ key, batch, why: new Set([why]), shapes: new Set(shape ? [shape] : []) });
    }
}
const shapeOf = (detail) => String(detail).replace(/ \(at .*$/s, '').replace(/#\d+/g, '#N').slice(0, 140);

test('fuzz: every public entry point survives any arguments', { timeout: TIME_MS + 120_000 }, async (t) => {
    const t0 = Date.now();
    deadline = t0 + TIME_MS;
    t.diagnostic(`seed ${SEED}; ${REQUESTED} calls (${Math.min(LAYOUT.directed, Math.ceil(CALLS / 3))} of ${LAYOUT.directed} directed calls: ${LAYOUT.templates.length} places × ${LAYOUT.directed / LAYOUT.templates.length} hostile values; the rest random); replay: ${REPLAY}`);

    const official = publicMethodsOf(OfficialNango);
    const server = await startBoundaryServer();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nango-fuzz-'));
    // A last-resort guard: if anything keeps this process alive past every bound, fail loudly.
    const guard = setTimeout(() => {
        console.error(`fuzz: still running ${TIME_MS + 150_000} ms after start; exiting. Replay: ${REPLAY}`);
        process.exit(1);
    }, TIME_MS + 150_000);
    guard.unref();

    try {
        let next = ONLY ? 0 : 0;
        let last = -1;
        while (next < CALLS && Date.now() < deadline && agg.workers < MAX_WORKERS) {
            if (ONLY && !ONLY.some((i) => i >= next)) break;
            next = await runWorker(next, server, tmp);
            if (next <= last) next = last + 1; // always make progress
            last = next;
        }
        // Pinpoint: which call of a suspect batch causes the uncaught error / poisoning / crash.
        for (const sus of agg.suspects.slice(0, PINPOINTS)) {
            if (Date.now() > deadline + 60_000) break;
            const [s0, s1] = sus.batch;
            const indices = [];
            for (let i = s0; i < s1; i++) if (!ONLY || ONLY.includes(i)) indices.push(i);
            const { culprit } = await runWorker(s0, server, tmp, indices);
            agg.culprits.push({ ...sus, culprit });
        }
    } finally {
        await server.close();
        fs.rmSync(tmp, { recursive: true, force: true });
        clearTimeout(guard);
    }
    const elapsed = Date.now() - t0;

    // ---------------------------------------------------------------- report
    const perMethod = Object.create(null);
    for (const w of agg.workerStats) {
        for (const [m, s] of Object.entries(w.stats)) {
            const into = (perMethod[m] ??= Object.create(null));
            for (const [k, v] of Object.entries(s)) into[k] = (into[k] ?? 0) + v;
        }
    }
    const callsMade = Object.values(perMethod).reduce((n, s) => n + (s.calls ?? 0), 0) + agg.lostCalls;
    const failCount = (m) => Object.values(agg.fails).reduce((n, f) => n + (f.byMethod[m] ?? 0), 0);

    t.diagnostic(`${callsMade} calls in ${(elapsed / 1000).toFixed(1)} s, ${agg.workerStats.length} fuzz worker process(es) + ${agg.culprits.length} pinpoint run(s), ${agg.batches} batches/health checks, ${agg.poisoned.length} poisoned, server: ${server.stats.requests} requests (${JSON.stringify(server.stats.byKind)}), health ${server.stats.health}`);
    if (agg.lostCalls) t.diagnostic(`${agg.lostCalls} calls were launched in workers that crashed or hung before reporting their counts`);
    t.diagnostic('method                          calls resolved rejected syncThrow unsettled returned threw failures');
    for (const m of [...official, ...EXTRA]) {
        const s = perMethod[m] ?? {};
        const cols = [s.calls, s.resolved, s.rejected, s.syncThrows, s.unsettled, s.returned, s.threw, failCount(m)].map((v) => String(v ?? 0).padStart(8));
        t.diagnostic(`${m.padEnd(30)}${cols.join(' ')}`);
    }
    for (const r of agg.rare) {
        t.diagnostic(`rare call #${r.index} ${r.rare} ${r.method}: ${r.outcome} in ${r.ms} ms; wasm memory ${r.before.memory} -> ${r.after.memory} bytes${r.again ? ` (-> ${r.again.memory} after the same call again)` : ''}, table ${r.before.table} -> ${r.after.table}`);
    }
    if (agg.lastWasm) t.diagnostic(`wasm at the last batch: memory ${agg.lastWasm.memory} bytes, externref table ${agg.lastWasm.table}`);
    const summary = Object.entries(agg.fails)
        .map(([cat, f]) => `${cat}: ${f.count}`)
        .join(', ');
    t.diagnostic(`failures: ${summary || 'none'}`);

    const explain = (cats) => {
        const lines = [];
        for (const cat of cats) {
            const f = agg.fails[cat];
            if (!f) continue;
            const by = Object.entries(f.byMethod)
                .sort((a, b) => b[1] - a[1])
                .map(([m, n]) => `${m} ${n}`)
                .join(', ');
            lines.push(`${f.count} × ${CATEGORIES[cat] ?? cat} [${cat}] — by method: ${by}`);
            const shapes = [...f.byError.entries()].sort((a, b) => b[1] - a[1]);
            lines.push(`  distinct errors (${shapes.length}): ${shapes.slice(0, 8).map(([k, n]) => `${n} × ${k}`).join(' | ')}`);
            for (const e of f.examples) {
                lines.push(`  #${e.index} ${e.method}${e.kind ? ` [server answers: ${e.kind}]` : ''} ${e.desc}`);
                lines.push(`      → ${e.detail}`);
                if (e.index >= 0 && !['poisoned'].includes(cat)) lines.push(`      replay this call: ${replayOne(e.index)}`);
            }
        }
        const related = agg.culprits.filter((c) => cats.some((cat) => c.why.has(cat)));
        if (lines.length && related.length) {
            lines.push('pinpointed (each suspect batch re-run one call at a time in a fresh process):');
            for (const c of related) {
                const [a, b] = c.batch;
                if (!c.culprit) {
                    lines.push(`  calls #${a}..#${b - 1} [${[...c.why].join(', ')}]: not reproduced one call at a time`);
                    continue;
                }
                const k = c.culprit;
                lines.push(`  calls #${a}..#${b - 1} [${[...c.why].join(', ')}] → #${k.index} ${k.method}${k.kind ? ` [server answers: ${k.kind}]` : ''} ${k.desc}`);
                lines.push(`      → ${k.detail}`);
                lines.push(`      replay this call: ${replayOne(k.index)}`);
            }
        }
        if (lines.length) lines.unshift(`seed ${SEED}; replay the run: ${REPLAY}`);
        return lines.join('\n');
    };
    const clause = (name, cats) =>
        t.test(name, () => {
            const msg = explain(cats);
            assert.ok(!msg, msg);
        });

    // ---------------------------------------------------------------- the contract
    await t.test(`coverage: our Nango has each of the official SDK's ${official.length} public methods, and each was fuzzed`, () => {
        const missing = official.filter((m) => typeof Nango.prototype[m] !== 'function');
        assert.deepEqual(missing, [], `methods missing from nango-wasm's Nango.prototype: ${missing.join(', ')}`);
        assert.ok(official.length >= 46, `the official prototype lists only ${official.length} public methods`);
        if (!ONLY && !env.FUZZ_METHODS && callsMade >= REQUESTED) {
            const never = [...official, ...EXTRA].filter((m) => !(perMethod[m]?.calls > 0));
            assert.deepEqual(never, [], `never called: ${never.join(', ')}`);
        }
    });
    await t.test(`made the ${REQUESTED} requested calls within the ${TIME_MS / 1000} s bound`, () => {
        assert.ok(callsMade >= REQUESTED, `made ${callsMade} of ${REQUESTED} calls in ${(elapsed / 1000).toFixed(1)} s (seed ${SEED}; replay: ${REPLAY})`);
    });
    await clause('promise-returning methods never throw synchronously and always return a promise', ['sync-throw', 'not-a-promise']);
    await clause('every rejection is a NangoError (isNangoError(e) && e.name === "NangoError")', ['not-nango-error']);
    await clause(`every promise settles within ${SETTLE_MS} ms (the server always answers)`, ['unsettled', 'late-settle']);
    await clause('no WebAssembly RuntimeError or wasm-bindgen fault, anywhere', ['runtime-error']);
    await clause('no uncaught exception or unhandled rejection', ['uncaught']);
    await clause('after every batch the same clients and a brand-new client still work; no worker hangs or dies', ['poisoned', 'hang', 'crash']);
    await clause('the secret key never appears in an error (message, stack, String, inspect, JSON, causes)', ['secret-leak']);
    await clause('verifyIncomingWebhookRequest / verifyWebhookSignature return a boolean for anything and never throw', ['sync-method-threw', 'sync-not-boolean', 'deprecation']);
    await clause('getUserAgent throws exactly when the official does, and otherwise ends with the same suffix', ['user-agent']);
    await clause('new Nango(config, options) returns a client or throws an Error', ['constructor-non-error']);
    await clause('isNangoError returns a boolean for anything', ['is-nango-error']);
    await t.test('huge arguments (100 MiB strings) are handled within the bound without unbounded wasm memory growth', () => {
        const msg = explain(['huge-memory']);
        const slow = agg.rare.filter((r) => r.outcome !== 'settled').map((r) => `#${r.index} ${r.rare} ${r.method} did not settle within ${SETTLE_MS} ms (replay: ${replayOne(r.index)})`);
        assert.ok(!msg && slow.length === 0, [msg, ...slow].filter(Boolean).join('\n'));
        if (!ONLY && CALLS >= 100 && callsMade >= REQUESTED) {
            const planned = [...LAYOUT.plan.values()].filter((k) => k.startsWith('string100MB')).length;
            const done = agg.rare.filter((r) => r.rare.startsWith('string100MB')).length;
            assert.ok(done >= Math.min(planned, 2), `only ${done} of the ${planned} planned 100 MiB calls completed`);
        }
    });
    await t.test('no CR/LF from an argument ever became a request header (X-Injected)', () => {
        assert.equal(server.stats.injectedHeader, 0, `requests with an injected header: ${server.stats.injectedSamples.join(' | ')} (seed ${SEED}; replay: ${REPLAY})`);
    });
    await clause('the fuzzer harness itself ran cleanly', ['harness']);
});
