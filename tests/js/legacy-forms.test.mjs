// The older string-first call forms of getIntegration, createIntegration and updateIntegration
// (Nango's earlier SDK docs). The official 0.71.10 no longer understands them: it sends
// `/integrations/undefined` or a string body, so these are not differential tests. nango-wasm
// sends them to the current endpoints of nango-openapi.yaml instead, and each request below is
// checked against the shape the spec defines:
//   GET   /integrations/{uniqueKey}?include=credentials      (query `include`: webhook | credentials)
//   POST  /integrations   { provider, unique_key, credentials? } (required: unique_key, provider)
//   PATCH /integrations/{uniqueKey}   { credentials? }           (no `provider`: it cannot change)
// with the older `oauth_client_id` / `oauth_client_secret` / `oauth_scopes` credentials mapped
// to the spec's `IntegrationCredentials` `{ type: 'OAUTH2', client_id, client_secret, scopes }`.
// They resolve with the older `{ config }` shape.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { normalizeRequest, SECRET_KEY, useFakeNango } from './helpers.mjs';
import { Official, Ours, oursIsOfficial, OURS_MODULE } from './sdk.mjs';

const skip = oursIsOfficial
    ? `NANGO_SDK_MODULE=${OURS_MODULE} points at the official SDK, which no longer supports these forms`
    : false;

const server = useFakeNango();
const client = (Client = Ours) => new Client({ secretKey: SECRET_KEY, host: server.fake.url });
const AUTH = `Bearer ${SECRET_KEY}`;
const JSON_TYPE = 'application/json';

/** Runs `fn` on a fresh server; returns its outcome and the requests, as the differential does. */
async function run(fn, Client = Ours) {
    server.fake.reset();
    let outcome;
    try {
        outcome = { ok: true, value: await fn(client(Client)) };
    } catch (err) {
        outcome = { ok: false, err };
    }
    return { outcome, requests: server.fake.requests.map(normalizeRequest) };
}

/** The request a spec-conforming client sends (with the official SDK's `Accept`). */
const request = (method, segments, { query = [], body = '', contentType } = {}) => ({
    method,
    segments,
    query,
    body,
    headers: { accept: 'application/json, text/plain, */*', authorization: AUTH, ...(contentType ? { 'content-type': contentType } : {}) }
});

const OLD_CREDENTIALS = { oauth_client_id: 'cid', oauth_client_secret: 'csecret', oauth_scopes: 'repo,user' };
const SPEC_CREDENTIALS = { type: 'OAUTH2', client_id: 'cid', client_secret: 'csecret', scopes: 'repo,user' };

