// Beyond @nangohq/node: errors that axios-aware code recognises, timeouts, cancellation, retries
// that honour Retry-After, undecodable bodies, a custom fetch, logging and auto-paging. Each
// against the fake Nango server (its special connection ids: silent, retry-once, ...) or, for
// the 100,000-record paging, a small records server of its own.
import assert from 'node:assert/strict';
import http from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import { after, before, describe, it } from 'node:test';

import axios from 'axios';
import { Nango } from 'nango-wasm';
import { SECRET_KEY, closedPort, rejection, useFakeNango } from './helpers.mjs';

const server = useFakeNango();
const client = (extra = {}) => new Nango({ secretKey: SECRET_KEY, host: server.fake.url, ...extra });
/** The requests the fake server received for connection `id`. */
const requestsFor = (id) => server.fake.requests.filter((r) => JSON.stringify(r).includes(id));
const closed = async () => (await (await fetch(`${server.fake.url}/__fake/closed`)).json()).closed;
const everything = (err) => `${err.message}\n${err.stack}\n${JSON.stringify(err)}\n${String(err)}`;

describe('errors that axios-aware code recognises', () => {
    it('axios.isAxiosError(e) && e.response?.status === 404 holds, as with the official SDK', async () => {
        const err = await rejection(client().getConnection('github', 'nobody'));
        assert.equal(axios.isAxiosError(err) && err.response?.status === 404, true);
        assert.equal(err.code, 'ERR_BAD_REQUEST');
        assert.equal(err.kind, 'API_ERROR');
        assert.match(err.message, /^Request failed with status code 404: No connection found/);
    });

    it('axios codes for a 5xx, a network error, a timeout and an abort; our kind beside them', async () => {
        const port = await closedPort();
        const cases = [
            [() => client().getConnection('github', 'server-error'), 'ERR_BAD_RESPONSE', 'API_ERROR', 500],
            [() => new Nango({ secretKey: SECRET_KEY, host: `http://127.0.0.1:${port}` }).getConnection('github', 'x'), 'ERR_NETWORK', 'NETWORK_ERROR', 0],
            [() => client({ timeoutMs: 50 }).getConnection('github', 'silent'), 'ECONNABORTED', 'TIMEOUT', 0],
            [() => client().withOptions({ signal: AbortSignal.abort() }).getConnection('github', 'user-42'), 'ERR_CANCELED', 'ABORTED', 0],
            [() => client().listRecords({ providerConfigKey: 'github', connectionId: 'rate-limited', model: 'Ticket' }), 'ERR_BAD_REQUEST', 'RATE_LIMITED', 429]
        ];
        for (const [call, code, kind, status] of cases) {
            const err = await rejection(call());
            assert.deepEqual([err.code, err.kind, err.status, err.isAxiosError, axios.isAxiosError(err)], [code, kind, status, true, true]);
        }
    });

    it('toJSON() has axios fields and no header or key; errors without an exchange are not axios errors', async () => {
        const err = await rejection(client().getConnection('github', 'nobody'));
        const json = JSON.parse(JSON.stringify(err));
        assert.deepEqual(Object.keys(json).sort(), ['code', 'kind', 'message', 'method', 'name', 'status', 'url']);
        assert.equal(json.method, 'GET');
        assert.ok(!everything(err).includes(SECRET_KEY) && !everything(err).includes('Bearer'));
        const invalid = await rejection(client().getConnection('github'));
        assert.deepEqual([invalid.code, invalid.kind, invalid.isAxiosError, axios.isAxiosError(invalid)], ['INVALID_ARGUMENT', 'INVALID_ARGUMENT', undefined, false]);
    });
});

