// The package's type declarations. scripts/types.mjs turns this file into pkg/index.d.ts and
// pkg/index.d.cts, taking the JSDoc of `Nango`, its members and the exported functions from the
// Rust doc comments (which wasm-bindgen copies into target/bindgen/web/nango_wasm.d.ts, read
// only for them, never shipped), on every overload:
// - a declaration the Rust code exports has no doc here, or only tags (`@deprecated ...`) that
//   are added after the Rust text;
// - a declaration the Rust code does not export yet has a `@placeholder` doc, shipped (without
//   the tag) until the Rust doc replaces it;
// - `free` is wasm-bindgen's own method, documented here.
// Option and response types come from `@nangohq/types`; the types `@nangohq/node` declares
// itself are written once below, with the same names and shapes.

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

export declare function getUserAgent(userAgent?: string | null): string;

export declare function isNangoError(value: unknown): value is NangoError;

/** The stable `code` of a {@link NangoError}. */
export type NangoErrorCode = 'API_ERROR' | 'NETWORK_ERROR' | 'INVALID_ARGUMENT' | 'UNEXPECTED_RESPONSE';

/**
 * The error every method rejects with (and the constructor throws): a JS `Error` named
 * `NangoError`. Its message names the method, the status and Nango's own message; it never
 * contains the API key. Check for it with {@link isNangoError}.
 */
export interface NangoError extends Error {
    name: 'NangoError';
    /**
     * `API_ERROR` (Nango answered with a non-2xx status), `NETWORK_ERROR` (no answer; the
     * underlying error is `cause`), `INVALID_ARGUMENT` (nothing was sent) or
     * `UNEXPECTED_RESPONSE` (the answer is not what the method expects).
     */
    code: NangoErrorCode;
    /** The HTTP status; `0` when there was no response. */
    status: number;
    /**
     * The response, for `API_ERROR`, shaped like axios' (`err.response.status`,
     * `err.response.data`, `err.response.headers['retry-after']`); `undefined` otherwise.
     */
    response: NangoResponse<unknown> | undefined;
    /** The error `fetch` rejected with, for `NETWORK_ERROR`. */
    cause?: unknown;
}

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
} & NangoCredentials;

