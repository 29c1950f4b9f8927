// The package's type declarations, the one source of its TypeScript API and its JSDoc.
// scripts/types.mjs copies this file to pkg/index.d.ts and pkg/index.d.cts; the type tests
// check it against the built module (every method, property and error code) so the two
// cannot drift, and against `@nangohq/node`'s declarations (tests/types/compat.mjs). The file
// imports nothing: the types `@nangohq/node` declares itself are written once below, and the
// option and response types it takes from `@nangohq/types` are written out at the end of the
// file, with the same names and shapes, so the package has no dependency.

/** Nango Cloud's API host, the default `host`. */
export declare const prodHost = 'https://api.nango.dev';

/** The kinds of function a Nango integration deploys. */
export declare enum SyncConfigType {
    SYNC = 'sync',
    ACTION = 'action'
}

/** The user agent this package sends, with `userAgent` appended when given. */
export declare function getUserAgent(userAgent?: string | null): string;

/**
 * True when `value` is an error this package raised: a JS `Error` named `NangoError` with a
 * string `code`.
 */
export declare function isNangoError(value: unknown): value is NangoError;

/**
 * Resolves when the wasm module is loaded. Node, Deno, Bun and workerd load it when the package
 * is imported (already resolved); browsers and bundles load it in the background, and calls
 * made before it is loaded wait for it, but the synchronous webhook verifiers return `false`
 * until it is: `await ready` before them.
 */
export declare const ready: Promise<void>;

/**
 * What went wrong, in a {@link NangoError}'s `kind` (see the README's error table):
 * `API_ERROR` (Nango answered with a non-2xx status), `RATE_LIMITED` (it answered 429),
 * `NETWORK_ERROR` (no answer, or the body could not be read; the underlying error is
 * `cause`), `TIMEOUT` (`timeoutMs` ran out, or `waitForConnection` gave up), `ABORTED` (the
 * call's signal was aborted), `UNDECODABLE_BODY` (a 2xx from Nango's API whose body is not
 * JSON; the text is in `response.data`), `INVALID_ARGUMENT` (an argument or option is invalid
 * or could not be read; nothing was sent), `UNEXPECTED_RESPONSE` (the answer is not what the
 * method expects), `INTERNAL_ERROR` (the wasm core failed, e.g. out of memory, and was
 * restarted; nothing was sent, and the next call runs normally).
 */
export type NangoErrorKind =
    | 'API_ERROR'
    | 'RATE_LIMITED'
    | 'NETWORK_ERROR'
    | 'TIMEOUT'
    | 'ABORTED'
    | 'UNDECODABLE_BODY'
    | 'INVALID_ARGUMENT'
    | 'UNEXPECTED_RESPONSE'
    | 'INTERNAL_ERROR';

/**
 * A {@link NangoError}'s `code`: axios' code for the errors of an HTTP exchange
 * (`ERR_BAD_REQUEST` for a 4xx, `ERR_BAD_RESPONSE` for a 5xx or an undecodable body,
 * `ERR_NETWORK`, `ECONNABORTED` for a timeout, `ERR_CANCELED` for an abort), else its `kind`.
 */
export type NangoErrorCode =
    | 'ERR_BAD_REQUEST'
    | 'ERR_BAD_RESPONSE'
    | 'ERR_NETWORK'
    | 'ECONNABORTED'
    | 'ERR_CANCELED'
    | 'INVALID_ARGUMENT'
    | 'UNEXPECTED_RESPONSE'
    | 'ABORTED'
    | 'TIMEOUT'
    | 'INTERNAL_ERROR';

/**
 * The error every method rejects with (and the constructor throws): a JS `Error` named
 * `NangoError`. The errors of an HTTP exchange carry axios' surface, as code written for
 * `@nangohq/node` checks it: `axios.isAxiosError(err)` holds, `code` is axios', the message
 * begins as axios' does (`Request failed with status code 404`, then Nango's message and the
 * method). It never contains the API key or a request header, in any property, `toJSON()`,
 * `util.inspect` or stack. Check for it with {@link isNangoError}.
 */
export interface NangoError extends Error {
    name: 'NangoError';
    /** axios' code for the errors of an HTTP exchange, else the same as `kind`. */
    code: NangoErrorCode;
    /** What went wrong: this package's own classification. */
    kind: NangoErrorKind;
    /** `true` for the errors of an HTTP exchange (status, network, timeout, abort, body). */
    isAxiosError?: true;
    /** The HTTP status; `0` when there was no response. */
    status: number;
    /**
     * The response when there was one, shaped like axios' (`err.response.status`,
     * `err.response.data`, `err.response.headers['retry-after']`); `undefined` otherwise.
     */
    response: NangoResponse<unknown> | undefined;
    /** The underlying error (what `fetch` or reading the body threw), for `NETWORK_ERROR`. */
    cause?: unknown;
    /** axios' fields for logs, without any header or key. */
    toJSON(): { message: string; name: 'NangoError'; code: NangoErrorCode; kind: NangoErrorKind; status: number; method?: string; url?: string };
}

/** Where log lines go: `console` by default. */
export interface NangoLogger {
    debug(message: string): void;
    info(message: string): void;
    warn(message: string): void;
    error(message: string): void;
}

/**
 * Options beyond `@nangohq/node`'s, all off by default: given to the constructor (with the
 * client's configuration) or, for some calls, to {@link Nango.withOptions}.
 */
export interface NangoClientOptions {
    /** Aborts a call (every attempt and wait included) after this many milliseconds. */
    timeoutMs?: number;
    /**
     * Retries a 429 or 503 that says when (`Retry-After`, `retry-after-ms`), and for idempotent
     * methods a 5xx or no answer, up to this many times (0 to 10; default 0).
     */
    maxRetries?: number;
    /** The function every request goes through (default: the global `fetch`). */
    fetch?: (input: string, init: RequestInit) => Promise<Response>;
    /** One line per request and response at `debug`, per response at `info`, ... (default `off`). */
    logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'off';
    /** Where log lines go (default `console`). */
    logger?: NangoLogger;
}

/** The options of {@link Nango.withOptions}: the client options, and a signal. */
export interface NangoCallOptions extends NangoClientOptions {
    /** Aborts the calls: a request in flight is cancelled, an aborted signal sends nothing. */
    signal?: AbortSignal;
}

/** A page of records, with the cursor it was fetched with (to resume from). */
export interface RecordsPage<T extends Record<string, any>> {
    records: NangoRecord<T>[];
    next_cursor: string | null;
    /** The cursor this page was fetched with (`null` for the first page). */
    cursor: string | null;
}

/**
 * The result of `listRecords`: awaited, one page; iterated (`for await`), every record of
 * every page, following `next_cursor`, one page in memory at a time; `pages()` iterates the
 * pages.
 */
export type RecordsPromise<T extends Record<string, any>> = Promise<{ records: NangoRecord<T>[]; next_cursor: string | null }> &
    AsyncIterable<NangoRecord<T>> & { pages(): AsyncIterable<RecordsPage<T>> };

/**
 * The result of `listConnections`: awaited, one page; iterated, every connection, asking for
 * the next `page` while a page is full; `pages()` iterates the pages (`cursor`: the page
 * number).
 */
export type ConnectionsPromise = Promise<GetPublicConnections['Success']> &
    AsyncIterable<GetPublicConnections['Success']['connections'][number]> & {
        pages(): AsyncIterable<GetPublicConnections['Success'] & { cursor: number }>;
    };

/**
 * A whole HTTP response, for the methods that resolve with one where `@nangohq/node` resolves
 * with axios' response: the same `status`, `statusText` and `data`, and `headers` as a plain
 * object with lower-case names (`res.headers['content-type']`).
 */
export interface NangoResponse<T = any> {
    /** The HTTP status. */
    status: number;
    /** The HTTP status text. */
    statusText: string;
    /** The response headers, by lower-case name. */
    headers: Record<string, string>;
    /** The body: parsed JSON, else the text. */
    data: T;
}

/**
 * The constructor's second argument. Only `userAgent` has an effect: requests go through the
 * runtime's `fetch`, so the axios options are accepted and ignored.
 */
export interface AdminAxiosProps {
    /** Appended to this package's `User-Agent`. */
    userAgent?: string;
    /** @deprecated Ignored by nango-wasm: requests go through the runtime's `fetch`. */
    httpsAgent?: unknown;
    /** @deprecated Ignored by nango-wasm: there is no axios instance to intercept. */
    interceptors?: {
        request?: (config: any) => any;
        response?: {
            onFulfilled: (value: any) => any;
            onRejected?: (error: unknown) => unknown;
        };
    };
}