describe('timeouts and cancellation', () => {
    it('a server that never answers: the call settles within its timeout and the server sees the connection close', async () => {
        const before = await closed();
        const started = Date.now();
        const err = await rejection(client().withOptions({ timeoutMs: 200 }).getConnection('github', 'silent'));
        const took = Date.now() - started;
        assert.equal(err.kind, 'TIMEOUT');
        assert.match(err.message, /^timeout of 200ms exceeded/);
        assert.ok(took >= 190 && took < 3000, `settled after ${took} ms`);
        for (let i = 0; i < 50 && (await closed()) === before; i++) await new Promise((r) => setTimeout(r, 20));
        assert.ok((await closed()) > before, 'the server saw the connection close');
    });

    it('an abort settles at once and closes the connection; an already-aborted signal sends nothing', async () => {
        const before = await closed();
        const controller = new AbortController();
        const pending = client().withOptions({ signal: controller.signal }).getConnection('github', 'silent');
        await new Promise((r) => setTimeout(r, 100));
        const started = Date.now();
        controller.abort();
        const err = await rejection(pending);
        assert.equal(err.kind, 'ABORTED');
        assert.ok(Date.now() - started < 1000, 'settled at once');
        for (let i = 0; i < 50 && (await closed()) === before; i++) await new Promise((r) => setTimeout(r, 20));
        assert.ok((await closed()) > before, 'the server saw the connection close');
        const count = server.fake.requests.length;
        const early = await rejection(client().withOptions({ signal: AbortSignal.abort() }).getToken('github', 'user-42'));
        assert.equal(early.kind, 'ABORTED');
        assert.equal(server.fake.requests.length, count, 'nothing was sent');
    });

    it("the proxy configuration's signal aborts the proxied call", async () => {
        const controller = new AbortController();
        const pending = client().get({ providerConfigKey: 'github', connectionId: 'silent', endpoint: '/x', signal: controller.signal });
        setTimeout(() => controller.abort(), 50);
        assert.equal((await rejection(pending)).kind, 'ABORTED');
        const err = await rejection(client().get({ providerConfigKey: 'github', connectionId: 'user-42', endpoint: '/x', signal: 'soon' }));
        assert.deepEqual([err.kind, err.message], ['INVALID_ARGUMENT', 'signal must be an AbortSignal']);
    });

    it('invalid options are refused, naming the option', () => {
        for (const [options, message] of [
            [{ timeoutMs: -1 }, 'timeoutMs must be a number of milliseconds above 0'],
            [{ maxRetries: 11 }, 'maxRetries must be a whole number from 0 to 10'],
            [{ fetch: 'no' }, 'fetch must be a function'],
            [{ logLevel: 'loud' }, 'logLevel must be one of debug, info, warn, error, off'],
            [{ signal: {} }, 'signal must be an AbortSignal']
        ]) {
            assert.throws(() => client().withOptions(options), (e) => e.kind === 'INVALID_ARGUMENT' && e.message === message);
        }
        assert.throws(() => client({ timeoutMs: 'soon' }), (e) => e.message === 'timeoutMs must be a number of milliseconds above 0');
    });
});

describe('retries (maxRetries, off by default)', () => {
    it('a 429 with Retry-After: 1 then a 200 resolves in about a second with retries on, and rejects at once with them off', async () => {
        server.fake.reset();
        let started = Date.now();
        const err = await rejection(client().getConnection('github', 'retry-once'));
        assert.equal(err.status, 429);
        assert.ok(Date.now() - started < 900, 'rejected at once, without waiting the 1 s');
        assert.equal(requestsFor('retry-once').length, 1);
        server.fake.reset();
        started = Date.now();
        const ok = await client({ maxRetries: 2 }).getConnection('github', 'retry-once');
        const took = Date.now() - started;
        assert.equal(ok.connection_id, 'retry-once');
        assert.ok(took >= 950 && took < 4000, `resolved after ${took} ms`);
        assert.equal(requestsFor('retry-once').length, 2, 'the 429 and the 200');
    });

    it('a 503 with Retry-After is retried even for a POST; a POST is not retried on a 500 or a reset', async () => {
        server.fake.reset();
        const action = await client({ maxRetries: 1 }).triggerAction('github', 'unavailable-once', 'run', {});
        assert.equal(action.connection_id, 'unavailable-once');
        assert.equal(requestsFor('unavailable-once').length, 2);
        await rejection(client({ maxRetries: 3 }).triggerAction('github', 'server-error', 'run', {}));
        assert.equal(requestsFor('server-error').length, 1);
        await rejection(client({ maxRetries: 3 }).triggerAction('github', 'reset-once', 'run', {}));
        assert.equal(requestsFor('reset-once').length, 1);
    });

    it('idempotent methods are retried on a 5xx and on no answer, with capped backoff', async () => {
        server.fake.reset();
        const started = Date.now();
        const err = await rejection(client({ maxRetries: 2 }).getConnection('github', 'server-error'));
        assert.equal(err.status, 500);
        assert.equal(requestsFor('server-error').length, 3);
        assert.ok(Date.now() - started < 5000, 'backoff is at most 0.5 s, then 1 s');
        const ok = await client({ maxRetries: 1 }).getConnection('github', 'reset-once');
        assert.equal(ok.connection_id, 'reset-once');
        assert.equal(requestsFor('reset-once').length, 2);
    });

    it('the wait between attempts is cancelled by the signal and counted in the timeout', async () => {
        server.fake.reset();
        let started = Date.now();
        const timedOut = await rejection(client({ maxRetries: 2, timeoutMs: 300 }).getConnection('github', 'retry-once'));
        assert.equal(timedOut.kind, 'TIMEOUT');
        assert.ok(Date.now() - started < 950, 'the 1 s wait was cut by the timeout');
        server.fake.reset();
        const controller = new AbortController();
        const pending = client({ maxRetries: 2 }).withOptions({ signal: controller.signal }).getConnection('github', 'retry-once');
        setTimeout(() => controller.abort(), 200);
        started = Date.now();
        assert.equal((await rejection(pending)).kind, 'ABORTED');
        assert.ok(Date.now() - started < 950, 'the 1 s wait was cancelled');
    });
});