/** The options of `proxy`, `get`, `post`, `put`, `patch` and `delete`. */
export type ProxyConfiguration = Omit<UserProvidedProxyConfiguration, 'files' | 'providerConfigKey'> & {
    providerConfigKey?: string;
    connectionId?: string;
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

export declare class Nango {
    readonly serverUrl: string;
    readonly apiKey: string;
    readonly secretKey: string | undefined;
    readonly webhookSigningKey: string | undefined;
    readonly connectionId: string;
    readonly providerConfigKey: string;
    readonly isSync: boolean;
    readonly dryRun: boolean;
    readonly isScript: boolean;
    readonly activityLogId: string | undefined;
    readonly userAgent: string;

    constructor(config: NangoProps, options?: AdminAxiosProps);

    /**
     * Releases the client's WebAssembly memory now instead of when it is garbage collected.
     * The client cannot be used afterwards.
     */
    free(): void;

    // Providers

    listProviders(queries?: GetPublicProviders['Querystring']): Promise<GetPublicProviders['Success']>;
    getProvider(params: GetPublicProvider['Params']): Promise<GetPublicProvider['Success']>;
    getProviderTemplates(params: GetPublicProviderTemplates['Params']): Promise<GetPublicProviderTemplates['Success']>;

    // Integrations

    listIntegrations(): Promise<{ configs: ApiPublicIntegration[] }>;
    getIntegration(params: GetPublicIntegration['Params'], queries?: GetPublicIntegration['Querystring']): Promise<GetPublicIntegration['Success']>;
    /** @deprecated Use `getIntegration({ uniqueKey }, { include: ['credentials'] })`. */
    getIntegration(providerConfigKey: string, includeIntegrationCredentials?: boolean): Promise<{ config: ApiPublicIntegration }>;
    createIntegration(body: PostPublicIntegration['Body']): Promise<PostPublicIntegration['Success']>;
    /** @deprecated Use `createIntegration({ provider, unique_key, credentials })`. */
    createIntegration(
        provider: string,
        providerConfigKey: string,
        credentials?: { oauth_client_id?: string; oauth_client_secret?: string; oauth_scopes?: string } | ApiPublicIntegrationCredentials
    ): Promise<{ config: ApiPublicIntegration }>;
    createQuickstartIntegration(body: PostPublicQuickstartIntegration['Body']): Promise<PostPublicQuickstartIntegration['Success']>;
    updateIntegration(params: PatchPublicIntegration['Params'], body: PatchPublicIntegration['Body']): Promise<PatchPublicIntegration['Success']>;
    /** @deprecated Use `updateIntegration({ uniqueKey }, { credentials })`. */
    updateIntegration(
        provider: string,
        providerConfigKey: string,
        credentials?: { oauth_client_id?: string; oauth_client_secret?: string; oauth_scopes?: string } | ApiPublicIntegrationCredentials
    ): Promise<{ config: ApiPublicIntegration }>;
    deleteIntegration(providerConfigKey: string): Promise<NangoResponse<void>>;

    // Functions

    listFunctions(params: GetPublicIntegrationFunctions['Params'], queries?: GetPublicIntegrationFunctions['Querystring']): Promise<GetPublicIntegrationFunctions['Success']>;
    getFunction(params: GetPublicIntegrationFunction['Params'], queries?: GetPublicIntegrationFunction['Querystring']): Promise<GetPublicIntegrationFunction['Success']>;
    getFunctionCode(params: GetPublicFunctionCode['Params'], queries?: GetPublicFunctionCode['Querystring']): Promise<GetPublicFunctionCode['Success']>;
    deleteFunction(params: DeletePublicIntegrationFunction['Params'], queries: DeletePublicIntegrationFunction['Querystring']): Promise<DeletePublicIntegrationFunction['Success']>;

    // Connections

    listConnections(connectionId?: string, search?: string, queries?: Omit<GetPublicConnections['Querystring'], 'connectionId' | 'search'>): Promise<GetPublicConnections['Success']>;
    listConnections(params: {
        connectionId?: string;
        userId?: string;
        integrationId?: string | string[];
        tags?: Record<string, string>;
        limit?: number;
        page?: number;
    }): Promise<GetPublicConnections['Success']>;
    getConnection(providerConfigKey: string, connectionId: string, forceRefresh?: boolean, refreshToken?: boolean, refreshGithubAppJwtToken?: boolean): Promise<GetPublicConnection['Success']>;
    getConnectionDetails(options: {
        providerConfigKey: string;
        connectionId: string;
        forceRefresh?: boolean;
        refreshToken?: boolean;
        refreshGithubAppJwtToken?: boolean;
        additionalHeader?: Record<string, string>;
    }): Promise<NangoResponse<GetPublicConnection['Success']>>;
    patchConnection(params: PatchPublicConnection['QP'], body: PatchPublicConnection['Body']): Promise<PatchPublicConnection['Success']>;
    getToken(providerConfigKey: string, connectionId: string, forceRefresh?: boolean, refreshGithubAppJwtToken?: boolean): Promise<string | OAuth1Token | ApiPublicAllAuthCredentials>;
    getRawTokenResponse<T = Record<string, any>>(providerConfigKey: string, connectionId: string, forceRefresh?: boolean, refreshGithubAppJwtToken?: boolean): Promise<T>;
    getMetadata<T = Metadata>(providerConfigKey: string, connectionId: string): Promise<T>;
    setMetadata(providerConfigKey: string, connectionId: string | string[], metadata: Metadata): Promise<NangoResponse<MetadataChangeResponse>>;
    updateMetadata(providerConfigKey: string, connectionId: string | string[], metadata: Metadata): Promise<NangoResponse<MetadataChangeResponse>>;
    deleteConnection(providerConfigKey: string, connectionId: string): Promise<NangoResponse<void>>;

    // Scripts

    getScriptsConfig(format?: 'nango'): Promise<StandardNangoConfig[]>;
    getScriptsConfig(format: 'openai'): Promise<{ data: OpenAIFunction[] }>;
    getScriptsConfig(format?: 'nango' | 'openai'): Promise<StandardNangoConfig[] | { data: OpenAIFunction[] }>;

    // Records

    listRecords<T extends Record<string, any> = Record<string, any>>(config: ListRecordsRequestConfig): Promise<{ records: NangoRecord<T>[]; next_cursor: string | null }>;
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
     * @placeholder Triggers a one-off run of syncs (all of the integration's when `syncs` is
     * empty), for one connection or for all of them. `opts.reset` asks for a full resync,
     * `opts.emptyCache` also clears the cached records.
     */
    triggerSync(providerConfigKey: string, syncs?: (string | { name: string; variant: string })[], connectionId?: string, opts?: PostPublicTrigger['Body']['opts']): Promise<void>;
    /**
     * @placeholder Triggers a one-off run of syncs (older form): the last argument is a sync
     * mode, or `true` for a full resync.
     * @deprecated Use the `opts` argument (`{ reset: true }`) instead.
     */
    triggerSync(
        providerConfigKey: string,
        syncs?: (string | { name: string; variant: string })[],
        connectionId?: string,
        syncMode?: PostPublicTrigger['Body']['sync_mode'] | PostPublicTrigger['Body']['full_resync']
    ): Promise<void>;
    /** @placeholder Starts the schedule of syncs, for one connection or for all of them. */
    startSync(providerConfigKey: string, syncs: (string | { name: string; variant: string })[], connectionId?: string): Promise<void>;
    /** @placeholder Pauses the schedule of syncs, for one connection or for all of them. */
    pauseSync(providerConfigKey: string, syncs: (string | { name: string; variant: string })[], connectionId?: string): Promise<void>;
    /** @placeholder Returns the status of syncs (`'*'`: all of them). */
    syncStatus(providerConfigKey: string, syncs: '*' | (string | { name: string; variant: string })[], connectionId?: string): Promise<SyncStatusResponse>;
    /** @placeholder Overrides a sync's frequency for one connection; `null` restores the default. */
    updateSyncConnectionFrequency(providerConfigKey: string, sync: string | { name: string; variant: string }, connectionId: string, frequency: string | null): Promise<UpdateSyncFrequencyResponse>;
    /** @placeholder Creates a sync variant for a connection. */
    createSyncVariant(props: PostSyncVariant['Body'] & PostSyncVariant['Params']): Promise<PostSyncVariant['Success']>;
    /** @placeholder Deletes a sync variant of a connection. */
    deleteSyncVariant(props: DeleteSyncVariant['Body'] & DeleteSyncVariant['Params']): Promise<DeleteSyncVariant['Success']>;

    // Environment

    getEnvironmentVariables(): Promise<GetPublicEnvironmentVariables['Success']>;

    // Connect

    /** @placeholder Creates a connect session for an end user. */
    createConnectSession(sessionProps: PostConnectSessions['Body']): Promise<PostConnectSessions['Success']>;
    /** @placeholder Creates a connect session that reconnects an existing connection. */
    createReconnectSession(sessionProps: PostPublicConnectSessionsReconnect['Body']): Promise<PostPublicConnectSessionsReconnect['Success']>;
    /**
     * @placeholder Waits until the end user `userId` has a connection to `integrationKey` and
     * resolves with it; rejects when `options.signal` aborts or after about a minute.
     */
    waitForConnection(integrationKey: string, userId: string, options?: { signal?: AbortSignal }): Promise<ApiPublicConnection>;

    // Actions

    /** @placeholder Runs an action for a connection and resolves with what it returns. */
    triggerAction<In = unknown, Out = object>(providerConfigKey: string, connectionId: string, actionName: string, input?: In): Promise<Out>;
    /** @placeholder Starts an action in the background; resolves with its `id` and `statusUrl`. */
    triggerActionAsync<In = unknown>(providerConfigKey: string, connectionId: string, actionName: string, input?: In): Promise<{ id: string; statusUrl: string }>;
    /** @placeholder Returns the result of an action started with `triggerActionAsync`. */
    getAsyncActionResult<Out = unknown>(props: { id?: string; statusUrl?: string }): Promise<Out>;

    // Proxy

    /** @placeholder Sends a request to the provider's API through Nango's proxy; resolves with the whole response. */
    proxy<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;
    /** @placeholder A `GET` through the proxy; resolves with the whole response. */
    get<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;
    /** @placeholder A `POST` through the proxy; resolves with the whole response. */
    post<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;
    /** @placeholder A `PUT` through the proxy; resolves with the whole response. */
    put<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;
    /** @placeholder A `PATCH` through the proxy; resolves with the whole response. */
    patch<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;
    /** @placeholder A `DELETE` through the proxy; resolves with the whole response. */
    delete<T = any>(config: ProxyConfiguration): Promise<NangoResponse<T>>;

    // Webhooks

    /**
     * @placeholder Checks the `X-Nango-Hmac-Sha256` header of a webhook against its raw body,
     * with `webhookSigningKey` (or the deprecated `secretKey`). Synchronous.
     */
    verifyIncomingWebhookRequest(body: string, headers: Record<string, unknown>): boolean;
    /**
     * @placeholder Checks the older `X-Nango-Signature` header of a webhook. Synchronous.
     * @deprecated Vulnerable to length-extension attacks: use `verifyIncomingWebhookRequest`.
     */
    verifyWebhookSignature(signatureInHeader: string, jsonPayload: unknown): boolean;
}
