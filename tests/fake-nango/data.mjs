// Seed data for the fake Nango server. Every value is deterministic (no clock, no randomness),
// so two runs against a freshly reset server return byte-identical bodies.
// Shapes and field names follow Nango's REST spec (nango-openapi.yaml) and @nangohq/types.

export const DEFAULT_SECRET_KEY = 'sk-test-1234567890';

const T0 = Date.UTC(2024, 4, 1, 10, 0, 0); // 2024-05-01T10:00:00.000Z
const iso = (minutes) => new Date(T0 + minutes * 60_000).toISOString();

/** Byte `i` of the `/proxy/stream` body. */
export const streamByte = (i) => (i * 31 + 7) & 0xff;

const endUser = (id, displayName, email, org) => ({
    id,
    display_name: displayName,
    email,
    tags: { plan: 'pro' },
    organization: org ? { id: org.id, display_name: org.display_name } : null
});

const ORG_7 = { id: 'org-7', display_name: 'Analytical Engines Ltd' };
const ORG_9 = { id: 'org-9', display_name: 'Difference Works' };

function connection(n, { connection_id, provider_config_key, provider, credentials, end_user = null, metadata = {}, connection_config = {}, tags = {} }) {
    return {
        id: n,
        connection_id,
        provider_config_key,
        provider,
        errors: [],
        end_user,
        metadata,
        connection_config,
        tags,
        created_at: iso(-10_000 + n),
        updated_at: iso(-5_000 + n),
        last_fetched_at: iso(-60 + n),
        // Kept out of the public shape; the server derives `credentials` per request.
        _credentials: credentials
    };
}

function connections() {
    return [
        connection(1, {
            connection_id: 'user-42',
            provider_config_key: 'github',
            provider: 'github',
            end_user: endUser('u-42', 'Ada Lovelace', 'ada@example.com', ORG_7),
            metadata: { plan: 'pro', repos: ['engine', 'notes'], seats: 3 },
            connection_config: { 'oauth_scopes': 'repo,user' },
            tags: { end_user_id: 'u-42', end_user_email: 'ada@example.com', end_user_display_name: 'Ada Lovelace', organization_id: 'org-7', plan: 'pro' },
            credentials: {
                type: 'OAUTH2',
                access_token: 'gho_user42AccessToken0001',
                refresh_token: 'ghr_user42RefreshToken0001',
                expires_at: '2024-05-01T18:00:00.000Z',
                raw: {
                    access_token: 'gho_user42AccessToken0001',
                    token_type: 'bearer',
                    scope: 'repo,user',
                    expires_in: 28800,
                    refresh_token: 'ghr_user42RefreshToken0001',
                    refresh_token_expires_in: 15897600
                }
            }
        }),
        connection(2, {
            connection_id: 'user-42',
            provider_config_key: 'slack',
            provider: 'slack',
            end_user: endUser('u-42', 'Ada Lovelace', 'ada@example.com', ORG_7),
            metadata: { channel: 'C0123456' },
            connection_config: { 'team.id': 'T0001' },
            tags: { end_user_id: 'u-42', end_user_email: 'ada@example.com', end_user_display_name: 'Ada Lovelace', organization_id: 'org-7', plan: 'pro' },
            credentials: {
                type: 'OAUTH2',
                access_token: 'xoxb-user42-slack-0001',
                refresh_token: 'xoxe-user42-slack-refresh',
                expires_at: '2024-05-02T10:00:00.000Z',
                raw: { ok: true, access_token: 'xoxb-user42-slack-0001', token_type: 'bot', scope: 'chat:write,channels:read', team: { id: 'T0001', name: 'Engines' } }
            }
        }),
        connection(3, {
            connection_id: 'user-43',
            provider_config_key: 'github',
            provider: 'github',
            end_user: endUser('u-43', 'Charles Babbage', 'charles@example.com', ORG_7),
            metadata: {},
            tags: { end_user_id: 'u-43', end_user_email: 'charles@example.com', end_user_display_name: 'Charles Babbage', organization_id: 'org-7', plan: 'free' },
            credentials: {
                type: 'OAUTH2',
                access_token: 'gho_user43AccessToken0001',
                refresh_token: 'ghr_user43RefreshToken0001',
                expires_at: '2024-05-01T19:00:00.000Z',
                raw: { access_token: 'gho_user43AccessToken0001', token_type: 'bearer', scope: 'repo' }
            }
        }),
        connection(4, {
            connection_id: 'oauth1-conn',
            provider_config_key: 'twitter',
            provider: 'twitter',
            end_user: endUser('u-50', 'Grace Hopper', 'grace@example.com', ORG_9),
            metadata: { handle: '@grace' },
            tags: { end_user_id: 'u-50', end_user_email: 'grace@example.com', end_user_display_name: 'Grace Hopper', organization_id: 'org-9' },
            credentials: {
                type: 'OAUTH1',
                oauth_token: 'oauth1-token-0001',
                oauth_token_secret: 'oauth1-token-secret-0001',
                raw: { oauth_token: 'oauth1-token-0001', oauth_token_secret: 'oauth1-token-secret-0001', user_id: '783214', screen_name: 'grace' }
            }
        }),
        connection(5, {
            connection_id: 'apikey-conn',
            provider_config_key: 'openai',
            provider: 'openai',
            metadata: {},
            credentials: { type: 'API_KEY', apiKey: 'sk-proj-apikey-conn-0001' }
        }),
        connection(6, {
            connection_id: 'basic-conn',
            provider_config_key: 'jira-basic',
            provider: 'jira-basic',
            end_user: endUser('u-60', 'Alan Turing', 'alan@example.com', null),
            metadata: { site: 'engines.atlassian.net' },
            connection_config: { subdomain: 'engines' },
            tags: { end_user_id: 'u-60', end_user_email: 'alan@example.com' },
            credentials: { type: 'BASIC', username: 'alan@example.com', password: 'jira-api-token-0001' }
        }),
        connection(7, {
            connection_id: 'app-conn',
            provider_config_key: 'github-app',
            provider: 'github-app',
            metadata: {},
            connection_config: { app_id: '123456', installation_id: '7890123' },
            credentials: {
                type: 'APP',
                access_token: 'ghs_appInstallationToken0001',
                expires_at: '2024-05-01T11:00:00.000Z',
                raw: { token: 'ghs_appInstallationToken0001', expires_at: '2024-05-01T11:00:00Z', permissions: { issues: 'write', metadata: 'read' }, repository_selection: 'all' }
            }
        }),
        connection(8, {
            connection_id: 'slow',
            provider_config_key: 'github',
            provider: 'github',
            metadata: {},
            credentials: {
                type: 'OAUTH2',
                access_token: 'gho_slowAccessToken0001',
                expires_at: '2024-05-01T18:00:00.000Z',
                raw: { access_token: 'gho_slowAccessToken0001', token_type: 'bearer' }
            }
        })
    ];
}