describe('bodies that cannot be what they claim', () => {
    it("a 2xx from Nango's API that is not JSON rejects with its status and text; the proxy still resolves text", async () => {
        const err = await rejection(client().getConnection('github', 'html'));
        assert.deepEqual([err.kind, err.code, err.status], ['UNDECODABLE_BODY', 'ERR_BAD_RESPONSE', 200]);
        assert.match(err.response.data, /^<!DOCTYPE html>/);
        const res = await client().get({ providerConfigKey: 'github', connectionId: 'html', endpoint: '/x' });
        assert.match(res.data, /^<!DOCTYPE html>/);
    });

    it('a body that fails after the headers came rejects with their status', async () => {
        const err = await rejection(client().getConnection('github', 'bad-gzip'));
        assert.deepEqual([err.kind, err.code, err.status], ['NETWORK_ERROR', 'ERR_NETWORK', 200]);
        assert.equal(err.response.status, 200);
    });
});

describe('custom fetch and logging', () => {
    it('every request goes through the custom fetch, from the constructor or withOptions', async () => {
        const seen = [];
        const spy = (url, init) => {
            seen.push(`${init.method} ${new URL(url).pathname}`);
            return fetch(url, init);
        };
        const nango = client({ fetch: spy });
        await nango.getToken('github', 'user-42');
        await nango.listIntegrations();
        await nango.get({ providerConfigKey: 'github', connectionId: 'user-42', endpoint: '/echo' });
        assert.deepEqual(seen, ['GET /connections/user-42', 'GET /integrations', 'GET /proxy/echo']);
        const other = [];
        await client().withOptions({ fetch: (url, init) => (other.push(url), fetch(url, init)) }).getConnection('github', 'user-42');
        assert.equal(other.length, 1);
    });

    it('one line per request and response, with method, path, status and duration; the key and credential headers redacted', async () => {
        const lines = [];
        const logger = Object.fromEntries(['debug', 'info', 'warn', 'error'].map((level) => [level, (line) => lines.push([level, line])]));
        await client({ logger }).getConnection('github', 'user-42');
        assert.deepEqual(lines, [], 'logLevel is off by default');
        const nango = client({ logger, logLevel: 'debug' });
        await nango.get({ providerConfigKey: 'github', connectionId: 'user-42', endpoint: '/echo', headers: { 'X-Api-Key': 'upstream-secret', Accept: 'text/plain' } });
        await rejection(nango.getConnection('github', 'nobody'));
        const text = lines.map(([, line]) => line).join('\n');
        assert.ok(!text.includes(SECRET_KEY) && !text.includes('upstream-secret'), text);
        assert.match(text, /"Authorization":"\[redacted\]"/);
        assert.match(text, /"Nango-Proxy-X-Api-Key":"\[redacted\]"/);
        assert.ok(lines.some(([level, line]) => level === 'info' && /^nango-wasm: ← 200 GET \/proxy\/echo \(\d+ ms\)$/.test(line)), text);
        assert.ok(lines.some(([level, line]) => level === 'warn' && /← 404 GET \/connections\/nobody\?/.test(line)), text);
        lines.length = 0;
        await client({ logger, logLevel: 'warn' }).getConnection('github', 'user-42');
        assert.deepEqual(lines, [], 'a 200 is below warn');
    });
});

