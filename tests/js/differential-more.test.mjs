// Differential tests for the rest of the public surface: every other method of @nangohq/node
// 0.71.10 and its call forms, the proxy, the webhook verifiers and the module exports.
// Same rule as differential.test.mjs: identical requests on the wire, identical results/errors.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, it } from 'node:test';

import { differential, onlyRequest, pickProxyResponse, pickResponse, SECRET_KEY, useFakeNango } from './helpers.mjs';
import { officialModule, oursModule } from './sdk.mjs';

const server = useFakeNango();
const diff = (fn, opts) => differential(server.fake, fn, opts);
const axiosLike = { result: pickResponse };
const proxied = { result: pickProxyResponse };

const TICKETS = { providerConfigKey: 'github', connectionId: 'user-42', model: 'Ticket' };
const PROXY = { providerConfigKey: 'github', connectionId: 'user-42' };

describe('module exports', () => {
    it('prodHost, SyncConfigType and getUserAgent', () => {
        assert.equal(oursModule.prodHost, officialModule.prodHost);
        assert.deepStrictEqual({ ...oursModule.SyncConfigType }, { ...officialModule.SyncConfigType });
        assert.equal(typeof oursModule.getUserAgent, 'function');
        assert.equal(typeof oursModule.getUserAgent(), 'string');
        assert.ok(oursModule.getUserAgent('my-app/2.0').endsWith('my-app/2.0'));
    });
});

describe('providers', () => {
    it('listProviders({})', async () => {
        const run = await diff((n) => n.listProviders({}));
        assert.deepStrictEqual(onlyRequest(run.official).query, []);
    });
    it('listProviders(undefined)', async () => {
        await diff((n) => n.listProviders());
    });
    it('listProviders({ search })', async () => {
        const run = await diff((n) => n.listProviders({ search: 'git' }));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['search', 'git']]);
        assert.deepStrictEqual(run.official.outcome.value.data.map((p) => p.name), ['github', 'github-app']);
    });
    it('getProvider', async () => {
        await diff((n) => n.getProvider({ provider: 'github' }));
    });
    it('getProvider unknown → 404', async () => {
        await diff((n) => n.getProvider({ provider: 'nope' }), { expectError: 404 });
    });
    it('getProviderTemplates', async () => {
        const run = await diff((n) => n.getProviderTemplates({ provider: 'github' }));
        assert.deepStrictEqual(onlyRequest(run.official).segments, ['', 'providers', 'github', 'templates']);
    });
    it('listProviders with 0, false, null and array values (addQueryParams)', async () => {
        const run = await diff((n) => n.listProviders({ search: ['x', 'git'], page: 0, flag: false, gone: null, none: [], empty: '' }));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['search', 'git'], ['page', '0'], ['flag', 'false'], ['empty', '']]);
    });
    it('getProviderTemplates unknown → 404', async () => {
        await diff((n) => n.getProviderTemplates({ provider: 'nope' }), { expectError: 404 });
    });
});

describe('integrations', () => {
    it('getIntegration({ uniqueKey })', async () => {
        const run = await diff((n) => n.getIntegration({ uniqueKey: 'github' }));
        assert.equal(onlyRequest(run.official).headers['content-type'], 'application/json');
    });
    it('getIntegration with include: [webhook]', async () => {
        const run = await diff((n) => n.getIntegration({ uniqueKey: 'github' }, { include: ['webhook'] }));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['include', 'webhook']]);
    });
    it('getIntegration with include: [webhook, credentials] (the official sends only the last one)', async () => {
        const run = await diff((n) => n.getIntegration({ uniqueKey: 'github' }, { include: ['webhook', 'credentials'] }));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['include', 'credentials']]);
    });
    it('getIntegration unknown → 404', async () => {
        await diff((n) => n.getIntegration({ uniqueKey: 'nope' }), { expectError: 404 });
    });
    it('createIntegration', async () => {
        const run = await diff((n) =>
            n.createIntegration({
                provider: 'github',
                unique_key: 'github-2',
                display_name: 'GitHub 2',
                credentials: { type: 'OAUTH2', client_id: 'cid', client_secret: 'csecret', scopes: 'repo' },
                forward_webhooks: false
            })
        );
        const req = onlyRequest(run.official);
        assert.equal(req.method, 'POST');
        assert.equal(req.headers['content-type'], 'application/json');
        assert.equal(run.official.outcome.value.data.unique_key, 'github-2');
    });
    it('createIntegration with a duplicate key → 400', async () => {
        await diff((n) => n.createIntegration({ provider: 'github', unique_key: 'github' }), { expectError: 400 });
    });
    it('createQuickstartIntegration', async () => {
        const run = await diff((n) => n.createQuickstartIntegration({ provider: 'slack', unique_key: 'slack-qs' }));
        assert.deepStrictEqual(onlyRequest(run.official).segments, ['', 'integrations', 'quickstart']);
    });
    it('updateIntegration', async () => {
        const run = await diff((n) => n.updateIntegration({ uniqueKey: 'github' }, { display_name: 'GitHub (renamed)', forward_webhooks: false }));
        assert.equal(onlyRequest(run.official).method, 'PATCH');
    });
    it('deleteIntegration returns the response', async () => {
        const run = await diff((n) => n.deleteIntegration('openai'), axiosLike);
        assert.equal(run.official.outcome.value.status, 200);
    });
    it('deleteIntegration unknown → 404', async () => {
        await diff((n) => n.deleteIntegration('nope'), { expectError: 404 });
    });
    it('getIntegration with include: webhook as a string, and an empty array', async () => {
        const run = await diff((n) => n.getIntegration({ uniqueKey: 'github' }, { include: 'webhook' }));
        assert.equal(typeof run.official.outcome.value.data.webhook_url, 'string');
        const none = await diff((n) => n.getIntegration({ uniqueKey: 'github' }, { include: [] }));
        assert.deepStrictEqual(onlyRequest(none.official).query, []);
    });
    it('getIntegration with include: [webhook, null] sends "null" (→ 400)', async () => {
        const run = await diff((n) => n.getIntegration({ uniqueKey: 'github' }, { include: ['webhook', null] }), { expectError: 400 });
        assert.deepStrictEqual(onlyRequest(run.official).query, [['include', 'null']]);
    });
    it('createIntegration with credentials, then read back with include: credentials', async () => {
        const credentials = { type: 'OAUTH2', client_id: 'cid', client_secret: 'csecret', scopes: 'repo,user' };
        const run = await diff(async (n) => {
            const created = await n.createIntegration({ provider: 'github', unique_key: 'github-3', credentials });
            return { created, read: await n.getIntegration({ uniqueKey: 'github-3' }, { include: ['credentials'] }) };
        });
        assert.deepStrictEqual(run.official.outcome.value.read.data.credentials, credentials);
    });
    for (const [name, body] of [
        ['no body', undefined],
        ['a null body', null]
    ]) {
        it(`createIntegration with ${name} (axios sends no body, form content type) → 400`, async () => {
            const run = await diff((n) => n.createIntegration(body), { expectError: 400 });
            const req = onlyRequest(run.official);
            assert.equal(req.body, '');
            assert.equal(req.headers['content-type'], 'application/x-www-form-urlencoded');
        });
    }
    it('createQuickstartIntegration with no body → 400', async () => {
        await diff((n) => n.createQuickstartIntegration(), { expectError: 400 });
    });
    it('updateIntegration with no body → 400', async () => {
        await diff((n) => n.updateIntegration({ uniqueKey: 'github' }), { expectError: 400 });
    });
    it('updateIntegration renames, and the new key is readable', async () => {
        await diff(async (n) => {
            await n.updateIntegration({ uniqueKey: 'github' }, { unique_key: 'github-renamed' });
            return n.getIntegration({ uniqueKey: 'github-renamed' });
        });
    });
    it('updateIntegration unknown → 404', async () => {
        await diff((n) => n.updateIntegration({ uniqueKey: 'nope' }, { display_name: 'x' }), { expectError: 404 });
    });
});

