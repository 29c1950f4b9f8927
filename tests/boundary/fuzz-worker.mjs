// The fuzzer's worker: runs calls [FUZZ_START, FUZZ_END) of run FUZZ_SEED against the loopback
// server at FUZZ_SERVER_URL and reports every contract violation to the parent over IPC.
// Started by fuzz.test.mjs (never run directly): a module poisoned by one call is poisoned for the
// whole process, so the parent starts a fresh worker after the batch that poisoned it, and kills a
// worker that stops answering (a call that blocks the event loop).
//
// Messages to the parent: { t: 'batch' | 'batch-end' | 'fail' | 'rare' | 'poisoned' | 'done', ... }.
// Before launching each call the worker writes its index to FUZZ_PROGRESS_FILE (synchronously), so
// the parent knows which call was running when a worker hangs or dies.

import crypto from 'node:crypto';
import fs from 'node:fs';
import util from 'node:util';

import { Nango as OfficialNango, getUserAgent as officialGetUserAgent } from '@nangohq/node';
import { getUserAgent, isNangoError, Nango } from './internals.mjs';

import { CLIENT_VARIANTS, EXTRA, genCall, KIND_WEIGHTS, layout, publicMethodsOf, SECRET, SYNC_METHODS } from './generate.mjs';
import { wasmStats } from './internals.mjs';

const env = process.env;
const seed = Number(env.FUZZ_SEED) >>> 0;
const totalCalls = Number(env.FUZZ_CALLS);
const start = Number(env.FUZZ_START);
const end = Number(env.FUZZ_END);
const only = env.FUZZ_ONLY ? new Set(env.FUZZ_ONLY.split(',').map(Number)) : null;
const BATCH = Number(env.FUZZ_BATCH || 200);
const SETTLE_MS = Number(env.FUZZ_SETTLE_MS || 10_000);
const BATCH_WAIT_MS = Math.min(2_000, SETTLE_MS);
const deadline = Number(env.FUZZ_DEADLINE || Date.now() + 180_000);
const serverUrl = env.FUZZ_SERVER_URL;
const ctx = { host: (kind) => `${serverUrl}/k/${kind}`, big: env.FUZZ_BIG !== '0' };
const SECRET_TAIL = SECRET.slice(8);

// ------------------------------------------------------------------ reporting

const send = (msg) => {
    if (env.FUZZ_PINPOINT === '1' && msg.t === 'fail') return;
    try {
        process.send(msg);
    } catch {
        // parent gone: nothing to report to
    }
};
const cut = (s, n = 300) => (s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s);
const safe = (fn, fallback) => {
    try {
        return fn();
    } catch {
        return fallback;
    }
};
const isObj = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

/** "Name: message" of anything thrown, without ever throwing. */
export function describeError(e) {
    if (!isObj(e)) return safe(() => `thrown ${typeof e}: ${cut(String(e), 120)}`, `thrown ${typeof e}`);
    const name = safe(() => String(e.name), null);
    const message = safe(() => String(e.message), null);
    if (name === null && message === null) return 'thrown object whose properties cannot be read (a revoked Proxy?)';
    const code = safe(() => (e.code !== undefined ? ` [code ${String(e.code)}]` : ''), '');
    const frame = safe(() => String(e.stack).split('\n').find((l) => /^\s+at /.test(l))?.trim() ?? '', '');
    return cut(`${name ?? '<unreadable name>'}: ${cut(message ?? '<unreadable message>', 200)}${code}${frame ? ` (${cut(frame, 120)})` : ''}`, 400);
}

const RUNTIME_RE =
    /table index is out of bounds|memory access out of bounds|^unreachable$|unreachable executed|null pointer passed to rust|recursive use of an object detected|attempted to take ownership of Rust value while it was borrowed|closure invoked (recursively|after being dropped)|RuntimeError/i;