describe('auto-paging', () => {
    it('listRecords: await gives one page; for await gives every record; pages() gives each page with its cursor', async () => {
        const query = { providerConfigKey: 'github', connectionId: 'user-42', model: 'Ticket', limit: 10 };
        const page = await client().listRecords(query);
        assert.equal(page.records.length, 10);
        const ids = [];
        for await (const record of client().listRecords(query)) ids.push(record.id);
        assert.equal(ids.length, 25);
        assert.equal(new Set(ids).size, 25);
        const pages = [];
        for await (const p of client().listRecords(query).pages()) pages.push([p.cursor, p.records.length, p.next_cursor]);
        assert.deepEqual(pages.map((p) => p[1]), [10, 10, 5]);
        assert.equal(pages[0][0], null);
        assert.equal(pages[1][0], pages[0][2], 'each page carries the cursor that fetched it');
        // Resuming from a page's cursor reads the rest.
        let rest = 0;
        for await (const _ of client().listRecords({ ...query, cursor: pages[1][0] })) rest++;
        assert.equal(rest, 15);
    });

    it('listConnections: limit/page paging in both call forms', async () => {
        const all = (await client().listConnections()).connections.length;
        let count = 0;
        for await (const _ of client().listConnections({ limit: 3 })) count++;
        assert.equal(count, all);
        const pages = [];
        for await (const p of client().listConnections(undefined, undefined, { limit: 3 }).pages()) pages.push([p.cursor, p.connections.length]);
        assert.equal(pages.reduce((n, [, len]) => n + len, 0), all);
        assert.deepEqual(pages[0][0], 0);
    });

    describe('100,000 records in pages of 1,000', () => {
        let records;
        const requests = [];
        before(async () => {
            records = http.createServer((req, res) => {
                const url = new URL(req.url, 'http://x');
                requests.push(url.searchParams.get('cursor'));
                const from = Number(url.searchParams.get('cursor') ?? 0);
                const limit = Number(url.searchParams.get('limit'));
                const page = Array.from({ length: limit }, (_, i) => ({
                    id: `r-${from + i}`,
                    title: 'x'.repeat(200),
                    _nango_metadata: { last_action: 'ADDED', cursor: String(from + i + 1) }
                }));
                const next = from + limit < 100_000 ? String(from + limit) : null;
                res.writeHead(200, { 'Content-Type': 'application/json' });
                res.end(JSON.stringify({ records: page, next_cursor: next }));
            });
            await new Promise((resolve) => records.listen(0, '127.0.0.1', resolve));
        });
        after(() => new Promise((resolve) => records.close(resolve)));

        it('iterates them all holding about one page, and the signal stops it between pages', async () => {
            const nango = new Nango({ secretKey: SECRET_KEY, host: `http://127.0.0.1:${records.address().port}` });
            const query = { providerConfigKey: 'p', connectionId: 'c', model: 'M', limit: 1000 };
            // What stays reachable, measured after a full collection every ten pages.
            v8.setFlagsFromString('--expose-gc');
            const gc = vm.runInNewContext('gc');
            gc();
            const base = process.memoryUsage().heapUsed;
            let peak = 0;
            let n = 0;
            for await (const record of nango.listRecords(query)) {
                assert.equal(record.id, `r-${n}`);
                n++;
                if (n % 10_000 === 5_000) {
                    gc();
                    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
                }
            }
            assert.equal(n, 100_000);
            assert.equal(requests.length, 100);
            // 100,000 records are about 27 MB of JSON; one page is 270 KB of JSON, and about
            // 1 MB parsed.
            assert.ok(peak < 4 * 1024 * 1024, `${peak} bytes stayed reachable while iterating`);
            const controller = new AbortController();
            requests.length = 0;
            let read = 0;
            const err = await rejection(
                (async () => {
                    for await (const _ of nango.withOptions({ signal: controller.signal }).listRecords(query)) {
                        if (++read === 2500) controller.abort();
                    }
                })()
            );
            assert.equal(err.kind, 'ABORTED');
            assert.equal(requests.length, 3, 'no page was asked for after the abort');
        });
    });
});
