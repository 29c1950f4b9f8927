// Behaviour specific to nango-wasm (not in the official SDK, or deliberately better than it):
// constructor parity, NangoError, secret redaction, percent-encoding hardening, concurrency.
import assert from 'node:assert/strict';
import util from 'node:util';
import { after, before, describe, it } from 'node:test';

import { startFakeNango } from '../fake-nango/server.mjs';
import { closedPort, rejection, SECRET_KEY, useFakeNango } from './helpers.mjs';
import { Official, Ours, oursIsOfficial, oursModule, OURS_MODULE } from './sdk.mjs';

const skip = oursIsOfficial ? `NANGO_SDK_MODULE=${OURS_MODULE} points at the official SDK: these tests cover nango-wasm-only behaviour` : false;

const server = useFakeNango();
const client = (config = {}, options) => new Ours({ secretKey: SECRET_KEY, host: server.fake.url, ...config }, options);
const TICKETS = { providerConfigKey: 'github', connectionId: 'user-42', model: 'Ticket' };

describe('nango-wasm specific', { skip }, () => {
    describe('constructor', () => {
        const thrownMessage = (Client, config) => {
            try {
                new Client(config);
            } catch (err) {
                return err.message;
            }
            return null;
        };
        for (const [name, config] of [
            ['both keys', { apiKey: 'a', secretKey: 'b' }],
            ['no key', {}],
            ['empty key', { secretKey: '' }],
            ['an invalid host URL', { secretKey: 'k', host: 'not a url' }],
            ['an invalid host URL with a trailing slash', { secretKey: 'k', host: 'nope/' }]
        ]) {
            it(`throws the official message on ${name}`, () => {
                const expected = thrownMessage(Official, { ...config });
                assert.equal(typeof expected, 'string', 'the official SDK throws here');
                assert.equal(thrownMessage(Ours, { ...config }), expected);
            });
        }

        const FIELDS = ['serverUrl', 'apiKey', 'secretKey', 'connectionId', 'providerConfigKey', 'isSync', 'isScript', 'dryRun', 'activityLogId', 'webhookSigningKey'];
        for (const [name, config] of [
            ['secretKey only', { secretKey: 'sk-1' }],
            ['apiKey only', { apiKey: 'ak-1' }],
            ['a host with a trailing slash', { secretKey: 'sk-1', host: 'http://localhost:3003/' }],
            ['an empty host (prod)', { secretKey: 'sk-1', host: '' }],
            [
                'every option',
                {
                    secretKey: 'sk-1',
                    host: 'https://nango.example.com/',
                    connectionId: 'user-42',
                    providerConfigKey: 'github',
                    isSync: true,
                    isScript: true,
                    dryRun: true,
                    activityLogId: 'log-1',
                    webhookSigningKey: 'whsk-1'
                }
            ],
            ['false flags', { apiKey: 'ak-1', isSync: false, isScript: false, dryRun: false, webhookSigningKey: 'whsk-2' }]
        ]) {
            it(`public fields read like the official's: ${name}`, () => {
                const official = new Official({ ...config });
                const ours = new Ours({ ...config });
                for (const field of FIELDS) {
                    assert.deepStrictEqual(ours[field], official[field], field);
                }
            });
        }

        it('removes the trailing slash from the host', () => {
            assert.equal(new Ours({ secretKey: 'k', host: 'http://127.0.0.1:1234/' }).serverUrl, 'http://127.0.0.1:1234');
        });
    });

    describe('user agent', () => {
        it('is ours by default', async () => {
            server.fake.reset();
            await client().listIntegrations();
            assert.match(server.fake.requests[0].headers['user-agent'], /^nango-wasm\//);
        });
        it('appends the userAgent option', async () => {
            server.fake.reset();
            await client({}, { userAgent: 'my-app/1.2.3' }).listIntegrations();
            const ua = server.fake.requests[0].headers['user-agent'];
            assert.match(ua, /^nango-wasm\//);
            assert.ok(ua.endsWith('my-app/1.2.3'), ua);
        });
    });

    describe('errors', () => {
        it('HTTP 404: NangoError, API_ERROR, axios code and wording, status, response, message naming method + Nango message', async () => {
            const err = await rejection(client().getConnection('github', 'nobody'));
            assert.ok(err instanceof Error);
            assert.equal(err.name, 'NangoError');
            assert.equal(err.kind, 'API_ERROR');
            assert.equal(err.code, 'ERR_BAD_REQUEST');
            assert.equal(err.isAxiosError, true);
            assert.match(err.message, /^Request failed with status code 404/);
            assert.equal(err.status, 404);
            assert.equal(err.response.status, 404);
            assert.equal(err.response.data.error.code, 'unknown_connection');
            assert.match(err.message, /getConnection/);
            assert.match(err.message, /404/);
            assert.match(err.message, /No connection found/);
            assert.equal(oursModule.isNangoError(err), true);
            assert.equal(oursModule.isNangoError(new Error('x')), false);
        });
        it('HTTP 404 through getToken names getToken', async () => {
            const err = await rejection(client().getToken('github', 'nobody'));
            assert.equal(err.kind, 'API_ERROR');
            assert.match(err.message, /getToken/);
        });
        it('HTTP 429: retry-after is readable as in the docs', async () => {
            const err = await rejection(client().listRecords({ ...TICKETS, connectionId: 'rate-limited' }));
            assert.equal(err.kind, 'RATE_LIMITED');
            assert.equal(err.code, 'ERR_BAD_REQUEST');
            assert.equal(err.status, 429);
            assert.equal(err.response.headers['retry-after'], '7');
            assert.match(err.message, /listRecords/);
            assert.match(err.message, /429/);
            assert.match(err.message, /Too many requests/);
        });
        it('HTTP 500 with a text body: data is the text', async () => {
            const err = await rejection(client().getConnection('github', 'server-error'));
            assert.equal(err.kind, 'API_ERROR');
            assert.equal(err.code, 'ERR_BAD_RESPONSE');
            assert.equal(err.status, 500);
            assert.equal(err.response.data, 'Internal Server Error: boom');
            assert.match(err.message, /500/);
        });
        it('the response object is plain, with lower-cased header names', async () => {
            const err = await rejection(client().getConnection('github', 'nobody'));
            const { response } = err;
            for (const key of ['status', 'statusText', 'headers', 'data']) assert.ok(key in response, key);
            assert.equal(Object.getPrototypeOf(response.headers), Object.prototype);
            assert.deepStrictEqual(Object.keys(response.headers).filter((k) => k !== k.toLowerCase()), []);
            assert.match(response.headers['content-type'], /^application\/json/);
        });
        it('network error: NETWORK_ERROR, ERR_NETWORK, status 0, cause set', async () => {
            const port = await closedPort();
            const nango = new Ours({ secretKey: SECRET_KEY, host: `http://127.0.0.1:${port}` });
            const err = await rejection(nango.getConnection('github', 'user-42'));
            assert.ok(err instanceof Error);
            assert.equal(err.name, 'NangoError');
            assert.equal(err.kind, 'NETWORK_ERROR');
            assert.equal(err.code, 'ERR_NETWORK');
            assert.match(err.message, /^Network Error/);
            assert.equal(err.status, 0);
            assert.notEqual(err.cause, undefined);
            assert.match(err.message, /getConnection/);
        });
        it('validation errors reject (never throw synchronously) with INVALID_ARGUMENT and the official message', async () => {
            const cases = [
                [(n) => n.listRecords({ providerConfigKey: 'github', connectionId: 'user-42' }), 'model is missing and is required to make a proxy call!'],
                [(n) => n.getMetadata('', 'user-42'), 'Provider Config Key is required'],
                [(n) => n.getMetadata('github', ''), 'Connection Id is required']
            ];
            for (const [call, message] of cases) {
                let promise;
                assert.doesNotThrow(() => {
                    promise = call(client());
                });
                assert.ok(promise instanceof Promise);
                const err = await rejection(promise);
                assert.equal(err.name, 'NangoError');
                assert.equal(err.code, 'INVALID_ARGUMENT');
                assert.equal(err.status, 0);
                assert.equal(err.message, message);
            }
        });
        it('methods that return responses return plain { status, statusText, headers, data }', async (t) => {
            const nango = client();
            if (typeof nango.setMetadata !== 'function') return t.skip('setMetadata not implemented yet');
            server.fake.reset();
            const res = await nango.setMetadata('github', 'user-42', { a: 1 });
            assert.deepStrictEqual(Object.keys(res).sort(), ['data', 'headers', 'status', 'statusText']);
            assert.equal(res.status, 200);
            assert.equal(Object.getPrototypeOf(res.headers), Object.prototype);
            assert.match(res.headers['content-type'], /^application\/json/);
        });
    });

    describe('no secret in errors', () => {
        const CANARY = 'sk-CANARY-9f8e7d6c5b4a39281706';
        let fake;
        before(async () => {
            fake = await startFakeNango({ secretKey: CANARY });
        });
        after(async () => {
            await fake?.close();
        });

        /** Every string reachable from the error: own and inherited properties, non-enumerable too. */
        function reachableStrings(root) {
            const out = [];
            const seen = new Set();
            const visit = (value, depth) => {
                if (typeof value === 'string') return void out.push(value);
                if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value) || depth > 8) return;
                seen.add(value);
                const names = new Set();
                for (let o = value; o && o !== Object.prototype && o !== Function.prototype && o !== Error.prototype; o = Object.getPrototypeOf(o)) {
                    for (const name of Object.getOwnPropertyNames(o)) names.add(name);
                }
                for (const name of names) {
                    if (name === 'constructor' || name === 'caller' || name === 'callee' || name === 'arguments') continue;
                    let v;
                    try {
                        v = value[name];
                    } catch {
                        continue;
                    }
                    if (typeof v !== 'function') visit(v, depth + 1);
                }
            };
            visit(root, 0);
            return out;
        }

        function assertNoSecret(err, label) {
            assert.ok(err instanceof Error, `${label}: rejected with an Error`);
            let json;
            assert.doesNotThrow(() => {
                json = JSON.stringify(err);
            }, `${label}: JSON.stringify(err) works`);
            const texts = [
                ['message', err.message],
                ['stack', err.stack],
                ['String(err)', String(err)],
                ['JSON.stringify', json ?? ''],
                ['util.inspect', util.inspect(err, { depth: 10 })],
                ['util.inspect showHidden', util.inspect(err, { depth: 10, showHidden: true })],
                ...reachableStrings(err).map((s) => ['property', s])
            ];
            for (const [where, text] of texts) {
                assert.ok(!String(text).includes(CANARY), `${label}: the secret key leaks through ${where}`);
                assert.ok(!String(text).includes('Bearer'), `${label}: "Bearer" leaks through ${where}`);
            }
        }

        const nango = () => new Ours({ secretKey: CANARY, host: fake.url });
        it('404', async () => assertNoSecret(await rejection(nango().getConnection('github', 'nobody')), '404'));
        it('429', async () => assertNoSecret(await rejection(nango().getConnection('github', 'rate-limited')), '429'));
        it('500', async () => assertNoSecret(await rejection(nango().listRecords({ ...TICKETS, connectionId: 'server-error' })), '500'));
        it('401 (wrong key)', async () => {
            const wrong = new Ours({ secretKey: `${CANARY}-wrong`, host: fake.url });
            const err = await rejection(wrong.listIntegrations());
            assert.equal(err.status, 401);
            assertNoSecret(err, '401');
        });
        it('network error', async () => {
            const port = await closedPort();
            const err = await rejection(new Ours({ secretKey: CANARY, host: `http://127.0.0.1:${port}` }).getToken('github', 'user-42'));
            assertNoSecret(err, 'network');
        });
        it('validation errors', async () => {
            assertNoSecret(await rejection(nango().listRecords({})), 'listRecords validation');
            assertNoSecret(await rejection(nango().getMetadata('github', '')), 'getMetadata validation');
            assertNoSecret(await rejection(nango().getConnection('github', '..')), 'path validation');
        });
        it('apiKey stays a readable public field, like the official (only errors must never carry it)', () => {
            assert.equal(nango().apiKey, CANARY);
        });
    });

    describe('percent-encoding hardening', () => {
        it('an id with / ? # % & + space and é reaches the server as exactly one path segment', async () => {
            server.fake.reset();
            const id = 'a/b?c#d%e&f+g h é';
            const err = await rejection(client().getConnection('github', id));
            assert.equal(err.status, 404);
            assert.equal(server.fake.requests.length, 1);
            const req = server.fake.requests[0];
            assert.deepStrictEqual(req.segments, ['', 'connections', id]);
            assert.deepStrictEqual(req.query, [
                ['provider_config_key', 'github'],
                ['force_refresh', 'false'],
                ['refresh_token', 'false'],
                ['refresh_github_app_jwt_token', 'false']
            ]);
        });
        it('a provider config key with & = # + stays one query value', async () => {
            server.fake.reset();
            const key = 'gh&x=1#frag+plus space';
            await rejection(client().getConnection(key, 'user-42'));
            const req = server.fake.requests[0];
            assert.deepStrictEqual(req.segments, ['', 'connections', 'user-42']);
            assert.equal(req.query.length, 4);
            assert.deepStrictEqual(req.query[0], ['provider_config_key', key]);
        });
        it('record cursors with + / = survive paging (25 records, 3 pages)', async () => {
            server.fake.reset();
            const nango = client();
            const ids = [];
            let cursor = null;
            let pages = 0;
            do {
                const page = await nango.listRecords({ ...TICKETS, cursor });
                ids.push(...page.records.map((r) => r.id));
                cursor = page.next_cursor;
                pages++;
            } while (cursor && pages < 10);
            assert.equal(pages, 3);
            assert.equal(new Set(ids).size, 25);
        });
        for (const [name, call] of [
            ["getConnection id '.'", (n) => n.getConnection('github', '.')],
            ["getConnection id '..'", (n) => n.getConnection('github', '..')],
            ["getConnection id ''", (n) => n.getConnection('github', '')],
            ["getToken id '..'", (n) => n.getToken('github', '..')],
            ["deleteConnection id '..'", (n) => n.deleteConnection?.('github', '..')],
            ["getIntegration uniqueKey '..'", (n) => n.getIntegration?.({ uniqueKey: '..' })]
        ]) {
            it(`${name} rejects with INVALID_ARGUMENT and sends nothing`, async (t) => {
                server.fake.reset();
                const promise = call(client());
                if (promise === undefined) return t.skip('method not implemented yet');
                const err = await rejection(promise);
                assert.equal(err.code, 'INVALID_ARGUMENT');
                assert.equal(server.fake.requests.length, 0);
            });
        }
    });

    describe('concurrency', () => {
        it('50 overlapping calls on one client all resolve correctly', async () => {
            server.fake.reset();
            const nango = client();
            const targets = [
                ['github', 'user-42'],
                ['github', 'user-43'],
                ['slack', 'user-42'],
                ['twitter', 'oauth1-conn'],
                ['openai', 'apikey-conn'],
                ['jira-basic', 'basic-conn'],
                ['github-app', 'app-conn'],
                ['github', 'slow']
            ];
            const calls = Array.from({ length: 50 }, (_, i) => targets[i % targets.length]);
            const results = await Promise.all(calls.map(([key, id]) => nango.getConnection(key, id)));
            results.forEach((conn, i) => {
                assert.equal(conn.connection_id, calls[i][1]);
                assert.equal(conn.provider_config_key, calls[i][0]);
            });
            assert.equal(server.fake.requests.length, 50);
        });
        it('overlapping successes and failures do not mix', async () => {
            const nango = client();
            const outcomes = await Promise.allSettled([
                nango.getConnection('github', 'slow'),
                nango.getConnection('github', 'nobody'),
                nango.getToken('twitter', 'oauth1-conn'),
                nango.listRecords({ ...TICKETS, connectionId: 'rate-limited' }),
                nango.listRecords({ ...TICKETS, limit: 3 })
            ]);
            assert.deepStrictEqual(
                outcomes.map((o) => o.status),
                ['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']
            );
            assert.equal(outcomes[0].value.connection_id, 'slow');
            assert.equal(outcomes[1].reason.status, 404);
            assert.deepStrictEqual(outcomes[2].value, { oAuthToken: 'oauth1-token-0001', oAuthTokenSecret: 'oauth1-token-secret-0001' });
            assert.equal(outcomes[3].reason.status, 429);
            assert.equal(outcomes[4].value.records.length, 3);
        });
    });
});