/** Is `e` (or a cause of it) a WebAssembly RuntimeError or a wasm-bindgen fault? */
function runtimeLike(e, depth = 0) {
    if (!isObj(e) || depth > 5) return false;
    if (safe(() => e instanceof WebAssembly.RuntimeError, false)) return true;
    if (safe(() => e.name === 'RuntimeError', false)) return true;
    if (safe(() => RUNTIME_RE.test(String(e.message)), false)) return true;
    return runtimeLike(safe(() => e.cause, undefined), depth + 1);
}

/** Does the secret key appear anywhere in `e` (message, stack, String, inspect, JSON), or its causes? */
function leaksSecret(e, depth = 0) {
    const texts = [
        safe(() => String(e?.message), ''),
        safe(() => String(e?.stack), ''),
        safe(() => String(e), ''),
        safe(() => util.inspect(e, { depth: 5, showHidden: true }), ''),
        safe(() => JSON.stringify(e) ?? '', '')
    ];
    if (texts.some((s) => s.includes(SECRET) || s.includes(SECRET_TAIL))) return true;
    if (!isObj(e) || depth >= 5) return false;
    const cause = safe(() => e.cause, undefined);
    return cause !== undefined && cause !== e && leaksSecret(cause, depth + 1);
}

const stats = Object.create(null); // cumulative per method: calls, resolved, rejected, syncThrows, returned, threw, unsettled
const bump = (method, what) => {
    if (muted) return;
    const s = (stats[method] ??= {});
    s[what] = (s[what] ?? 0) + 1;
};

let muted = false; // while re-running a call only to measure it
function fail(cat, call, detail, extra = {}) {
    if (muted) return;
    send({ t: 'fail', cat, index: call?.index ?? -1, method: call?.method ?? '-', kind: call?.kind, desc: call ? cut(call.desc, 700) : '', detail: cut(String(detail), 600), ...extra });
}

/** The checks every thrown or rejected value gets. */
function checkThrown(call, e, where) {
    if (runtimeLike(e)) fail('runtime-error', call, `${where}: ${describeError(e)}`);
    if (leaksSecret(e)) fail('secret-leak', call, `${where}: ${describeError(e)}`);
}

// ------------------------------------------------------------------ uncaught errors and warnings

// Calls run concurrently, and wasm-bindgen runs every future from one shared queue, so an
// uncaught exception cannot be attributed to a call by async context: it is reported with the
// batch it happened in, and the parent re-runs that batch one call at a time (FUZZ_PINPOINT=1)
// to find the call that causes it.
const PINPOINT = env.FUZZ_PINPOINT === '1';
let lastLaunched = null;
let currentBatch = [start, start];
let uncaughtSeen = 0;
let lastUncaught = '';

let wakeOnUncaught = () => {};
function onUncaught(what, e) {
    uncaughtSeen++;
    wakeOnUncaught();
    lastUncaught = `${what}: ${describeError(e)}`;
    const call = PINPOINT ? lastLaunched : { index: -1, method: '-', kind: undefined, desc: `during calls #${currentBatch[0]}..#${currentBatch[1] - 1}` };
    fail('uncaught', call, lastUncaught, { batch: currentBatch });
    if (runtimeLike(e)) fail('runtime-error', call, lastUncaught, { batch: currentBatch });
}
process.on('uncaughtException', (e) => onUncaught('uncaughtException', e));
process.on('unhandledRejection', (e) => onUncaught('unhandledRejection', e));

let deprecationWarnings = 0;
const countWarning = (text) => {
    if (/verifyWebhookSignature/.test(text)) deprecationWarnings++;
};
console.warn = (...a) => countWarning(a.map((x) => safe(() => String(x), '')).join(' '));
process.removeAllListeners('warning');
process.on('warning', (w) => countWarning(`${w?.name} ${w?.message}`));

// ------------------------------------------------------------------ clients

const clientConfig = (kind, variant) =>
    [
        [{ secretKey: SECRET, host: ctx.host(kind) }],
        [{ apiKey: SECRET, webhookSigningKey: 'whsec-fuzz', host: ctx.host(kind) }, { userAgent: 'fuzz/1.0' }],
        [{ secretKey: SECRET, host: ctx.host(kind), connectionId: 'c1', providerConfigKey: 'github', isSync: true, isScript: true, dryRun: true, activityLogId: 'log-1' }]
    ][variant];

