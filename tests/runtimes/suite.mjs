// The end-to-end suite that every runtime runs (Node ESM and CJS, Deno, Bun, workerd, Chromium).
// Web-standard APIs only: no node:*, no process, no Buffer. Each harness imports the installed
// package and calls runSuite(pkg, { url, runtime }) with the URL of a fresh fake Nango server.

/** The fake server's secret key (tests/fake-nango/data.mjs). */
export const SECRET_KEY = 'sk-test-1234567890';

const GITHUB = { providerConfigKey: 'github', connectionId: 'user-42' };
const GITHUB_TOKEN = 'gho_user42AccessToken0001';
const TICKETS = 25; // records of model Ticket on github/user-42
const SLOW_MS = 300; // how long the fake server holds a request for the connection `slow`
const STEP_TIMEOUT_MS = 20_000; // a step that hangs fails; the others still run

class Failure extends Error {}

function ok(condition, what) {
    if (!condition) throw new Failure(what);
}

const show = (v) => {
    try {
        return JSON.stringify(v);
    } catch {
        return String(v);
    }
};

function eq(actual, expected, what) {
    if (show(actual) !== show(expected)) throw new Failure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Awaits `promise` and returns its rejection; fails when it resolves. */
async function rejection(promise, what) {
    try {
        await promise;
    } catch (err) {
        return err;
    }
    throw new Failure(`${what}: resolved instead of rejecting`);
}

/** Checks an error has the NangoError shape and never carries the secret key. */
function checkError(pkg, err, { kind, code = kind, status }, what) {
    ok(err instanceof Error, `${what}: rejects with an Error (got ${show(err)})`);
    ok(pkg.isNangoError(err), `${what}: isNangoError(err)`);
    eq(err.name, 'NangoError', `${what}: name`);
    eq(err.kind, kind, `${what}: kind`);
    eq(err.code, code, `${what}: code`);
    eq(err.status, status, `${what}: status`);
    // axios' surface on the errors of an HTTP exchange (existing code checks it).
    eq(err.isAxiosError === true, code !== kind, `${what}: isAxiosError`);
    const everything = `${err.message}\n${err.stack}\n${show(err)}\n${show(err.response)}`;
    ok(!everything.includes(SECRET_KEY), `${what}: the secret key appears in the error`);
}

async function hmacHex(key, text) {
    const enc = new TextEncoder();
    const k = await crypto.subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const sig = new Uint8Array(await crypto.subtle.sign('HMAC', k, enc.encode(text)));
    return Array.from(sig, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every page of a model, following next_cursor to the end. */
async function allRecords(nango, query) {
    const pages = [];
    let cursor = null;
    do {
        const page = await nango.listRecords({ ...query, cursor });
        ok(Array.isArray(page.records), 'listRecords: records is an array');
        pages.push(page.records);
        cursor = page.next_cursor;
        ok(pages.length <= 100, 'listRecords: more than 100 pages');
    } while (cursor);
    return pages;
}

const bytesOf = (data) => {
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw new Failure(`proxy: data is not binary: ${Object.prototype.toString.call(data)}`);
};

/** The steps. */
const STEPS = [
    {
        name: 'module exports',
        run({ pkg }) {
            eq(typeof pkg.Nango, 'function', 'Nango');
            eq(pkg.Nango.name, 'Nango', 'Nango.name');
            eq(pkg.prodHost, 'https://api.nango.dev', 'prodHost');
            eq([pkg.SyncConfigType.SYNC, pkg.SyncConfigType.ACTION], ['sync', 'action'], 'SyncConfigType');
            eq(typeof pkg.isNangoError, 'function', 'isNangoError');
            eq(pkg.isNangoError(new Error('x')), false, 'isNangoError(plain Error)');
        }
    },
    {
        name: 'user agent names the runtime',
        run({ pkg, nango, runtime }) {
            const re = new RegExp(`^nango-wasm/\\d+\\.\\d+\\.\\d+\\S* \\(${runtime}(/[\\w.-]+)?\\)$`);
            ok(re.test(pkg.getUserAgent()), `getUserAgent() = ${show(pkg.getUserAgent())}, expected ${re}`);
            ok(nango.userAgent.startsWith(pkg.getUserAgent()), `client userAgent = ${show(nango.userAgent)}`);
        }
    },
    {
        name: 'constructor errors',
        run({ pkg, url }) {
            const thrown = (config) => {
                try {
                    new pkg.Nango(config);
                } catch (err) {
                    ok(err instanceof Error, 'throws an Error');
                    return err.message;
                }
                throw new Failure(`new Nango(${show(config)}) did not throw`);
            };
            eq(thrown({ host: url }), 'You must specify an API key (cf. documentation).', 'no key');
            eq(thrown({ host: url, secretKey: 'a', apiKey: 'b' }), 'You must specify only one of apiKey or secretKey, not both (cf. documentation).', 'both keys');
            eq(thrown({ secretKey: SECRET_KEY, host: 'not a url' }), 'Invalid URL provided for the Nango host: not a url', 'bad host');
            eq(new pkg.Nango({ secretKey: SECRET_KEY }).serverUrl, 'https://api.nango.dev', 'default host');
        }
    },
    {
        name: 'getConnection',
        async run({ nango }) {
            const c = await nango.getConnection(GITHUB.providerConfigKey, GITHUB.connectionId);
            eq([c.connection_id, c.provider_config_key, c.provider], ['user-42', 'github', 'github'], 'connection');
            eq(c.credentials?.access_token, GITHUB_TOKEN, 'credentials.access_token');
        }
    },
    {
        name: 'getToken',
        async run({ nango }) {
            eq(await nango.getToken(GITHUB.providerConfigKey, GITHUB.connectionId), GITHUB_TOKEN, 'token');
        }
    },
    {
        name: 'listRecords pages to the end with next_cursor',
        async run({ nango }) {
            const pages = await allRecords(nango, { ...GITHUB, model: 'Ticket', limit: 10 });
            eq(pages.map((p) => p.length), [10, 10, 5], 'page sizes');
            const ids = pages.flat().map((r) => r.id);
            eq(new Set(ids).size, TICKETS, 'distinct records');
        }
    },
    {
        name: 'setMetadata then getMetadata',
        async run({ nango, runtime }) {
            const metadata = { runtime, nested: { list: [1, 'two', null], ok: true } };
            const res = await nango.setMetadata('github', 'user-43', metadata);
            eq(res.status, 200, 'setMetadata status');
            eq(await nango.getMetadata('github', 'user-43'), metadata, 'metadata read back');
        }
    },
    {
        name: 'invalid arguments reject the promise',
        async run({ pkg, nango }) {
            let promise;
            try {
                promise = nango.getConnection('', 'user-42');
            } catch (err) {
                throw new Failure(`threw synchronously: ${err?.message}`);
            }
            ok(promise instanceof Promise, 'returns a promise');
            const err = await rejection(promise, 'getConnection("")');
            checkError(pkg, err, { kind: 'INVALID_ARGUMENT', status: 0 }, 'getConnection("")');
        }
    },
    {
        name: 'HTTP 429 with Retry-After',
        async run({ pkg, nango }) {
            const err = await rejection(nango.getConnection('github', 'rate-limited'), 'rate-limited');
            checkError(pkg, err, { kind: 'RATE_LIMITED', code: 'ERR_BAD_REQUEST', status: 429 }, 'rate-limited');
            eq(err.response?.status, 429, 'response.status');
            eq(err.response?.headers?.['retry-after'], '7', "response.headers['retry-after']");
            eq(err.response?.data?.error?.code, 'too_many_requests', 'response.data.error.code');
        }
    },
    {
        name: 'HTTP 404 and 500 errors',
        async run({ pkg, nango }) {
            const missing = await rejection(nango.getConnection('github', 'nope'), '404');
            checkError(pkg, missing, { kind: 'API_ERROR', code: 'ERR_BAD_REQUEST', status: 404 }, '404');
            ok(missing.message.startsWith('Request failed with status code 404'), `404: message ${show(missing.message)}`);
            const boom = await rejection(nango.getConnection('github', 'server-error'), '500');
            checkError(pkg, boom, { kind: 'API_ERROR', code: 'ERR_BAD_RESPONSE', status: 500 }, '500');
            eq(boom.response?.data, 'Internal Server Error: boom', '500 text body');
        }
    },
    {
        name: 'network error',
        async run({ pkg }) {
            // Port 9 (discard) is closed here; every runtime refuses or blocks it.
            const nango = new pkg.Nango({ secretKey: SECRET_KEY, host: 'http://127.0.0.1:9' });
            const err = await rejection(nango.getToken('github', 'user-42'), 'closed port');
            checkError(pkg, err, { kind: 'NETWORK_ERROR', code: 'ERR_NETWORK', status: 0 }, 'closed port');
        }
    },
    {
        name: 'verifyIncomingWebhookRequest',
        async run({ pkg, url }) {
            const signingKey = 'whsk-0123456789abcdef';
            const nango = new pkg.Nango({ secretKey: SECRET_KEY, host: url, webhookSigningKey: signingKey });
            const body = JSON.stringify({ type: 'sync', connectionId: 'user-42', model: 'Ticket', modifiedAfter: '2024-05-01T10:00:00.000Z' });
            const signature = await hmacHex(signingKey, body);
            eq(nango.verifyIncomingWebhookRequest(body, { 'X-Nango-Hmac-Sha256': signature }), true, 'valid signature (synchronous)');
            eq(nango.verifyIncomingWebhookRequest(body, { 'x-nango-hmac-sha256': signature }), true, 'lower-case header');
            eq(nango.verifyIncomingWebhookRequest(`${body} `, { 'X-Nango-Hmac-Sha256': signature }), false, 'tampered body');
            eq(nango.verifyIncomingWebhookRequest(body, { 'X-Nango-Hmac-Sha256': 'ab'.repeat(32) }), false, 'wrong signature');
            eq(nango.verifyIncomingWebhookRequest(body, {}), false, 'no header');
        }
    },
    {
        name: 'binary proxy round trip',
        async run({ nango }) {
            const sent = new Uint8Array(512).map((_, i) => (i * 7 + 3) & 0xff);
            const res = await nango.proxy({ ...GITHUB, method: 'POST', endpoint: '/binary-echo', data: sent, responseType: 'arraybuffer' });
            eq(res.status, 200, 'status');
            const got = bytesOf(res.data);
            eq(got.length, sent.length, 'byte count');
            ok(got.every((b, i) => b === sent[i]), 'bytes echoed unchanged');
        }
    },
    {
        name: '50 overlapping calls on one client',
        async run({ nango }) {
            const calls = [];
            // Eight calls the server holds SLOW_MS each, on eight distinct URLs (browsers queue
            // identical GETs behind one another), mixed with 42 quick calls, some failing.
            for (let i = 0; i < 8; i++) {
                calls.push([nango.getConnection('github', 'slow', Boolean(i & 1), Boolean(i & 2), Boolean(i & 4)), (c) => eq(c.connection_id, 'slow', `slow call ${i}`)]);
            }
            for (let i = 8; i < 50; i++) {
                switch (i % 4) {
                    case 0:
                        calls.push([nango.getToken('slack', 'user-42'), (t) => eq(t, 'xoxb-user42-slack-0001', `call ${i}`)]);
                        break;
                    case 1:
                        calls.push([nango.getConnection('github', 'user-43'), (c) => eq(c.connection_id, 'user-43', `call ${i}`)]);
                        break;
                    case 2:
                        calls.push([nango.listRecords({ ...GITHUB, model: 'Ticket', limit: 1 + (i % 7) }), (p) => eq(p.records.length, 1 + (i % 7), `call ${i}`)]);
                        break;
                    default:
                        calls.push([
                            nango.getConnection('github', 'rate-limited').then(
                                () => 'resolved',
                                (e) => e.status
                            ),
                            (s) => eq(s, 429, `call ${i}`)
                        ]);
                }
            }
            const started = Date.now();
            const results = await Promise.all(calls.map(([p]) => p));
            const elapsed = Date.now() - started;
            results.forEach((r, i) => calls[i][1](r));
            // One after the other the slow calls alone would take 8 * SLOW_MS.
            ok(elapsed < 8 * SLOW_MS, `took ${elapsed} ms: the calls did not overlap`);
        }
    },
    {
        name: 'hostile arguments reject, never throw, and leave the module working',
        async run({ pkg, nango }) {
            const boom = () => {
                throw new Error('boom');
            };
            const revoked = Proxy.revocable({}, {});
            revoked.revoke();
            const throwing = new Proxy({}, { get: boom, ownKeys: boom, getPrototypeOf: boom, has: boom });
            const calls = [
                () => nango.getConnection('github', revoked.proxy),
                () => nango.getConnection('github', { toString: boom }),
                () => nango.proxy({ ...GITHUB, endpoint: '/x', headers: { get 'X-A'() { return boom(); } } }),
                () => nango.proxy({ ...GITHUB, endpoint: '/x', params: throwing }),
                () => nango.listRecords({ ...GITHUB, model: 'Ticket', ids: throwing }),
                () => nango.listConnections({ tags: throwing }),
                () => nango.syncStatus('github', Object.defineProperty([], 0, { get: boom }), 'user-42'),
                () => nango.triggerAction('github', 'a\r\nb', 'run', {}),
                () => nango.post({ ...GITHUB, endpoint: '/x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, data: { d: Object.create(Date.prototype) } }),
                () => nango.getConnection('github', 'x'.repeat(20000))
            ];
            // Enough rounds that a per-call leak of the glue's stacks would have killed the module.
            for (let round = 0; round < 120; round++) {
                for (const [i, call] of calls.entries()) {
                    let promise;
                    try {
                        promise = call();
                    } catch (err) {
                        throw new Failure(`hostile call ${i} threw synchronously: ${err?.message}`);
                    }
                    ok(promise instanceof Promise, `hostile call ${i} returns a promise`);
                    const err = await rejection(promise, `hostile call ${i}`);
                    if (round === 0) checkError(pkg, err, { kind: 'INVALID_ARGUMENT', status: 0 }, `hostile call ${i}`);
                }
            }
            eq(nango.verifyIncomingWebhookRequest(throwing, throwing), false, 'verifyIncomingWebhookRequest(Proxy, Proxy)');
            eq(nango.verifyIncomingWebhookRequest(new Proxy(ArrayBuffer.prototype, {}), {}), false, 'verifyIncomingWebhookRequest(Proxy over ArrayBuffer.prototype)');
            eq(typeof pkg.getUserAgent(42), 'string', 'getUserAgent(42)');
            const c = await new pkg.Nango({ secretKey: SECRET_KEY, host: nango.serverUrl }).getConnection('github', 'user-42');
            eq(c.connection_id, 'user-42', 'a new client still works');
        }
    },
    {
        name: 'a trapped core is replaced; old and new clients keep working',
        async run({ pkg, nango, url }) {
            const before = new pkg.Nango({ secretKey: SECRET_KEY, host: url });
            const inFlight = before.getConnection('github', 'slow');
            let thrown;
            try {
                pkg.Nango[Symbol.for('nango-wasm.trap')]();
            } catch (err) {
                thrown = err;
            }
            ok(thrown !== undefined, 'the forced trap throws');
            checkError(pkg, thrown, { kind: 'INTERNAL_ERROR', status: 0 }, 'the forced trap');
            const settled = await inFlight.then(
                (c) => c?.connection_id,
                (err) => err?.status
            );
            ok(settled === 'slow' || settled === 404, `a call in flight during the trap settles normally (got ${show(settled)})`);
            eq((await before.getConnection('github', 'user-42')).connection_id, 'user-42', 'a client created before the trap');
            eq((await nango.getToken('github', 'user-42')), GITHUB_TOKEN, 'the suite client');
            const after = new pkg.Nango({ secretKey: SECRET_KEY, host: url });
            eq((await after.getConnection('github', 'user-42')).connection_id, 'user-42', 'a client created after the trap');
            const body = '{"type":"sync"}';
            const signed = new pkg.Nango({ secretKey: SECRET_KEY, host: url });
            eq(signed.verifyIncomingWebhookRequest(body, { 'X-Nango-Hmac-Sha256': await hmacHex(SECRET_KEY, body) }), true, 'webhook verification after the trap');
        }
    },
    {
        name: 'timeouts, aborts, retries, custom fetch, logging and auto-paging',
        async run({ pkg, url }) {
            const client = (extra = {}) => new pkg.Nango({ secretKey: SECRET_KEY, host: url, ...extra });
            let started = Date.now();
            const timedOut = await rejection(client({ timeoutMs: 200 }).getConnection('github', 'silent'), 'timeout');
            checkError(pkg, timedOut, { kind: 'TIMEOUT', code: 'ECONNABORTED', status: 0 }, 'timeout');
            ok(Date.now() - started < 3000, `the timeout settled after ${Date.now() - started} ms`);
            const controller = new AbortController();
            const pending = client().withOptions({ signal: controller.signal }).getConnection('github', 'silent');
            setTimeout(() => controller.abort(), 50);
            checkError(pkg, await rejection(pending, 'abort'), { kind: 'ABORTED', code: 'ERR_CANCELED', status: 0 }, 'abort');
            await fetch(`${url}/__fake/reset`, { method: 'POST' });
            started = Date.now();
            const retried = await client({ maxRetries: 1 }).getConnection('github', 'retry-once');
            eq(retried.connection_id, 'retry-once', 'a 429 with Retry-After: 1, retried');
            ok(Date.now() - started >= 900, `the retry waited for Retry-After (${Date.now() - started} ms)`);
            let fetched = 0;
            const counted = client({ fetch: (input, init) => (fetched++, fetch(input, init)) });
            eq(await counted.getToken('github', 'user-42'), GITHUB_TOKEN, 'through the custom fetch');
            eq(fetched, 1, 'the custom fetch was used');
            const lines = [];
            const logger = { debug: (l) => lines.push(l), info: (l) => lines.push(l), warn: (l) => lines.push(l), error: (l) => lines.push(l) };
            await client({ logger, logLevel: 'debug' }).getConnection('github', 'user-42');
            ok(lines.length >= 2 && lines.some((l) => l.includes('← 200 GET /connections/user-42')), `log lines: ${show(lines)}`);
            ok(!lines.join('\n').includes(SECRET_KEY), 'the key is not logged');
            let records = 0;
            for await (const record of client().listRecords({ ...GITHUB, model: 'Ticket', limit: 10 })) records += record.id ? 1 : 0;
            eq(records, TICKETS, 'for await over listRecords');
            const undecodable = await rejection(client().getConnection('github', 'html'), 'html');
            checkError(pkg, undecodable, { kind: 'UNDECODABLE_BODY', code: 'ERR_BAD_RESPONSE', status: 200 }, 'an HTML page with a 200');
        }
    }
];

/** Checks the runtime gives the package no Node globals (workerd without nodejs_compat, browsers). */
const NO_NODE_STEP = {
    name: 'no Node globals (process, Buffer, require)',
    run() {
        eq([typeof globalThis.process, typeof globalThis.Buffer, typeof globalThis.require], ['undefined', 'undefined', 'undefined'], 'typeof');
    }
};

/**
 * Runs every step against the fake Nango server at `url` and returns
 * `{ runtime, userAgent, results: [{ name, status: 'pass' | 'fail', detail, ms }] }`.
 * `runtime` is the name the user agent must carry (`node`, `deno`, `bun`, `workerd`, `browser`);
 * `nodeGlobals: false` adds a step checking that none are present.
 */
export async function runSuite(pkg, { url, runtime, nodeGlobals = true }) {
    const nango = new pkg.Nango({ secretKey: SECRET_KEY, host: url });
    const ctx = { pkg, nango, url, runtime };
    const results = [];
    for (const step of nodeGlobals ? STEPS : [NO_NODE_STEP, ...STEPS]) {
        const started = Date.now();
        let timer;
        try {
            const timeout = new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Failure(`no answer after ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS);
            });
            await Promise.race([step.run(ctx), timeout]);
            results.push({ name: step.name, status: 'pass', detail: '', ms: Date.now() - started });
        } catch (err) {
            const detail = err instanceof Failure ? err.message : `${err?.name ?? 'Error'}: ${err?.message ?? show(err)}`;
            results.push({ name: step.name, status: 'fail', detail, ms: Date.now() - started });
        } finally {
            clearTimeout(timer);
        }
    }
    return { runtime, userAgent: pkg.getUserAgent(), results };
}