/** Exactly one of `apiKey` (preferred) or the deprecated `secretKey`. */
type NangoCredentials =
    | {
          /** Your Nango environment API key, sent as the bearer token. */
          apiKey: string;
          secretKey?: never;
      }
    | {
          apiKey?: never;
          /** @deprecated Use `apiKey` instead. */
          secretKey: string;
      };

/** The constructor's options. */
export type NangoProps = {
    /** The API host; default `https://api.nango.dev`. */
    host?: string;
    /** Verifies incoming webhooks; falls back to the deprecated `secretKey` when omitted. */
    webhookSigningKey?: string;
    /** The default connection id (used by the proxy when a call gives none). */
    connectionId?: string;
    /** The default integration key (used by the proxy when a call gives none). */
    providerConfigKey?: string;
    /** Sends `Nango-Is-Sync: true`. */
    isSync?: boolean;
    /** Sends `Nango-Is-Dry-Run: true`. */
    dryRun?: boolean;
    /** Sends `Nango-Is-Script: true`. */
    isScript?: boolean;
    /** Sent as `Nango-Activity-Log-Id` on proxy calls. */
    activityLogId?: string | undefined;
} & NangoCredentials &
    NangoClientOptions;

/** The options of `proxy`, `get`, `post`, `put`, `patch` and `delete`. */
export type ProxyConfiguration = {
    endpoint: string;
    providerConfigKey?: string;
    connectionId?: string;
    method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'PROPFIND' | 'REPORT' | 'get' | 'post' | 'patch' | 'put' | 'delete' | 'propfind' | 'report';
    headers?: Record<string, string>;
    params?: string | Record<string, string | number | string[] | number[]>;
    data?: unknown;
    retries?: number;
    retryOn?: number[] | null;
    baseUrlOverride?: string | undefined;
    responseType?: 'arraybuffer' | 'blob' | 'document' | 'json' | 'text' | 'stream' | undefined;
    decompress?: boolean | string;
    forwardHeadersOnRedirect?: boolean;
    /** Not sent, as by `@nangohq/node`: it configures the proxy's retries in Nango's scripts. */
    retryHeader?: RetryHeaderConfig;
    /** Not sent, as by `@nangohq/node`: it configures pagination in Nango's scripts. */
    paginate?: Partial<CursorPagination> | Partial<LinkPagination> | Partial<OffsetPagination>;
    /** Not called, as by `@nangohq/node`: a hook of Nango's server. */
    validateProxyRequestUrl?: (args: { absoluteUrl: string; proxyConfig: any; connection: any; integrationConfig?: any }) => void;
    /** Not called, as by `@nangohq/node`: a hook of Nango's server. */
    validateProxyRedirectUrl?: (absoluteRedirectUrl: string) => void;
    /** Aborts the call: the request in flight is cancelled; an aborted signal sends nothing. */
    signal?: AbortSignal;
};

/** A record change `listRecords` can filter on. */
export type FilterAction = 'added' | 'updated' | 'deleted' | 'ADDED' | 'UPDATED' | 'DELETED';

/** Two record changes, comma-separated. */
export type CombinedFilterAction = `${FilterAction},${FilterAction}`;

/** The options of `listRecords`. */
export interface ListRecordsRequestConfig {
    providerConfigKey: string;
    connectionId: string;
    model: string;
    variant?: string;
    /** @deprecated use modifiedAfter */
    delta?: string;
    modifiedAfter?: string;
    limit?: number;
    filter?: FilterAction | CombinedFilterAction;
    cursor?: string | null;
    ids?: string[];
}

/** A connection's custom metadata. */
export type Metadata = Record<string, unknown>;

/** The body Nango answers `setMetadata` and `updateMetadata` with. */
export interface MetadataChangeResponse {
    metadata: Metadata;
    provider_config_key: string;
    connection_id: string | string[];
}

/** Creation and update times. */
export interface Timestamps {
    created_at: string;
    updated_at: string;
}

/** A sync of a connection. */
export interface Sync extends Timestamps {
    id: string;
    name: string;
    connection_id: string;
    last_sync_date: string;
}

/** A sync's configuration. */
export interface SyncConfig extends Timestamps {
    name: string;
    description?: string;
}

/** An action's configuration. */
export interface Action extends Timestamps {
    name: string;
}

/** @deprecated */
export type SyncType = 'INCREMENTAL' | 'INITIAL';

/** One sync's status, as `syncStatus` returns it. */
export interface SyncStatus {
    id: string;
    /** @deprecated **/
    type: SyncType;
    finishedAt: string | undefined;
    nextScheduledSyncAt: string;
    name: string;
    status: 'RUNNING' | 'SUCCESS' | 'ERROR' | 'PAUSED' | 'STOPPED';
    frequency: string;
    latestResult: Record<string, StatusAction>;
    recordCount: Record<string, number>;
    checkpoint: Checkpoint | null;
}

/** A model's record counts in a sync run. */
export interface StatusAction {
    added: number;
    updated: number;
    deleted?: number;
}

/** The answer of `syncStatus`. */
export interface SyncStatusResponse {
    syncs: SyncStatus[];
}

/** The answer of `updateSyncConnectionFrequency`. */
export interface UpdateSyncFrequencyResponse {
    frequency: string;
}

/** A model field in a sync configuration. */
interface NangoSyncModelField {
    name: string;
    type: string;
}

/** A model in a sync configuration. */
export interface NangoSyncModel {
    name: string;
    description?: string;
    fields: NangoSyncModelField[];
}

/**
 * The Nango client: a drop-in replacement for `Nango` from `@nangohq/node`.
 *
 * ```js
 * import { Nango } from 'nango-wasm';
 * const nango = new Nango({ secretKey: process.env.NANGO_SECRET_KEY });
 * const token = await nango.getToken('github', 'user-42');
 * ```
 */
export declare class Nango {
    /** The API's base URL, without a trailing slash. */
    readonly serverUrl: string;
    /** The key sent as the bearer token (`apiKey`, or the deprecated `secretKey`). */
    readonly apiKey: string;
    /** The deprecated `secretKey`, when the client was created with it. */
    readonly secretKey: string | undefined;
    /** The webhook signing key, when set. */
    readonly webhookSigningKey: string | undefined;
    /** The default connection id (`''` when unset). */
    readonly connectionId: string;
    /** The default integration key (`''` when unset). */
    readonly providerConfigKey: string;
    /** Whether requests carry `Nango-Is-Sync: true`. */
    readonly isSync: boolean;
    /** Whether requests carry `Nango-Is-Dry-Run: true`. */
    readonly dryRun: boolean;
    /** Whether requests carry `Nango-Is-Script: true`. */
    readonly isScript: boolean;
    /** The activity log id, when set. */
    readonly activityLogId: string | undefined;
    /** The `User-Agent` header this client sends. */
    readonly userAgent: string;

    /**
     * Creates a client. `config` takes `secretKey` or `apiKey` (exactly one), and optionally
     * `host` (default `https://api.nango.dev`), `webhookSigningKey`, `connectionId`,
     * `providerConfigKey`, `isSync`, `isScript`, `dryRun` and `activityLogId`. The second
     * argument's `userAgent` is appended to this package's user agent. Throws on invalid
     * configuration with the official SDK's messages.
     */
    constructor(config: NangoProps, options?: AdminAxiosProps);

    /**
     * A light client that shares this one's configuration, with `options` applied to every
     * call made through it: `nango.withOptions({ signal, timeoutMs: 5000 }).getConnection(...)`.
     * Throws INVALID_ARGUMENT for an invalid option.
     */
    withOptions(options: NangoCallOptions): Nango;

    // Providers

    /** Lists the providers Nango supports as `{ data }`; `queries.search` filters them. */
    listProviders(queries?: GetPublicProviders['Querystring']): Promise<GetPublicProviders['Success']>;
    /** Returns one provider as `{ data }`. */
    getProvider(params: GetPublicProvider['Params']): Promise<GetPublicProvider['Success']>;
    /** Returns the function templates available for a provider as `{ data }`. */
    getProviderTemplates(params: GetPublicProviderTemplates['Params']): Promise<GetPublicProviderTemplates['Success']>;

    // Integrations

