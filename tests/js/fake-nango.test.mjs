// The fake Nango server itself (no SDK involved): recording, CORS, auth, control endpoints,
// special connection ids, records semantics, proxy echo/binary/stream, and the CLI.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

import { streamByte } from '../fake-nango/server.mjs';
import { SECRET_KEY, useFakeNango } from './helpers.mjs';

const server = useFakeNango();
const AUTH = { Authorization: `Bearer ${SECRET_KEY}` };
const call = (path, init = {}) => fetch(`${server.fake.url}${path}`, { ...init, headers: { ...AUTH, ...init.headers } });
const json = async (path, init) => {
    const res = await call(path, init);
    return { status: res.status, headers: res.headers, body: await res.json() };
};
const RECORDS = { 'Connection-Id': 'user-42', 'Provider-Config-Key': 'github' };
const ids = (body) => body.records.map((r) => r.id);

describe('recording', () => {
    it('records method, raw url, raw path, decoded segments, decoded query pairs, headers and body', async () => {
        server.fake.reset();
        await call('/connections/a%2Fb%20c?provider_config_key=git+hub&x=%2B1&x=two%20words&empty=', { method: 'PATCH', body: '{"tags":{"a":"b"}}', headers: { 'Content-Type': 'application/json', 'X-Test': 'yes' } });
        assert.equal(server.fake.requests.length, 1);
        const r = server.fake.requests[0];
        assert.equal(r.method, 'PATCH');
        assert.equal(r.rawUrl, '/connections/a%2Fb%20c?provider_config_key=git+hub&x=%2B1&x=two%20words&empty=');
        assert.equal(r.path, '/connections/a%2Fb%20c');
        assert.deepStrictEqual(r.segments, ['', 'connections', 'a/b c']);
        assert.deepStrictEqual(r.query, [['provider_config_key', 'git hub'], ['x', '+1'], ['x', 'two words'], ['empty', '']]);
        assert.equal(r.headers['x-test'], 'yes');
        assert.equal(r.body, '{"tags":{"a":"b"}}');
        assert.deepStrictEqual(r.json, { tags: { a: 'b' } });
    });
    it('a request without a body records "" and json undefined', async () => {
        server.fake.reset();
        await call('/integrations');
        const r = server.fake.requests[0];
        assert.equal(r.body, '');
        assert.equal(r.json, undefined);
        assert.deepStrictEqual(r.query, []);
    });
    it('reset() clears the requests in place and restores the data', async () => {
        const requests = server.fake.requests;
        await json('/connections/metadata', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ metadata: { x: 1 }, connection_id: 'user-42', provider_config_key: 'github' }) });
        server.fake.reset();
        assert.equal(requests, server.fake.requests);
        assert.equal(requests.length, 0);
        const { body } = await json('/connections/user-42?provider_config_key=github');
        assert.deepStrictEqual(body.metadata, { plan: 'pro', repos: ['engine', 'notes'], seats: 3 });
    });
});

