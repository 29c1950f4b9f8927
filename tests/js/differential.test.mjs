// Differential tests: the same calls through the official @nangohq/node and through ours, against
// the same fake Nango server; the requests on the wire and the results must be identical.
// Ids here are plain (letters, digits, dashes): ours percent-encodes path segments and query values
// where the official interpolates raw strings, a deliberate difference tested in ours.test.mjs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { differential, onlyRequest, SECRET_KEY, useFakeNango } from './helpers.mjs';

const server = useFakeNango();
const diff = (fn, opts) => differential(server.fake, fn, opts);

const GH = ['github', 'user-42'];
const CONNECTIONS = {
    OAUTH2: ['github', 'user-42'],
    OAUTH1: ['twitter', 'oauth1-conn'],
    API_KEY: ['openai', 'apikey-conn'],
    BASIC: ['jira-basic', 'basic-conn'],
    APP: ['github-app', 'app-conn']
};
const TICKETS = { providerConfigKey: 'github', connectionId: 'user-42', model: 'Ticket' };

const AUTH = `Bearer ${SECRET_KEY}`;
const connectionQuery = (key, { force = 'false', refresh = 'false', jwt = 'false' } = {}) => [
    ['provider_config_key', key],
    ['force_refresh', force],
    ['refresh_token', refresh],
    ['refresh_github_app_jwt_token', jwt]
];

describe('getConnection', () => {
    it('(key, id) sends GET /connections/:id with the four query params, JSON content type and bearer auth', async () => {
        const run = await diff((n) => n.getConnection(...GH));
        const req = onlyRequest(run.official);
        assert.deepStrictEqual(req, {
            method: 'GET',
            segments: ['', 'connections', 'user-42'],
            query: connectionQuery('github'),
            body: '',
            headers: { accept: 'application/json, text/plain, */*', authorization: AUTH, 'content-type': 'application/json' }
        });
        const conn = run.official.outcome.value;
        assert.equal(conn.connection_id, 'user-42');
        assert.equal(conn.credentials.type, 'OAUTH2');
        assert.equal(conn.credentials.refresh_token, undefined);
    });

    const forms = [
        ['forceRefresh true', [true], { force: 'true' }],
        ['forceRefresh false', [false], {}],
        ['refreshToken true (forceRefresh undefined)', [undefined, true], { refresh: 'true' }],
        ['refreshToken true (forceRefresh false)', [false, true], { refresh: 'true' }],
        ['forceRefresh + refreshToken', [true, true], { force: 'true', refresh: 'true' }],
        ['all three true', [true, true, true], { force: 'true', refresh: 'true', jwt: 'true' }],
        ['refreshGithubAppJwtToken only (false, false, true)', [false, false, true], { jwt: 'true' }],
        ['refreshGithubAppJwtToken only (undefined, undefined, true)', [undefined, undefined, true], { jwt: 'true' }],
        ['forceRefresh + refreshGithubAppJwtToken', [true, false, true], { force: 'true', jwt: 'true' }],
        ['refreshToken + refreshGithubAppJwtToken', [undefined, true, true], { refresh: 'true', jwt: 'true' }]
    ];
    for (const [name, extra, expected] of forms) {
        it(`(key, id, ...) ${name}`, async () => {
            const run = await diff((n) => n.getConnection(...GH, ...extra));
            assert.deepStrictEqual(onlyRequest(run.official).query, connectionQuery('github', expected));
        });
    }

    for (const [type, [key, id]] of Object.entries(CONNECTIONS)) {
        it(`returns the ${type} connection`, async () => {
            const run = await diff((n) => n.getConnection(key, id, true, true, true));
            assert.equal(run.official.outcome.value.credentials.type, type);
        });
    }

    it('the refresh token is only returned with refreshToken = true', async () => {
        const run = await diff((n) => n.getConnection(...GH, false, true));
        assert.equal(run.official.outcome.value.credentials.refresh_token, 'ghr_user42RefreshToken0001');
    });

    it('a slow answer (300 ms) still resolves', async () => {
        const run = await diff((n) => n.getConnection('github', 'slow'));
        assert.equal(run.official.outcome.value.connection_id, 'slow');
    });
});

