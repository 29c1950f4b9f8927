// The package through CommonJS: require('nango-wasm') (or NANGO_SDK_MODULE), against the fake
// Nango server (an ES module, loaded with a dynamic import()).
'use strict';

const assert = require('node:assert/strict');
const path = require('node:path');
const { after, before, describe, it } = require('node:test');

const MODULE = process.env.NANGO_SDK_MODULE || 'nango-wasm';
const isOfficial = MODULE === '@nangohq/node';
const sdk = require(MODULE.startsWith('.') || path.isAbsolute(MODULE) ? path.resolve(MODULE) : MODULE);
const { Nango } = sdk;

const SECRET_KEY = 'sk-test-1234567890';
const TICKETS = { providerConfigKey: 'github', connectionId: 'user-42', model: 'Ticket' };

let fake;
before(async () => {
    const { startFakeNango } = await import('../fake-nango/server.mjs');
    fake = await startFakeNango({ secretKey: SECRET_KEY });
});
after(async () => {
    if (fake) await fake.close();
});

const client = () => new Nango({ secretKey: SECRET_KEY, host: fake.url });

describe(`CommonJS: require('${MODULE}')`, () => {
    it('exports Nango, prodHost and SyncConfigType', () => {
        assert.equal(typeof Nango, 'function');
        assert.equal(sdk.prodHost, 'https://api.nango.dev');
        assert.equal(sdk.SyncConfigType.SYNC, 'sync');
    });

    it('constructs like the official SDK', () => {
        const nango = new Nango({ secretKey: 'sk-1', host: 'http://localhost:3003/' });
        assert.equal(nango.serverUrl, 'http://localhost:3003');
        assert.equal(nango.apiKey, 'sk-1');
        assert.equal(nango.isSync, false);
        assert.throws(() => new Nango({}), { message: 'You must specify an API key (cf. documentation).' });
        assert.throws(() => new Nango({ secretKey: 'k', host: 'not a url' }), { message: 'Invalid URL provided for the Nango host: not a url' });
    });

    it('getConnection', async () => {
        fake.reset();
        const conn = await client().getConnection('github', 'user-42');
        assert.equal(conn.connection_id, 'user-42');
        assert.equal(conn.credentials.type, 'OAUTH2');
        assert.deepStrictEqual(conn.metadata, { plan: 'pro', repos: ['engine', 'notes'], seats: 3 });
        assert.equal(fake.requests.length, 1);
        assert.deepStrictEqual(fake.requests[0].segments, ['', 'connections', 'user-42']);
        assert.equal(fake.requests[0].headers.authorization, `Bearer ${SECRET_KEY}`);
    });

    it('getToken', async () => {
        const nango = client();
        assert.equal(await nango.getToken('github', 'user-42'), 'gho_user42AccessToken0001');
        assert.deepStrictEqual(await nango.getToken('twitter', 'oauth1-conn'), { oAuthToken: 'oauth1-token-0001', oAuthTokenSecret: 'oauth1-token-secret-0001' });
        assert.deepStrictEqual(await nango.getToken('openai', 'apikey-conn'), { type: 'API_KEY', apiKey: 'sk-proj-apikey-conn-0001' });
    });

    it('listRecords pages to the end', async () => {
        const nango = client();
        const sizes = [];
        const ids = new Set();
        let cursor = null;
        do {
            const page = await nango.listRecords({ ...TICKETS, cursor });
            sizes.push(page.records.length);
            for (const r of page.records) ids.add(r.id);
            cursor = page.next_cursor;
        } while (cursor && sizes.length < 10);
        assert.deepStrictEqual(sizes, [10, 10, 5]);
        assert.equal(ids.size, 25);
    });

    it('an HTTP error rejects with the response', async () => {
        const err = await client()
            .getConnection('github', 'nobody')
            .then(() => assert.fail('expected a rejection'), (e) => e);
        assert.ok(err instanceof Error);
        assert.equal(err.response.status, 404);
        assert.equal(err.response.data.error.code, 'unknown_connection');
        if (!isOfficial) {
            assert.equal(err.name, 'NangoError');
            assert.equal(err.kind, 'API_ERROR');
            assert.equal(err.code, 'ERR_BAD_REQUEST');
            assert.equal(err.status, 404);
        }
    });

    it('a 429 exposes retry-after', async () => {
        const err = await client()
            .listRecords({ ...TICKETS, connectionId: 'rate-limited' })
            .then(() => assert.fail('expected a rejection'), (e) => e);
        assert.equal(err.response.status, 429);
        assert.equal(err.response.headers['retry-after'], '7');
    });
});