    /** Lists the environment's integrations as `{ configs }`. */
    listIntegrations(): Promise<{ configs: ApiPublicIntegration[] }>;
    /**
     * Returns one integration as `{ data }`. `queries.include` may ask for `'webhook'` or
     * `'credentials'` (as in the official SDK, only the last item of the array is sent).
     * Older form: `getIntegration(providerConfigKey, includeIntegrationCredentials?)`, which
     * resolves with `{ config }`.
     */
    getIntegration(params: GetPublicIntegration['Params'], queries?: GetPublicIntegration['Querystring']): Promise<GetPublicIntegration['Success']>;
    /**
     * Returns one integration as `{ data }`. `queries.include` may ask for `'webhook'` or
     * `'credentials'` (as in the official SDK, only the last item of the array is sent).
     * Older form: `getIntegration(providerConfigKey, includeIntegrationCredentials?)`, which
     * resolves with `{ config }`.
     * @deprecated Use `getIntegration({ uniqueKey }, { include: ['credentials'] })`.
     */
    getIntegration(providerConfigKey: string, includeIntegrationCredentials?: boolean): Promise<{ config: ApiPublicIntegration }>;
    /**
     * Creates an integration from `{ provider, unique_key, display_name?, forward_webhooks?,
     * credentials?, integration_config? }`; resolves with `{ data }`. Older form:
     * `createIntegration(provider, providerConfigKey, credentials?)`, where `credentials`
     * may use the older `oauth_client_id`, `oauth_client_secret` and `oauth_scopes`; it
     * resolves with `{ config }`.
     */
    createIntegration(body: PostPublicIntegration['Body']): Promise<PostPublicIntegration['Success']>;
    /**
     * Creates an integration from `{ provider, unique_key, display_name?, forward_webhooks?,
     * credentials?, integration_config? }`; resolves with `{ data }`. Older form:
     * `createIntegration(provider, providerConfigKey, credentials?)`, where `credentials`
     * may use the older `oauth_client_id`, `oauth_client_secret` and `oauth_scopes`; it
     * resolves with `{ config }`.
     * @deprecated Use `createIntegration({ provider, unique_key, credentials })`.
     */
    createIntegration(
        provider: string,
        providerConfigKey: string,
        credentials?: { oauth_client_id?: string; oauth_client_secret?: string; oauth_scopes?: string } | ApiPublicIntegrationCredentials
    ): Promise<{ config: ApiPublicIntegration }>;
    /**
     * Creates an integration that uses Nango's own developer app, from
     * `{ provider, unique_key, display_name?, forward_webhooks? }`; resolves with `{ data }`.
     */
    createQuickstartIntegration(body: PostPublicQuickstartIntegration['Body']): Promise<PostPublicQuickstartIntegration['Success']>;
    /**
     * Edits an integration: `updateIntegration({ uniqueKey }, { unique_key?, display_name?,
     * forward_webhooks?, credentials?, integration_config? })`; resolves with `{ data }`.
     * Older form: `updateIntegration(provider, providerConfigKey, credentials?)`, which sends
     * only the credentials and resolves with `{ config }`.
     */
    updateIntegration(params: PatchPublicIntegration['Params'], body: PatchPublicIntegration['Body']): Promise<PatchPublicIntegration['Success']>;
    /**
     * Edits an integration: `updateIntegration({ uniqueKey }, { unique_key?, display_name?,
     * forward_webhooks?, credentials?, integration_config? })`; resolves with `{ data }`.
     * Older form: `updateIntegration(provider, providerConfigKey, credentials?)`, which sends
     * only the credentials and resolves with `{ config }`.
     * @deprecated Use `updateIntegration({ uniqueKey }, { credentials })`.
     */
    updateIntegration(
        provider: string,
        providerConfigKey: string,
        credentials?: { oauth_client_id?: string; oauth_client_secret?: string; oauth_scopes?: string } | ApiPublicIntegrationCredentials
    ): Promise<{ config: ApiPublicIntegration }>;
    /**
     * Deletes an integration (and its connections). Resolves with
     * `{ status, statusText, headers, data }`.
     */
    deleteIntegration(providerConfigKey: string): Promise<NangoResponse<void>>;

    // Functions

    /**
     * Lists the deployed functions of an integration: `{ data, pagination }`. `queries`:
     * `type` (`'sync'`, `'action'`, `'on-event'`), `search`, `page`, `limit`.
     */
    listFunctions(params: GetPublicIntegrationFunctions['Params'], queries?: GetPublicIntegrationFunctions['Querystring']): Promise<GetPublicIntegrationFunctions['Success']>;
    /**
     * Returns one deployed function as `{ data }`; `queries.type` tells apart functions
     * that share a name.
     */
    getFunction(params: GetPublicIntegrationFunction['Params'], queries?: GetPublicIntegrationFunction['Querystring']): Promise<GetPublicIntegrationFunction['Success']>;
    /**
     * Returns a deployed function's source code as `{ type, code }`; `queries.type` tells
     * apart functions that share a name.
     */
    getFunctionCode(params: GetPublicFunctionCode['Params'], queries?: GetPublicFunctionCode['Querystring']): Promise<GetPublicFunctionCode['Success']>;
    /**
     * Deletes a deployed function; `queries.type` (`'sync'` or `'action'`) is required by
     * the API.
     */
    deleteFunction(params: DeletePublicIntegrationFunction['Params'], queries: DeletePublicIntegrationFunction['Querystring']): Promise<DeletePublicIntegrationFunction['Success']>;

    // Connections

    /**
     * Lists connections. Two call forms: `listConnections(connectionId?, search?, queries?)`
     * (`queries`: `endUserId`, `endUserOrganizationId`, `limit`, `page`) and
     * `listConnections({ connectionId, userId, integrationId, tags, limit, page })`, where
     * `integrationId` is one key or an array and `tags` may use `displayName` and `email`.
     */
    listConnections(connectionId?: string, search?: string, queries?: Omit<GetPublicConnections['Querystring'], 'connectionId' | 'search'>): ConnectionsPromise;
    /**
     * Lists connections. Two call forms: `listConnections(connectionId?, search?, queries?)`
     * (`queries`: `endUserId`, `endUserOrganizationId`, `limit`, `page`) and
     * `listConnections({ connectionId, userId, integrationId, tags, limit, page })`, where
     * `integrationId` is one key or an array and `tags` may use `displayName` and `email`.
     */
    listConnections(params: {
        connectionId?: string;
        userId?: string;
        integrationId?: string | string[];
        tags?: Record<string, string>;
        limit?: number;
        page?: number;
    }): ConnectionsPromise;
    /**
     * Returns a connection with its credentials and metadata.
     * `forceRefresh` obtains a new access token first, `refreshToken` includes the refresh
     * token, `refreshGithubAppJwtToken` refreshes the JWT of GitHub App connections.
     */
    getConnection(providerConfigKey: string, connectionId: string, forceRefresh?: boolean, refreshToken?: boolean, refreshGithubAppJwtToken?: boolean): Promise<GetPublicConnection['Success']>;
    /**
     * Returns the connection request's whole response, `{ status, statusText, headers,
     * data }`. `options`: `providerConfigKey`, `connectionId`, `forceRefresh`,
     * `refreshToken`, `refreshGithubAppJwtToken` and `additionalHeader` (extra request
     * headers; they cannot replace the authorization or the client's flags).
     */
    getConnectionDetails(options: {
        providerConfigKey: string;
        connectionId: string;
        forceRefresh?: boolean;
        refreshToken?: boolean;
        refreshGithubAppJwtToken?: boolean;
        additionalHeader?: Record<string, string>;
    }): Promise<NangoResponse<GetPublicConnection['Success']>>;
    /**
     * Edits a connection: `patchConnection({ connectionId, provider_config_key }, { tags?,
     * end_user?, ... })`. Resolves with the API's answer.
     */
    patchConnection(params: PatchPublicConnection['QP'], body: PatchPublicConnection['Body']): Promise<PatchPublicConnection['Success']>;
    /**
     * Returns the connection's token: the access token string for OAuth 2,
     * `{ oAuthToken, oAuthTokenSecret }` for OAuth 1, the credentials object otherwise.
     */
    getToken(providerConfigKey: string, connectionId: string, forceRefresh?: boolean, refreshGithubAppJwtToken?: boolean): Promise<string | OAuth1Token | ApiPublicAllAuthCredentials>;
    /** Returns the raw token response the provider sent (`credentials.raw`). */
    getRawTokenResponse<T = Record<string, any>>(providerConfigKey: string, connectionId: string, forceRefresh?: boolean, refreshGithubAppJwtToken?: boolean): Promise<T>;
    /** Returns the connection's custom metadata. */
    getMetadata<T = Metadata>(providerConfigKey: string, connectionId: string): Promise<T>;
    /**
     * Replaces the custom metadata of one connection or of several (`connectionId` may be
     * an array). Resolves with `{ status, statusText, headers, data }`.
     */
    setMetadata(providerConfigKey: string, connectionId: string | string[], metadata: Metadata): Promise<NangoResponse<MetadataChangeResponse>>;
    /**
     * Merges `metadata` into the custom metadata of one connection or of several, only
     * overriding the given properties. Resolves with `{ status, statusText, headers, data }`.
     */
    updateMetadata(providerConfigKey: string, connectionId: string | string[], metadata: Metadata): Promise<NangoResponse<MetadataChangeResponse>>;
    /** Deletes a connection. Resolves with `{ status, statusText, headers, data }`. */
    deleteConnection(providerConfigKey: string, connectionId: string): Promise<NangoResponse<void>>;