describe('CORS and control endpoints', () => {
    it('answers preflights with 204 and does not record them', async () => {
        server.fake.reset();
        const res = await fetch(`${server.fake.url}/connections/user-42`, {
            method: 'OPTIONS',
            headers: { Origin: 'http://example.com', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,connection-id' }
        });
        assert.equal(res.status, 204);
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
        assert.equal(res.headers.get('access-control-allow-methods'), 'GET,POST,PUT,PATCH,DELETE,OPTIONS,PROPFIND,REPORT');
        assert.equal(res.headers.get('access-control-allow-headers'), 'authorization,connection-id');
        assert.equal(res.headers.get('access-control-max-age'), '600');
        assert.equal(server.fake.requests.length, 0);
    });
    it('every response carries the CORS headers', async () => {
        for (const res of [await call('/integrations'), await fetch(`${server.fake.url}/integrations`), await call('/connections/server-error?provider_config_key=github')]) {
            assert.equal(res.headers.get('access-control-allow-origin'), '*');
            assert.equal(res.headers.get('access-control-expose-headers'), '*, retry-after, x-request-id, content-type');
            await res.arrayBuffer();
        }
    });
    it('GET /__fake/requests and POST /__fake/reset need no auth and are not recorded', async () => {
        server.fake.reset();
        await call('/integrations');
        const listed = await (await fetch(`${server.fake.url}/__fake/requests`)).json();
        assert.equal(listed.length, 1);
        assert.equal(listed[0].path, '/integrations');
        const reset = await fetch(`${server.fake.url}/__fake/reset`, { method: 'POST' });
        assert.equal(reset.status, 200);
        assert.equal(server.fake.requests.length, 0);
    });
});

describe('auth and errors', () => {
    it('401 unknown_api_key without the right bearer token', async () => {
        for (const headers of [{}, { Authorization: 'Bearer nope' }, { Authorization: SECRET_KEY }]) {
            const res = await fetch(`${server.fake.url}/integrations`, { headers });
            assert.equal(res.status, 401);
            assert.match(res.headers.get('content-type'), /^application\/json/);
            assert.equal((await res.json()).error.code, 'unknown_api_key');
        }
    });
    it('unknown connection → 404 unknown_connection', async () => {
        const { status, body } = await json('/connections/nobody?provider_config_key=github');
        assert.equal(status, 404);
        assert.equal(body.error.code, 'unknown_connection');
        assert.match(body.error.message, /^No connection found/);
    });
    it('rate-limited from the path, the query, the Connection-Id header and the body', async () => {
        const cases = [
            ['/connections/rate-limited?provider_config_key=github', {}],
            ['/connections?connectionId=rate-limited', {}],
            ['/sync/status?syncs=*&provider_config_key=github&connection_id=rate-limited', {}],
            ['/records/?model=Ticket', { headers: { 'Connection-Id': 'rate-limited', 'Provider-Config-Key': 'github' } }],
            ['/sync/start', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ syncs: [], provider_config_key: 'github', connection_id: 'rate-limited' }) }]
        ];
        for (const [path, init] of cases) {
            const res = await call(path, init);
            assert.equal(res.status, 429, path);
            assert.equal(res.headers.get('retry-after'), '7');
            assert.equal((await res.json()).error.code, 'too_many_requests');
        }
    });
    it('server-error → 500 text/plain', async () => {
        const res = await call('/connections/server-error?provider_config_key=github');
        assert.equal(res.status, 500);
        assert.match(res.headers.get('content-type'), /^text\/plain/);
        assert.equal(await res.text(), 'Internal Server Error: boom');
    });
    it('slow answers after 300 ms', async () => {
        const start = performance.now();
        const { status, body } = await json('/connections/slow?provider_config_key=github');
        assert.ok(performance.now() - start >= 290);
        assert.equal(status, 200);
        assert.equal(body.connection_id, 'slow');
    });
    it('an invalid boolean query value → 400', async () => {
        const { status, body } = await json('/connections/user-42?provider_config_key=github&force_refresh=yes');
        assert.equal(status, 400);
        assert.equal(body.error.code, 'invalid_query_params');
    });
});

