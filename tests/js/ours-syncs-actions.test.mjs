// nango-wasm-only behaviour of syncs, actions, connect and webhooks: where it deliberately
// differs from the official SDK (hardening, never throwing, fetch Headers) and what the
// official SDK does not have (NangoError codes, timers cleared on abort).
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, it } from 'node:test';

import { rejection, SECRET_KEY, useFakeNango } from './helpers.mjs';
import { Official, Ours, oursIsOfficial, oursModule, OURS_MODULE } from './sdk.mjs';

const skip = oursIsOfficial ? `NANGO_SDK_MODULE=${OURS_MODULE} points at the official SDK: these tests cover nango-wasm-only behaviour` : false;

const server = useFakeNango();
const client = (config = {}) => new Ours({ secretKey: SECRET_KEY, host: server.fake.url, ...config });

const SIGNING_KEY = 'whsk-0123456789abcdef';
const BODY = JSON.stringify({ type: 'sync', connectionId: 'user-42', success: true });
const hmac = (key, data) => crypto.createHmac('sha256', key).update(data).digest('hex');

describe('nango-wasm specific: syncs, actions, connect, webhooks', { skip }, () => {
    describe('verifyWebhookSignature', () => {
        it('warns once with console.warn, and is false for a payload JSON cannot serialize', () => {
            const warnings = [];
            const warn = console.warn;
            console.warn = (...args) => warnings.push(args.join(' '));
            try {
                const nango = client({ webhookSigningKey: SIGNING_KEY });
                assert.equal(nango.verifyWebhookSignature('x', { a: 1n }), false);
                assert.equal(nango.verifyWebhookSignature('x', {}), false);
            } finally {
                console.warn = warn;
            }
            assert.deepStrictEqual(warnings, [
                'DeprecationWarning: verifyWebhookSignature() is deprecated and vulnerable to length-extension attacks. Use verifyIncomingWebhookRequest() instead.'
            ]);
        });
    });

    describe('verifyIncomingWebhookRequest', () => {
        const nango = () => client({ webhookSigningKey: SIGNING_KEY });
        const signature = hmac(SIGNING_KEY, BODY);

        it('reads a fetch Headers object (the official SDK only reads own keys, so it returns false)', () => {
            const headers = new Headers({ 'X-Nango-Hmac-Sha256': signature, 'Content-Type': 'application/json' });
            assert.equal(nango().verifyIncomingWebhookRequest(BODY, headers), true);
            assert.equal(nango().verifyIncomingWebhookRequest(`${BODY} `, headers), false);
            assert.equal(nango().verifyIncomingWebhookRequest(BODY, new Headers()), false);
            const official = new Official({ secretKey: SECRET_KEY, webhookSigningKey: SIGNING_KEY });
            assert.equal(official.verifyIncomingWebhookRequest(BODY, headers), false);
        });
        it('prefers an own key over get(), like the official lookup', () => {
            const headers = { 'x-nango-hmac-sha256': 'f'.repeat(64), get: () => signature };
            assert.equal(nango().verifyIncomingWebhookRequest(BODY, headers), false);
        });
        it('returns false instead of throwing on headers that are not an object', () => {
            for (const headers of [undefined, null, 'X-Nango-Hmac-Sha256', 42]) {
                assert.equal(nango().verifyIncomingWebhookRequest(BODY, headers), false);
            }
            const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
            assert.equal(nango().verifyIncomingWebhookRequest(BODY, hostile), false);
        });
        it('returns false instead of throwing on a body that is neither text nor bytes', () => {
            const headers = { 'X-Nango-Hmac-Sha256': signature };
            for (const body of [undefined, null, 42, { ...JSON.parse(BODY) }]) {
                assert.equal(nango().verifyIncomingWebhookRequest(body, headers), false);
            }
        });
        it('accepts the body as an ArrayBuffer, a Uint8Array view at an offset, or a DataView', () => {
            const headers = { 'X-Nango-Hmac-Sha256': signature };
            const bytes = new TextEncoder().encode(BODY);
            const padded = new Uint8Array(bytes.length + 7);
            padded.set(bytes, 3);
            const view = padded.subarray(3, 3 + bytes.length);
            assert.equal(nango().verifyIncomingWebhookRequest(bytes.buffer, headers), true);
            assert.equal(nango().verifyIncomingWebhookRequest(view, headers), true);
            assert.equal(nango().verifyIncomingWebhookRequest(new DataView(padded.buffer, 3, bytes.length), headers), true);
            assert.equal(nango().verifyIncomingWebhookRequest(padded, headers), false);
        });
    });

    describe('hardening', () => {
        it('getAsyncActionResult only follows a statusUrl that is a path on the Nango host', async () => {
            server.fake.reset();
            for (const statusUrl of ['@evil.example/action/1', 'https://evil.example/action/1', '.evil.example/x']) {
                const err = await rejection(client().getAsyncActionResult({ statusUrl }));
                assert.equal(err.code, 'INVALID_ARGUMENT');
                assert.match(err.message, /statusUrl must be a path/);
            }
            assert.equal(server.fake.requests.length, 0);
        });
        it('getAsyncActionResult encodes the id as one segment', async () => {
            server.fake.reset();
            await rejection(client().getAsyncActionResult({ id: '../connections' }));
            assert.deepStrictEqual(server.fake.requests[0].segments, ['', 'action', '../connections']);
        });
        it('sync variants: names are one path segment; missing or dot names are rejected unsent', async () => {
            server.fake.reset();
            const props = { provider_config_key: 'github', connection_id: 'user-42' };
            await rejection(client().createSyncVariant({ ...props, name: 'a/b', variant: 'x?y' }));
            assert.deepStrictEqual(server.fake.requests[0].segments, ['', 'sync', 'a/b', 'variant', 'x?y']);
            server.fake.reset();
            for (const [extra, message] of [
                [{ variant: 'us' }, 'name is required'],
                [{ name: 'github-issues' }, 'variant is required'],
                [{ name: '..', variant: 'us' }, 'name cannot be "..": it would address another resource']
            ]) {
                for (const method of ['createSyncVariant', 'deleteSyncVariant']) {
                    const err = await rejection(client()[method]({ ...props, ...extra }));
                    assert.equal(err.code, 'INVALID_ARGUMENT');
                    assert.equal(err.message, message);
                }
            }
            assert.equal(server.fake.requests.length, 0);
        });
    });

    describe('waitForConnection', () => {
        it('rejects with NangoErrors coded ABORTED and TIMEOUT', async () => {
            const aborted = await rejection(client().waitForConnection('github', 'u-42', { signal: AbortSignal.abort() }));
            assert.ok(oursModule.isNangoError(aborted));
            assert.equal(aborted.code, 'ABORTED');
            assert.equal(aborted.message, 'Wait for connection was aborted');

            const realSetTimeout = globalThis.setTimeout;
            globalThis.setTimeout = (handler, ms, ...rest) => realSetTimeout(handler, ms >= 2_000 ? 1 : ms, ...rest);
            try {
                const timedOut = await rejection(client().waitForConnection('github', 'nobody'));
                assert.ok(oursModule.isNangoError(timedOut));
                assert.equal(timedOut.code, 'TIMEOUT');
                assert.equal(timedOut.message, 'Timeout waiting for connection to be created');
            } finally {
                globalThis.setTimeout = realSetTimeout;
            }
        });
        it('clears its timer and listener when aborted during a wait', async () => {
            const realSetTimeout = globalThis.setTimeout;
            const realClearTimeout = globalThis.clearTimeout;
            const waits = [];
            const cleared = [];
            globalThis.setTimeout = (handler, ms, ...rest) => {
                const id = realSetTimeout(handler, ms, ...rest);
                if (ms === 10_000) waits.push(id);
                return id;
            };
            globalThis.clearTimeout = (id) => {
                cleared.push(id);
                return realClearTimeout(id);
            };
            const controller = new AbortController();
            let listeners = 0;
            const { addEventListener, removeEventListener } = controller.signal;
            controller.signal.addEventListener = (...args) => {
                listeners += 1;
                return addEventListener.apply(controller.signal, args);
            };
            controller.signal.removeEventListener = (...args) => {
                listeners -= 1;
                return removeEventListener.apply(controller.signal, args);
            };
            try {
                const pending = client().waitForConnection('github', 'nobody', { signal: controller.signal });
                while (waits.length === 0) await new Promise((resolve) => realSetTimeout(resolve, 5));
                controller.abort();
                const err = await rejection(pending);
                assert.equal(err.code, 'ABORTED');
            } finally {
                globalThis.setTimeout = realSetTimeout;
                globalThis.clearTimeout = realClearTimeout;
            }
            assert.equal(waits.length, 1);
            assert.ok(cleared.includes(waits[0]), 'the 10 s timer was cleared');
            assert.equal(listeners, 0, 'the abort listener was removed');
        });
        it('a signal aborted while a poll is in flight ends the wait without sleeping', async () => {
            server.fake.reset();
            const controller = new AbortController();
            const started = Date.now();
            const pending = client().waitForConnection('github', 'nobody', { signal: controller.signal });
            while (server.fake.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
            controller.abort();
            const err = await rejection(pending);
            assert.equal(err.message, 'Wait for connection was aborted');
            assert.ok(Date.now() - started < 2_000);
            assert.equal(server.fake.requests.length, 1);
        });
    });
});