    // Scripts

    /**
     * Returns the configuration of every deployed script: `format` `'nango'` (the default)
     * gives an array of configs, `'openai'` gives `{ data }` with OpenAI function
     * definitions.
     */
    getScriptsConfig(format?: 'nango'): Promise<StandardNangoConfig[]>;
    /**
     * Returns the configuration of every deployed script: `format` `'nango'` (the default)
     * gives an array of configs, `'openai'` gives `{ data }` with OpenAI function
     * definitions.
     */
    getScriptsConfig(format: 'openai'): Promise<{ data: OpenAIFunction[] }>;
    /**
     * Returns the configuration of every deployed script: `format` `'nango'` (the default)
     * gives an array of configs, `'openai'` gives `{ data }` with OpenAI function
     * definitions.
     */
    getScriptsConfig(format?: 'nango' | 'openai'): Promise<StandardNangoConfig[] | { data: OpenAIFunction[] }>;

    // Records

    /**
     * Returns one page of a model's records: `{ records, next_cursor }`. Options:
     * `providerConfigKey`, `connectionId`, `model` (all three required), `variant`,
     * `modifiedAfter` (or the deprecated `delta`), `limit`, `filter`, `cursor`, `ids`.
     */
    listRecords<T extends Record<string, any> = Record<string, any>>(config: ListRecordsRequestConfig): RecordsPromise<T>;
    /**
     * Empties the payload of a model's records up to a cursor, in Nango's cache only (the
     * records' metadata stays; a resync restores them). Options: `providerConfigKey`,
     * `connectionId`, `model`, `untilCursor`, and optionally `variant` and `limit`. Resolves
     * with `{ count, has_more }`.
     */
    pruneRecords(options: {
        providerConfigKey: string;
        connectionId: string;
        model: string;
        variant?: string;
        untilCursor: string;
        limit?: number;
    }): Promise<{ count: number; has_more: boolean }>;

    // Syncs

    /**
     * Triggers syncs now: the given ones (all of the integration's when `syncs` is absent or
     * empty), for one connection or all. The fourth argument is `{ reset, emptyCache }`, a
     * sync mode (`'incremental'`, `'full_refresh'`, `'full_refresh_and_clear_cache'`), or the
     * legacy `fullResync` boolean. Resolves with `{ status, statusText, headers, data }`.
     */
    triggerSync(providerConfigKey: string, syncs?: (string | { name: string; variant: string })[], connectionId?: string, opts?: PostPublicTrigger['Body']['opts']): Promise<void>;
    /**
     * Triggers syncs now: the given ones (all of the integration's when `syncs` is absent or
     * empty), for one connection or all. The fourth argument is `{ reset, emptyCache }`, a
     * sync mode (`'incremental'`, `'full_refresh'`, `'full_refresh_and_clear_cache'`), or the
     * legacy `fullResync` boolean. Resolves with `{ status, statusText, headers, data }`.
     * @deprecated Use the `opts` argument (`{ reset: true }`) instead.
     */
    triggerSync(
        providerConfigKey: string,
        syncs?: (string | { name: string; variant: string })[],
        connectionId?: string,
        syncMode?: PostPublicTrigger['Body']['sync_mode'] | PostPublicTrigger['Body']['full_resync']
    ): Promise<void>;
    /**
     * Starts the schedule of the given syncs, for one connection or all; they run at once,
     * then at their frequency. Resolves with `{ status, statusText, headers, data }`.
     */
    startSync(providerConfigKey: string, syncs: (string | { name: string; variant: string })[], connectionId?: string): Promise<void>;
    /**
     * Pauses the schedule of the given syncs, for one connection or all. Resolves with
     * `{ status, statusText, headers, data }`.
     */
    pauseSync(providerConfigKey: string, syncs: (string | { name: string; variant: string })[], connectionId?: string): Promise<void>;
    /**
     * Returns the status of the given syncs (`'*'`: all of them), for one connection or all:
     * `{ syncs: [...] }`.
     */
    syncStatus(providerConfigKey: string, syncs: '*' | (string | { name: string; variant: string })[], connectionId?: string): Promise<SyncStatusResponse>;
    /**
     * Overrides a sync's frequency for one connection (`frequency`, e.g. `'every 2 hours'`),
     * or reverts it to the default (`null`). Resolves with `{ frequency }`.
     */
    updateSyncConnectionFrequency(providerConfigKey: string, sync: string | { name: string; variant: string }, connectionId: string, frequency: string | null): Promise<UpdateSyncFrequencyResponse>;
    /** Creates a variant of a sync for one connection. Resolves with `{ id, name, variant }`. */
    createSyncVariant(props: PostSyncVariant['Body'] & PostSyncVariant['Params']): Promise<PostSyncVariant['Success']>;
    /** Deletes a variant of a sync for one connection. Resolves with `{ success }`. */
    deleteSyncVariant(props: DeleteSyncVariant['Body'] & DeleteSyncVariant['Params']): Promise<DeleteSyncVariant['Success']>;

    // Environment

    /**
     * Returns the environment variables set in the Nango dashboard, as an array of
     * `{ name, value }` (`[]` when the answer is empty).
     */
    getEnvironmentVariables(): Promise<GetPublicEnvironmentVariables['Success']>;

    // Connect

    /**
     * Creates a Connect session for an end user. Resolves with
     * `{ data: { token, connect_link, expires_at } }`.
     */
    createConnectSession(sessionProps: PostConnectSessions['Body']): Promise<PostConnectSessions['Success']>;
    /**
     * Creates a Connect session to reconnect an existing connection
     * (`{ connection_id, integration_id, ... }`). Resolves like `createConnectSession`.
     */
    createReconnectSession(sessionProps: PostPublicConnectSessionsReconnect['Body']): Promise<PostPublicConnectSessionsReconnect['Success']>;
    /**
     * Waits until the end user `userId` has a connection to `integrationKey` and resolves
     * with it: lists their connections, then every 2 s after a first 10 s pause, 30 times,
     * then rejects with `Timeout waiting for connection to be created`. `options.signal`
     * (an `AbortSignal`) rejects it with `Wait for connection was aborted`, at once even
     * during a pause.
     */
    waitForConnection(integrationKey: string, userId: string, options?: { signal?: AbortSignal }): Promise<ApiPublicConnection>;

    // Actions

    /**
     * Runs an action for a connection and resolves with its result. `input` is sent as the
     * action's input (left out when `undefined`).
     */
    triggerAction<In = unknown, Out = object>(providerConfigKey: string, connectionId: string, actionName: string, input?: In): Promise<Out>;
    /**
     * Starts an action without waiting for it (`X-Async: true`). Resolves with
     * `{ id, statusUrl }`, to pass to `getAsyncActionResult`.
     */
    triggerActionAsync<In = unknown>(providerConfigKey: string, connectionId: string, actionName: string, input?: In): Promise<{ id: string; statusUrl: string }>;
    /**
     * Resolves with the result of an action started by `triggerActionAsync`, found by its
     * `statusUrl` or its `id`.
     */
    getAsyncActionResult<Out = unknown>(props: { id?: string; statusUrl?: string }): Promise<Out>;

    // Proxy

    /**
     * Sends a request to the integration's API through Nango's proxy and returns
     * `{ status, statusText, headers, data }`. `endpoint` is required; `connectionId` and
     * `providerConfigKey` default to the client's. `method` (default `GET`, also `PROPFIND`
     * and `REPORT`), `headers`, `params`, `data`, `responseType`, `retries`, `retryOn`,
     * `baseUrlOverride`, `decompress` and `forwardHeadersOnRedirect` work as in the official
     * SDK. A non-2xx answer rejects with a `NangoError` whose `response` is the same object.
     */
    proxy<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;
    /** `proxy` with `method: 'GET'` (a GET never sends `data`). */
    get<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;
    /** `proxy` with `method: 'POST'`. */
    post<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;
    /** `proxy` with `method: 'PUT'`. */
    put<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;
    /** `proxy` with `method: 'PATCH'`. */
    patch<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;
    /** `proxy` with `method: 'DELETE'` (falsy `data` is not sent). */
    delete<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;

    // Webhooks

    /**
     * Checks an incoming webhook: the `X-Nango-Hmac-Sha256` header (any case, from a plain
     * object or a fetch `Headers`) must be the HMAC-SHA256 of the raw body (a string or its
     * bytes) under `webhookSigningKey`, or the deprecated `secretKey` when that is not set.
     * The API key never signs webhooks: a client built with `apiKey` alone returns `false`.
     * Synchronous; constant-time comparison; `false` on any missing or malformed input.
     */
    verifyIncomingWebhookRequest(
        body: string | ArrayBuffer | ArrayBufferView,
        headers: Record<string, unknown> | { get(name: string): string | null }
    ): boolean;
    /**
     * Checks the `X-Nango-Signature` header: the SHA-256 of the signing key followed by
     * `JSON.stringify(jsonPayload)`.
     *
     * @deprecated Vulnerable to length-extension attacks: use `verifyIncomingWebhookRequest`.
     * Prints a deprecation warning (once) with `console.warn`.
     * @deprecated Vulnerable to length-extension attacks: use `verifyIncomingWebhookRequest`.
     */
    verifyWebhookSignature(signatureInHeader: string, jsonPayload: unknown): boolean;
}