describe('connections', () => {
    it('credentials per type; refresh token only on request; force refresh rotates the token', async () => {
        const types = {};
        for (const [key, id] of [['github', 'user-42'], ['twitter', 'oauth1-conn'], ['openai', 'apikey-conn'], ['jira-basic', 'basic-conn'], ['github-app', 'app-conn']]) {
            const { body } = await json(`/connections/${id}?provider_config_key=${key}`);
            types[body.credentials.type] = body.credentials;
            for (const field of ['id', 'connection_id', 'provider_config_key', 'provider', 'created_at', 'updated_at', 'metadata', 'connection_config', 'errors', 'end_user']) {
                assert.ok(field in body, `${id}.${field}`);
            }
        }
        assert.deepStrictEqual(Object.keys(types).sort(), ['API_KEY', 'APP', 'BASIC', 'OAUTH1', 'OAUTH2']);
        assert.equal(types.OAUTH2.refresh_token, undefined);
        assert.ok(types.OAUTH2.raw && types.OAUTH1.raw && types.APP.raw);
        const withRefresh = await json('/connections/user-42?provider_config_key=github&refresh_token=true');
        assert.equal(withRefresh.body.credentials.refresh_token, 'ghr_user42RefreshToken0001');
        server.fake.reset();
        const refreshed = await json('/connections/user-42?provider_config_key=github&force_refresh=true');
        assert.notEqual(refreshed.body.credentials.access_token, types.OAUTH2.access_token);
        const again = await json('/connections/user-42?provider_config_key=github');
        assert.equal(again.body.credentials.access_token, refreshed.body.credentials.access_token);
        server.fake.reset();
    });
    it('metadata: POST replaces, PATCH merges, arrays of ids, unknown id aborts everything', async () => {
        server.fake.reset();
        const post = (method, body) => json('/connections/metadata', { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        const set = await post('POST', { metadata: { a: 1 }, connection_id: ['user-42', 'user-43'], provider_config_key: 'github' });
        assert.equal(set.status, 200);
        assert.deepStrictEqual(set.body, { metadata: { a: 1 }, connection_id: ['user-42', 'user-43'], provider_config_key: 'github' });
        await post('PATCH', { metadata: { b: 2 }, connection_id: 'user-42', provider_config_key: 'github' });
        assert.deepStrictEqual((await json('/connections/user-42?provider_config_key=github')).body.metadata, { a: 1, b: 2 });
        assert.deepStrictEqual((await json('/connections/user-43?provider_config_key=github')).body.metadata, { a: 1 });
        const bad = await post('POST', { metadata: { c: 3 }, connection_id: ['user-42', 'nobody'], provider_config_key: 'github' });
        assert.equal(bad.status, 404);
        assert.deepStrictEqual((await json('/connections/user-42?provider_config_key=github')).body.metadata, { a: 1, b: 2 });
        assert.equal((await post('POST', { connection_id: 'user-42', provider_config_key: 'github' })).status, 400);
        server.fake.reset();
    });
    it('list filters', async () => {
        const list = async (q) => (await json(`/connections${q}`)).body.connections.map((c) => `${c.provider_config_key}/${c.connection_id}`);
        assert.equal((await list('')).length, 8);
        assert.deepStrictEqual(await list('?connectionId=user-42'), ['github/user-42', 'slack/user-42']);
        assert.deepStrictEqual(await list('?search=grace'), ['twitter/oauth1-conn']);
        assert.deepStrictEqual(await list('?endUserId=u-43'), ['github/user-43']);
        assert.deepStrictEqual(await list('?endUserOrganizationId=org-9'), ['twitter/oauth1-conn']);
        assert.deepStrictEqual(await list('?integrationId=twitter,openai'), ['twitter/oauth1-conn', 'openai/apikey-conn']);
        assert.deepStrictEqual(await list('?tags%5Bplan%5D=free'), ['github/user-43']);
        assert.deepStrictEqual(await list('?tags[end_user_email]=alan%40example.com'), ['jira-basic/basic-conn']);
        assert.deepStrictEqual(await list('?limit=2&page=1'), ['github/user-43', 'twitter/oauth1-conn']);
        const [first] = (await json('/connections?connectionId=user-42')).body.connections;
        assert.deepStrictEqual(Object.keys(first).sort(), ['connection_id', 'created', 'end_user', 'errors', 'id', 'metadata', 'provider', 'provider_config_key', 'tags']);
    });
    it('connectLater(id, n) leaves a connection out of the next n lists', async () => {
        server.fake.reset();
        server.fake.connectLater('user-43', 2);
        const list = async () => (await json('/connections?endUserId=u-43')).body.connections.map((c) => c.connection_id);
        assert.deepStrictEqual(await list(), []);
        assert.deepStrictEqual(await list(), []);
        assert.deepStrictEqual(await list(), ['user-43']);
        assert.deepStrictEqual(await list(), ['user-43']);
        server.fake.reset();
    });
});

describe('records', () => {
    const get = (q, headers = RECORDS) => json(`/records/?${q}`, { headers });
    it('pages of 10 by default, cursors with + / =, next_cursor null at the end', async () => {
        const p1 = await get('model=Ticket');
        assert.equal(p1.body.records.length, 10);
        assert.match(p1.body.next_cursor, /\+/);
        assert.match(p1.body.next_cursor, /\//);
        assert.match(p1.body.next_cursor, /=$/);
        const p2 = await get(`model=Ticket&cursor=${encodeURIComponent(p1.body.next_cursor)}`);
        const p3 = await get(`model=Ticket&cursor=${encodeURIComponent(p2.body.next_cursor)}`);
        assert.deepStrictEqual([p2.body.records.length, p3.body.records.length, p3.body.next_cursor], [10, 5, null]);
        const record = p1.body.records[0];
        assert.deepStrictEqual(Object.keys(record._nango_metadata).sort(), ['cursor', 'deleted_at', 'first_seen_at', 'last_action', 'last_modified_at', 'pruned_at']);
    });
    it('a cursor sent unencoded (+ as space) is rejected', async () => {
        const p1 = await get('model=Ticket');
        const { status, body } = await get(`model=Ticket&cursor=${p1.body.next_cursor}`);
        assert.equal(status, 400);
        assert.equal(body.error.code, 'invalid_cursor');
    });
    it('/records without the trailing slash works too', async () => {
        const { status, body } = await json('/records?model=Ticket&limit=2', { headers: RECORDS });
        assert.equal(status, 200);
        assert.deepStrictEqual(ids(body), ['ticket-001', 'ticket-002']);
    });
    it('limit, ids, filter, modified_after, variant', async () => {
        assert.equal((await get('model=Ticket&limit=25')).body.next_cursor, null);
        assert.deepStrictEqual(ids((await get('model=Ticket&ids=ticket-003&ids=ticket-020&ids=nope')).body), ['ticket-003', 'ticket-020']);
        assert.deepStrictEqual(ids((await get('model=Ticket&filter=deleted')).body), ['ticket-008', 'ticket-016', 'ticket-024']);
        const addedUpdated = (await get('model=Ticket&filter=added,UPDATED&limit=100')).body.records;
        assert.equal(addedUpdated.length, 22);
        const after = (await get(`model=Ticket&limit=100&modified_after=${encodeURIComponent('2024-05-01T12:00:00.000Z')}`)).body.records;
        assert.ok(after.length > 0 && after.length < 25);
        assert.ok(after.every((r) => r._nango_metadata.last_modified_at >= '2024-05-01T12:00:00.000Z'));
        assert.deepStrictEqual(ids((await get('model=Ticket&variant=eu')).body), ['eu-ticket-001', 'eu-ticket-002', 'eu-ticket-003']);
    });
    it('validation: missing model 400, unknown model 404, bad limit/filter/date 400, missing headers 400', async () => {
        assert.equal((await get('')).status, 400);
        assert.equal((await get('model=Nope')).status, 404);
        assert.equal((await get('model=Ticket&limit=abc')).status, 400);
        assert.equal((await get('model=Ticket&limit=0')).status, 400);
        assert.equal((await get('model=Ticket&filter=created')).status, 400);
        assert.equal((await get('model=Ticket&modified_after=yesterday')).status, 400);
        assert.equal((await get('model=Ticket', { 'Provider-Config-Key': 'github' })).status, 400);
        assert.equal((await get('model=Ticket', { 'Connection-Id': 'nobody', 'Provider-Config-Key': 'github' })).status, 404);
    });
    it('prune empties payloads up to the cursor', async () => {
        server.fake.reset();
        const p1 = await get('model=Ticket&limit=5');
        const prune = await json('/records/prune', { method: 'PATCH', headers: { ...RECORDS, 'Content-Type': 'application/json' }, body: JSON.stringify({ model: 'Ticket', until_cursor: p1.body.next_cursor, limit: 3 }) });
        assert.deepStrictEqual(prune.body, { count: 3, has_more: true });
        const [first] = (await get('model=Ticket&limit=1')).body.records;
        assert.deepStrictEqual(Object.keys(first).sort(), ['_nango_metadata', 'id']);
        assert.notEqual(first._nango_metadata.pruned_at, null);
        server.fake.reset();
    });
});

describe('proxy', () => {
    const PROXY = { 'Connection-Id': 'user-42', 'Provider-Config-Key': 'github' };
    it('echoes method, path, query, headers and body as JSON', async () => {
        const { status, body } = await json('/proxy/repos/a%20b?x=1&x=2', { method: 'POST', headers: { ...PROXY, 'Nango-Proxy-X-A': 'b', 'Content-Type': 'application/json' }, body: '{"k":[1]}' });
        assert.equal(status, 200);
        assert.deepStrictEqual([body.method, body.path, body.query, body.body, body.json], ['POST', '/repos/a%20b', [['x', '1'], ['x', '2']], '{"k":[1]}', { k: [1] }]);
        assert.equal(body.headers['nango-proxy-x-a'], 'b');
    });
    it('/proxy/binary-echo returns the raw bytes', async () => {
        const bytes = new Uint8Array(4096).map((_, i) => (i * 13) & 0xff);
        const res = await call('/proxy/binary-echo', { method: 'POST', headers: { ...PROXY, 'Content-Type': 'application/octet-stream' }, body: bytes });
        assert.equal(res.headers.get('content-type'), 'application/octet-stream');
        assert.deepStrictEqual(new Uint8Array(await res.arrayBuffer()), bytes);
    });
    it('/proxy/stream?bytes=N streams N deterministic bytes in several chunks', async () => {
        const res = await call('/proxy/stream?bytes=100000', { headers: PROXY });
        assert.equal(res.status, 200);
        let chunks = 0;
        const parts = [];
        for await (const chunk of res.body) {
            chunks++;
            parts.push(chunk);
        }
        const all = Buffer.concat(parts);
        assert.equal(all.length, 100_000);
        assert.ok(chunks > 1, `expected several chunks, got ${chunks}`);
        for (let i = 0; i < all.length; i += 997) assert.equal(all[i], streamByte(i));
    });
    it('/proxy/status/NNN answers that status; missing headers → 400', async () => {
        assert.equal((await call('/proxy/status/418', { headers: PROXY })).status, 418);
        assert.equal((await call('/proxy/status/204', { headers: PROXY })).status, 204);
        assert.equal((await call('/proxy/x')).status, 400);
    });
});

describe('CLI', () => {
    it('prints FAKE_NANGO_URL and stops on SIGTERM', async () => {
        const script = fileURLToPath(new URL('../fake-nango/server.mjs', import.meta.url));
        const child = spawn(process.execPath, [script, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
        try {
            let out = '';
            for await (const chunk of child.stdout) {
                out += chunk;
                if (out.includes('\n')) break;
            }
            const match = /^FAKE_NANGO_URL=(http:\/\/127\.0\.0\.1:\d+)\n$/.exec(out);
            assert.ok(match, out);
            const res = await fetch(`${match[1]}/integrations`, { headers: AUTH });
            assert.equal(res.status, 200);
            assert.equal((await res.json()).data.length, 6);
            const exited = once(child, 'exit');
            child.kill('SIGTERM');
            const [code] = await exited;
            assert.equal(code, 0);
        } finally {
            if (child.exitCode === null) child.kill('SIGKILL');
        }
    });
});