describe('functions', () => {
    it('listFunctions', async () => {
        await diff((n) => n.listFunctions({ uniqueKey: 'github' }));
    });
    it('listFunctions with filters (page 0 is sent here)', async () => {
        const run = await diff((n) => n.listFunctions({ uniqueKey: 'github' }, { type: 'sync', search: 'git', page: 0, limit: 1 }));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['type', 'sync'], ['search', 'git'], ['page', '0'], ['limit', '1']]);
    });
    it('listFunctions drops undefined and null filters', async () => {
        const run = await diff((n) => n.listFunctions({ uniqueKey: 'github' }, { type: undefined, search: null, limit: 2 }));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['limit', '2']]);
    });
    it('getFunction', async () => {
        await diff((n) => n.getFunction({ uniqueKey: 'github', name: 'github-issues' }));
    });
    it('getFunction with type', async () => {
        await diff((n) => n.getFunction({ uniqueKey: 'github', name: 'create-issue' }, { type: 'action' }));
    });
    it('getFunctionCode', async () => {
        const run = await diff((n) => n.getFunctionCode({ uniqueKey: 'github', name: 'github-issues' }, { type: 'sync' }));
        assert.deepStrictEqual(onlyRequest(run.official).segments, ['', 'integrations', 'github', 'functions', 'github-issues', 'code']);
    });
    it('deleteFunction', async () => {
        const run = await diff((n) => n.deleteFunction({ uniqueKey: 'github', name: 'github-prs' }, { type: 'sync' }));
        assert.equal(onlyRequest(run.official).method, 'DELETE');
    });
    it('deleteFunction of a repo-managed function → 400', async () => {
        await diff((n) => n.deleteFunction({ uniqueKey: 'github', name: 'github-issues' }, { type: 'sync' }), { expectError: 400 });
    });
    it('listFunctions with an array filter (only the last item is sent)', async () => {
        const run = await diff((n) => n.listFunctions({ uniqueKey: 'github' }, { type: ['action', 'sync'] }));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['type', 'sync']]);
    });
    it('getFunctionCode without type', async () => {
        await diff((n) => n.getFunctionCode({ uniqueKey: 'github', name: 'create-issue' }));
    });
    it('getFunction unknown → 404', async () => {
        await diff((n) => n.getFunction({ uniqueKey: 'github', name: 'nope' }), { expectError: 404 });
    });
    it('deleteFunction without type → 400', async () => {
        const run = await diff((n) => n.deleteFunction({ uniqueKey: 'github', name: 'github-prs' }), { expectError: 400 });
        assert.deepStrictEqual(onlyRequest(run.official).query, []);
    });
    it('deleteFunction, then listFunctions', async () => {
        await diff(async (n) => {
            await n.deleteFunction({ uniqueKey: 'github', name: 'github-prs' }, { type: 'sync' });
            return n.listFunctions({ uniqueKey: 'github' });
        });
    });
});

describe('connections', () => {
    it('patchConnection', async () => {
        const run = await diff(async (n) => {
            const res = await n.patchConnection({ connectionId: 'user-42', provider_config_key: 'github' }, { tags: { team: 'core' } });
            return { res, tags: (await n.getConnection('github', 'user-42')).tags };
        });
        assert.deepStrictEqual(run.official.requests[0].query, [['provider_config_key', 'github']]);
        assert.deepStrictEqual(run.official.outcome.value.tags, { team: 'core' });
    });
    it('deleteConnection returns the response', async () => {
        const run = await diff((n) => n.deleteConnection('github', 'user-43'), axiosLike);
        const req = onlyRequest(run.official);
        assert.deepStrictEqual([req.method, req.segments, req.query], ['DELETE', ['', 'connections', 'user-43'], [['provider_config_key', 'github']]]);
        assert.equal(req.headers['content-type'], 'application/json');
    });
    it('deleteConnection unknown → 404', async () => {
        await diff((n) => n.deleteConnection('github', 'nobody'), { expectError: 404 });
    });
    it('patchConnection with end_user, then getConnection', async () => {
        const run = await diff(async (n) => {
            await n.patchConnection({ connectionId: 'user-42', provider_config_key: 'github' }, { end_user: { id: 'u-1', email: 'a@b.c' } });
            return (await n.getConnection('github', 'user-42')).end_user;
        });
        assert.equal(run.official.outcome.value.id, 'u-1');
    });
    it('patchConnection with no body (JSON content type, no body) → 400', async () => {
        const run = await diff((n) => n.patchConnection({ connectionId: 'user-42', provider_config_key: 'github' }), { expectError: 400 });
        assert.equal(onlyRequest(run.official).headers['content-type'], 'application/json');
    });
    it('patchConnection unknown → 404', async () => {
        await diff((n) => n.patchConnection({ connectionId: 'nobody', provider_config_key: 'github' }, { tags: {} }), { expectError: 404 });
    });
    it('deleteConnection, then getConnection → 404', async () => {
        await diff(
            async (n) => {
                await n.deleteConnection('github', 'user-43');
                return n.getConnection('github', 'user-43');
            },
            { expectError: 404 }
        );
    });
    it('getConnectionDetails returns the response', async () => {
        const run = await diff((n) => n.getConnectionDetails({ providerConfigKey: 'github', connectionId: 'user-42' }), axiosLike);
        assert.deepStrictEqual(onlyRequest(run.official).query, [
            ['provider_config_key', 'github'],
            ['force_refresh', 'false'],
            ['refresh_token', 'false'],
            ['refresh_github_app_jwt_token', 'false']
        ]);
        assert.equal(run.official.outcome.value.status, 200);
    });
    it('getConnectionDetails with every flag', async () => {
        const run = await diff(
            (n) => n.getConnectionDetails({ providerConfigKey: 'github-app', connectionId: 'app-conn', forceRefresh: true, refreshToken: true, refreshGithubAppJwtToken: true }),
            axiosLike
        );
        assert.equal(typeof run.official.outcome.value.data.credentials.jwtToken, 'string');
    });
    it('getConnectionDetails unknown → 404', async () => {
        await diff((n) => n.getConnectionDetails({ providerConfigKey: 'github', connectionId: 'nobody' }), { expectError: 404 });
    });
    // The core builds these headers (ApiRequest::extra_headers); src/http.rs must send them.
    it('getConnectionDetails with additionalHeader (cannot replace the authorization or the flags)', async () => {
        const additionalHeader = { 'X-Custom': 1, 'X-Dropped': false, 'content-type': 'text/plain', Accept: 'application/x-test', authorization: 'Bearer nope', 'Nango-Is-Script': 'true' };
        const run = await diff((n) => n.getConnectionDetails({ providerConfigKey: 'github', connectionId: 'user-42', additionalHeader }), {
            ...axiosLike,
            config: { isSync: true }
        });
        const req = onlyRequest(run.official);
        assert.deepStrictEqual([req.headers['content-type'], req.headers.accept, req.headers['nango-is-sync'], req.headers['nango-is-script']], ['text/plain', 'application/x-test', 'true', undefined]);
        const ours = server.fake.requests[0].headers;
        assert.deepStrictEqual([ours['x-custom'], ours['x-dropped']], ['1', undefined]);
    });
});

