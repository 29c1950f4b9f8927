/** Nango Cloud's API host, the default `host`. */
export const prodHost = 'https://api.nango.dev';

/** The kinds of function a Nango integration deploys. */
export const SyncConfigType = Object.freeze({ SYNC: 'sync', ACTION: 'action' });
