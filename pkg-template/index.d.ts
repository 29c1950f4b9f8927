export { Nango, getUserAgent, isNangoError } from './nango_wasm.js';
export type { NangoProps, ListRecordsRequestConfig } from './nango_wasm.js';

/** Nango Cloud's API host, the default `host`. */
export declare const prodHost = 'https://api.nango.dev';

/** The kinds of function a Nango integration deploys. */
export declare enum SyncConfigType {
    SYNC = 'sync',
    ACTION = 'action'
}

/** The error every method rejects with. */
export interface NangoError extends Error {
    name: 'NangoError';
    /** A stable code: `API_ERROR`, `NETWORK_ERROR`, `INVALID_ARGUMENT`, `UNEXPECTED_RESPONSE`. */
    code: 'API_ERROR' | 'NETWORK_ERROR' | 'INVALID_ARGUMENT' | 'UNEXPECTED_RESPONSE';
    /** The HTTP status, 0 when there was no response. */
    status: number;
    /** The response, shaped like axios': lower-case header names. */
    response?: { status: number; statusText: string; headers: Record<string, string>; data: any };
    /** The underlying JS error (network failures). */
    cause?: unknown;
}
