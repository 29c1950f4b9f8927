// What the declarations promise beyond the seeds: the result types, the call forms the official
// SDK does not have, the error type, and what must not compile (`@ts-expect-error`).
import {
    getUserAgent,
    isNangoError,
    Nango,
    prodHost,
    SyncConfigType,
    type ApiPublicIntegration,
    type GetPublicConnection,
    type ListRecordsRequestConfig,
    type NangoError,
    type NangoErrorCode,
    type NangoProps,
    type NangoRecord,
    type NangoResponse,
    type OAuth1Token,
    type ProxyConfiguration,
    type StandardNangoConfig
} from 'nango-wasm';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T>(_value: T): void {}
function assertEqual<A, B>(_proof: Equal<A, B>): void {}

const props: NangoProps = { apiKey: 'key', host: 'http://localhost:3003' };
const nango = new Nango(props, { userAgent: 'my-app' });

// Module exports.
assertEqual<typeof prodHost, 'https://api.nango.dev'>(true);
expectType<string>(getUserAgent());
expectType<string>(getUserAgent('my-app'));
expectType<'sync'>(`${SyncConfigType.SYNC}`);

// Optional arguments are optional (wasm-bindgen alone declares them as required `T | undefined`).
assertEqual<Awaited<ReturnType<typeof nango.getConnection>>, GetPublicConnection['Success']>(true);
await nango.getConnection('github', 'user-42');
await nango.getConnection('github', 'user-42', true, true, true);
expectType<string | OAuth1Token | object>(await nango.getToken('github', 'user-42'));
await nango.listProviders();
await nango.listIntegrations();
await nango.getFunction({ uniqueKey: 'github', name: 'issues' });

// Generic results.
interface Ticket { id: string; title: string }
const page = await nango.listRecords<Ticket>({ providerConfigKey: 'github', connectionId: 'user-42', model: 'Ticket' });
expectType<NangoRecord<Ticket>[]>(page.records);
expectType<string>(page.records[0]!.title);
expectType<string | null>(page.next_cursor);
const proxied = await nango.get<{ ok: boolean }>({ endpoint: '/user', providerConfigKey: 'github', connectionId: 'user-42' });
expectType<boolean>(proxied.data.ok);
const out = await nango.triggerAction<{ a: number }, { b: string }>('github', 'user-42', 'act', { a: 1 });
expectType<string>(out.b);

// Whole responses: plain objects with lower-case header names.
const deleted = await nango.deleteIntegration('github');
expectType<number>(deleted.status);
expectType<string>(deleted.statusText);
expectType<string | undefined>(deleted.headers['content-type']);
const set = await nango.setMetadata('github', ['a', 'b'], { plan: 'pro' });
expectType<NangoResponse<{ metadata: Record<string, unknown>; provider_config_key: string; connection_id: string | string[] }>>(set);
const details = await nango.getConnectionDetails({ providerConfigKey: 'github', connectionId: 'user-42', additionalHeader: { 'X-A': '1' } });
expectType<GetPublicConnection['Success']>(details.data);

// The scripts config's shape follows the format.
expectType<StandardNangoConfig[]>(await nango.getScriptsConfig());
expectType<StandardNangoConfig[]>(await nango.getScriptsConfig('nango'));
expectType<{ data: unknown[] }>(await nango.getScriptsConfig('openai'));
declare const format: 'nango' | 'openai';
await nango.getScriptsConfig(format);

// The older call forms.
expectType<{ config: ApiPublicIntegration }>(await nango.getIntegration('github', true));
expectType<{ data: ApiPublicIntegration }>(await nango.getIntegration({ uniqueKey: 'github' }, { include: ['credentials'] }));
expectType<{ config: ApiPublicIntegration }>(await nango.createIntegration('github', 'github-2', { oauth_client_id: 'id', oauth_client_secret: 'secret', oauth_scopes: 'repo' }));
expectType<{ config: ApiPublicIntegration }>(await nango.createIntegration('github', 'github-2', { type: 'OAUTH2', client_id: 'id', client_secret: 'secret' }));
const credentials: Record<string, string> = { oauth_client_id: 'id' };
await nango.updateIntegration('github', 'github-2', credentials);
await nango.triggerSync('github', ['issues'], 'user-42', true);
await nango.triggerSync('github', [{ name: 'issues', variant: 'v2' }], undefined, { reset: true });
await nango.listConnections('user-42', 'search', { endUserId: 'u', limit: 10 });
await nango.listConnections({ integrationId: ['github', 'slack'], tags: { email: 'a@b.c' }, page: 2 });

// Webhook verification stays synchronous.
expectType<boolean>(nango.verifyIncomingWebhookRequest('{}', { 'x-nango-hmac-sha256': 'abc' }));

// Errors.
try {
    await nango.listIntegrations();
} catch (err) {
    if (isNangoError(err)) {
        expectType<NangoError>(err);
        expectType<NangoErrorCode>(err.code);
        expectType<number>(err.status);
        if (err.response?.status === 429) {
            expectType<string | undefined>(err.response.headers['retry-after']);
        }
    }
}

// Option types by their official names.
const config: ListRecordsRequestConfig = { providerConfigKey: 'p', connectionId: 'c', model: 'm', filter: 'added,updated' };
const proxyConfig: ProxyConfiguration = { endpoint: '/x', method: 'PROPFIND', retryOn: [409] };
await nango.listRecords(config);
await nango.proxy(proxyConfig);

// What must not compile.
// @ts-expect-error: exactly one of apiKey and secretKey
new Nango({ apiKey: 'a', secretKey: 'b' });
// @ts-expect-error: an API key is required
new Nango({ host: 'http://localhost:3003' });
// @ts-expect-error: the connection id is required
await nango.getConnection('github');
// @ts-expect-error: the properties are read-only getters (assigning one throws)
nango.connectionId = 'other';
// @ts-expect-error: there is no axios instance
nango.http;
// @ts-expect-error: sync names go in an array
await nango.startSync('github', 'issues');
// @ts-expect-error: getScriptsConfig knows two formats
await nango.getScriptsConfig('yaml');
// @ts-expect-error: listRecords needs a model
await nango.listRecords({ providerConfigKey: 'p', connectionId: 'c' });