describe('metadata', () => {
    for (const method of ['setMetadata', 'updateMetadata']) {
        it(`${method} (one id) returns the response and stores it`, async () => {
            const run = await diff(async (n) => {
                const res = await n[method]('github', 'user-42', { plan: 'enterprise', nested: { a: [1, null] } });
                return { res: pickResponse(res), after: await n.getMetadata('github', 'user-42') };
            });
            const req = run.official.requests[0];
            assert.equal(req.method, method === 'setMetadata' ? 'POST' : 'PATCH');
            assert.deepStrictEqual(req.body, { metadata: { plan: 'enterprise', nested: { a: [1, null] } }, connection_id: 'user-42', provider_config_key: 'github' });
        });
        it(`${method} (array of ids)`, async () => {
            await diff((n) => n[method]('github', ['user-42', 'user-43'], { flag: true }), axiosLike);
        });
        it(`${method} with an unknown id → 404`, async () => {
            await diff((n) => n[method]('github', ['user-42', 'nobody'], { flag: true }), { expectError: 404 });
        });
        for (const [name, args, message] of [
            ['no provider config key', ['', 'user-42', {}], 'Provider Config Key is required'],
            ['no connection id', ['github', '', {}], 'Connection Id is required'],
            ['no metadata', ['github', 'user-42'], 'Metadata is required']
        ]) {
            it(`${method} rejects: ${name}`, async () => {
                await diff((n) => n[method](...args), { expectError: message });
            });
        }
    }
});

describe('scripts config', () => {
    for (const args of [[], ['nango'], ['openai']]) {
        it(`getScriptsConfig(${args.map((a) => JSON.stringify(a)).join(', ')})`, async () => {
            const run = await diff((n) => n.getScriptsConfig(...args));
            assert.deepStrictEqual(onlyRequest(run.official).query, [['format', args[0] ?? 'nango']]);
        });
    }
    it('getScriptsConfig(null) sends no format', async () => {
        const run = await diff((n) => n.getScriptsConfig(null));
        assert.deepStrictEqual(onlyRequest(run.official).query, []);
    });
    it("getScriptsConfig('') → 400", async () => {
        const run = await diff((n) => n.getScriptsConfig(''), { expectError: 400 });
        assert.deepStrictEqual(onlyRequest(run.official).query, [['format', '']]);
    });
});

describe('records prune', () => {
    const untilCursor = async (n) => (await n.listRecords({ ...TICKETS, limit: 6 })).next_cursor;
    it('pruneRecords with limit', async () => {
        const run = await diff(async (n) => {
            const cursor = await untilCursor(n);
            return n.pruneRecords({ ...TICKETS, untilCursor: cursor, limit: 4 });
        });
        assert.deepStrictEqual(run.official.outcome.value, { count: 4, has_more: true });
    });
    it('pruneRecords without limit, with variant', async () => {
        const run = await diff(async (n) => {
            const { records } = await n.listRecords({ ...TICKETS, variant: 'eu' });
            return n.pruneRecords({ ...TICKETS, variant: 'eu', untilCursor: records[1]._nango_metadata.cursor });
        });
        assert.deepStrictEqual(run.official.requests[1].body, { model: 'Ticket', until_cursor: run.official.requests[1].body.until_cursor, variant: 'eu' });
    });
    it('pruneRecords({}) sends an empty body and no id headers → 400', async () => {
        const run = await diff((n) => n.pruneRecords({}), { expectError: 400 });
        const req = onlyRequest(run.official);
        assert.deepStrictEqual([req.body, req.headers['connection-id'], req.headers['provider-config-key']], [{}, undefined, undefined]);
    });
    it('pruneRecords keeps null model/untilCursor and drops falsy limit/variant → 400', async () => {
        const run = await diff((n) => n.pruneRecords({ ...TICKETS, model: null, untilCursor: null, limit: 0, variant: '' }), { expectError: 400 });
        assert.deepStrictEqual(onlyRequest(run.official).body, { model: null, until_cursor: null });
    });
    it('pruneRecords with an invalid cursor → 400', async () => {
        await diff((n) => n.pruneRecords({ ...TICKETS, untilCursor: 'not-a-cursor' }), { expectError: 400 });
    });
});