describe('getToken', () => {
    for (const [type, [key, id]] of Object.entries(CONNECTIONS)) {
        for (const [name, extra] of [
            ['', []],
            [' forceRefresh', [true]],
            [' refreshGithubAppJwtToken', [false, true]],
            [' forceRefresh + refreshGithubAppJwtToken', [true, true]]
        ]) {
            it(`${type}${name}`, async () => {
                const run = await diff((n) => n.getToken(key, id, ...extra));
                const token = run.official.outcome.value;
                if (type === 'OAUTH2') assert.equal(typeof token, 'string');
                else if (type === 'OAUTH1') assert.deepStrictEqual(Object.keys(token), ['oAuthToken', 'oAuthTokenSecret']);
                else assert.equal(token.type, type);
                const q = onlyRequest(run.official).query;
                assert.deepStrictEqual(
                    q.map(([k]) => k),
                    ['provider_config_key', 'force_refresh', 'refresh_token', 'refresh_github_app_jwt_token']
                );
                assert.equal(q[2][1], 'false', 'getToken never asks for the refresh token');
            });
        }
    }
});

describe('getRawTokenResponse', () => {
    for (const [type, [key, id]] of Object.entries(CONNECTIONS)) {
        it(`${type}`, async () => {
            await diff((n) => n.getRawTokenResponse(key, id));
        });
    }
    it('forceRefresh + refreshGithubAppJwtToken', async () => {
        const run = await diff((n) => n.getRawTokenResponse('github-app', 'app-conn', true, true));
        assert.deepStrictEqual(onlyRequest(run.official).query, connectionQuery('github-app', { force: 'true', jwt: 'true' }));
    });
});

describe('getMetadata', () => {
    it('returns the metadata', async () => {
        const run = await diff((n) => n.getMetadata(...GH));
        assert.deepStrictEqual(run.official.outcome.value, { plan: 'pro', repos: ['engine', 'notes'], seats: 3 });
    });
    it('returns metadata set by setMetadata', async () => {
        const run = await diff(async (n) => {
            await n.setMetadata('github', 'user-42', { fresh: true });
            return n.getMetadata('github', 'user-42');
        });
        assert.deepStrictEqual(run.official.outcome.value, { fresh: true });
    });
    for (const [name, args, message] of [
        ['empty provider config key', ['', 'user-42'], 'Provider Config Key is required'],
        ['missing provider config key', [undefined, 'user-42'], 'Provider Config Key is required'],
        ['empty connection id', ['github', ''], 'Connection Id is required'],
        ['missing connection id', ['github'], 'Connection Id is required'],
        ['nothing', [], 'Provider Config Key is required']
    ]) {
        it(`rejects: ${name}`, async () => {
            const run = await diff((n) => n.getMetadata(...args), { expectError: message });
            assert.equal(run.official.requests.length, 0);
        });
    }
});