const clients = {};
for (const [kind] of KIND_WEIGHTS) {
    clients[kind] = [];
    for (let v = 0; v < CLIENT_VARIANTS; v++) clients[kind].push(new Nango(...clientConfig(kind, v)));
}

const methods = publicMethodsOf(OfficialNango).concat(EXTRA).filter((m) => !env.FUZZ_METHODS || env.FUZZ_METHODS.split(',').includes(m));
const lay = layout(seed, totalCalls, methods);

// ------------------------------------------------------------------ one call

const progressFd = env.FUZZ_PROGRESS_FILE ? fs.openSync(env.FUZZ_PROGRESS_FILE, 'r+') : null;
let launchedInBatch = 0;
const writeProgress = (i) => {
    launchedInBatch++;
    if (progressFd !== null) fs.writeSync(progressFd, `${String(i).padStart(12)} ${String(launchedInBatch).padStart(8)}\n`, 0);
};

const pending = new Map(); // index → { call, deadline, settled }

/** Launch one call; returns a promise that settles when the call has (or immediately). */
function launch(call) {
    writeProgress(call.index);
    lastLaunched = call;
    const m = call.method;
    bump(m, 'calls');
    if (m === 'constructor') return checkConstructor(call);
    if (m === 'getUserAgent') return checkUserAgent(call);
    if (m === 'isNangoError') return checkIsNangoError(call);
    const client = clients[call.kind][call.variant];
    if (SYNC_METHODS.has(m)) return checkSyncMethod(call, client);
    return checkAsyncMethod(call, client);
}

function checkAsyncMethod(call, client) {
    const m = call.method;
    let ret;
    try {
        ret = Reflect.apply(client[m], client, call.args);
    } catch (e) {
        bump(m, 'syncThrows');
        fail('sync-throw', call, describeError(e));
        checkThrown(call, e, 'sync throw');
        return;
    }
    if (!(ret instanceof Promise)) {
        fail('not-a-promise', call, `returned ${safe(() => Object.prototype.toString.call(ret), typeof ret)}`);
        return;
    }
    const rec = { call, deadline: Date.now() + SETTLE_MS, settled: false, expired: false };
    pending.set(call.index, rec);
    return ret.then(
        () => {
            rec.settled = true;
            pending.delete(call.index);
            bump(m, 'resolved');
            if (rec.expired) fail('late-settle', call, `resolved after the ${SETTLE_MS} ms bound`);
        },
        (e) => {
            rec.settled = true;
            pending.delete(call.index);
            bump(m, 'rejected');
            if (rec.expired) fail('late-settle', call, `rejected after the ${SETTLE_MS} ms bound`);
            const nango = safe(() => isNangoError(e) === true, false) && safe(() => e.name === 'NangoError', false);
            if (!nango) fail('not-nango-error', call, describeError(e));
            checkThrown(call, e, 'rejection');
        }
    );
}

function checkSyncMethod(call, client) {
    try {
        const v = Reflect.apply(client[call.method], client, call.args);
        if (typeof v !== 'boolean') fail('sync-not-boolean', call, `returned ${typeof v}`);
        else bump(call.method, 'returned');
    } catch (e) {
        bump(call.method, 'threw');
        fail('sync-method-threw', call, describeError(e));
        checkThrown(call, e, 'sync method threw');
    }
}

function checkConstructor(call) {
    let client;
    try {
        client = new Nango(...call.args);
    } catch (e) {
        bump('constructor', 'threw');
        checkThrown(call, e, 'constructor threw');
        if (!safe(() => e instanceof Error, false)) fail('constructor-non-error', call, describeError(e));
        return;
    }
    bump('constructor', 'returned');
    if (!(client instanceof Nango)) fail('constructor-non-error', call, 'returned something that is not a Nango');
    try {
        // The new client must be usable (synchronously: it may point anywhere, so no request).
        const v = client.verifyIncomingWebhookRequest('{}', { 'X-Nango-Hmac-Sha256': '00' });
        if (typeof v !== 'boolean') fail('sync-not-boolean', call, `constructed client's verifyIncomingWebhookRequest returned ${typeof v}`);
    } catch (e) {
        fail('sync-method-threw', call, `constructed client's verifyIncomingWebhookRequest: ${describeError(e)}`);
        checkThrown(call, e, 'constructed client');
    }
}