describe('syncs', () => {
    const triggerForms = [
        ['(key)', ['github'], { syncs: [], provider_config_key: 'github' }],
        ['(key, syncs, id)', ['github', ['github-issues'], 'user-42'], { syncs: ['github-issues'], provider_config_key: 'github', connection_id: 'user-42' }],
        ['legacy fullResync true', ['github', ['github-issues'], 'user-42', true], { syncs: ['github-issues'], provider_config_key: 'github', connection_id: 'user-42', sync_mode: 'full_refresh' }],
        ['legacy fullResync false', ['github', ['github-issues'], 'user-42', false], { syncs: ['github-issues'], provider_config_key: 'github', connection_id: 'user-42', sync_mode: 'incremental' }],
        [
            'sync mode string',
            ['github', ['github-issues'], 'user-42', 'full_refresh_and_clear_cache'],
            { syncs: ['github-issues'], provider_config_key: 'github', connection_id: 'user-42', sync_mode: 'full_refresh_and_clear_cache' }
        ],
        [
            'opts',
            ['github', ['github-issues'], 'user-42', { reset: true, emptyCache: true }],
            { syncs: ['github-issues'], provider_config_key: 'github', connection_id: 'user-42', opts: { reset: true, emptyCache: true } }
        ],
        [
            'variant objects',
            ['github', [{ name: 'github-issues', variant: 'eu' }], 'user-42'],
            { syncs: [{ name: 'github-issues', variant: 'eu' }], provider_config_key: 'github', connection_id: 'user-42' }
        ]
    ];
    for (const [name, args, body] of triggerForms) {
        it(`triggerSync ${name}`, async () => {
            const run = await diff((n) => n.triggerSync(...args), axiosLike);
            assert.deepStrictEqual(onlyRequest(run.official).body, body);
        });
    }
    it('triggerSync rejects a non-array', async () => {
        await diff((n) => n.triggerSync('github', 'github-issues'), { expectError: 'Syncs must be an array. If it is a single sync, please wrap it in an array.' });
    });
    it('triggerSync unknown sync → 400', async () => {
        await diff((n) => n.triggerSync('github', ['nope'], 'user-42'), { expectError: 400 });
    });

    for (const method of ['startSync', 'pauseSync']) {
        it(`${method}(key, syncs, id)`, async () => {
            const run = await diff(async (n) => {
                const res = await n[method]('github', ['github-issues'], 'user-42');
                return { res: pickResponse(res), status: await n.syncStatus('github', ['github-issues'], 'user-42') };
            });
            assert.equal(run.official.outcome.value.status.syncs[0].status, method === 'startSync' ? 'RUNNING' : 'PAUSED');
        });
        it(`${method}(key, syncs)`, async () => {
            const run = await diff((n) => n[method]('github', ['github-issues']), axiosLike);
            assert.deepStrictEqual(onlyRequest(run.official).body, { syncs: ['github-issues'], provider_config_key: 'github' });
        });
        for (const [name, args, message] of [
            ['no key', ['', ['github-issues']], 'Provider Config Key is required'],
            ['no syncs', ['github'], 'Sync is required'],
            ['not an array', ['github', 'github-issues'], 'Syncs must be an array of strings. If it is a single sync, please wrap it in an array.']
        ]) {
            it(`${method} rejects: ${name}`, async () => {
                await diff((n) => n[method](...args), { expectError: message });
            });
        }
    }

    it("syncStatus(key, '*')", async () => {
        const run = await diff((n) => n.syncStatus('github', '*'));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['syncs', '*'], ['provider_config_key', 'github']]);
    });
    it('syncStatus(key, [names and variants], id)', async () => {
        const run = await diff((n) => n.syncStatus('github', ['github-issues', { name: 'github-issues', variant: 'eu' }, { name: 'github-prs' }], 'user-42'));
        assert.deepStrictEqual(onlyRequest(run.official).query, [
            ['syncs', 'github-issues,github-issues::eu,github-prs'],
            ['provider_config_key', 'github'],
            ['connection_id', 'user-42']
        ]);
    });
    for (const [name, args, message] of [
        ['no key', ['', '*'], 'Provider Config Key is required'],
        ['no syncs', ['github'], 'Sync is required'],
        ['a string that is not *', ['github', 'github-issues'], 'Syncs must be an array. If it is a single sync, please wrap it in an array.']
    ]) {
        it(`syncStatus rejects: ${name}`, async () => {
            await diff((n) => n.syncStatus(...args), { expectError: message });
        });
    }

    it('updateSyncConnectionFrequency(key, name, id, frequency)', async () => {
        const run = await diff((n) => n.updateSyncConnectionFrequency('github', 'github-issues', 'user-42', 'every 2 hours'));
        assert.deepStrictEqual(onlyRequest(run.official).body, { sync_name: 'github-issues', provider_config_key: 'github', connection_id: 'user-42', frequency: 'every 2 hours' });
    });
    it('updateSyncConnectionFrequency(key, { name, variant }, id, null)', async () => {
        const run = await diff((n) => n.updateSyncConnectionFrequency('github', { name: 'github-issues', variant: 'eu' }, 'user-42', null));
        assert.deepStrictEqual(onlyRequest(run.official).body, { sync_name: 'github-issues', sync_variant: 'eu', provider_config_key: 'github', connection_id: 'user-42', frequency: null });
    });
    it('updateSyncConnectionFrequency(key, { name }, id, frequency): an undefined variant is omitted', async () => {
        const run = await diff((n) => n.updateSyncConnectionFrequency('github', { name: 'github-issues' }, 'user-42', 'every day'));
        assert.equal('sync_variant' in onlyRequest(run.official).body, false);
    });
    for (const [name, args, message] of [
        ['no key', ['', 'github-issues', 'user-42', 'every day'], 'Provider Config Key is required'],
        ['no sync', ['github', undefined, 'user-42', 'every day'], 'Sync is required'],
        ['connection id not a string', ['github', 'github-issues', 42, 'every day'], 'ConnectionId must be a string.'],
        ['frequency a number', ['github', 'github-issues', 'user-42', 5], 'Frequency must be a string or null.'],
        ['frequency undefined', ['github', 'github-issues', 'user-42'], 'Frequency must be a string or null.']
    ]) {
        it(`updateSyncConnectionFrequency rejects: ${name}`, async () => {
            await diff((n) => n.updateSyncConnectionFrequency(...args), { expectError: message });
        });
    }

    it('createSyncVariant', async () => {
        const run = await diff((n) => n.createSyncVariant({ provider_config_key: 'github', connection_id: 'user-42', name: 'github-issues', variant: 'us' }));
        const req = onlyRequest(run.official);
        assert.deepStrictEqual([req.method, req.segments, req.body], ['POST', ['', 'sync', 'github-issues', 'variant', 'us'], { provider_config_key: 'github', connection_id: 'user-42' }]);
    });
    it('deleteSyncVariant sends its body with DELETE', async () => {
        const run = await diff((n) => n.deleteSyncVariant({ provider_config_key: 'github', connection_id: 'user-42', name: 'github-issues', variant: 'eu' }));
        const req = onlyRequest(run.official);
        assert.deepStrictEqual([req.method, req.body, req.headers['content-type']], ['DELETE', { provider_config_key: 'github', connection_id: 'user-42' }, 'application/json']);
    });
    it('deleteSyncVariant unknown → 404', async () => {
        await diff((n) => n.deleteSyncVariant({ provider_config_key: 'github', connection_id: 'user-42', name: 'github-issues', variant: 'nope' }), { expectError: 404 });
    });

    const moreTriggerForms = [
        ['(key, [], id): an empty list is every sync', ['github', [], 'user-42'], { syncs: [], provider_config_key: 'github', connection_id: 'user-42' }],
        ['(key, null, id)', ['github', null, 'user-42'], { syncs: [], provider_config_key: 'github', connection_id: 'user-42' }],
        ['(key, undefined, undefined, sync mode)', ['github', undefined, undefined, 'incremental'], { syncs: [], provider_config_key: 'github', sync_mode: 'incremental' }],
        ['opts { reset } alone', ['github', ['github-issues'], 'user-42', { reset: true }], { syncs: ['github-issues'], provider_config_key: 'github', connection_id: 'user-42', opts: { reset: true } }],
        ['undefined 4th argument', ['github', ['github-issues'], 'user-42', undefined], { syncs: ['github-issues'], provider_config_key: 'github', connection_id: 'user-42' }],
        ['a number as 4th argument is ignored', ['github', ['github-issues'], 'user-42', 1], { syncs: ['github-issues'], provider_config_key: 'github', connection_id: 'user-42' }]
    ];
    for (const [name, args, body] of moreTriggerForms) {
        it(`triggerSync ${name}`, async () => {
            const run = await diff((n) => n.triggerSync(...args), axiosLike);
            assert.deepStrictEqual(onlyRequest(run.official).body, body);
        });
    }
    it('triggerSync with a null 4th argument sends opts: null (→ 400)', async () => {
        const run = await diff((n) => n.triggerSync('github', ['github-issues'], 'user-42', null), { expectError: 400 });
        assert.equal(onlyRequest(run.official).body.opts, null);
    });
    it('triggerSync with a null connection id sends it (→ 400)', async () => {
        const run = await diff((n) => n.triggerSync('github', ['github-issues'], null), { expectError: 400 });
        assert.equal(onlyRequest(run.official).body.connection_id, null);
    });
    it("triggerSync rejects '*' and objects like any non-array", async () => {
        const message = 'Syncs must be an array. If it is a single sync, please wrap it in an array.';
        await diff((n) => n.triggerSync('github', '*'), { expectError: message });
        await diff((n) => n.triggerSync('github', { name: 'github-issues' }), { expectError: message });
    });
    it('startSync and pauseSync with variant objects', async () => {
        const run = await diff(async (n) => {
            const paused = await n.pauseSync('github', [{ name: 'github-issues', variant: 'eu' }], 'user-42');
            const status = await n.syncStatus('github', [{ name: 'github-issues', variant: 'eu' }], 'user-42');
            const started = await n.startSync('github', [{ name: 'github-issues', variant: 'eu' }], 'user-42');
            return { paused: pickResponse(paused), status, started: pickResponse(started) };
        });
        assert.deepStrictEqual(run.official.requests[0].body.syncs, [{ name: 'github-issues', variant: 'eu' }]);
        assert.equal(run.official.outcome.value.status.syncs[0].status, 'PAUSED');
    });
    it("syncStatus(key, '*', id)", async () => {
        const run = await diff((n) => n.syncStatus('github', '*', 'user-42'));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['syncs', '*'], ['provider_config_key', 'github'], ['connection_id', 'user-42']]);
    });
    it('syncStatus(key, names)', async () => {
        const run = await diff((n) => n.syncStatus('github', ['github-issues', 'github-prs']));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['syncs', 'github-issues,github-prs'], ['provider_config_key', 'github']]);
    });
    it('syncStatus(key, objects, null): a null connection id is left out', async () => {
        const run = await diff((n) => n.syncStatus('github', [{ name: 'github-issues', variant: 'eu' }, { name: 'github-prs', variant: '' }], null));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['syncs', 'github-issues::eu,github-prs'], ['provider_config_key', 'github']]);
    });
    it("syncStatus(key, []) sends an empty name list; '' as connection id is sent", async () => {
        const run = await diff((n) => n.syncStatus('github', [], ''), { expectError: 400 });
        assert.deepStrictEqual(onlyRequest(run.official).query, [['syncs', ''], ['provider_config_key', 'github'], ['connection_id', '']]);
    });
    it('updateSyncConnectionFrequency(key, name, id, null) reverts to the default', async () => {
        const run = await diff(async (n) => {
            const changed = await n.updateSyncConnectionFrequency('github', 'github-issues', 'user-42', 'every 2 hours');
            const reverted = await n.updateSyncConnectionFrequency('github', 'github-issues', 'user-42', null);
            return { changed, reverted };
        });
        assert.deepStrictEqual(run.official.requests[1].body, { sync_name: 'github-issues', provider_config_key: 'github', connection_id: 'user-42', frequency: null });
        assert.notDeepStrictEqual(run.official.outcome.value.reverted, run.official.outcome.value.changed);
    });
    it('updateSyncConnectionFrequency rejects a null connection id', async () => {
        await diff((n) => n.updateSyncConnectionFrequency('github', 'github-issues', null, 'every day'), { expectError: 'ConnectionId must be a string.' });
    });
    it('createSyncVariant then deleteSyncVariant', async () => {
        const props = { provider_config_key: 'github', connection_id: 'user-42', name: 'github-issues', variant: 'us' };
        const run = await diff(async (n) => ({ created: await n.createSyncVariant(props), deleted: await n.deleteSyncVariant(props) }));
        assert.deepStrictEqual(run.official.outcome.value.deleted, { success: true });
    });
});