describe('listConnections', () => {
    const forms = [
        ['()', [], []],
        ['legacy (connectionId)', ['user-42'], [['connectionId', 'user-42']]],
        ['legacy (connectionId, search)', ['user-42', 'ada'], [['connectionId', 'user-42'], ['search', 'ada']]],
        ['legacy (undefined, search)', [undefined, 'Grace'], [['search', 'Grace']]],
        [
            'legacy (undefined, search, queries)',
            [undefined, 'example.com', { endUserId: 'u-42', endUserOrganizationId: 'org-7', limit: 2, page: 1 }],
            [['search', 'example.com'], ['endUserId', 'u-42'], ['endUserOrganizationId', 'org-7'], ['limit', '2'], ['page', '1']]
        ],
        ['legacy (undefined, undefined, { endUserId })', [undefined, undefined, { endUserId: 'u-43' }], [['endUserId', 'u-43']]],
        ['legacy queries with page 0 (omitted)', [undefined, undefined, { limit: 3, page: 0 }], [['limit', '3']]],
        ['object {}', [{}], []],
        ['object { connectionId }', [{ connectionId: 'user-42' }], [['connectionId', 'user-42']]],
        ['object { userId }', [{ userId: 'u-43' }], [['endUserId', 'u-43']]],
        ['object { integrationId: string }', [{ integrationId: 'github' }], [['integrationId', 'github']]],
        ['object { integrationId: array }', [{ integrationId: ['github', 'twitter'] }], [['integrationId', 'github,twitter']]],
        ['object { tags: displayName }', [{ tags: { displayName: 'Ada Lovelace' } }], [['tags[end_user_display_name]', 'Ada Lovelace']]],
        ['object { tags: email }', [{ tags: { email: 'grace@example.com' } }], [['tags[end_user_email]', 'grace@example.com']]],
        [
            'object { tags: upper-case custom keys }',
            [{ tags: { Plan: 'pro', ORGANIZATION_ID: 'org-7' } }],
            [['tags[plan]', 'pro'], ['tags[organization_id]', 'org-7']]
        ],
        ['object { tags: {} }', [{ tags: {} }], []],
        ['object { limit, page }', [{ limit: 2, page: 1 }], [['limit', '2'], ['page', '1']]],
        [
            'object with everything',
            [{ connectionId: 'user-42', userId: 'u-42', integrationId: ['github', 'slack'], tags: { email: 'ada@example.com', displayName: 'Ada Lovelace', Plan: 'pro' }, limit: 5, page: 0 }],
            [
                ['connectionId', 'user-42'],
                ['endUserId', 'u-42'],
                ['integrationId', 'github,slack'],
                ['tags[end_user_email]', 'ada@example.com'],
                ['tags[end_user_display_name]', 'Ada Lovelace'],
                ['tags[plan]', 'pro'],
                ['limit', '5']
            ]
        ]
    ];
    for (const [name, args, query] of forms) {
        it(name, async () => {
            const run = await diff((n) => n.listConnections(...args));
            const req = onlyRequest(run.official);
            assert.deepStrictEqual([req.method, req.segments, req.query], ['GET', ['', 'connections'], query]);
            assert.equal(req.headers['content-type'], 'application/json');
            assert.ok(Array.isArray(run.official.outcome.value.connections));
        });
    }

    it('filters for real', async () => {
        const run = await diff((n) => n.listConnections({ integrationId: ['github', 'twitter'], tags: { Plan: 'pro' } }));
        assert.deepStrictEqual(
            run.official.outcome.value.connections.map((c) => `${c.provider_config_key}/${c.connection_id}`),
            ['github/user-42']
        );
    });
});