function checkUserAgent(call) {
    // The official SDK gets its own copy of the same arguments (stateful getters read twice would differ).
    const twin = genCall(seed, call.index, methods, ctx, lay);
    let official, officialThrew = false, ours, oursThrew = false, oursErr;
    try {
        official = officialGetUserAgent(...twin.args);
    } catch {
        officialThrew = true;
    }
    try {
        ours = getUserAgent(...call.args);
    } catch (e) {
        oursThrew = true;
        oursErr = e;
        checkThrown(call, e, 'getUserAgent threw');
    }
    bump('getUserAgent', oursThrew ? 'threw' : 'returned');
    if (officialThrew !== oursThrew) {
        fail('user-agent', call, `official ${officialThrew ? 'threw' : 'returned'}, ours ${oursThrew ? `threw ${describeError(oursErr)}` : `returned ${cut(JSON.stringify(String(ours)), 120)}`}`);
    } else if (!officialThrew) {
        if (typeof ours !== 'string') return fail('user-agent', call, `returned ${typeof ours}`);
        const suffix = (s) => s.slice(s.indexOf(')') + 1);
        if (suffix(ours) !== suffix(official)) {
            fail('user-agent', call, `suffix differs: official ${cut(JSON.stringify(suffix(official)), 120)}, ours ${cut(JSON.stringify(suffix(ours)), 120)}`);
        }
    }
}

function checkIsNangoError(call) {
    try {
        const v = isNangoError(...call.args);
        if (typeof v !== 'boolean') fail('is-nango-error', call, `returned ${typeof v}`);
        bump('isNangoError', 'returned');
    } catch (e) {
        bump('isNangoError', 'threw');
        fail('is-nango-error', call, `threw ${describeError(e)}`);
        checkThrown(call, e, 'isNangoError threw');
    }
}

// ------------------------------------------------------------------ health

// Not unref'd: a poisoned module can leave nothing else alive, and the worker must still get to
// its health check and report (it always ends with process.exit).
const timeout = (ms) => new Promise((resolve) => setTimeout(resolve, ms, 'timeout'));

async function settleWithin(promiseFn, ms) {
    let p;
    try {
        p = promiseFn();
    } catch (e) {
        return { ok: false, detail: `threw synchronously: ${describeError(e)}` };
    }
    const r = await Promise.race([Promise.resolve(p).then(() => 'ok', (e) => ({ e })), timeout(ms)]);
    if (r === 'ok') return { ok: true };
    if (r === 'timeout') return { ok: false, detail: `did not settle within ${ms} ms` };
    return { ok: false, detail: `rejected: ${describeError(r.e)}` };
}

const WEBHOOK_BODY = '{"type":"auth","connectionId":"c1"}';
const WEBHOOK_SIG = crypto.createHmac('sha256', SECRET).update(WEBHOOK_BODY).digest('hex');

async function healthCheck(only) {
    const problems = [];
    const checks = [];
    for (const [kind, list] of Object.entries(clients)) {
        list.forEach((c, v) => (only && only !== c) || checks.push(settleWithin(() => c.getConnection('github', 'health'), SETTLE_MS).then((r) => r.ok || problems.push(`same client ${kind}/${v}: ${r.detail}`))));
    }
    checks.push(
        settleWithin(() => new Nango({ secretKey: SECRET, host: ctx.host('ok') }).getConnection('github', 'health'), SETTLE_MS).then(
            (r) => r.ok || problems.push(`new client: ${r.detail}`)
        )
    );
    try {
        const fresh = new Nango({ secretKey: SECRET, host: ctx.host('ok') });
        if (fresh.verifyIncomingWebhookRequest(WEBHOOK_BODY, { 'X-Nango-Hmac-Sha256': WEBHOOK_SIG }) !== true) problems.push('new client: a correctly signed webhook does not verify');
    } catch (e) {
        problems.push(`new client (webhook): ${describeError(e)}`);
    }
    await Promise.all(checks);
    return problems;
}