function integration(unique_key, provider, display_name, minutes, extra = {}) {
    return {
        unique_key,
        display_name,
        provider,
        logo: `https://app.nango.dev/images/template-logos/${provider}.svg`,
        forward_webhooks: true,
        created_at: iso(-20_000 + minutes),
        updated_at: iso(-15_000 + minutes),
        _webhook_url: `https://api.nango.dev/webhook/0c0fbb0f-8e3c-4b4c-9c6c-1f0b3a6a7d1e/${unique_key}`,
        _credentials: extra.credentials ?? null
    };
}

function integrations() {
    return [
        integration('github', 'github', 'GitHub', 1, {
            credentials: { type: 'OAUTH2', client_id: 'Iv1.github0001', client_secret: 'github-client-secret-0001', scopes: 'repo,user', webhook_secret: null }
        }),
        integration('slack', 'slack', 'Slack', 2, {
            credentials: { type: 'OAUTH2', client_id: '1234.5678', client_secret: 'slack-client-secret-0001', scopes: 'chat:write,channels:read', webhook_secret: null }
        }),
        integration('twitter', 'twitter', 'Twitter (X)', 3, {
            credentials: { type: 'OAUTH1', client_id: 'twitter-consumer-key', client_secret: 'twitter-consumer-secret', scopes: null, webhook_secret: null }
        }),
        integration('openai', 'openai', 'OpenAI', 4),
        integration('jira-basic', 'jira-basic', 'Jira (Basic Auth)', 5),
        integration('github-app', 'github-app', 'GitHub App', 6, {
            credentials: { type: 'APP', app_id: '123456', private_key: '-----BEGIN RSA PRIVATE KEY----\nMIIfake\n-----END RSA PRIVATE KEY-----', app_link: 'https://github.com/apps/engines' }
        })
    ];
}