describe('listRecords', () => {
    const SOME_CURSOR = async (n) => (await n.listRecords({ ...TICKETS, limit: 5 })).next_cursor;

    const forms = [
        ['model only', {}, [['model', 'Ticket']]],
        ['variant', { variant: 'eu' }, [['model', 'Ticket'], ['variant', 'eu']]],
        ['delta (deprecated)', { delta: '2024-05-01T11:00:00.000Z' }, [['model', 'Ticket'], ['modified_after', '2024-05-01T11:00:00.000Z']]],
        ['modifiedAfter', { modifiedAfter: '2024-05-01T11:00:00.000Z' }, [['model', 'Ticket'], ['modified_after', '2024-05-01T11:00:00.000Z']]],
        [
            'modifiedAfter wins over delta',
            { delta: '2024-05-01T10:30:00.000Z', modifiedAfter: '2024-05-01T11:00:00.000Z' },
            [['model', 'Ticket'], ['modified_after', '2024-05-01T11:00:00.000Z']]
        ],
        ['limit number', { limit: 5 }, [['model', 'Ticket'], ['limit', '5']]],
        ['limit string', { limit: '7' }, [['model', 'Ticket'], ['limit', '7']]],
        ['limit 0 (omitted)', { limit: 0 }, [['model', 'Ticket']]],
        ['filter single', { filter: 'deleted' }, [['model', 'Ticket'], ['filter', 'deleted']]],
        ['filter upper case', { filter: 'UPDATED' }, [['model', 'Ticket'], ['filter', 'UPDATED']]],
        ['filter combination', { filter: 'added,updated' }, [['model', 'Ticket'], ['filter', 'added,updated']]],
        ['cursor null (omitted)', { cursor: null }, [['model', 'Ticket']]],
        ['cursor empty (omitted)', { cursor: '' }, [['model', 'Ticket']]],
        ['ids', { ids: ['ticket-003', 'ticket-010', 'nope'] }, [['model', 'Ticket'], ['ids', 'ticket-003'], ['ids', 'ticket-010'], ['ids', 'nope']]],
        ['ids empty', { ids: [] }, [['model', 'Ticket']]],
        [
            'everything',
            { variant: 'base', modifiedAfter: '2024-05-01T10:10:00.000Z', limit: 3, filter: 'added,deleted', ids: ['ticket-004', 'ticket-005', 'ticket-008', 'ticket-011'] },
            [
                ['model', 'Ticket'],
                ['variant', 'base'],
                ['modified_after', '2024-05-01T10:10:00.000Z'],
                ['limit', '3'],
                ['filter', 'added,deleted'],
                ['ids', 'ticket-004'],
                ['ids', 'ticket-005'],
                ['ids', 'ticket-008'],
                ['ids', 'ticket-011']
            ]
        ]
    ];
    for (const [name, extra, query] of forms) {
        it(name, async () => {
            const run = await diff((n) => n.listRecords({ ...TICKETS, ...extra }));
            const req = onlyRequest(run.official);
            assert.deepStrictEqual(req, {
                method: 'GET',
                segments: ['', 'records', ''],
                query,
                body: '',
                headers: { accept: 'application/json, text/plain, */*', authorization: AUTH, 'connection-id': 'user-42', 'provider-config-key': 'github' }
            });
        });
    }

    it('cursor (contains + / =)', async () => {
        const run = await diff(async (n) => {
            const cursor = await SOME_CURSOR(n);
            return { cursor, page: await n.listRecords({ ...TICKETS, cursor, limit: 4 }) };
        });
        const { cursor, page } = run.official.outcome.value;
        assert.match(cursor, /[+/=]/);
        assert.deepStrictEqual(run.official.requests[1].query, [['model', 'Ticket'], ['limit', '4'], ['cursor', cursor]]);
        assert.deepStrictEqual(page.records.map((r) => r.id), ['ticket-006', 'ticket-007', 'ticket-008', 'ticket-009']);
    });

    it('pages to the end following next_cursor', async () => {
        const run = await diff(async (n) => {
            const pages = [];
            let cursor = null;
            do {
                const page = await n.listRecords({ ...TICKETS, cursor });
                pages.push(page);
                cursor = page.next_cursor;
            } while (cursor);
            return pages;
        });
        const pages = run.official.outcome.value;
        assert.deepStrictEqual(pages.map((p) => p.records.length), [10, 10, 5]);
        assert.equal(pages.at(-1).next_cursor, null);
        assert.equal(new Set(pages.flatMap((p) => p.records.map((r) => r.id))).size, 25);
    });

    for (const [missing, message] of [
        ['model', 'model is missing and is required to make a proxy call!'],
        ['providerConfigKey', 'providerConfigKey is missing and is required to make a proxy call!'],
        ['connectionId', 'connectionId is missing and is required to make a proxy call!']
    ]) {
        it(`rejects without ${missing}`, async () => {
            const config = { ...TICKETS };
            delete config[missing];
            const run = await diff((n) => n.listRecords(config), { expectError: message });
            assert.equal(run.official.requests.length, 0);
        });
    }
    it('rejects with nothing (model is checked first)', async () => {
        await diff((n) => n.listRecords({}), { expectError: 'model is missing and is required to make a proxy call!' });
    });
    it('an empty model is sent (and the server answers 400)', async () => {
        await diff((n) => n.listRecords({ ...TICKETS, model: '' }), { expectError: 400 });
    });
    it('unknown model → 404', async () => {
        await diff((n) => n.listRecords({ ...TICKETS, model: 'Nope' }), { expectError: 404 });
    });
    it('unknown connection → 404', async () => {
        await diff((n) => n.listRecords({ ...TICKETS, connectionId: 'nobody' }), { expectError: 404 });
    });
    it('rate-limited connection (Connection-Id header) → 429 with Retry-After', async () => {
        const run = await diff((n) => n.listRecords({ ...TICKETS, connectionId: 'rate-limited' }), { expectError: 429 });
        assert.equal(run.official.outcome.err.response.headers['retry-after'], '7');
    });
});

describe('listIntegrations', () => {
    it('returns { configs } built from the server { data }', async () => {
        const run = await diff((n) => n.listIntegrations());
        const req = onlyRequest(run.official);
        assert.deepStrictEqual(req.headers, { accept: 'application/json, text/plain, */*', authorization: AUTH });
        assert.deepStrictEqual(Object.keys(run.official.outcome.value), ['configs']);
        assert.equal(run.official.outcome.value.configs.length, 6);
    });
});