// -------------------------------------------------------------------------------------------
// The shapes of `@nangohq/types` 0.71.10 that the API above uses or re-exports, written out
// with the same names (tests/types/compat.mjs checks each exported one against the original:
// assignable both ways). Two deliberate differences: the endpoint types leave out `Audit`,
// the audit policy of Nango's server, which no request or response carries; and
// `ApiProvider` keeps the fields of a provider a client reads, not the whole union of
// provider configurations.
// -------------------------------------------------------------------------------------------

// Webhooks

/** The body of a webhook Nango sends. */
export type NangoWebhookBody = NangoSyncWebhookBody | NangoAuthWebhookBody;

type WebhookTypes = 'sync' | 'auth' | 'forward' | 'async_action';

interface NangoWebhookBase {
    from: string;
    type: WebhookTypes;
}

/** The body of an `auth` webhook: a connection was created, overridden, refreshed or deleted. */
export type NangoAuthWebhookBody = NangoAuthWebhookBodySuccess | NangoAuthWebhookBodyError;

interface NangoAuthWebhookBodyBase extends NangoWebhookBase {
    type: 'auth';
    connectionId: string;
    /** 'unknown' when the connection's integration could no longer be resolved (e.g. it was deleted). */
    authMode: AuthModeType | 'unknown';
    providerConfigKey: string;
    provider: string;
    environment: string;
    operation: AuthOperationType;
    tags?: Record<string, string> | undefined;
    /** Only present if the connection happened with a session token. */
    endUser?:
        | {
              endUserId: string;
              organizationId?: string | undefined;
              endUserEmail?: string | undefined | null;
              tags: Record<string, string>;
          }
        | undefined;
}

/** An `auth` webhook for an operation that succeeded. */
export interface NangoAuthWebhookBodySuccess extends NangoAuthWebhookBodyBase {
    success: true;
    type: 'auth';
}

/** An `auth` webhook for an operation that failed. */
export interface NangoAuthWebhookBodyError extends NangoAuthWebhookBodyBase {
    success: false;
    error: ErrorPayload;
    type: 'auth';
}

interface ErrorPayload {
    type: string;
    description: string;
    payload?: Record<string, unknown> | unknown[];
}

interface SyncErrorPayload extends ErrorPayload {
    additional_properties?: Record<string, unknown> | undefined;
}

/** The body of a `sync` webhook: a sync run finished or failed. */
export type NangoSyncWebhookBody = NangoSyncWebhookBodySuccess | NangoSyncWebhookBodyError;

interface NangoSyncWebhookBodyBase extends NangoWebhookBase {
    type: 'sync';
    connectionId: string;
    providerConfigKey: string;
    syncName: string;
    syncVariant: string;
    model: string;
    checkpoints?: { from: Checkpoint | null; to: Checkpoint | null } | null | undefined;
    /** @deprecated **/
    syncType: 'INCREMENTAL' | 'INITIAL' | 'WEBHOOK';
}

/** A `sync` webhook for a run that succeeded. */
export interface NangoSyncWebhookBodySuccess extends NangoSyncWebhookBodyBase {
    success: true;
    modifiedAfter: string;
    responseResults: SyncResult;
    /** @deprecated legacy, use modifiedAfter instead */
    queryTimeStamp: string | null;
}

/** A `sync` webhook for a run that failed. */
export interface NangoSyncWebhookBodyError extends NangoSyncWebhookBodyBase {
    success: false;
    error: SyncErrorPayload;
    startedAt: string;
    failedAt: string;
}

/** A sync run's record counts. */
export interface SyncResult {
    added: number;
    updated: number;
    deleted: number;
}

/** A sync's checkpoint values. */
type Checkpoint = Record<string, string | number | boolean>;

// Credentials

/** The authentication modes, by name. */
export interface AuthModes {
    OAuth1: 'OAUTH1';
    OAuth2: 'OAUTH2';
    OAuth2CC: 'OAUTH2_CC';
    Basic: 'BASIC';
    ApiKey: 'API_KEY';
    Custom: 'CUSTOM';
    App: 'APP';
    None: 'NONE';
    TBA: 'TBA';
    Jwt: 'JWT';
    Bill: 'BILL';
    TwoStep: 'TWO_STEP';
    Signature: 'SIGNATURE';
    MCP_OAUTH2: 'MCP_OAUTH2';
    MCP_OAUTH2_GENERIC: 'MCP_OAUTH2_GENERIC';
    InstallPlugin: 'INSTALL_PLUGIN';
    AwsSigV4: 'AWS_SIGV4';
}

/** An authentication mode: `'OAUTH2'`, `'API_KEY'`, ... */
export type AuthModeType = AuthModes[keyof AuthModes];

/** What happened to a connection, in an `auth` webhook. */
export type AuthOperationType = 'creation' | 'override' | 'refresh' | 'deletion' | 'unknown';

/** The fields every credentials object with a raw token response has. */
export interface CredentialsCommon<T = Record<string, any>> {
    type: AuthModeType;
    raw: T;
}

export interface OAuth1Credentials extends CredentialsCommon {
    type: AuthModes['OAuth1'];
    oauth_token: string;
    oauth_token_secret: string;
}

export interface OAuth2Credentials extends CredentialsCommon {
    type: AuthModes['OAuth2'];
    access_token: string;
    refresh_token?: string | undefined;
    expires_at?: Date | undefined;
    config_override?: { client_id?: string | undefined; client_secret?: string | undefined } | undefined;
}

export interface OAuth2ClientCredentials extends CredentialsCommon {
    type: AuthModes['OAuth2CC'];
    token: string;
    expires_at?: Date | undefined;
    client_id: string;
    client_secret: string;
    client_certificate?: string | undefined;
    client_private_key?: string | undefined;
}

export interface BasicApiCredentials {
    type: AuthModes['Basic'];
    username: string;
    password: string;
}

export interface ApiKeyCredentials {
    type: AuthModes['ApiKey'];
    apiKey: string;
}

export interface AppCredentials {
    type: AuthModes['App'];
    access_token: string;
    expires_at?: Date | undefined;
    raw: Record<string, any>;
    jwtToken?: string;
}

export type UnauthCredentials = Record<string, never>;

export interface CustomCredentials extends CredentialsCommon {
    type: AuthModes['Custom'];
}

export interface TbaCredentials {
    type: AuthModes['TBA'];
    token_id: string;
    token_secret: string;
    config_override?: { client_id?: string | undefined; client_secret?: string | undefined } | undefined;
}

export interface JwtCredentials {
    type: AuthModes['Jwt'];
    [key: string]: any;
    token?: string;
    expires_at?: Date | undefined;
}

export interface BillCredentials extends CredentialsCommon {
    type: AuthModes['Bill'];
    username: string;
    password: string;
    organization_id: string;
    dev_key: string;
    session_id?: string;
    user_id?: string;
    expires_at?: Date | undefined;
}

export interface TwoStepCredentials extends CredentialsCommon {
    type: AuthModes['TwoStep'];
    [key: string]: any;
    token?: string;
    refresh_token?: string;
    expires_at?: Date | undefined;
}

interface CombinedOauth2AppCredentials extends CredentialsCommon {
    type: AuthModes['Custom'];
    app: AppCredentials;
    user: OAuth2Credentials | null;
}

interface SignatureCredentials {
    type: AuthModes['Signature'];
    username: string;
    password: string;
    token?: string;
    expires_at?: Date | undefined;
}

interface InstallPluginCredentials {
    type: AuthModes['Basic'];
    [key: string]: any;
}

interface AwsSigV4Credentials extends CredentialsCommon {
    type: AuthModes['AwsSigV4'];
    role_arn: string;
    region: string;
    service: string;
    access_key_id: string;
    secret_access_key: string;
    session_token: string;
    expires_at?: Date | undefined;
    external_id?: string | undefined;
}

/** A connection's credentials, by authentication mode. */
export type AllAuthCredentials =
    | OAuth1Credentials
    | OAuth2Credentials
    | OAuth2ClientCredentials
    | BasicApiCredentials
    | ApiKeyCredentials
    | AppCredentials
    | UnauthCredentials
    | CustomCredentials
    | TbaCredentials
    | JwtCredentials
    | BillCredentials
    | TwoStepCredentials
    | CombinedOauth2AppCredentials
    | SignatureCredentials
    | InstallPluginCredentials
    | AwsSigV4Credentials;