describe('environment variables', () => {
    it('getEnvironmentVariables', async () => {
        const run = await diff((n) => n.getEnvironmentVariables());
        assert.equal(run.official.outcome.value.length, 3);
    });
    for (const [name, value] of [
        ['null', null],
        ['an empty string', '']
    ]) {
        it(`getEnvironmentVariables when the API answers ${name} → []`, async () => {
            const run = await diff((n, fake) => {
                fake.state.environmentVariables = value;
                return n.getEnvironmentVariables();
            });
            assert.deepStrictEqual(run.official.outcome.value, []);
        });
    }
});

describe('actions', () => {
    it('triggerAction with input', async () => {
        const run = await diff((n) => n.triggerAction('github', 'user-42', 'create-issue', { title: 'Hello' }));
        const req = onlyRequest(run.official);
        assert.deepStrictEqual(req.body, { action_name: 'create-issue', input: { title: 'Hello' } });
        assert.equal(req.headers['x-async'], undefined);
        assert.equal(req.headers['connection-id'], 'user-42');
    });
    it('triggerAction without input (input omitted from the body)', async () => {
        const run = await diff((n) => n.triggerAction('github', 'user-42', 'echo'));
        assert.deepStrictEqual(onlyRequest(run.official).body, { action_name: 'echo' });
    });
    it('triggerAction with null input (kept)', async () => {
        const run = await diff((n) => n.triggerAction('github', 'user-42', 'echo', null));
        assert.deepStrictEqual(onlyRequest(run.official).body, { action_name: 'echo', input: null });
    });
    it('triggerAction failing → 500 with the action error', async () => {
        await diff((n) => n.triggerAction('github', 'user-42', 'fail', {}), { expectError: 500 });
    });
    it('triggerActionAsync then getAsyncActionResult by id and by statusUrl', async () => {
        const run = await diff(async (n) => {
            const started = await n.triggerActionAsync('github', 'user-42', 'create-issue', { title: 'Async' });
            return { started, byId: await n.getAsyncActionResult({ id: started.id }), byUrl: await n.getAsyncActionResult({ statusUrl: started.statusUrl }) };
        });
        assert.equal(run.official.requests[0].headers['x-async'], 'true');
        assert.equal(run.official.outcome.value.byId.title, 'Async');
    });
    it('getAsyncActionResult rejects without id or statusUrl', async () => {
        await diff((n) => n.getAsyncActionResult({}), { expectError: 'Either id or statusUrl must be provided' });
    });
    it('getAsyncActionResult unknown → 404', async () => {
        await diff((n) => n.getAsyncActionResult({ id: 'nope' }), { expectError: 404 });
    });
    it('triggerActionAsync without input, then the result by statusUrl (preferred over id)', async () => {
        const run = await diff(async (n) => {
            const started = await n.triggerActionAsync('github', 'user-42', 'echo');
            return { started, result: await n.getAsyncActionResult({ id: 'ignored', statusUrl: started.statusUrl }) };
        });
        assert.deepStrictEqual(run.official.requests[0].body, { action_name: 'echo' });
        assert.deepStrictEqual(run.official.requests[1].segments.slice(0, 2), ['', 'action']);
        assert.notEqual(run.official.requests[1].segments[2], 'ignored');
    });
    it('triggerActionAsync of a failing action, then its error', async () => {
        await diff(
            async (n) => {
                const started = await n.triggerActionAsync('github', 'user-42', 'fail', {});
                return n.getAsyncActionResult(started);
            },
            { expectError: 500 }
        );
    });
    it('triggerAction with a falsy input (0, false, empty string) keeps it', async () => {
        const run = await diff(async (n) => [await n.triggerAction('github', 'user-42', 'echo', 0), await n.triggerAction('github', 'user-42', 'echo', false), await n.triggerAction('github', 'user-42', 'echo', '')]);
        assert.deepStrictEqual(
            run.official.requests.map((r) => r.body),
            [0, false, ''].map((input) => ({ action_name: 'echo', input }))
        );
    });
    it('triggerAction without a connection id sends no Connection-Id header (→ 400)', async () => {
        const run = await diff((n) => n.triggerAction('github', undefined, 'echo'), { expectError: 400 });
        assert.equal(onlyRequest(run.official).headers['connection-id'], undefined);
    });
    it('getAsyncActionResult with empty id and statusUrl rejects', async () => {
        await diff((n) => n.getAsyncActionResult({ id: '', statusUrl: '' }), { expectError: 'Either id or statusUrl must be provided' });
    });
});

