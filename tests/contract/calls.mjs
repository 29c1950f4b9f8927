// Every public method of the SDK and each of its call forms, as one request each (success paths
// against the fake Nango server). The contract test sends them through Stoplight Prism, which
// validates each request against Nango's OpenAPI spec.
const TICKETS = { providerConfigKey: 'github', connectionId: 'user-42', model: 'Ticket' };
// The spec's /proxy/{anyPath} matches one segment only: proxy endpoints here have one.
const PROXY = { providerConfigKey: 'github', connectionId: 'user-42' };

/** [label, methods it needs, call]: `call(nango)` returns the method's promise or value. */
export const CALLS = [
    ['listProviders()', ['listProviders'], (n) => n.listProviders()],
    ['listProviders({ search })', ['listProviders'], (n) => n.listProviders({ search: 'git' })],
    ['getProvider', ['getProvider'], (n) => n.getProvider({ provider: 'github' })],
    ['getProviderTemplates', ['getProviderTemplates'], (n) => n.getProviderTemplates({ provider: 'github' })],
    ['listIntegrations', ['listIntegrations'], (n) => n.listIntegrations()],
    ['getIntegration({ uniqueKey })', ['getIntegration'], (n) => n.getIntegration({ uniqueKey: 'github' })],
    ['getIntegration({ uniqueKey }, { include })', ['getIntegration'], (n) => n.getIntegration({ uniqueKey: 'github' }, { include: ['webhook'] })],
    ['getIntegration(key, true) (legacy)', ['getIntegration'], (n) => n.getIntegration('github', true)],
    ['createIntegration(body)', ['createIntegration'], (n) => n.createIntegration({ provider: 'github', unique_key: 'gh-contract', display_name: 'GH', credentials: { type: 'OAUTH2', client_id: 'id', client_secret: 'secret', scopes: 'repo' } })],
    ['createIntegration(provider, key, credentials) (legacy)', ['createIntegration'], (n) => n.createIntegration('github', 'gh-legacy', { oauth_client_id: 'id', oauth_client_secret: 'secret', oauth_scopes: 'repo' })],
    ['createQuickstartIntegration', ['createQuickstartIntegration'], (n) => n.createQuickstartIntegration({ provider: 'slack', unique_key: 'slack-qs' })],
    ['updateIntegration({ uniqueKey }, body)', ['updateIntegration'], (n) => n.updateIntegration({ uniqueKey: 'github' }, { display_name: 'GitHub 2' })],
    ['updateIntegration(provider, key, credentials) (legacy)', ['updateIntegration'], (n) => n.updateIntegration('github', 'github', { oauth_client_id: 'id2', oauth_client_secret: 's2' })],
    ['deleteIntegration', ['deleteIntegration'], (n) => n.deleteIntegration('openai')],
    ['listFunctions', ['listFunctions'], (n) => n.listFunctions({ uniqueKey: 'github' }, { type: 'sync', limit: 5 })],
    ['getFunction', ['getFunction'], (n) => n.getFunction({ uniqueKey: 'github', name: 'github-issues' }, { type: 'sync' })],
    ['getFunctionCode', ['getFunctionCode'], (n) => n.getFunctionCode({ uniqueKey: 'github', name: 'github-issues' }, { type: 'sync' })],
    ['deleteFunction', ['deleteFunction'], (n) => n.deleteFunction({ uniqueKey: 'github', name: 'github-prs' }, { type: 'sync' })],
    ['listConnections()', ['listConnections'], (n) => n.listConnections()],
    ['listConnections(connectionId, search, queries) (legacy)', ['listConnections'], (n) => n.listConnections('user-42', 'ada', { endUserId: 'u-42', limit: 10, page: 1 })],
    ['listConnections({ ... })', ['listConnections'], (n) => n.listConnections({ connectionId: 'user-42', userId: 'u-42', integrationId: ['github', 'slack'], tags: { displayName: 'Ada', email: 'ada@example.com', plan: 'pro' }, limit: 10, page: 1 })],
    ['getConnection', ['getConnection'], (n) => n.getConnection('github', 'user-42', true, true, true)],
    ['getConnectionDetails', ['getConnectionDetails'], (n) => n.getConnectionDetails({ providerConfigKey: 'github', connectionId: 'user-42' })],
    ['getToken', ['getToken'], (n) => n.getToken('github', 'user-42', true)],
    ['getRawTokenResponse', ['getRawTokenResponse'], (n) => n.getRawTokenResponse('github', 'user-42')],
    ['getMetadata', ['getMetadata'], (n) => n.getMetadata('github', 'user-42')],
    ['setMetadata(one id)', ['setMetadata'], (n) => n.setMetadata('github', 'user-42', { plan: 'pro' })],
    ['setMetadata(ids)', ['setMetadata'], (n) => n.setMetadata('github', ['user-42', 'user-43'], { plan: 'pro' })],
    ['updateMetadata', ['updateMetadata'], (n) => n.updateMetadata('github', 'user-42', { seats: 3 })],
    ['patchConnection', ['patchConnection'], (n) => n.patchConnection({ connectionId: 'user-42', provider_config_key: 'github' }, { end_user: { id: 'u-42', email: 'ada@example.com' } })],
    ['deleteConnection', ['deleteConnection'], (n) => n.deleteConnection('github', 'user-43')],
    ['getScriptsConfig()', ['getScriptsConfig'], (n) => n.getScriptsConfig()],
    ['getScriptsConfig(openai)', ['getScriptsConfig'], (n) => n.getScriptsConfig('openai')],
    ['listRecords', ['listRecords'], (n) => n.listRecords({ ...TICKETS, limit: 5, modifiedAfter: '2024-01-01T00:00:00.000Z', filter: 'added', ids: ['ticket-001'] })],
    ['listRecords (combined filter)', ['listRecords'], (n) => n.listRecords({ ...TICKETS, filter: 'added,updated' })],
    ['pruneRecords', ['listRecords', 'pruneRecords'], async (n) => {
        const page = await n.listRecords({ ...TICKETS, limit: 5 });
        return n.pruneRecords({ ...TICKETS, untilCursor: page.next_cursor, limit: 10 });
    }],
    ['triggerSync(key, names, id)', ['triggerSync'], (n) => n.triggerSync('github', ['github-issues'], 'user-42')],
    ['triggerSync(key, [], id, mode)', ['triggerSync'], (n) => n.triggerSync('github', [], 'user-42', 'full_refresh')],
    ['triggerSync(key, names, id, true) (legacy)', ['triggerSync'], (n) => n.triggerSync('github', ['github-issues'], 'user-42', true)],
    ['triggerSync(key, names, id, { reset, emptyCache })', ['triggerSync'], (n) => n.triggerSync('github', ['github-issues'], 'user-42', { reset: true, emptyCache: true })],
    ['startSync', ['startSync'], (n) => n.startSync('github', ['github-issues'], 'user-42')],
    ['pauseSync', ['pauseSync'], (n) => n.pauseSync('github', ['github-issues'], 'user-42')],
    ['syncStatus(*)', ['syncStatus'], (n) => n.syncStatus('github', '*', 'user-42')],
    ['syncStatus(names and variants)', ['syncStatus'], (n) => n.syncStatus('github', ['github-issues', { name: 'github-issues', variant: 'eu' }], 'user-42')],
    ['updateSyncConnectionFrequency', ['updateSyncConnectionFrequency'], (n) => n.updateSyncConnectionFrequency('github', 'github-issues', 'user-42', 'every 2 hours')],
    ['updateSyncConnectionFrequency(null)', ['updateSyncConnectionFrequency'], (n) => n.updateSyncConnectionFrequency('github', { name: 'github-issues', variant: 'eu' }, 'user-42', null)],
    ['createSyncVariant', ['createSyncVariant'], (n) => n.createSyncVariant({ provider_config_key: 'github', connection_id: 'user-42', name: 'github-issues', variant: 'us' })],
    ['deleteSyncVariant', ['deleteSyncVariant'], (n) => n.deleteSyncVariant({ provider_config_key: 'github', connection_id: 'user-42', name: 'github-issues', variant: 'eu' })],
    ['getEnvironmentVariables', ['getEnvironmentVariables'], (n) => n.getEnvironmentVariables()],
    ['triggerAction', ['triggerAction'], (n) => n.triggerAction('github', 'user-42', 'create-issue', { title: 'Hello' })],
    ['triggerAction (no input)', ['triggerAction'], (n) => n.triggerAction('github', 'user-42', 'echo')],
    ['triggerActionAsync + getAsyncActionResult', ['triggerActionAsync', 'getAsyncActionResult'], async (n) => {
        const { id } = await n.triggerActionAsync('github', 'user-42', 'create-issue', { title: 'Hi' });
        return n.getAsyncActionResult({ id });
    }],
    ['createConnectSession', ['createConnectSession'], (n) => n.createConnectSession({ end_user: { id: 'u-1', email: 'a@b.co', display_name: 'A' }, allowed_integrations: ['github'] })],
    ['createReconnectSession', ['createReconnectSession'], (n) => n.createReconnectSession({ connection_id: 'user-42', integration_id: 'github' })],
    ['waitForConnection', ['waitForConnection'], (n) => n.waitForConnection('github', 'u-42')],
    ['proxy GET', ['get'], (n) => n.get({ ...PROXY, endpoint: '/repos', params: { page: 2 }, headers: { 'X-Trace': 't' }, retries: 2, retryOn: [429, 503] })],
    ['proxy POST', ['post'], (n) => n.post({ ...PROXY, endpoint: 'issues', data: { title: 'x' } })],
    ['proxy PUT', ['put'], (n) => n.put({ ...PROXY, endpoint: '/issue-1', data: { title: 'y' } })],
    ['proxy PATCH', ['patch'], (n) => n.patch({ ...PROXY, endpoint: '/issue-1', data: { title: 'z' } })],
    ['proxy DELETE', ['delete'], (n) => n.delete({ ...PROXY, endpoint: '/issue-1' })],
    ['proxy(config)', ['proxy'], (n) => n.proxy({ ...PROXY, method: 'POST', endpoint: '/graphql', data: { query: '{ viewer { login } }' }, baseUrlOverride: 'https://api.example.com', decompress: true })]
];