/** `T` with every `Date` in it (at any depth) an ISO 8601 string, as in a JSON response. */
type DatesAsStrings<T> = T extends Date ? string : T extends object ? { [K in keyof T]: DatesAsStrings<T[K]> } : T;

/** A connection's credentials as the API returns them (dates as ISO 8601 strings). */
type ApiPublicAllAuthCredentials = DatesAsStrings<AllAuthCredentials>;

/** An OAuth 1 connection's token, as `getToken` returns it. */
export interface OAuth1Token {
    oAuthToken: string;
    oAuthTokenSecret: string;
}

// Connections

type Tags = Record<string, string>;

/** The end user a connection belongs to. */
interface ApiEndUser {
    id: string;
    display_name: string | null;
    email: string | null;
    tags: Record<string, string> | null;
    organization: { id: string; display_name: string | null } | null;
}

/** An end user, as a request gives it. */
interface EndUserInput {
    id: string;
    email?: string | undefined;
    display_name?: string | undefined;
    tags?: Record<string, string> | undefined;
}

/** A connection's configuration (provider-specific values, scopes, ...). */
interface ConnectionConfig {
    [key: string]: any;
    oauth_scopes_override?: string[] | undefined;
    oauth_scopes?: string | undefined;
    authorization_params?: Record<string, string> | undefined;
}

/** A connection, as `listConnections` and `waitForConnection` return it. */
type ApiPublicConnection = {
    id: number;
    connection_id: string;
    provider_config_key: string;
    created: string;
    metadata: Record<string, unknown> | null;
    provider: string;
    errors: { type: string; log_id: string }[];
    end_user: ApiEndUser | null;
    tags: Tags;
};

/** A connection with its credentials, as `getConnection` returns it. */
export type ApiPublicConnectionFull = {
    id: number;
    connection_id: string;
    connection_config: ConnectionConfig;
    webhook_url_override: string | null;
    provider_config_key: string;
    created_at: string;
    updated_at: string;
    last_fetched_at: string | null;
    metadata: Record<string, unknown> | null;
    provider: string;
    errors: { type: string; log_id: string }[];
    end_user: ApiEndUser | null;
    tags: Tags;
    credentials: ApiPublicAllAuthCredentials;
};

// Integrations

/** An integration, as the integration methods return it. */
export type ApiPublicIntegration = {
    unique_key: string;
    provider: string;
    display_name: string | null;
    forward_webhooks: boolean;
    created_at: string;
    updated_at: string;
    logo: string;
    /** With `include: ['webhook']`. */
    webhook_url?: string | null;
    credentials_label?: Record<string, string> | undefined;
    preconfigured_credentials?: string[] | undefined;
    preconfigured_connection_config?: string[] | undefined;
    /** With `include: ['credentials']`. */
    credentials?:
        | {
              type: AuthModes['OAuth2'] | AuthModes['OAuth1'] | AuthModes['TBA'];
              client_id: string | null;
              client_secret: string | null;
              scopes: string | null;
              webhook_secret: string | null;
          }
        | { type: AuthModes['App']; app_id: string | null; private_key: string | null; app_link: string | null }
        | {
              type: AuthModes['Custom'];
              client_id: string | null;
              client_secret: string | null;
              app_id: string | null;
              app_link: string | null;
              private_key: string | null;
          }
        | null;
};

/** An integration's credentials, as `createIntegration` and `updateIntegration` take them. */
type ApiPublicIntegrationCredentials =
    | { type: 'OAUTH1' | 'OAUTH2' | 'TBA'; client_id: string; client_secret: string; scopes?: string | undefined; webhook_secret?: string | undefined }
    | { type: 'APP'; app_id: string; app_link: string; private_key: string }
    | { type: 'CUSTOM'; client_id: string; client_secret: string; app_id: string; app_link: string; private_key: string };

// Providers

/** A field a provider asks for (connection configuration, credentials, ...), described for a form. */
interface SimplifiedJSONSchema {
    type: 'string';
    title: string;
    description: string;
    example?: string;
    pattern?: string;
    optional?: boolean;
    format?: 'hostname' | 'uri' | 'uuid' | 'email';
    order: number;
    default_value?: string;
    hidden?: string;
    prefix?: string;
    suffix?: string;
    doc_section?: string;
    secret?: string;
    automated: boolean;
    enum?: string[];
    warnings?: Record<string, string>;
    visible_when?: { field: string; equals: string };
}

/**
 * A provider Nango supports, as `listProviders` and `getProvider` return it: its name, logo,
 * authentication mode, documentation and the fields it asks for. (Nango's answer carries the
 * provider's whole configuration; these are the fields common to every kind of provider.)
 */
export type ApiProvider = {
    /** The provider's key, e.g. `'github'`. */
    name: string;
    display_name: string;
    logo_url: string;
    auth_mode: AuthModeType;
    categories?: string[];
    docs: string;
    docs_connect?: string;
    setup_guide_url?: string;
    authorization_url?: string;
    default_scopes?: string[];
    scope_separator?: string;
    available_scopes?: string[];
    proxy?: { base_url: string; headers?: Record<string, string>; query?: Record<string, string> };
    connection_config?: Record<string, SimplifiedJSONSchema>;
    credentials?: Record<string, SimplifiedJSONSchema>;
    integration_config?: Record<string, SimplifiedJSONSchema>;
};

// Functions (syncs, actions, on-event scripts)

type ScriptTypeLiteral = 'action' | 'sync' | 'on-event';
type FunctionType = 'action' | 'sync' | 'on-event';
type FunctionSource = 'catalog' | 'standalone' | 'repo';
type SyncTypeLiteral = 'incremental' | 'full';

/** A JSON Schema (draft 7), as Nango describes a function's models with it. */
interface JSONSchema7 {
    $id?: string | undefined;
    $ref?: string | undefined;
    $schema?: string | undefined;
    $comment?: string | undefined;
    $defs?: { [key: string]: JSONSchema7Definition } | undefined;
    definitions?: { [key: string]: JSONSchema7Definition } | undefined;
    type?: JSONSchema7TypeName | JSONSchema7TypeName[] | undefined;
    enum?: JSONSchema7Type[] | undefined;
    const?: JSONSchema7Type | undefined;
    title?: string | undefined;
    description?: string | undefined;
    default?: JSONSchema7Type | undefined;
    examples?: JSONSchema7Type | undefined;
    format?: string | undefined;
    pattern?: string | undefined;
    minLength?: number | undefined;
    maxLength?: number | undefined;
    minimum?: number | undefined;
    maximum?: number | undefined;
    items?: JSONSchema7Definition | JSONSchema7Definition[] | undefined;
    required?: string[] | undefined;
    properties?: { [key: string]: JSONSchema7Definition } | undefined;
    additionalProperties?: JSONSchema7Definition | undefined;
    allOf?: JSONSchema7Definition[] | undefined;
    anyOf?: JSONSchema7Definition[] | undefined;
    oneOf?: JSONSchema7Definition[] | undefined;
    not?: JSONSchema7Definition | undefined;
}
type JSONSchema7Definition = JSONSchema7 | boolean;
type JSONSchema7TypeName = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
type JSONSchema7Type = string | number | boolean | { [key: string]: JSONSchema7Type } | JSONSchema7Type[] | null;

interface NangoFunctionBase {
    name: string;
    description?: string;
    scopes?: string[];
}

interface NangoSyncFunction extends NangoFunctionBase {
    type: 'sync';
    input?: string;
    returns: string[];
    json_schema: JSONSchema7 | null;
    /** Schedule expression such as `every day`. */
    runs: string | null;
    auto_start: boolean;
    track_deletes: boolean;
}

interface NangoActionFunction extends NangoFunctionBase {
    type: 'action';
    input?: string;
    returns: string[];
    json_schema: JSONSchema7 | null;
}

interface NangoOnEventFunction extends NangoFunctionBase {
    type: 'on-event';
    event: 'post-connection-creation' | 'pre-connection-deletion' | 'validate-connection';
}

interface FunctionAvailability {
    id: number;
    enabled: boolean;
    /** ISO-8601 timestamp. */
    last_deployed: string;
    source: FunctionSource;
}

/** A deployed function, as `listFunctions` and `getFunction` return it. */
type ListedNangoFunction = (NangoSyncFunction & FunctionAvailability) | (NangoActionFunction & FunctionAvailability) | (NangoOnEventFunction & FunctionAvailability);

/** An OpenAI function definition, as `getScriptsConfig('openai')` returns it. */
interface OpenAIFunction {
    name: string;
    description: string;
    parameters: {
        type: string;
        properties: Record<string, { type: string; description: string }>;
        required: string[];
    };
}

