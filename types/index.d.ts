// The package's type declarations, the one source of its TypeScript API and its JSDoc.
// scripts/types.mjs copies this file to pkg/index.d.ts and pkg/index.d.cts; the type tests
// check it against the built module (every method, property and error code) so the two
// cannot drift. Option and response types come from `@nangohq/types`; the types
// `@nangohq/node` declares itself are written once below, with the same names and shapes.

import type {
    ApiPublicAllAuthCredentials,
    ApiPublicConnection,
    ApiPublicIntegration,
    ApiPublicIntegrationCredentials,
    Checkpoint,
    DeletePublicIntegrationFunction,
    DeleteSyncVariant,
    GetPublicConnection,
    GetPublicConnections,
    GetPublicEnvironmentVariables,
    GetPublicFunctionCode,
    GetPublicIntegration,
    GetPublicIntegrationFunction,
    GetPublicIntegrationFunctions,
    GetPublicProvider,
    GetPublicProviders,
    GetPublicProviderTemplates,
    NangoRecord,
    OAuth1Token,
    OpenAIFunction,
    PatchPublicConnection,
    PatchPublicIntegration,
    PostConnectSessions,
    PostPublicConnectSessionsReconnect,
    PostPublicIntegration,
    PostPublicQuickstartIntegration,
    PostPublicTrigger,
    PostSyncVariant,
    StandardNangoConfig,
    UserProvidedProxyConfiguration
} from '@nangohq/types';

// The type exports of `@nangohq/node`, re-exported under the same names.
export type { NangoAuthWebhookBody, NangoAuthWebhookBodyError, NangoAuthWebhookBodySuccess, NangoSyncWebhookBody, NangoSyncWebhookBodyError, NangoSyncWebhookBodySuccess, NangoWebhookBody } from '@nangohq/types';
export type { AllAuthCredentials, ApiKeyCredentials, AppCredentials, AuthModeType, AuthModes, AuthOperationType, BasicApiCredentials, BillCredentials, CredentialsCommon, CustomCredentials, JwtCredentials, OAuth1Credentials, OAuth1Token, OAuth2ClientCredentials, OAuth2Credentials, TbaCredentials, TwoStepCredentials, UnauthCredentials } from '@nangohq/types';
export type { HTTP_METHOD, NangoSyncEndpointV2 } from '@nangohq/types';
export type { NangoRecord, RecordLastAction, RecordMetadata } from '@nangohq/types';
export type { ApiProvider, ApiPublicConnectionFull, ApiPublicIntegration, GetPublicConnection, GetPublicConnections, GetPublicIntegration, GetPublicListIntegrations, GetPublicProvider, GetPublicProviders, GetPublicRecords, PostConnectSessions, PostPublicConnectSessionsReconnect } from '@nangohq/types';
export type { NangoSyncConfig, StandardNangoConfig, SyncResult } from '@nangohq/types';

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
export type ProxyConfiguration = Omit<UserProvidedProxyConfiguration, 'files' | 'providerConfigKey'> & {
    providerConfigKey?: string;
    connectionId?: string;
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