function providers() {
    const p = (name, display_name, auth_mode, categories, extra = {}) => ({
        name,
        display_name,
        auth_mode,
        categories,
        docs: `https://nango.dev/docs/integrations/all/${name}`,
        logo_url: `https://app.nango.dev/images/template-logos/${name}.svg`,
        ...extra
    });
    return [
        p('github', 'GitHub (User OAuth)', 'OAUTH2', ['dev-tools', 'ticketing'], {
            authorization_url: 'https://github.com/login/oauth/authorize',
            token_url: 'https://github.com/login/oauth/access_token',
            proxy: { base_url: 'https://api.github.com' }
        }),
        p('github-app', 'GitHub App', 'APP', ['dev-tools'], {
            authorization_url: 'https://github.com/apps/${connectionConfig.appPublicLink}/installations/new',
            token_url: 'https://api.github.com/app/installations/${connectionConfig.installation_id}/access_tokens',
            proxy: { base_url: 'https://api.github.com' }
        }),
        p('slack', 'Slack', 'OAUTH2', ['communication'], {
            authorization_url: 'https://slack.com/oauth/v2/authorize',
            token_url: 'https://slack.com/api/oauth.v2.access',
            scope_separator: ',',
            proxy: { base_url: 'https://slack.com/api' }
        }),
        p('twitter', 'Twitter (X) OAuth 1.0a', 'OAUTH1', ['social'], {
            request_url: 'https://api.twitter.com/oauth/request_token',
            authorization_url: 'https://api.twitter.com/oauth/authorize',
            token_url: 'https://api.twitter.com/oauth/access_token',
            signature_method: 'HMAC-SHA1',
            proxy: { base_url: 'https://api.twitter.com' }
        }),
        p('openai', 'OpenAI', 'API_KEY', ['dev-tools'], {
            proxy: { base_url: 'https://api.openai.com', headers: { authorization: 'Bearer ${apiKey}' } }
        }),
        p('jira-basic', 'Jira (Basic Auth)', 'BASIC', ['ticketing'], {
            proxy: { base_url: 'https://${connectionConfig.subdomain}.atlassian.net' }
        })
    ];
}