/** The configuration of an integration's deployed scripts, as `getScriptsConfig` returns it. */
export interface StandardNangoConfig {
    providerConfigKey: string;
    provider?: string;
    syncs: NangoSyncConfig[];
    actions: NangoSyncConfig[];
    'on-events': NangoSyncConfig[];
}

/** One deployed script's configuration. */
export interface NangoSyncConfig {
    name: string;
    type?: ScriptTypeLiteral;
    runs?: string | null;
    auto_start?: boolean;
    attributes?: object;
    description?: string;
    scopes?: string[];
    metadata?: { scopes?: string[] | undefined; description?: string | undefined };
    track_deletes?: boolean;
    returns: string[];
    endpoints: NangoSyncEndpointV2[];
    source?: FunctionSource | undefined;
    version?: string | null;
    last_deployed?: string | null;
    id?: number;
    input?: string | undefined;
    /** @deprecated **/
    sync_type?: SyncTypeLiteral;
    webhookSubscriptions?: string[];
    enabled?: boolean;
    json_schema: JSONSchema7 | null;
    upgrade_version?: string;
    sdk_version: string | null;
    models?: NangoModel[] | LegacySyncModelSchema[] | undefined;
    features: 'checkpoints'[];
}

/** An endpoint a script exposes. */
export interface NangoSyncEndpointV2 {
    method: HTTP_METHOD;
    path: string;
    group?: string | null | undefined;
}

/** An HTTP method. */
export type HTTP_METHOD = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'PROPFIND' | 'REPORT';

interface NangoModel {
    name: string;
    description?: string | undefined;
    fields: NangoModelField[];
    isAnon?: boolean | undefined;
}

interface NangoModelField {
    name: string;
    value: string | number | boolean | null | NangoModelField[];
    description?: string | undefined;
    dynamic?: boolean | undefined;
    tsType?: boolean | undefined;
    model?: boolean | undefined;
    array?: boolean | undefined;
    union?: boolean | undefined;
    optional?: boolean | undefined;
}

interface LegacySyncModelSchema {
    name: string;
    fields: { name: string; type: string }[];
}

// Records

/** A record of a sync's model: its fields and `_nango_metadata`. */
export type NangoRecord<T extends Record<string, any> = Record<string, any>> = {
    [key: string]: any;
    id: string | number;
    _nango_metadata: RecordMetadata;
} & T;

/** A record's `_nango_metadata`. */
export interface RecordMetadata {
    first_seen_at: string;
    last_modified_at: string;
    last_action: RecordLastAction;
    deleted_at: string | null;
    pruned_at: string | null;
    cursor: string;
}

/** The last change of a record. */
export type RecordLastAction = 'ADDED' | 'UPDATED' | 'DELETED' | 'added' | 'updated' | 'deleted';

// Proxy

interface RetryHeaderConfig {
    at?: string[] | string;
    after?: string[] | string;
    remaining?: string;
    error_code?: string[];
    in_body?: { path: string; value?: string; strategy: 'at' | 'after' };
}

interface PaginationBase {
    limit?: number | string;
    response_path?: string;
    limit_name_in_request: string;
    in_body?: boolean;
    /** Called by Nango's scripts with each page (`response` is an axios response there). */
    on_page?: (paginationState: { nextPageParam?: string | number | undefined; response: any }) => Promise<void>;
}

interface CursorPagination extends PaginationBase {
    type: 'cursor';
    cursor_path_in_response: string;
    cursor_name_in_request: string;
}

interface LinkPagination extends PaginationBase {
    type: 'link';
    link_rel_in_response_header?: string;
    link_path_in_response_body?: string;
}

interface OffsetPagination extends PaginationBase {
    type: 'offset';
    offset_name_in_request: string;
    offset_start_value?: number;
    offset_calculation_method?: 'per-page' | 'by-response-size';
}

// Endpoints: each endpoint's path and method, URL parameters, query string, body, headers,
// success body and error bodies, as `GetPublicConnection['Success']` and so on.

interface ApiError<TCode extends string, TErrors = Error[] | ValidationError[] | undefined, TPayload = unknown> {
    error: {
        code: TCode;
        message?: string | undefined;
        errors?: TErrors;
        payload?: TPayload;
    };
}

interface ValidationError {
    code: string;
    message: string;
    path: (string | number)[];
}

/** The error bodies any endpoint may answer with. */
type ResDefaultErrors =
    | ApiError<'invalid_content_type'>
    | ApiError<'not_found'>
    | ApiError<'disabled_resource'>
    | ApiError<'conflict'>
    | ApiError<'plan_limit'>
    | ApiError<'forbidden'>
    | ApiError<'invalid_query_params', ValidationError[]>
    | ApiError<'invalid_headers', ValidationError[]>
    | ApiError<'invalid_body', ValidationError[]>
    | ApiError<'invalid_uri_params', ValidationError[]>
    | ApiError<'feature_disabled'>
    | ApiError<'generic_error_support', undefined, string>
    | ApiError<'server_error'>
    | ApiError<'resource_capped'>
    | ApiError<'missing_auth_header'>
    | ApiError<'malformed_auth_header'>
    | ApiError<'unknown_account'>
    | ApiError<'unknown_connect_session_token'>
    | ApiError<'invalid_cli_version'>
    | ApiError<'invalid_permissions'>
    | ApiError<'invalid_connect_session_token_format'>
    | ApiError<'request_too_large'>;

interface EndpointDefinition {
    Method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'PROPFIND' | 'REPORT';
    Path: string;
    Params?: Record<string, any>;
    Body?: Record<string, any>;
    Headers?: Record<string, any>;
    Querystring?: Record<string, any>;
    Error?: ApiError<any> | never;
    Success: Record<string, any> | never;
}

interface Endpoint<T extends EndpointDefinition> {
    Method: T['Method'];
    Path: T['Path'];
    /** URL params */
    Params: T['Params'] extends Record<string, any> ? T['Params'] : never;
    /** URL query string */
    Querystring: T['Querystring'] extends Record<string, any> ? T['Querystring'] : never;
    /** Helpers: Querystring + Params */
    QP: (T['Params'] extends Record<string, any> ? T['Params'] : never) & (T['Querystring'] extends Record<string, any> ? T['Querystring'] : never);
    /** Received body */
    Body: T['Body'] extends Record<string, any> ? T['Body'] : never;
    /** Received headers */
    Headers: T['Headers'] extends Record<string, any> ? T['Headers'] : never;
    /** Response body for success */
    Success: T['Success'];
    /** Response body for any error */
    Errors: T['Error'] extends { error: any } ? ResDefaultErrors | T['Error'] : ResDefaultErrors;
    /** Response body (success + error) */
    Reply: ResDefaultErrors | (T['Error'] extends ApiError<any> ? T['Error'] | T['Success'] : T['Success']);
}

/** `GET /providers` */
export type GetPublicProviders = Endpoint<{
    Method: 'GET';
    Path: `/providers`;
    Querystring: { search?: string | undefined; connect_session_token?: string };
    Success: { data: ApiProvider[] };
}>;

/** `GET /providers/:provider` */
export type GetPublicProvider = Endpoint<{
    Method: 'GET';
    Path: `/providers/:provider`;
    Params: { provider: string };
    Querystring?: { connect_session_token: string };
    Success: { data: ApiProvider };
}>;

/** `GET /providers/:provider/templates` */
type GetPublicProviderTemplates = Endpoint<{
    Method: 'GET';
    Path: '/providers/:provider/templates';
    Params: { provider: string };
    Success: { data: (NangoSyncFunction | NangoActionFunction)[] };
}>;

/** `GET /integrations` */
export type GetPublicListIntegrations = Endpoint<{
    Method: 'GET';
    Path: '/integrations';
    Querystring?: { connect_session_token: string };
    Success: { data: ApiPublicIntegration[] };
}>;

/** `GET /integrations/:uniqueKey` */
export type GetPublicIntegration = Endpoint<{
    Method: 'GET';
    Path: '/integrations/:uniqueKey';
    Params: { uniqueKey: string };
    Querystring: { include?: ('webhook' | 'credentials')[] | undefined };
    Success: { data: ApiPublicIntegration };
}>;

/** `POST /integrations` */
type PostPublicIntegration = Endpoint<{
    Method: 'POST';
    Path: '/integrations';
    Body: {
        provider: string;
        unique_key: string;
        display_name?: string | undefined;
        credentials?: ApiPublicIntegrationCredentials | undefined;
        forward_webhooks?: boolean | undefined;
        integration_config?: Record<string, string> | undefined;
        custom?: Record<string, string> | undefined;
    };
    Success: { data: ApiPublicIntegration };
}>;