describe('older integration call forms', { skip }, () => {
    it('the official SDK no longer sends them anywhere useful', async () => {
        const got = await run((n) => n.getIntegration('github', true), Official);
        assert.deepStrictEqual(got.requests[0].segments, ['', 'integrations', 'undefined']);
        const created = await run((n) => n.createIntegration('github', 'github-2'), Official);
        assert.equal(created.requests[0].body, 'github');
    });

    describe('getIntegration(providerConfigKey, includeIntegrationCredentials?)', () => {
        it('without credentials: GET /integrations/{key}, resolves with { config }', async () => {
            const got = await run((n) => n.getIntegration('github'));
            assert.deepStrictEqual(got.requests, [request('GET', ['', 'integrations', 'github'], { contentType: JSON_TYPE })]);
            const current = await client().getIntegration({ uniqueKey: 'github' });
            assert.deepStrictEqual(got.outcome.value, { config: current.data });
            assert.equal(got.outcome.value.config.credentials, undefined);
        });
        it('false is the same as no flag', async () => {
            const got = await run((n) => n.getIntegration('github', false));
            assert.deepStrictEqual(got.requests[0].query, []);
        });
        it('true: include=credentials', async () => {
            const got = await run((n) => n.getIntegration('github', true));
            assert.deepStrictEqual(got.requests, [
                request('GET', ['', 'integrations', 'github'], { query: [['include', 'credentials']], contentType: JSON_TYPE })
            ]);
            assert.equal(got.outcome.value.config.credentials.type, 'OAUTH2');
        });
        it('an unknown key rejects with the 404', async () => {
            const got = await run((n) => n.getIntegration('nope', true));
            assert.equal(got.outcome.err.status, 404);
        });
    });

    describe('createIntegration(provider, providerConfigKey, credentials?)', () => {
        it('older OAuth fields: POST /integrations with spec credentials, resolves with { config }', async () => {
            const got = await run(async (n) => ({
                created: await n.createIntegration('github', 'github-2', OLD_CREDENTIALS),
                read: await n.getIntegration('github-2', true)
            }));
            assert.deepStrictEqual(
                got.requests[0],
                request('POST', ['', 'integrations'], { body: { provider: 'github', unique_key: 'github-2', credentials: SPEC_CREDENTIALS }, contentType: JSON_TYPE })
            );
            const { created, read } = got.outcome.value;
            assert.deepStrictEqual([created.config.unique_key, created.config.provider], ['github-2', 'github']);
            assert.deepStrictEqual(read.config.credentials, SPEC_CREDENTIALS);
        });
        it('without credentials: { provider, unique_key }', async () => {
            const got = await run((n) => n.createIntegration('github', 'github-2'));
            assert.deepStrictEqual(got.requests[0].body, { provider: 'github', unique_key: 'github-2' });
            assert.equal(got.outcome.value.config.unique_key, 'github-2');
        });
        it('only some older fields: the others are left out', async () => {
            const got = await run((n) => n.createIntegration('github', 'github-2', { oauth_client_id: 'cid', oauth_client_secret: 'csecret' }));
            assert.deepStrictEqual(got.requests[0].body.credentials, { type: 'OAUTH2', client_id: 'cid', client_secret: 'csecret' });
        });
        it('credentials already in the current shape are sent as they are', async () => {
            const credentials = { type: 'OAUTH1', client_id: 'ck', client_secret: 'cs' };
            const got = await run((n) => n.createIntegration('twitter', 'twitter-2', credentials));
            assert.deepStrictEqual(got.requests[0].body, { provider: 'twitter', unique_key: 'twitter-2', credentials });
        });
        it('a duplicate key rejects with the 400', async () => {
            const got = await run((n) => n.createIntegration('github', 'github'));
            assert.equal(got.outcome.err.status, 400);
        });
        for (const [name, args, message] of [
            ['an empty provider', ['', 'k'], 'provider is required'],
            ['no key', ['github'], 'providerConfigKey is required']
        ]) {
            it(`rejects ${name} with INVALID_ARGUMENT and sends nothing`, async () => {
                const got = await run((n) => n.createIntegration(...args));
                assert.deepStrictEqual([got.outcome.err.code, got.outcome.err.message, got.requests], ['INVALID_ARGUMENT', message, []]);
            });
        }
    });

    describe('updateIntegration(provider, providerConfigKey, credentials?)', () => {
        it('PATCH /integrations/{key} with { credentials }, resolves with { config }', async () => {
            const got = await run(async (n) => ({
                updated: await n.updateIntegration('github', 'github', OLD_CREDENTIALS),
                read: await n.getIntegration('github', true)
            }));
            assert.deepStrictEqual(
                got.requests[0],
                request('PATCH', ['', 'integrations', 'github'], { body: { credentials: SPEC_CREDENTIALS }, contentType: JSON_TYPE })
            );
            assert.equal(got.outcome.value.updated.config.unique_key, 'github');
            assert.deepStrictEqual(got.outcome.value.read.config.credentials, SPEC_CREDENTIALS);
        });
        it('without credentials: an empty body', async () => {
            const got = await run((n) => n.updateIntegration('github', 'github'));
            assert.deepStrictEqual(got.requests[0].body, {});
        });
        it('an unknown key rejects with the 404', async () => {
            const got = await run((n) => n.updateIntegration('github', 'nope', OLD_CREDENTIALS));
            assert.equal(got.outcome.err.status, 404);
        });
        it('no key rejects with INVALID_ARGUMENT and sends nothing', async () => {
            const got = await run((n) => n.updateIntegration('github'));
            assert.deepStrictEqual([got.outcome.err.code, got.outcome.err.message, got.requests], ['INVALID_ARGUMENT', 'providerConfigKey is required', []]);
        });
    });
});