function functions() {
    const deployed = (id, minutes, source = 'repo') => ({ id, enabled: true, last_deployed: iso(-3_000 + minutes), source });
    return {
        github: [
            {
                name: 'github-issues',
                description: 'Fetches the GitHub issues of all the repositories of the user.',
                scopes: ['repo'],
                type: 'sync',
                returns: ['Ticket'],
                json_schema: { definitions: { Ticket: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' } }, required: ['id', 'title'] } } },
                runs: 'every hour',
                auto_start: true,
                track_deletes: true,
                ...deployed(11, 1)
            },
            {
                name: 'github-prs',
                description: 'Fetches the pull requests.',
                scopes: ['repo'],
                type: 'sync',
                returns: ['PullRequest'],
                json_schema: null,
                runs: 'every day',
                auto_start: false,
                track_deletes: false,
                ...deployed(12, 2, 'standalone')
            },
            {
                name: 'create-issue',
                description: 'Creates an issue.',
                scopes: ['repo'],
                type: 'action',
                input: 'CreateIssueInput',
                returns: ['Ticket'],
                json_schema: null,
                ...deployed(13, 3)
            },
            { name: 'post-connection', type: 'on-event', event: 'post-connection-creation', ...deployed(14, 4) }
        ],
        slack: [
            {
                name: 'slack-messages',
                type: 'sync',
                returns: ['Message'],
                json_schema: null,
                runs: 'every 30 minutes',
                auto_start: true,
                track_deletes: false,
                ...deployed(21, 5, 'catalog')
            }
        ]
    };
}

const FUNCTION_CODE = {
    'github-issues': "import { createSync } from 'nango';\n\nexport default createSync({\n    description: 'Fetches the GitHub issues',\n    frequency: 'every hour',\n    exec: async (nango) => {\n        await nango.batchSave([], 'Ticket');\n    }\n});\n",
    'github-prs': "import { createSync } from 'nango';\n\nexport default createSync({ frequency: 'every day', exec: async () => {} });\n",
    'create-issue': "import { createAction } from 'nango';\n\nexport default createAction({ exec: async (nango, input) => ({ id: '1', title: input.title }) });\n",
    'post-connection': "import { createOnEvent } from 'nango';\n\nexport default createOnEvent({ event: 'post-connection-creation', exec: async () => {} });\n",
    'slack-messages': "import { createSync } from 'nango';\n\nexport default createSync({ frequency: 'every 30 minutes', exec: async () => {} });\n"
};

function templates() {
    return {
        github: [
            { name: 'github-issues', description: 'Fetches the GitHub issues.', type: 'sync', returns: ['Ticket'], json_schema: null, runs: 'every hour', auto_start: true, track_deletes: true },
            { name: 'create-issue', description: 'Creates an issue.', type: 'action', input: 'CreateIssueInput', returns: ['Ticket'], json_schema: null }
        ],
        slack: [{ name: 'slack-messages', type: 'sync', returns: ['Message'], json_schema: null, runs: 'every 30 minutes', auto_start: true, track_deletes: false }]
    };
}

const STATUSES = ['open', 'in_progress', 'closed'];
const PRIORITIES = ['low', 'medium', 'high', 'urgent'];
const ASSIGNEES = ['ada', 'charles', 'grace', null];

// Nango's record cursors are opaque standard-base64 strings. These encode the record's modification
// date and id, behind a fixed binary prefix and before a one-byte suffix, so every cursor contains
// '+', '/' and '=' padding: a client that forgets to percent-encode query values breaks paging.
const CURSOR_PREFIX = Buffer.from([0xfb, 0xef, 0xbe, 0xff, 0xff, 0xff]);
const CURSOR_SUFFIX = Buffer.from([0x0a]);

export const recordCursor = (lastModifiedAt, id) => {
    let body = Buffer.from(`${lastModifiedAt}||${id}`, 'utf8');
    // Pad the text so that the total length is never a multiple of 3 (guarantees '=' padding).
    if ((CURSOR_PREFIX.length + body.length + CURSOR_SUFFIX.length) % 3 === 0) body = Buffer.concat([body, Buffer.from(' ')]);
    return Buffer.concat([CURSOR_PREFIX, body, CURSOR_SUFFIX]).toString('base64');
};

/** The `{ at, id }` position a cursor encodes, or null when it is not one of ours. */
export const decodeRecordCursor = (cursor) => {
    if (typeof cursor !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(cursor)) return null;
    const buf = Buffer.from(cursor, 'base64');
    if (buf.length <= CURSOR_PREFIX.length + CURSOR_SUFFIX.length || !buf.subarray(0, CURSOR_PREFIX.length).equals(CURSOR_PREFIX)) return null;
    const text = buf.subarray(CURSOR_PREFIX.length, buf.length - CURSOR_SUFFIX.length).toString('utf8').trimEnd();
    const sep = text.indexOf('||');
    if (sep <= 0 || Number.isNaN(Date.parse(text.slice(0, sep)))) return null;
    return { at: text.slice(0, sep), id: text.slice(sep + 2) };
};

function tickets(count, { prefix = 'ticket', startMinute = 0, variant = null } = {}) {
    const records = [];
    for (let i = 0; i < count; i++) {
        const n = i + 1;
        const id = `${prefix}-${String(n).padStart(3, '0')}`;
        const lastAction = n % 8 === 0 ? 'DELETED' : n % 3 === 0 ? 'UPDATED' : 'ADDED';
        const firstSeen = iso(startMinute + i * 7);
        const lastModified = lastAction === 'ADDED' ? firstSeen : iso(startMinute + i * 7 + 3);
        records.push({
            id,
            number: 1000 + n,
            title: `Ticket ${n}: ${['Fix login redirect', 'Add CSV export', 'Crash on empty input', 'Improve search ranking', 'Update docs'][i % 5]}`,
            status: STATUSES[i % STATUSES.length],
            priority: PRIORITIES[i % PRIORITIES.length],
            assignee: ASSIGNEES[i % ASSIGNEES.length],
            labels: i % 2 === 0 ? ['bug'] : ['enhancement', 'ui'],
            ...(variant ? { region: variant } : {}),
            created_at: iso(startMinute + i * 7 - 1440),
            _nango_metadata: {
                first_seen_at: firstSeen,
                last_modified_at: lastModified,
                last_action: lastAction,
                deleted_at: lastAction === 'DELETED' ? lastModified : null,
                pruned_at: null,
                cursor: recordCursor(lastModified, id)
            }
        });
    }
    // Nango returns records ordered by modification date ascending.
    const key = (r) => [r._nango_metadata.last_modified_at, r.id];
    records.sort((a, b) => {
        const [ta, ia] = key(a);
        const [tb, ib] = key(b);
        return ta < tb ? -1 : ta > tb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
    });
    return records;
}

/** Key of a record set: connection, integration, model and variant ('base' when none). */
export const recordKey = (connectionId, providerConfigKey, model, variant) => `${connectionId}\u0000${providerConfigKey}\u0000${model}\u0000${variant || 'base'}`;

function records() {
    return new Map([
        [recordKey('user-42', 'github', 'Ticket', 'base'), tickets(25)],
        [recordKey('user-42', 'github', 'Ticket', 'eu'), tickets(3, { prefix: 'eu-ticket', startMinute: 30, variant: 'eu' })],
        [recordKey('user-43', 'github', 'Ticket', 'base'), tickets(2, { prefix: 'u43-ticket', startMinute: 60 })]
    ]);
}

function syncs() {
    // One entry per (integration, sync name, variant) and connection.
    const mk = (n, name, variant, providerConfigKey, connectionId, frequency, models) => ({
        id: `0b9e8a8e-1c1d-4e57-9d7e-00000000000${n}`,
        name,
        variant,
        provider_config_key: providerConfigKey,
        connection_id: connectionId,
        status: 'SUCCESS',
        type: 'INCREMENTAL',
        frequency,
        finishedAt: iso(-30 + n),
        nextScheduledSyncAt: iso(30 + n),
        latestResult: Object.fromEntries(models.map((m) => [m, { added: 3, updated: 1, deleted: 0 }])),
        recordCount: Object.fromEntries(models.map((m) => [m, 25])),
        checkpoint: null
    });
    return [
        mk(1, 'github-issues', 'base', 'github', 'user-42', 'every hour', ['Ticket']),
        mk(2, 'github-prs', 'base', 'github', 'user-42', 'every day', ['PullRequest']),
        mk(3, 'github-issues', 'base', 'github', 'user-43', 'every hour', ['Ticket']),
        mk(4, 'slack-messages', 'base', 'slack', 'user-42', 'every 30 minutes', ['Message']),
        mk(5, 'github-issues', 'eu', 'github', 'user-42', 'every hour', ['Ticket'])
    ];
}

function scriptsConfig() {
    const model = (name, fields) => ({ name, fields: fields.map(([n, t]) => ({ name: n, value: t, tsType: true })) });
    return [
        {
            providerConfigKey: 'github',
            provider: 'github',
            syncs: [
                {
                    name: 'github-issues',
                    type: 'sync',
                    models: [model('Ticket', [['id', 'string'], ['title', 'string'], ['status', 'string']])],
                    sync_type: 'incremental',
                    runs: 'every hour',
                    track_deletes: true,
                    auto_start: true,
                    last_deployed: iso(-3_000),
                    is_public: false,
                    pre_built: false,
                    version: '0.0.3',
                    attributes: {},
                    input: null,
                    returns: ['Ticket'],
                    description: 'Fetches the GitHub issues of all the repositories of the user.',
                    scopes: ['repo'],
                    endpoints: [{ method: 'GET', path: '/tickets', group: 'Tickets' }],
                    nango_yaml_version: 'v2',
                    webhookSubscriptions: [],
                    enabled: true,
                    json_schema: null,
                    metadata: {}
                }
            ],
            actions: [
                {
                    name: 'create-issue',
                    type: 'action',
                    models: [model('Ticket', [['id', 'string'], ['title', 'string']]), model('CreateIssueInput', [['title', 'string']])],
                    runs: '',
                    last_deployed: iso(-2_000),
                    is_public: false,
                    pre_built: false,
                    version: '4',
                    attributes: {},
                    input: 'CreateIssueInput',
                    returns: ['Ticket'],
                    description: 'Creates an issue.',
                    scopes: ['repo'],
                    endpoints: [{ method: 'POST', path: '/tickets', group: 'Tickets' }],
                    nango_yaml_version: 'v2',
                    enabled: true,
                    json_schema: null,
                    metadata: {}
                }
            ],
            'on-events': []
        }
    ];
}

function openAiFunctions() {
    return [
        {
            name: 'github-issues',
            description: 'Fetches the GitHub issues of all the repositories of the user.',
            parameters: { type: 'object', properties: { id: { type: 'string', description: 'id' }, title: { type: 'string', description: 'title' } }, required: ['id', 'title'] }
        },
        {
            name: 'create-issue',
            description: 'Creates an issue.',
            parameters: { type: 'object', properties: { title: { type: 'string', description: 'title' } }, required: ['title'] }
        }
    ];
}

function environmentVariables() {
    return [
        { name: 'GITHUB_ORG', value: 'analytical-engines' },
        { name: 'FEATURE_FLAGS', value: 'records,proxy' },
        { name: 'MY_SECRET_KEY', value: 'SK_373892NSHFNCOWFO' }
    ];
}

/** A fresh, independent copy of the whole server state. */
export function createInitialState() {
    return {
        connections: connections(),
        integrations: integrations(),
        providers: providers(),
        functions: functions(),
        functionCode: { ...FUNCTION_CODE },
        templates: templates(),
        records: records(),
        syncs: syncs(),
        scriptsConfig: scriptsConfig(),
        openAiFunctions: openAiFunctions(),
        environmentVariables: environmentVariables(),
        actionResults: new Map(),
        counters: { connection: 100, refresh: 0, action: 0, session: 0, request: 0, closedSilent: 0 }
    };
}

export const fixedIso = iso;