/** `POST /integrations/quickstart` */
type PostPublicQuickstartIntegration = Endpoint<{
    Method: 'POST';
    Path: '/integrations/quickstart';
    Body: { provider: string; unique_key: string; display_name?: string | undefined; forward_webhooks?: boolean | undefined };
    Success: { data: ApiPublicIntegration };
}>;

/** `PATCH /integrations/:uniqueKey` */
type PatchPublicIntegration = Endpoint<{
    Method: 'PATCH';
    Path: '/integrations/:uniqueKey';
    Params: { uniqueKey: string };
    Body: {
        unique_key?: string | undefined;
        display_name?: string | undefined;
        credentials?: ApiPublicIntegrationCredentials | undefined;
        forward_webhooks?: boolean | undefined;
        integration_config?: Record<string, string> | undefined;
        custom?: Record<string, string> | undefined;
    };
    Success: { data: ApiPublicIntegration };
}>;

/** `GET /integrations/:uniqueKey/functions` */
type GetPublicIntegrationFunctions = Endpoint<{
    Method: 'GET';
    Path: '/integrations/:uniqueKey/functions';
    Querystring: { type?: FunctionType; search?: string; page?: number; limit?: number };
    Params: { uniqueKey: string };
    Success: { data: ListedNangoFunction[]; pagination: { total: number; page: number; limit: number } };
}>;

/** `GET /integrations/:uniqueKey/functions/:name` */
type GetPublicIntegrationFunction = Endpoint<{
    Method: 'GET';
    Path: '/integrations/:uniqueKey/functions/:name';
    Querystring: { type?: FunctionType };
    Params: { uniqueKey: string; name: string };
    Success: { data: ListedNangoFunction };
}>;

/** `GET /integrations/:uniqueKey/functions/:name/code` */
type GetPublicFunctionCode = Endpoint<{
    Method: 'GET';
    Path: '/integrations/:uniqueKey/functions/:name/code';
    Params: { uniqueKey: string; name: string };
    Querystring: { type?: ScriptTypeLiteral | undefined };
    Success: { type: ScriptTypeLiteral; code: string };
    Error: ApiError<'not_found'> | ApiError<'ambiguous_function', undefined, { matches: { type: ScriptTypeLiteral; name: string }[] }>;
}>;

/** `DELETE /integrations/:uniqueKey/functions/:name` */
type DeletePublicIntegrationFunction = Endpoint<{
    Method: 'DELETE';
    Path: '/integrations/:uniqueKey/functions/:name';
    Querystring: { type: 'action' | 'sync' };
    Params: { uniqueKey: string; name: string };
    Error: ApiError<'function_managed_by_deploy'>;
    Success: { data: { success: boolean } };
}>;

/** `GET /connection` */
export type GetPublicConnections = Endpoint<{
    Method: 'GET';
    Querystring: {
        connectionId?: string | undefined;
        search?: string | undefined;
        endUserId?: string | undefined;
        integrationId?: string | undefined;
        endUserOrganizationId?: string | undefined;
        tags?: Tags | undefined;
        limit?: number | undefined;
        page?: number | undefined;
    };
    Path: '/connection';
    Success: { connections: ApiPublicConnection[] };
}>;

/** `GET /connection/:connectionId` */
export type GetPublicConnection = Endpoint<{
    Method: 'GET';
    Params: { connectionId: string };
    Querystring: {
        provider_config_key: string;
        refresh_token?: boolean | undefined;
        force_refresh?: boolean | undefined;
        refresh_github_app_jwt_token?: boolean | undefined;
    };
    Path: '/connection/:connectionId';
    Error: ApiError<'unknown_provider_config' | 'not_found' | 'invalid_credentials' | 'server_error'>;
    Success: ApiPublicConnectionFull;
}>;

/** `PATCH /connections/:connectionId` */
type PatchPublicConnection = Endpoint<{
    Method: 'PATCH';
    Path: '/connections/:connectionId';
    Params: { connectionId: string };
    Querystring: { provider_config_key: string };
    Body: { end_user?: EndUserInput | undefined; tags?: Tags | undefined; webhook_url_override?: string | undefined };
    Success: { success: boolean };
    Error: ApiError<'unknown_provider_config' | 'not_found' | 'server_error' | 'invalid_body'>;
}>;

/** `GET /records` */
export type GetPublicRecords = Endpoint<{
    Method: 'GET';
    Path: `/records`;
    Headers: { 'connection-id': string; 'provider-config-key': string };
    Error: ApiError<'unknown_connection'>;
    Querystring: {
        model: string;
        variant?: string | undefined;
        delta?: string | undefined;
        modified_after?: string | undefined;
        limit?: number | undefined;
        filter?: RecordLastAction | CombinedFilterAction | undefined;
        cursor?: string | undefined;
        ids?: string[] | undefined;
    };
    Success: { next_cursor: string | null; records: NangoRecord[] };
}>;

/** `POST /sync/trigger` */
type PostPublicTrigger = Endpoint<{
    Method: 'POST';
    Path: '/sync/trigger';
    Body: {
        syncs: (string | { name: string; variant: string })[];
        provider_config_key?: string | undefined;
        connection_id?: string | undefined;
        opts?: { reset?: boolean | undefined; emptyCache?: boolean | undefined } | undefined;
        full_resync?: boolean | undefined;
        sync_mode?: 'incremental' | 'full_refresh' | 'full_refresh_and_clear_cache' | undefined;
    };
    Headers: { 'provider-config-key'?: string | undefined; 'connection-id'?: string | undefined };
    Success: { success: boolean };
    Error: ApiError<'missing_provider_config_key' | 'unknown_provider_config' | 'unknown_connection' | 'no_syncs_found'>;
}>;

/** `POST /sync/:name/variant/:variant` */
type PostSyncVariant = Endpoint<{
    Method: 'POST';
    Path: '/sync/:name/variant/:variant';
    Body: { provider_config_key: string; connection_id: string };
    Params: { name: string; variant: string };
    Error: ApiError<'invalid_variant' | 'unknown_connection' | 'unknown_provider_config' | 'unknown_sync' | 'sync_variant_already_exists' | 'failed_sync_variant_creation'>;
    Success: { id: string; name: string; variant: string };
}>;

/** `DELETE /sync/:name/variant/:variant` */
type DeleteSyncVariant = Endpoint<{
    Method: 'DELETE';
    Path: '/sync/:name/variant/:variant';
    Body: { provider_config_key: string; connection_id: string };
    Params: { name: string; variant: string };
    Error: ApiError<'invalid_variant' | 'unknown_connection' | 'failed_sync_variant_deletion'>;
    Success: { success: boolean };
}>;

/** `GET /api/v1/environment-variables` */
type GetPublicEnvironmentVariables = Endpoint<{
    Method: 'GET';
    Path: '/api/v1/environment-variables';
    Success: { name: string; value: string }[];
}>;

/** The options of a Connect session (`end_user` may be left out when `tags` is given). */
interface ConnectSessionInput {
    allowed_integrations?: string[] | undefined;
    integrations_config_defaults?:
        | Record<
              string,
              {
                  user_scopes?: string | undefined;
                  authorization_params?: Record<string, string> | undefined;
                  connection_config?: { [key: string]: unknown; oauth_scopes_override?: string | undefined } | undefined;
              }
          >
        | undefined;
    end_user: EndUserInput;
    organization?: { id: string; display_name?: string | undefined } | undefined;
    tags?: Record<string, string> | undefined;
    overrides?: Record<string, { docs_connect?: string | undefined }> | undefined;
    /** Session-level override of the environment's webhook URLs, applied to the connection created by this session. */
    webhook_url_override?: string | undefined;
}

/** `POST /connect/sessions` */
export type PostConnectSessions = Endpoint<{
    Method: 'POST';
    Path: '/connect/sessions';
    Body:
        | ConnectSessionInput
        | (Omit<ConnectSessionInput, 'end_user' | 'tags'> & {
              /** When top-level tags is provided, end_user becomes optional. */
              tags: Record<string, string>;
              end_user?: EndUserInput | undefined;
          });
    Success: { data: { token: string; connect_link: string; expires_at: string } };
}>;

/** `POST /connect/sessions/reconnect` */
export type PostPublicConnectSessionsReconnect = Endpoint<{
    Method: 'POST';
    Path: '/connect/sessions/reconnect';
    Body: {
        connection_id: string;
        integration_id: string;
        integrations_config_defaults?: ConnectSessionInput['integrations_config_defaults'];
        end_user?: EndUserInput | undefined;
        organization?: ConnectSessionInput['organization'];
        overrides?: ConnectSessionInput['overrides'];
        webhook_url_override?: string | undefined;
        tags?: Record<string, string> | undefined;
    };
    Success: { data: { token: string; connect_link: string; expires_at: string } };
}>;

// Only the declarations marked `export` are the module's exports (without an export statement,
// every declaration of a declaration file would be).
export {};