// ------------------------------------------------------------------ the run

const MiB = 2 ** 20;
const HUGE_CAP = 1024 * MiB; // wasm memory after a 100 MiB argument: at most ~10x the argument
const HUGE_REGROW = 16 * MiB; // the same call again: no new growth beyond this

// A rare call may do seconds of legitimate synchronous work (hashing a 2 GiB body): the worker
// is given this long before it counts as hung, so a slow machine does not fail the run.
const SOLO_MS = Number(env.FUZZ_SOLO_MS || 60_000);

async function runSolo(call) {
    send({ t: 'solo', index: call.index, rare: call.rare, limit: SOLO_MS });
    const before = wasmStats();
    const t0 = Date.now();
    const r = await Promise.race([Promise.resolve(launch(call)).then(() => 'settled'), timeout(SETTLE_MS)]);
    const ms = Date.now() - t0;
    const after = wasmStats();
    let again = null;
    if (call.rare?.startsWith('string100MB') && r === 'settled') {
        // The same call once more (not counted, failures not reported twice): memory must be
        // reused, not grown again — growth on every call is unbounded growth.
        send({ t: 'solo', index: call.index, rare: call.rare, limit: SOLO_MS });
        muted = true;
        try {
            const twin = genCall(seed, call.index, methods, ctx, lay);
            await Promise.race([Promise.resolve(launch(twin)).then(() => 'settled'), timeout(SETTLE_MS)]);
        } finally {
            muted = false;
        }
        again = wasmStats();
    }
    send({ t: 'rare', index: call.index, rare: call.rare, method: call.method, desc: cut(call.desc, 300), ms, outcome: r, before, after, again });
    if (call.rare?.startsWith('string100MB')) {
        const peak = Math.max(after.memory, again?.memory ?? 0);
        if (peak > HUGE_CAP) fail('huge-memory', call, `wasm memory reached ${(peak / MiB).toFixed(1)} MiB after a 100 MiB argument (cap ${HUGE_CAP / MiB} MiB)`);
        if (again && again.memory - after.memory > HUGE_REGROW) {
            fail('huge-memory', call, `the same 100 MiB call made again grew the wasm memory again by ${((again.memory - after.memory) / MiB).toFixed(1)} MiB (first time: +${((after.memory - before.memory) / MiB).toFixed(1)} MiB; limit ${HUGE_REGROW / MiB} MiB the second time): it grows per call`);
        }
    }
}

/**
 * Wait until every promise has settled, or nothing has settled for QUIET_MS (a call that never
 * settles must not hold up every batch: it carries over with its own deadline), or `maxMs`.
 */
const QUIET_MS = 150;
async function settleQuietly(promises, maxMs) {
    let left = promises.length;
    let last = Date.now();
    for (const p of promises) {
        Promise.resolve(p).then(() => {
            left--;
            last = Date.now();
        });
    }
    const t0 = Date.now();
    await null;
    while (left > 0 && Date.now() - t0 < maxMs && Date.now() - last < QUIET_MS) await timeout(5);
}

function expire() {
    const now = Date.now();
    for (const rec of pending.values()) {
        if (!rec.settled && !rec.expired && now >= rec.deadline) {
            rec.expired = true;
            bump(rec.call.method, 'unsettled');
            fail('unsettled', rec.call, `did not settle within ${SETTLE_MS} ms`);
        }
    }
}