describe('connect sessions', () => {
    it('createConnectSession', async () => {
        const run = await diff((n) =>
            n.createConnectSession({
                end_user: { id: 'u-1', email: 'u1@example.com', display_name: 'User One' },
                organization: { id: 'org-1', display_name: 'Org One' },
                allowed_integrations: ['github'],
                tags: { plan: 'pro' }
            })
        );
        assert.ok(run.official.outcome.value.data.token);
    });
    it('createConnectSession invalid → 400', async () => {
        await diff((n) => n.createConnectSession({ allowed_integrations: ['github'] }), { expectError: 400 });
    });
    it('createReconnectSession', async () => {
        const run = await diff((n) => n.createReconnectSession({ connection_id: 'user-42', integration_id: 'github' }));
        assert.deepStrictEqual(onlyRequest(run.official).segments, ['', 'connect', 'sessions', 'reconnect']);
    });
    it('createReconnectSession unknown → 404', async () => {
        await diff((n) => n.createReconnectSession({ connection_id: 'nobody', integration_id: 'github' }), { expectError: 404 });
    });
    it('createConnectSession with tags only', async () => {
        const run = await diff((n) => n.createConnectSession({ tags: { end_user_id: 'u-9' } }));
        assert.deepStrictEqual(onlyRequest(run.official).body, { tags: { end_user_id: 'u-9' } });
    });
    for (const [name, props] of [
        ['no argument', []],
        ['null', [null]]
    ]) {
        it(`createConnectSession with ${name} sends no body (→ 400)`, async () => {
            const run = await diff((n) => n.createConnectSession(...props), { expectError: 400 });
            assert.equal(onlyRequest(run.official).body, '');
        });
    }
});

describe('waitForConnection', () => {
    it('returns at once when the connection exists', async () => {
        const run = await diff((n) => n.waitForConnection('github', 'u-42'));
        assert.deepStrictEqual(onlyRequest(run.official).query, [['endUserId', 'u-42']]);
        assert.equal(run.official.outcome.value.connection_id, 'user-42');
    });
    it('rejects when the signal is already aborted, without a request', async () => {
        const run = await diff((n) => n.waitForConnection('github', 'u-42', { signal: AbortSignal.abort() }), { expectError: 'Wait for connection was aborted' });
        assert.equal(run.official.requests.length, 0);
    });

    /**
     * Runs `wait()` with the waits of waitForConnection's schedule (10 s, 2 s) shortened to 1 ms
     * and recorded; other timers are untouched. Resolves with `{ value | error, delays }`.
     */
    async function fastWaits(wait) {
        const realSetTimeout = globalThis.setTimeout;
        const delays = [];
        globalThis.setTimeout = (handler, ms, ...rest) => {
            if (ms !== 10_000 && ms !== 2_000) return realSetTimeout(handler, ms, ...rest);
            delays.push(ms);
            return realSetTimeout(handler, 1, ...rest);
        };
        try {
            return { value: await wait(), delays };
        } catch (err) {
            return { error: err.message, delays };
        } finally {
            globalThis.setTimeout = realSetTimeout;
        }
    }

    for (const polls of [1, 2]) {
        it(`finds the connection once it shows up after ${polls} poll(s)`, async () => {
            const run = await diff((n, fake) => {
                fake.connectLater('user-42', polls);
                return fastWaits(() => n.waitForConnection('github', 'u-42'));
            });
            const { value, delays } = run.official.outcome.value;
            assert.equal(value.connection_id, 'user-42');
            assert.equal(value.provider_config_key, 'github');
            assert.deepStrictEqual(delays, [10_000, 2_000].slice(0, polls));
            assert.equal(run.official.requests.length, polls + 1);
        });
    }
    it('times out after 30 polls: 10 s, then 2 s between polls', async () => {
        const run = await diff((n) => fastWaits(() => n.waitForConnection('github', 'nobody')));
        assert.deepStrictEqual(run.official.outcome.value, {
            error: 'Timeout waiting for connection to be created',
            delays: [10_000, ...Array(29).fill(2_000)]
        });
        assert.equal(run.official.requests.length, 30);
        assert.ok(run.official.requests.every((r) => r.query.length === 1 && r.query[0][1] === 'nobody'));
    });
    it("only the integration's connection counts", async () => {
        const run = await diff((n) => fastWaits(() => n.waitForConnection('twitter', 'u-42')));
        assert.equal(run.official.outcome.value.error, 'Timeout waiting for connection to be created');
    });
    it('an empty user id lists every connection', async () => {
        const run = await diff((n) => n.waitForConnection('openai', ''));
        assert.deepStrictEqual(onlyRequest(run.official).query, []);
        assert.equal(run.official.outcome.value.connection_id, 'apikey-conn');
    });
    it('rejects at once when the signal aborts during a wait', async () => {
        const run = await diff(async (n) => {
            const controller = new AbortController();
            const started = Date.now();
            setTimeout(() => controller.abort(), 200);
            try {
                return await n.waitForConnection('github', 'nobody', { signal: controller.signal });
            } catch (err) {
                return { message: err.message, prompt: Date.now() - started < 3_000 };
            }
        });
        assert.deepStrictEqual(run.official.outcome.value, { message: 'Wait for connection was aborted', prompt: true });
        assert.equal(run.official.requests.length, 1);
    });
    it('an API error ends the wait', async () => {
        await diff((n) => n.waitForConnection('github', 'u-42'), { config: { secretKey: 'sk-wrong' }, expectError: 401 });
    });
});