describe('constructor flags', () => {
    const calls = [
        ['getConnection', (n) => n.getConnection(...GH)],
        ['listConnections', (n) => n.listConnections()],
        ['listRecords', (n) => n.listRecords(TICKETS)],
        ['listIntegrations', (n) => n.listIntegrations()],
        ['getToken', (n) => n.getToken(...GH)]
    ];
    for (const [name, call] of calls) {
        it(`${name}: isSync/isScript/dryRun true send the three flag headers as "true"`, async () => {
            const run = await diff(call, { config: { isSync: true, isScript: true, dryRun: true } });
            const h = onlyRequest(run.official).headers;
            assert.deepStrictEqual([h['nango-is-sync'], h['nango-is-script'], h['nango-is-dry-run']], ['true', 'true', 'true']);
        });
        it(`${name}: flags false send no flag header`, async () => {
            const run = await diff(call, { config: { isSync: false, isScript: false, dryRun: false } });
            const h = onlyRequest(run.official).headers;
            assert.deepStrictEqual([h['nango-is-sync'], h['nango-is-script'], h['nango-is-dry-run']], [undefined, undefined, undefined]);
        });
        it(`${name}: flags absent send no flag header`, async () => {
            const run = await diff(call);
            const h = onlyRequest(run.official).headers;
            assert.equal(Object.keys(h).filter((k) => k.startsWith('nango-is-')).length, 0);
        });
    }
    it('a single flag is sent alone', async () => {
        const run = await diff((n) => n.getConnection(...GH), { config: { dryRun: true } });
        const h = onlyRequest(run.official).headers;
        assert.deepStrictEqual(
            Object.keys(h).filter((k) => k.startsWith('nango-is-')),
            ['nango-is-dry-run']
        );
    });
    it('apiKey instead of secretKey authenticates the same way', async () => {
        const run = await diff((n) => n.listIntegrations(), { config: { secretKey: undefined, apiKey: SECRET_KEY } });
        assert.equal(onlyRequest(run.official).headers.authorization, AUTH);
    });
});

describe('error paths', () => {
    it('404 unknown connection (getConnection)', async () => {
        const run = await diff((n) => n.getConnection('github', 'nobody'), { expectError: 404 });
        assert.equal(run.official.outcome.err.response.data.error.code, 'unknown_connection');
    });
    it('404 unknown connection (getToken)', async () => {
        await diff((n) => n.getToken('github', 'nobody'), { expectError: 404 });
    });
    it('404 unknown connection (getMetadata)', async () => {
        await diff((n) => n.getMetadata('github', 'nobody'), { expectError: 404 });
    });
    it('400 unknown integration', async () => {
        await diff((n) => n.getConnection('nope', 'user-42'), { expectError: 400 });
    });
    it('429 rate-limited with Retry-After: 7 (path id)', async () => {
        const run = await diff((n) => n.getConnection('github', 'rate-limited'), { expectError: 429 });
        const err = run.official.outcome.err;
        assert.equal(err.response.headers['retry-after'], '7');
        assert.equal(err.response.data.error.code, 'too_many_requests');
    });
    it('429 rate-limited (query id, listConnections)', async () => {
        await diff((n) => n.listConnections('rate-limited'), { expectError: 429 });
    });
    it('500 with a text/plain body (getConnection)', async () => {
        const run = await diff((n) => n.getConnection('github', 'server-error'), { expectError: 500 });
        assert.equal(run.official.outcome.err.response.data, 'Internal Server Error: boom');
    });
    it('500 with a text/plain body (getToken)', async () => {
        await diff((n) => n.getToken('github', 'server-error'), { expectError: 500 });
    });
    it('500 with a text/plain body (listRecords)', async () => {
        await diff((n) => n.listRecords({ ...TICKETS, connectionId: 'server-error' }), { expectError: 500 });
    });
    it('401 with a wrong key', async () => {
        const run = await diff((n) => n.listIntegrations(), { config: { secretKey: 'sk-wrong' }, expectError: 401 });
        assert.equal(run.official.outcome.err.response.data.error.code, 'unknown_api_key');
    });
});
