// Shared helpers for the JS tests: a fake Nango server per test file, request normalization and
// the differential runner (same call through the official SDK and ours, same fake server).
import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import { startFakeNango } from '../fake-nango/server.mjs';

// The SDKs are loaded on first use, so server-only tests run even before nango-wasm is built.
const sdk = () => import('./sdk.mjs');

export const SECRET_KEY = 'sk-test-1234567890';

/** Start one fake server for the current test file (closed in `after`). Returns a live handle. */
export function useFakeNango(options = {}) {
    const handle = { fake: undefined };
    before(async () => {
        handle.fake = await startFakeNango({ secretKey: SECRET_KEY, ...options });
    });
    after(async () => {
        await handle.fake?.close();
    });
    return handle;
}

const COMPARED_HEADERS = new Set([
    'authorization',
    'content-type',
    'accept',
    'connection-id',
    'provider-config-key',
    'nango-is-sync',
    'nango-is-script',
    'nango-is-dry-run',
    // Only sent by actions and the proxy:
    'x-async',
    'base-url-override',
    'retries',
    'retry-on',
    'decompress',
    'forward-headers-on-redirect',
    'nango-activity-log-id'
]);

/** The headers that must be identical on the wire (plus every `nango-proxy-*`), sorted by name. */
export function pickHeaders(headers) {
    const out = {};
    for (const name of Object.keys(headers).sort()) {
        if (COMPARED_HEADERS.has(name) || name.startsWith('nango-proxy-')) out[name] = headers[name];
    }
    return out;
}

/** A recorded request reduced to what must match between the two SDKs. */
export function normalizeRequest(r) {
    return {
        method: r.method,
        segments: r.segments,
        query: r.query,
        body: r.json !== undefined ? r.json : r.body,
        headers: pickHeaders(r.headers)
    };
}

/** An axios-style response reduced to what must match. */
export function pickResponse(res) {
    return { status: res.status, statusText: res.statusText, headers: { 'content-type': res.headers['content-type'] }, data: res.data };
}

/** The fake server's /proxy echo reduced to what must match (the client's own headers differ). */
export function normalizeEcho(data) {
    if (data && typeof data === 'object' && !Array.isArray(data) && data.headers && 'method' in data) {
        return { ...data, headers: pickHeaders(data.headers) };
    }
    return data;
}

export function pickProxyResponse(res) {
    return { ...pickResponse(res), data: normalizeEcho(res.data) };
}

export function errorSummary(err) {
    if (err?.response) {
        return {
            status: err.response.status,
            data: normalizeEcho(err.response.data),
            retryAfter: err.response.headers?.['retry-after']
        };
    }
    return { message: err?.message };
}

async function runWith(Client, fake, config, fn) {
    fake.reset();
    let outcome;
    try {
        const client = new Client({ secretKey: SECRET_KEY, host: fake.url, ...config });
        outcome = { ok: true, value: await fn(client, fake) };
    } catch (err) {
        outcome = { ok: false, err };
    }
    return { outcome, requests: fake.requests.map(normalizeRequest) };
}

/**
 * Run `fn(client, fake)` with the official SDK, then with ours, each against a freshly reset fake
 * server, and assert that both sent the same requests and produced the same result or error.
 * @returns {{ official, ours }} each `{ outcome: { ok, value | err }, requests }`, for extra assertions.
 */
export async function differential(fake, fn, { config = {}, result = (v) => v, expectError } = {}) {
    const { Official, Ours } = await sdk();
    const official = await runWith(Official, fake, config, fn);
    const ours = await runWith(Ours, fake, config, fn);

    assert.deepStrictEqual(ours.requests, official.requests, 'requests on the wire differ');
    if (official.outcome.ok) {
        assert.ok(ours.outcome.ok, `official resolved but ours rejected: ${ours.outcome.err?.stack ?? ours.outcome.err}`);
        assert.deepStrictEqual(result(ours.outcome.value), result(official.outcome.value), 'results differ');
    } else {
        assert.ok(!ours.outcome.ok, 'official rejected but ours resolved');
        assert.deepStrictEqual(errorSummary(ours.outcome.err), errorSummary(official.outcome.err), 'errors differ');
    }
    if (expectError !== undefined) {
        assert.equal(official.outcome.ok, false, 'expected the official SDK to reject');
        if (typeof expectError === 'number') assert.equal(official.outcome.err.response?.status, expectError);
        else assert.equal(official.outcome.err.message, expectError);
    } else if (!official.outcome.ok) {
        assert.fail(`official SDK rejected unexpectedly: ${official.outcome.err?.stack ?? official.outcome.err}`);
    }
    return { official, ours };
}

/** The decoded query of the only request recorded by a differential run. */
export function onlyRequest(run) {
    assert.equal(run.requests.length, 1, 'expected exactly one request');
    return run.requests[0];
}

/** A port on 127.0.0.1 that refuses connections (bound, then released). */
export async function closedPort() {
    const net = await import('node:net');
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(resolve));
    return port;
}

/** Await a promise that must reject; returns the rejection reason. */
export async function rejection(promise) {
    try {
        await promise;
    } catch (err) {
        return err;
    }
    assert.fail('expected a rejection');
}