describe('proxy', () => {
    const forms = [
        ['get', (n) => n.get({ ...PROXY, endpoint: '/repos/engine/issues' })],
        ['get without a leading slash', (n) => n.get({ ...PROXY, endpoint: 'user/repos' })],
        ['get with params object', (n) => n.get({ ...PROXY, endpoint: '/search', params: { q: 'is open', per_page: 5 } })],
        ['get with params string', (n) => n.get({ ...PROXY, endpoint: '/search', params: 'q=two words&page=2' })],
        ['get with params string starting with ?', (n) => n.get({ ...PROXY, endpoint: '/search', params: '?q=x' })],
        ['get with a query in the endpoint', (n) => n.get({ ...PROXY, endpoint: '/search?q=x&page=3' })],
        ['post with a JSON body and custom headers', (n) => n.post({ ...PROXY, endpoint: '/repos', data: { name: 'engine', private: true, tags: [1, null] }, headers: { 'X-Custom': 'v1', Accept: 'application/vnd.github+json' } })],
        ['post with a Content-Type custom header', (n) => n.post({ ...PROXY, endpoint: '/upload', data: { a: 1 }, headers: { 'Content-Type': 'text/plain' } })],
        ['post with a string body', (n) => n.post({ ...PROXY, endpoint: '/raw', data: 'hello world' })],
        ['post without a body', (n) => n.post({ ...PROXY, endpoint: '/ping' })],
        ['put with null data', (n) => n.put({ ...PROXY, endpoint: '/thing', data: null })],
        ['put with data', (n) => n.put({ ...PROXY, endpoint: '/thing/1', data: { done: true } })],
        ['patch with data', (n) => n.patch({ ...PROXY, endpoint: '/thing/1', data: { title: 'x' } })],
        ['delete without data', (n) => n.delete({ ...PROXY, endpoint: '/thing/1' })],
        ['delete with data', (n) => n.delete({ ...PROXY, endpoint: '/thing/1', data: { reason: 'dup' } })],
        ['proxy with a lower-case method', (n) => n.proxy({ ...PROXY, endpoint: '/thing', method: 'post', data: { a: 1 } })],
        ['proxy without a method (GET)', (n) => n.proxy({ ...PROXY, endpoint: '/thing' })],
        ['proxy PROPFIND with an object', (n) => n.proxy({ ...PROXY, endpoint: '/dav', method: 'PROPFIND', data: { depth: 1 } })],
        ['proxy REPORT without data', (n) => n.proxy({ ...PROXY, endpoint: '/dav', method: 'REPORT' })],
        [
            'every proxy option',
            (n) =>
                n.proxy({
                    ...PROXY,
                    endpoint: '/repos',
                    method: 'POST',
                    data: { a: 1 },
                    retries: 3,
                    retryOn: [429, 503],
                    decompress: true,
                    baseUrlOverride: 'https://api.example.com',
                    forwardHeadersOnRedirect: true,
                    headers: { 'X-Trace': 't-1' },
                    params: { dry: 'true' }
                })
        ],
        ['falsy proxy options (retries 0, decompress false, forwardHeadersOnRedirect false, retryOn [])', (n) => n.get({ ...PROXY, endpoint: '/x', retries: 0, decompress: false, forwardHeadersOnRedirect: false, retryOn: [] })],
        ['a text/plain answer', (n) => n.get({ ...PROXY, endpoint: '/text' })],
        ['a 204 answer', (n) => n.get({ ...PROXY, endpoint: '/status/204' })],
        ['a 201 answer', (n) => n.post({ ...PROXY, endpoint: '/status/201', data: { a: 1 } })]
    ];
    for (const [name, fn] of forms) {
        it(name, async () => {
            const run = await diff(fn, proxied);
            const req = onlyRequest(run.official);
            assert.equal(req.segments[1], 'proxy');
            assert.equal(req.headers['connection-id'], 'user-42');
        });
    }

    it('the official sends empty Base-Url-Override and Nango-Activity-Log-Id headers', async () => {
        const run = await diff((n) => n.get({ ...PROXY, endpoint: '/x' }), proxied);
        const h = onlyRequest(run.official).headers;
        assert.equal(h['base-url-override'], '');
        assert.equal(h['nango-activity-log-id'], '');
    });
    it('client-level connectionId, providerConfigKey and activityLogId', async () => {
        const run = await diff((n) => n.get({ endpoint: '/x' }), { ...proxied, config: { connectionId: 'user-42', providerConfigKey: 'github', activityLogId: 'log-123' } });
        const h = onlyRequest(run.official).headers;
        assert.deepStrictEqual([h['connection-id'], h['provider-config-key'], h['nango-activity-log-id']], ['user-42', 'github', 'log-123']);
    });
    it('flags are sent on proxy calls too', async () => {
        const run = await diff((n) => n.get({ ...PROXY, endpoint: '/x' }), { ...proxied, config: { isSync: true, dryRun: true } });
        const h = onlyRequest(run.official).headers;
        assert.deepStrictEqual([h['nango-is-sync'], h['nango-is-script'], h['nango-is-dry-run']], ['true', undefined, 'true']);
    });
    for (const [name, config, message] of [
        ['endpoint', { ...PROXY }, 'endpoint is missing and is required to make a proxy call!'],
        ['providerConfigKey', { connectionId: 'user-42', endpoint: '/x' }, 'providerConfigKey is missing and is required to make a proxy call!'],
        ['connectionId', { providerConfigKey: 'github', endpoint: '/x' }, 'connectionId is missing and is required to make a proxy call!']
    ]) {
        it(`rejects without ${name}`, async () => {
            const run = await diff((n) => n.proxy(config), { expectError: message });
            assert.equal(run.official.requests.length, 0);
        });
    }
    it('rejects a query both in the endpoint and in params', async () => {
        await diff((n) => n.get({ ...PROXY, endpoint: '/x?a=1', params: 'b=2' }), { expectError: 'Can not set query params in endpoint and in params' });
    });
    it('an upstream 404 rejects with the response', async () => {
        const run = await diff((n) => n.get({ ...PROXY, endpoint: '/status/404' }), { expectError: 404 });
        assert.equal(run.official.outcome.err.response.data.path, '/status/404');
    });
    it('an upstream 503 rejects with the response', async () => {
        await diff((n) => n.post({ ...PROXY, endpoint: '/status/503', data: { a: 1 } }), { expectError: 503 });
    });
    it('a rate-limited connection → 429 with Retry-After', async () => {
        const run = await diff((n) => n.get({ ...PROXY, connectionId: 'rate-limited', endpoint: '/x' }), { expectError: 429 });
        assert.equal(run.official.outcome.err.response.headers['retry-after'], '7');
    });
});