async function main() {
    // The call indices this worker runs, in batches of BATCH (one by one when pinpointing).
    const indices = only ? [...only].filter((i) => i >= start && i < end).sort((a, b) => a - b) : null;
    const count = indices ? indices.length : end - start;
    const batchSize = PINPOINT ? 1 : BATCH;
    let pos = 0;
    let index = start;
    while (pos < count) {
        if (Date.now() > deadline) break;
        const batchStart = indices ? indices[pos] : start + pos;
        const batchPos = Math.min(count, pos + batchSize);
        const batchEnd = indices ? indices[batchPos - 1] + 1 : start + batchPos;
        currentBatch = [batchStart, batchEnd];
        launchedInBatch = 0;
        send({ t: 'batch', start: batchStart, end: batchEnd });
        let settled = [];
        const uncaughtBefore = uncaughtSeen;
        let call;
        for (; pos < batchPos; pos++) {
            index = indices ? indices[pos] : start + pos;
            call = genCall(seed, index, methods, ctx, lay);
            if (call.solo) {
                // Expensive values run alone (in index order, so a restart after a crash is exact).
                await settleQuietly(settled, BATCH_WAIT_MS);
                settled = [];
                await runSolo(call);
            } else {
                settled.push(launch(call));
            }
        }
        index = batchEnd;
        // Most calls settle in milliseconds; slow ones carry over with their own deadline.
        const uncaught = new Promise((resolve) => (wakeOnUncaught = resolve));
        // When pinpointing, an uncaught error shows up promptly: a call still pending after 1 s is
        // not waited for (it is not what is being looked for).
        if (PINPOINT) await Promise.race([Promise.all(settled), timeout(Math.min(1_000, SETTLE_MS)), uncaught]);
        else await settleQuietly(settled, BATCH_WAIT_MS);
        if (PINPOINT) await new Promise((resolve) => setTimeout(resolve, 5));
        expire();
        send({ t: 'health', at: batchEnd, limit: SETTLE_MS });
        const problems = await healthCheck(PINPOINT && call && !EXTRA_OR_SYNC(call) ? clients[call.kind][call.variant] : undefined);
        expire();
        if (PINPOINT) {
            if (uncaughtSeen > uncaughtBefore || problems.length > 0) {
                const detail = [uncaughtSeen > uncaughtBefore ? lastUncaught : '', problems.length ? `then the health check failed: ${problems.slice(0, 3).join(' | ')}` : ''].filter(Boolean).join('; ');
                send({ t: 'culprit', index: call.index, method: call.method, kind: call.kind, desc: cut(call.desc, 700), detail: cut(detail, 600) });
                return finish(end, 'pinpointed');
            }
            continue;
        }
        send({ t: 'batch-end', start: batchStart, end: batchEnd, stats: structuredClone(stats), wasm: wasmStats(), pending: pending.size });
        if (problems.length > 0) {
            send({ t: 'poisoned', at: batchEnd, batch: [batchStart, batchEnd], problems: problems.slice(0, 8).map((p) => cut(p, 300)), count: problems.length, next: batchEnd });
            return finish(batchEnd, 'poisoned');
        }
    }
    if (PINPOINT) {
        send({ t: 'culprit', index: -1 });
        return finish(end, 'pinpoint-not-reproduced');
    }
    // Wait for the stragglers, up to their deadlines.
    while ([...pending.values()].some((r) => !r.settled && !r.expired)) {
        await timeout(100);
        expire();
    }
    send({ t: 'batch-end', start: index, end: index, stats: structuredClone(stats), wasm: wasmStats(), pending: 0 });
    return finish(pos < count ? index : end, pos < count ? 'deadline' : 'done');
}

const EXTRA_OR_SYNC = (call) => EXTRA.includes(call.method) || SYNC_METHODS.has(call.method);

function finish(next, reason) {
    if (deprecationWarnings > 1) fail('deprecation', null, `verifyWebhookSignature's deprecation warning was printed ${deprecationWarnings} times in one process (expected at most once)`);
    // Exit explicitly: never-settling calls and keep-alive sockets must not keep a worker alive.
    process.send({ t: 'done', next, reason }, () => process.exit(0));
}

main().catch((e) => {
    send({ t: 'fail', cat: 'harness', index: lastLaunched?.index ?? -1, method: lastLaunched?.method ?? '-', desc: lastLaunched?.desc ?? '', detail: `worker error: ${describeError(e)} ${safe(() => String(e?.stack), '')}` });
    finish((lastLaunched?.index ?? start) + 1, 'harness-error');
});