describe('webhook verification (synchronous)', () => {
    const SIGNING_KEY = 'whsk-0123456789abcdef';
    const body = JSON.stringify({ type: 'auth', operation: 'creation', connectionId: 'user-42', success: true });
    const hmac = (key, text) => crypto.createHmac('sha256', key).update(text).digest('hex');

    const incoming = [
        ['a valid signature', { webhookSigningKey: SIGNING_KEY }, body, { 'X-Nango-Hmac-Sha256': hmac(SIGNING_KEY, body) }, true],
        ['a lower-case header name', { webhookSigningKey: SIGNING_KEY }, body, { 'x-nango-hmac-sha256': hmac(SIGNING_KEY, body) }, true],
        ['a tampered body', { webhookSigningKey: SIGNING_KEY }, `${body} `, { 'X-Nango-Hmac-Sha256': hmac(SIGNING_KEY, body) }, false],
        ['no signature header', { webhookSigningKey: SIGNING_KEY }, body, { 'content-type': 'application/json' }, false],
        ['a short signature', { webhookSigningKey: SIGNING_KEY }, body, { 'X-Nango-Hmac-Sha256': 'abc' }, false],
        ['a non-hex signature of the right length', { webhookSigningKey: SIGNING_KEY }, body, { 'X-Nango-Hmac-Sha256': 'z'.repeat(64) }, false],
        ['a non-string header value', { webhookSigningKey: SIGNING_KEY }, body, { 'X-Nango-Hmac-Sha256': ['a'] }, false],
        ['secretKey as the fallback signing key', {}, body, { 'X-Nango-Hmac-Sha256': hmac(SECRET_KEY, body) }, true],
        ['apiKey is never a signing key', { secretKey: undefined, apiKey: SECRET_KEY }, body, { 'X-Nango-Hmac-Sha256': hmac(SECRET_KEY, body) }, false]
    ];
    incoming.push(
        ['an upper-case header name', { webhookSigningKey: SIGNING_KEY }, body, { 'X-NANGO-HMAC-SHA256': hmac(SIGNING_KEY, body) }, true],
        ['upper-case hex digits', { webhookSigningKey: SIGNING_KEY }, body, { 'X-Nango-Hmac-Sha256': hmac(SIGNING_KEY, body).toUpperCase() }, true],
        ['a signature from another key', { webhookSigningKey: SIGNING_KEY }, body, { 'X-Nango-Hmac-Sha256': hmac('other', body) }, false],
        ['the secretKey signature when a webhookSigningKey is set', { webhookSigningKey: SIGNING_KEY }, body, { 'X-Nango-Hmac-Sha256': hmac(SECRET_KEY, body) }, false],
        ['a long signature', { webhookSigningKey: SIGNING_KEY }, body, { 'X-Nango-Hmac-Sha256': `${hmac(SIGNING_KEY, body)}00` }, false],
        ['a signature with one non-hex pair', { webhookSigningKey: SIGNING_KEY }, body, { 'X-Nango-Hmac-Sha256': `${hmac(SIGNING_KEY, body).slice(0, 62)}zz` }, false],
        ['an empty signature', { webhookSigningKey: SIGNING_KEY }, body, { 'X-Nango-Hmac-Sha256': '' }, false],
        ['the raw body as a Buffer', { webhookSigningKey: SIGNING_KEY }, Buffer.from(body), { 'x-nango-hmac-sha256': hmac(SIGNING_KEY, body) }, true],
        ['a non-ASCII body', { webhookSigningKey: SIGNING_KEY }, 'héllo ✓ \u{1F600}', { 'x-nango-hmac-sha256': hmac(SIGNING_KEY, 'héllo ✓ \u{1F600}') }, true],
        ['an empty body', { webhookSigningKey: SIGNING_KEY }, '', { 'x-nango-hmac-sha256': hmac(SIGNING_KEY, '') }, true],
        ['a long signing key', { webhookSigningKey: 'k'.repeat(200) }, body, { 'x-nango-hmac-sha256': hmac('k'.repeat(200), body) }, true],
        ['an empty webhookSigningKey does not fall back', { webhookSigningKey: '' }, body, { 'X-Nango-Hmac-Sha256': hmac(SECRET_KEY, body) }, false],
        ['a fetch Headers object (the official reads own keys only)', { webhookSigningKey: SIGNING_KEY }, body, new Headers({ 'X-Nango-Hmac-Sha256': 'f'.repeat(64) }), false]
    );
    for (const [name, config, text, headers, expected] of incoming) {
        it(`verifyIncomingWebhookRequest: ${name}`, async () => {
            // Wrapped so that a Promise would not be silently awaited into a boolean.
            const run = await diff((n) => ({ valid: n.verifyIncomingWebhookRequest(text, headers) }), { config });
            assert.deepStrictEqual(run.official.outcome.value, { valid: expected });
            assert.equal(run.official.requests.length, 0);
        });
    }

    const payload = { from: 'github', type: 'sync', nested: { list: [1, 'two', null], 'key with space': true } };
    const legacy = (key) => crypto.createHash('sha256').update(`${key}${JSON.stringify(payload)}`).digest('hex');
    for (const [name, config, signature, expected] of [
        ['valid', { webhookSigningKey: SIGNING_KEY }, legacy(SIGNING_KEY), true],
        ['upper-case hex is not accepted', { webhookSigningKey: SIGNING_KEY }, legacy(SIGNING_KEY).toUpperCase(), false],
        ['apiKey is never a signing key', { secretKey: undefined, apiKey: SECRET_KEY }, legacy(SECRET_KEY), false],
        ['a non-string signature', { webhookSigningKey: SIGNING_KEY }, 42, false],
        ['invalid', { webhookSigningKey: SIGNING_KEY }, legacy('other'), false],
        ['secretKey fallback', {}, legacy(SECRET_KEY), true]
    ]) {
        it(`verifyWebhookSignature (deprecated): ${name}`, async () => {
            const run = await diff((n) => ({ valid: n.verifyWebhookSignature(signature, payload) }), { config });
            assert.deepStrictEqual(run.official.outcome.value, { valid: expected });
        });
    }

    it('verifyIncomingWebhookRequest returns a boolean synchronously', async () => {
        const headers = { 'X-Nango-Hmac-Sha256': hmac(SIGNING_KEY, body) };
        const run = await diff(
            (n) => {
                const valid = n.verifyIncomingWebhookRequest(body, headers);
                const invalid = n.verifyIncomingWebhookRequest(body, {});
                return { types: [typeof valid, typeof invalid], values: [valid, invalid] };
            },
            { config: { webhookSigningKey: SIGNING_KEY } }
        );
        assert.deepStrictEqual(run.official.outcome.value, { types: ['boolean', 'boolean'], values: [true, false] });
    });
    it('verifyWebhookSignature of undefined and of a string', async () => {
        const run = await diff((n) => [
            n.verifyWebhookSignature(crypto.createHash('sha256').update(`${SIGNING_KEY}undefined`).digest('hex'), undefined),
            n.verifyWebhookSignature(crypto.createHash('sha256').update(`${SIGNING_KEY}"text"`).digest('hex'), 'text')
        ], { config: { webhookSigningKey: SIGNING_KEY } });
        assert.deepStrictEqual(run.official.outcome.value, [true, true]);
    });
});
