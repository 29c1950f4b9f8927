// A fake Nango API server for tests, demos and cross-runtime checks. Plain Node (node:http only).
//
//   import { startFakeNango } from './tests/fake-nango/server.mjs';
//   const fake = await startFakeNango();            // { url, requests, reset(), close() }
//
//   node tests/fake-nango/server.mjs [--port N] [--secret-key K]
//   → prints `FAKE_NANGO_URL=http://127.0.0.1:PORT` and serves until SIGINT/SIGTERM.
//
// Every endpoint that @nangohq/node 0.71.10 calls is served with realistic, deterministic data.
// Test-control endpoints (no auth, not recorded): GET /__fake/requests, POST /__fake/reset,
// GET /__fake/health. Special connection ids, wherever a connection id appears (path, query,
// Connection-Id header or body `connection_id`): `rate-limited` → 429 + Retry-After: 7,
// `server-error` → 500 text/plain, `slow` → answered after 300 ms, `silent` → never answered
// (GET /__fake/closed counts the silent requests the client gave up on), `retry-once` → 429 with
// Retry-After: 1 every other time (the others: 200), `unavailable-once` → the same with 503,
// `reset-once` → the socket closed without an answer every other time, `html` → a 200 HTML page,
// `bad-gzip` → a 200 whose gzip body is corrupt.

import http from 'node:http';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInitialState, decodeRecordCursor, DEFAULT_SECRET_KEY, fixedIso, recordKey, streamByte } from './data.mjs';

export { DEFAULT_SECRET_KEY, streamByte } from './data.mjs';

const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';
const BASE_HEADERS = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': '*, retry-after, x-request-id, content-type'
};
const DEFAULT_RECORDS_LIMIT = 10;
const SLOW_MS = 300;

class ApiError extends Error {
    constructor(status, code, message, extra = {}) {
        super(message);
        this.status = status;
        this.code = code;
        this.extra = extra;
    }
}

const notFound = (message = 'Not found') => new ApiError(404, 'not_found', message);
const invalidQuery = (path, message = 'Required') =>
    new ApiError(400, 'invalid_query_params', 'Invalid query params', { errors: [{ code: 'invalid_type', message, path: [path] }] });
const invalidBody = (path, message = 'Required') =>
    new ApiError(400, 'invalid_body', 'Invalid body', { errors: [{ code: 'invalid_type', message, path: Array.isArray(path) ? path : [path] }] });
const invalidHeaders = (path) =>
    new ApiError(400, 'invalid_headers', 'Invalid headers', { errors: [{ code: 'invalid_type', message: 'Required', path: [path] }] });

function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    } catch {
        return s;
    }
}

function parseBool(query, name) {
    const v = query.get(name);
    if (v === null || v === '') return false;
    if (v === 'true') return true;
    if (v === 'false') return false;
    throw invalidQuery(name, `Expected boolean, received '${v}'`);
}

function parseIntParam(query, name, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
    const v = query.get(name);
    if (v === null || v === '') return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw invalidQuery(name, `Expected an integer between ${min} and ${max}, received '${v}'`);
    }
    return Number(v);
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = (v) => (v === undefined ? undefined : structuredClone(v));

/**
 * Start a fake Nango server on 127.0.0.1.
 * @returns {Promise<{ url: string, requests: object[], reset(): void, close(): Promise<void>, state: object }>}
 */
export async function startFakeNango({ port = 0, secretKey = DEFAULT_SECRET_KEY } = {}) {
    const fake = { state: createInitialState(), requests: [] };

    const server = http.createServer((req, res) => {
        handle(fake, secretKey, req, res).catch((err) => {
            if (!res.headersSent) {
                sendJson(res, 500, { error: { code: 'server_error', message: `Fake Nango failed: ${err?.message ?? err}` } });
            } else {
                res.destroy();
            }
        });
    });
    server.keepAliveTimeout = 1000;

    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    const url = `http://127.0.0.1:${address.port}`;

    let closing;
    return {
        url,
        port: address.port,
        requests: fake.requests,
        get state() {
            return fake.state;
        },
        reset() {
            fake.requests.length = 0;
            fake.state = createInitialState();
        },
        /**
         * Leaves connection `connectionId` out of the next `polls` answers of GET /connections;
         * it shows up again in the one after (as when an end user finishes an auth flow).
         */
        connectLater(connectionId, polls) {
            const list = fake.state.connections;
            const index = list.findIndex((c) => c.connection_id === connectionId);
            if (index === -1) throw new Error(`connectLater: no connection ${connectionId}`);
            const [connection] = list.splice(index, 1);
            (fake.state.connectingLater ??= []).push({ connection, polls });
        },
        close() {
            if (!closing) {
                closing = new Promise((resolve) => {
                    server.close(() => resolve());
                    server.closeAllConnections();
                });
            }
            return closing;
        }
    };
}

function sendJson(res, status, body, headers = {}) {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text);
}

function sendError(res, err, headers = {}) {
    sendJson(res, err.status, { error: { code: err.code, message: err.message, ...err.extra } }, headers);
}

function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}

async function handle(fake, secretKey, req, res) {
    const rawUrl = req.url ?? '/';
    const qIndex = rawUrl.indexOf('?');
    const path = qIndex === -1 ? rawUrl : rawUrl.slice(0, qIndex);
    const rawQuery = qIndex === -1 ? '' : rawUrl.slice(qIndex + 1);
    const method = (req.method ?? 'GET').toUpperCase();

    if (method === 'OPTIONS') {
        res.writeHead(204, {
            'Access-Control-Allow-Origin': '*',
            'Access-Control-Allow-Methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS,PROPFIND,REPORT',
            'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] || '*',
            'Access-Control-Max-Age': '600'
        });
        res.end();
        req.resume();
        return;
    }

    if (path.startsWith('/__fake/')) {
        await readBody(req);
        return handleControl(fake, method, path, res);
    }

    const segments = path.split('/').map(safeDecode);
    const record = {
        method,
        rawUrl,
        path,
        segments,
        query: [...new URLSearchParams(rawQuery)],
        headers: { ...req.headers },
        body: '',
        json: undefined
    };
    fake.requests.push(record);

    const rawBody = await readBody(req);
    record.body = rawBody.toString('utf8');
    if (record.body !== '') {
        try {
            record.json = JSON.parse(record.body);
        } catch {
            record.json = undefined;
        }
    }

    const state = fake.state;
    const requestId = `req-${String(++state.counters.request).padStart(6, '0')}`;
    const extraHeaders = { 'X-Request-Id': requestId };

    if (req.headers['authorization'] !== `Bearer ${secretKey}`) {
        return sendError(res, new ApiError(401, 'unknown_api_key', 'Authentication failed. The provided API key is invalid.'), extraHeaders);
    }

    // Parts of the path after the leading '/', without the trailing empty segment of a trailing slash.
    const parts = segments.slice(1);
    if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();

    const ctx = {
        method,
        path,
        parts,
        query: new URLSearchParams(rawQuery),
        queryPairs: record.query,
        headers: req.headers,
        body: record.body,
        rawBody,
        json: record.json,
        state,
        res,
        extraHeaders,
        record
    };

    const ids = connectionIdsOf(ctx);
    if (ids.includes('rate-limited')) {
        return sendError(res, new ApiError(429, 'too_many_requests', 'Too many requests. Please retry after 7 seconds.'), { ...extraHeaders, 'Retry-After': '7' });
    }
    if (ids.includes('server-error')) {
        const text = 'Internal Server Error: boom';
        res.writeHead(500, { ...BASE_HEADERS, ...extraHeaders, 'Content-Type': TEXT_TYPE, 'Content-Length': Buffer.byteLength(text) });
        res.end(text);
        return;
    }
    if (ids.includes('slow')) {
        await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    }
    const special = ['silent', 'retry-once', 'unavailable-once', 'reset-once', 'html', 'bad-gzip'].find((id) => ids.includes(id));
    if (special === 'silent') {
        res.on('close', () => state.counters.closedSilent++);
        return;
    }
    if (special) {
        const n = (state.counters[special] = (state.counters[special] ?? 0) + 1);
        if (special === 'retry-once' && n % 2 === 1) {
            return sendError(res, new ApiError(429, 'too_many_requests', 'Too many requests. Please retry after 1 second.'), { ...extraHeaders, 'Retry-After': '1' });
        }
        if (special === 'unavailable-once' && n % 2 === 1) {
            return sendError(res, new ApiError(503, 'unavailable', 'Unavailable. Please retry after 1 second.'), { ...extraHeaders, 'Retry-After': '1' });
        }
        if (special === 'reset-once' && n % 2 === 1) {
            res.socket.destroy();
            return;
        }
        if (special === 'html') {
            const page = '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>';
            res.writeHead(200, { ...BASE_HEADERS, ...extraHeaders, 'Content-Type': 'text/html' });
            res.end(page);
            return;
        }
        if (special === 'bad-gzip') {
            res.writeHead(200, { ...BASE_HEADERS, ...extraHeaders, 'Content-Type': JSON_TYPE, 'Content-Encoding': 'gzip' });
            res.end(Buffer.from('this is not gzip at all, not even close'));
            return;
        }
        return sendJson(res, 200, { connection_id: special, attempt: n }, extraHeaders);
    }

    try {
        const result = await route(ctx);
        if (result === undefined) return; // the handler wrote the response itself
        const { status = 200, body, headers = {} } = result;
        sendJson(res, status, body, { ...extraHeaders, ...headers });
    } catch (err) {
        if (err instanceof ApiError) return sendError(res, err, extraHeaders);
        throw err;
    }
}

function handleControl(fake, method, path, res) {
    if (method === 'GET' && path === '/__fake/requests') return sendJson(res, 200, fake.requests);
    if (method === 'POST' && path === '/__fake/reset') {
        fake.requests.length = 0;
        fake.state = createInitialState();
        return sendJson(res, 200, { ok: true });
    }
    if (method === 'GET' && path === '/__fake/health') return sendJson(res, 200, { ok: true });
    if (method === 'GET' && path === '/__fake/closed') return sendJson(res, 200, { closed: fake.state.counters.closedSilent });
    return sendJson(res, 404, { error: { code: 'not_found', message: `Unknown control endpoint ${method} ${path}` } });
}

function connectionIdsOf(ctx) {
    const ids = [];
    const [p0, p1] = ctx.parts;
    if (p0 === 'connections' && p1 !== undefined && p1 !== 'metadata') ids.push(p1);
    for (const name of ['connection_id', 'connectionId']) ids.push(...ctx.query.getAll(name));
    if (typeof ctx.headers['connection-id'] === 'string') ids.push(ctx.headers['connection-id']);
    if (isObject(ctx.json)) {
        const c = ctx.json.connection_id;
        if (typeof c === 'string') ids.push(c);
        if (Array.isArray(c)) ids.push(...c.filter((x) => typeof x === 'string'));
    }
    return ids;
}

// ---------------------------------------------------------------------------------------------
// Router
// ---------------------------------------------------------------------------------------------

async function route(ctx) {
    const { method, parts } = ctx;
    const [a, b, c, d, e] = parts;
    const n = parts.length;

    if (a === 'proxy') return proxy(ctx);

    if (a === 'providers') {
        if (n === 1 && method === 'GET') return listProviders(ctx);
        if (n === 2 && method === 'GET') return getProvider(ctx, b);
        if (n === 3 && c === 'templates' && method === 'GET') return getProviderTemplates(ctx, b);
    }

    if (a === 'integrations') {
        if (n === 1 && method === 'GET') return listIntegrations(ctx);
        if (n === 1 && method === 'POST') return createIntegration(ctx, false);
        if (n === 2 && b === 'quickstart' && method === 'POST') return createIntegration(ctx, true);
        if (n === 2 && method === 'GET') return getIntegration(ctx, b);
        if (n === 2 && method === 'PATCH') return updateIntegration(ctx, b);
        if (n === 2 && method === 'DELETE') return deleteIntegration(ctx, b);
        if (n === 3 && c === 'functions' && method === 'GET') return listFunctions(ctx, b);
        if (n === 4 && c === 'functions' && method === 'GET') return getFunction(ctx, b, d);
        if (n === 4 && c === 'functions' && method === 'DELETE') return deleteFunction(ctx, b, d);
        if (n === 5 && c === 'functions' && e === 'code' && method === 'GET') return getFunctionCode(ctx, b, d);
    }

    if (a === 'connections') {
        if (n === 1 && method === 'GET') return listConnections(ctx);
        if (n === 2 && b === 'metadata' && (method === 'POST' || method === 'PATCH')) return changeMetadata(ctx, method === 'PATCH');
        if (n === 2 && method === 'GET') return getConnection(ctx, b);
        if (n === 2 && method === 'PATCH') return patchConnection(ctx, b);
        if (n === 2 && method === 'DELETE') return deleteConnection(ctx, b);
    }

    if (a === 'scripts' && b === 'config' && n === 2 && method === 'GET') return scriptsConfig(ctx);

    if (a === 'records') {
        if (n === 1 && method === 'GET') return listRecords(ctx);
        if (n === 2 && b === 'prune' && method === 'PATCH') return pruneRecords(ctx);
    }

    if (a === 'sync') {
        if (n === 2 && b === 'trigger' && method === 'POST') return changeSyncs(ctx, 'trigger');
        if (n === 2 && b === 'start' && method === 'POST') return changeSyncs(ctx, 'start');
        if (n === 2 && b === 'pause' && method === 'POST') return changeSyncs(ctx, 'pause');
        if (n === 2 && b === 'status' && method === 'GET') return syncStatus(ctx);
        if (n === 2 && b === 'update-connection-frequency' && method === 'PUT') return updateFrequency(ctx);
        if (n === 4 && c === 'variant' && method === 'POST') return createSyncVariant(ctx, b, d);
        if (n === 4 && c === 'variant' && method === 'DELETE') return deleteSyncVariant(ctx, b, d);
    }

    if (a === 'environment-variables' && n === 1 && method === 'GET') return { body: clone(ctx.state.environmentVariables) };

    if (a === 'action') {
        if (n === 2 && b === 'trigger' && method === 'POST') return triggerAction(ctx);
        if (n === 2 && method === 'GET') return getActionResult(ctx, b);
    }

    if (a === 'connect' && b === 'sessions' && method === 'POST') {
        if (n === 2) return createConnectSession(ctx, false);
        if (n === 3 && c === 'reconnect') return createConnectSession(ctx, true);
    }

    throw new ApiError(404, 'not_found', `Unknown route ${method} ${ctx.path}`);
}

// ---------------------------------------------------------------------------------------------
// Providers
// ---------------------------------------------------------------------------------------------

function listProviders(ctx) {
    const search = (ctx.query.get('search') ?? '').toLowerCase();
    const data = ctx.state.providers.filter((p) => !search || p.name.includes(search) || p.display_name.toLowerCase().includes(search));
    return { body: { data: clone(data) } };
}

function findProvider(ctx, name) {
    const provider = ctx.state.providers.find((p) => p.name === name);
    if (!provider) throw new ApiError(404, 'not_found', `Provider "${name}" not found`);
    return provider;
}

function getProvider(ctx, name) {
    return { body: { data: clone(findProvider(ctx, name)) } };
}

function getProviderTemplates(ctx, name) {
    findProvider(ctx, name);
    return { body: { data: clone(ctx.state.templates[name] ?? []) } };
}

// ---------------------------------------------------------------------------------------------
// Integrations and functions
// ---------------------------------------------------------------------------------------------

function publicIntegration(i, include = []) {
    const out = {
        unique_key: i.unique_key,
        display_name: i.display_name,
        provider: i.provider,
        logo: i.logo,
        forward_webhooks: i.forward_webhooks,
        created_at: i.created_at,
        updated_at: i.updated_at
    };
    if (include.includes('webhook')) out.webhook_url = i._webhook_url;
    if (include.includes('credentials')) out.credentials = clone(i._credentials);
    return out;
}

function findIntegration(ctx, key) {
    const integration = ctx.state.integrations.find((i) => i.unique_key === key);
    if (!integration) throw new ApiError(404, 'not_found', `Integration "${key}" does not exist`);
    return integration;
}

function listIntegrations(ctx) {
    return { body: { data: ctx.state.integrations.map((i) => publicIntegration(i)) } };
}

function getIntegration(ctx, key) {
    const include = ctx.query.getAll('include').flatMap((v) => v.split(','));
    for (const v of include) {
        if (v !== 'webhook' && v !== 'credentials') throw invalidQuery('include', `Invalid enum value. Expected 'webhook' | 'credentials', received '${v}'`);
    }
    return { body: { data: publicIntegration(findIntegration(ctx, key), include) } };
}

function validateIntegrationCredentials(creds) {
    if (creds === undefined) return;
    if (!isObject(creds) || typeof creds.type !== 'string') throw invalidBody(['credentials', 'type']);
}

function createIntegration(ctx, quickstart) {
    const body = ctx.json;
    if (!isObject(body)) throw invalidBody([], 'Expected object');
    if (typeof body.provider !== 'string' || !body.provider) throw invalidBody('provider');
    if (typeof body.unique_key !== 'string' || !body.unique_key) throw invalidBody('unique_key');
    if (!ctx.state.providers.some((p) => p.name === body.provider)) throw new ApiError(400, 'invalid_body', `Invalid provider "${body.provider}"`);
    if (ctx.state.integrations.some((i) => i.unique_key === body.unique_key)) throw new ApiError(400, 'invalid_body', `Unique key "${body.unique_key}" already exists`);
    validateIntegrationCredentials(body.credentials);
    const now = fixedIso(1_000 + ctx.state.integrations.length);
    const integration = {
        unique_key: body.unique_key,
        display_name: body.display_name ?? ctx.state.providers.find((p) => p.name === body.provider).display_name,
        provider: body.provider,
        logo: `https://app.nango.dev/images/template-logos/${body.provider}.svg`,
        forward_webhooks: body.forward_webhooks ?? true,
        created_at: now,
        updated_at: now,
        _webhook_url: `https://api.nango.dev/webhook/0c0fbb0f-8e3c-4b4c-9c6c-1f0b3a6a7d1e/${body.unique_key}`,
        _credentials: quickstart ? null : clone(body.credentials ?? null)
    };
    ctx.state.integrations.push(integration);
    return { body: { data: publicIntegration(integration) } };
}

function updateIntegration(ctx, key) {
    const integration = findIntegration(ctx, key);
    const body = ctx.json;
    if (!isObject(body)) throw invalidBody([], 'Expected object');
    validateIntegrationCredentials(body.credentials);
    if (body.unique_key !== undefined) {
        if (typeof body.unique_key !== 'string' || !body.unique_key) throw invalidBody('unique_key', 'Expected string');
        if (body.unique_key !== key && ctx.state.integrations.some((i) => i.unique_key === body.unique_key)) {
            throw new ApiError(400, 'invalid_body', `Unique key "${body.unique_key}" already exists`);
        }
        for (const conn of ctx.state.connections) if (conn.provider_config_key === key) conn.provider_config_key = body.unique_key;
        integration.unique_key = body.unique_key;
    }
    if (body.display_name !== undefined) integration.display_name = body.display_name;
    if (body.forward_webhooks !== undefined) integration.forward_webhooks = body.forward_webhooks;
    if (body.credentials !== undefined) integration._credentials = clone(body.credentials);
    integration.updated_at = fixedIso(2_000);
    return { body: { data: publicIntegration(integration) } };
}

function deleteIntegration(ctx, key) {
    findIntegration(ctx, key);
    ctx.state.integrations = ctx.state.integrations.filter((i) => i.unique_key !== key);
    ctx.state.connections = ctx.state.connections.filter((c) => c.provider_config_key !== key);
    return { body: { success: true } };
}

const FUNCTION_TYPES = ['sync', 'action', 'on-event'];

function functionType(ctx, { required = false, allowed = FUNCTION_TYPES } = {}) {
    const type = ctx.query.get('type');
    if (type === null || type === '') {
        if (required) throw invalidQuery('type');
        return undefined;
    }
    if (!allowed.includes(type)) throw invalidQuery('type', `Invalid enum value. Expected ${allowed.map((t) => `'${t}'`).join(' | ')}, received '${type}'`);
    return type;
}

function listFunctions(ctx, key) {
    findIntegration(ctx, key);
    const type = functionType(ctx);
    const search = ctx.query.get('search');
    const page = parseIntParam(ctx.query, 'page', { min: 0 }) ?? 0;
    const limit = parseIntParam(ctx.query, 'limit', { min: 1, max: 100 }) ?? 20;
    const all = (ctx.state.functions[key] ?? []).filter((f) => (!type || f.type === type) && (!search || f.name.toLowerCase().includes(search.toLowerCase())));
    return { body: { data: clone(all.slice(page * limit, page * limit + limit)), pagination: { total: all.length, page, limit } } };
}

function findFunction(ctx, key, name, type) {
    findIntegration(ctx, key);
    const matches = (ctx.state.functions[key] ?? []).filter((f) => f.name === name && (!type || f.type === type));
    if (matches.length === 0) throw new ApiError(404, 'not_found', `Function "${name}" not found`);
    if (matches.length > 1) {
        throw new ApiError(409, 'ambiguous_function', `Multiple functions are named "${name}", specify a type`, {
            payload: { matches: matches.map((f) => ({ type: f.type, name: f.name })) }
        });
    }
    return matches[0];
}

function getFunction(ctx, key, name) {
    return { body: { data: clone(findFunction(ctx, key, name, functionType(ctx))) } };
}

function getFunctionCode(ctx, key, name) {
    const fn = findFunction(ctx, key, name, functionType(ctx));
    return { body: { type: fn.type, code: ctx.state.functionCode[fn.name] ?? '' } };
}

function deleteFunction(ctx, key, name) {
    const type = functionType(ctx, { required: true, allowed: ['sync', 'action'] });
    const fn = findFunction(ctx, key, name, type);
    if (fn.source === 'repo') {
        throw new ApiError(400, 'function_managed_by_deploy', `Function "${name}" is managed by \`nango deploy\` and cannot be deleted through the API`);
    }
    ctx.state.functions[key] = ctx.state.functions[key].filter((f) => f !== fn);
    return { body: { data: { success: true } } };
}

// ---------------------------------------------------------------------------------------------
// Connections and metadata
// ---------------------------------------------------------------------------------------------

function listShape(c) {
    return {
        id: c.id,
        connection_id: c.connection_id,
        provider: c.provider,
        provider_config_key: c.provider_config_key,
        created: c.created_at,
        metadata: clone(c.metadata),
        tags: clone(c.tags),
        errors: clone(c.errors),
        end_user: clone(c.end_user)
    };
}

function listConnections(ctx) {
    const state = ctx.state;
    state.connectingLater = (state.connectingLater ?? []).filter((later) => {
        if (later.polls-- > 0) return true;
        state.connections.push(later.connection);
        return false;
    });
    const q = ctx.query;
    let list = ctx.state.connections;
    const connectionId = q.get('connectionId');
    if (connectionId) list = list.filter((c) => c.connection_id === connectionId);
    const search = q.get('search');
    if (search) {
        const s = search.toLowerCase();
        list = list.filter((c) =>
            [c.connection_id, c.end_user?.id, c.end_user?.email, c.end_user?.display_name, c.end_user?.organization?.display_name].some(
                (v) => typeof v === 'string' && v.toLowerCase().includes(s)
            )
        );
    }
    const endUserId = q.get('endUserId');
    if (endUserId) list = list.filter((c) => c.end_user?.id === endUserId || c.tags?.end_user_id === endUserId);
    const orgId = q.get('endUserOrganizationId');
    if (orgId) list = list.filter((c) => c.end_user?.organization?.id === orgId || c.tags?.organization_id === orgId);
    const integrationIds = q.getAll('integrationId').flatMap((v) => v.split(',')).filter(Boolean);
    if (integrationIds.length > 0) list = list.filter((c) => integrationIds.includes(c.provider_config_key));
    for (const [name, value] of q) {
        const m = /^tags\[(.+)\]$/.exec(name);
        if (m) {
            const key = m[1].toLowerCase();
            list = list.filter((c) => c.tags?.[key] === value);
        }
    }
    const limit = parseIntParam(q, 'limit', { min: 1, max: 10_000 }) ?? 1_000;
    const page = parseIntParam(q, 'page', { min: 0 }) ?? 0;
    list = list.slice(page * limit, page * limit + limit);
    return { body: { connections: list.map(listShape) } };
}

function requireProviderConfigKey(ctx) {
    const key = ctx.query.get('provider_config_key');
    if (!key) throw invalidQuery('provider_config_key');
    return key;
}

function findConnection(ctx, connectionId, providerConfigKey) {
    if (!ctx.state.integrations.some((i) => i.unique_key === providerConfigKey)) {
        throw new ApiError(400, 'unknown_provider_config', `Provider config "${providerConfigKey}" does not exist`);
    }
    const conn = ctx.state.connections.find((c) => c.connection_id === connectionId && c.provider_config_key === providerConfigKey);
    if (!conn) {
        throw new ApiError(404, 'unknown_connection', `No connection found for connection_id "${connectionId}" and provider_config_key "${providerConfigKey}"`);
    }
    return conn;
}

function getConnection(ctx, connectionId) {
    const providerConfigKey = requireProviderConfigKey(ctx);
    const forceRefresh = parseBool(ctx.query, 'force_refresh');
    const refreshToken = parseBool(ctx.query, 'refresh_token');
    const refreshJwt = parseBool(ctx.query, 'refresh_github_app_jwt_token');
    const conn = findConnection(ctx, connectionId, providerConfigKey);

    const stored = conn._credentials;
    if (forceRefresh && (stored.type === 'OAUTH2' || stored.type === 'APP')) {
        const n = ++ctx.state.counters.refresh;
        const base = stored.access_token.replace(/-refreshed-\d+$/, '');
        stored.access_token = `${base}-refreshed-${n}`;
        stored.expires_at = fixedIso(600 + n);
        if (stored.raw?.access_token !== undefined) stored.raw.access_token = stored.access_token;
        if (stored.raw?.token !== undefined) stored.raw.token = stored.access_token;
        conn.updated_at = fixedIso(600 + n);
    }
    const credentials = clone(stored);
    if (credentials.type === 'OAUTH2' && !refreshToken) delete credentials.refresh_token;
    if (credentials.type === 'APP' && refreshJwt) credentials.jwtToken = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0NTYifQ.fake-github-app-jwt';
    conn.last_fetched_at = fixedIso(700 + ctx.state.counters.refresh);

    return {
        body: {
            id: conn.id,
            connection_id: conn.connection_id,
            provider_config_key: conn.provider_config_key,
            provider: conn.provider,
            errors: clone(conn.errors),
            end_user: clone(conn.end_user),
            metadata: clone(conn.metadata),
            connection_config: clone(conn.connection_config),
            tags: clone(conn.tags),
            webhook_url_override: conn.webhook_url_override ?? null,
            created_at: conn.created_at,
            updated_at: conn.updated_at,
            last_fetched_at: conn.last_fetched_at,
            credentials
        }
    };
}

function patchConnection(ctx, connectionId) {
    const conn = findConnection(ctx, connectionId, requireProviderConfigKey(ctx));
    const body = ctx.json;
    if (!isObject(body)) throw invalidBody([], 'Expected object');
    if (body.tags !== undefined) {
        if (!isObject(body.tags) || Object.values(body.tags).some((v) => typeof v !== 'string')) throw invalidBody('tags', 'Expected record of strings');
        conn.tags = Object.fromEntries(Object.entries(body.tags).map(([k, v]) => [k.toLowerCase(), v]));
    }
    if (body.end_user !== undefined) {
        if (!isObject(body.end_user) || typeof body.end_user.id !== 'string') throw invalidBody(['end_user', 'id']);
        conn.end_user = {
            id: body.end_user.id,
            display_name: body.end_user.display_name ?? null,
            email: body.end_user.email ?? null,
            tags: body.end_user.tags ?? null,
            organization: conn.end_user?.organization ?? null
        };
    }
    if (body.webhook_url_override !== undefined) conn.webhook_url_override = body.webhook_url_override === '' ? null : body.webhook_url_override;
    conn.updated_at = fixedIso(800);
    return { body: { success: true } };
}

function deleteConnection(ctx, connectionId) {
    const conn = findConnection(ctx, connectionId, requireProviderConfigKey(ctx));
    ctx.state.connections = ctx.state.connections.filter((c) => c !== conn);
    return { body: { success: true } };
}

function changeMetadata(ctx, merge) {
    const body = ctx.json;
    if (!isObject(body)) throw invalidBody([], 'Expected object');
    const { metadata, connection_id: connectionId, provider_config_key: providerConfigKey } = body;
    if (!isObject(metadata)) throw invalidBody('metadata', 'Expected object');
    if (typeof providerConfigKey !== 'string' || !providerConfigKey) throw invalidBody('provider_config_key');
    const ids = typeof connectionId === 'string' ? [connectionId] : connectionId;
    if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string' || !id)) throw invalidBody('connection_id', 'Expected string or array of strings');
    // Validate everything first: one unknown id aborts the whole operation.
    const conns = ids.map((id) => findConnection(ctx, id, providerConfigKey));
    for (const conn of conns) {
        conn.metadata = merge ? { ...conn.metadata, ...clone(metadata) } : clone(metadata);
        conn.updated_at = fixedIso(900);
    }
    return { body: { metadata, connection_id: connectionId, provider_config_key: providerConfigKey } };
}

// ---------------------------------------------------------------------------------------------
// Scripts config
// ---------------------------------------------------------------------------------------------

function scriptsConfig(ctx) {
    const format = ctx.query.get('format') ?? 'nango';
    if (format === 'nango') return { body: clone(ctx.state.scriptsConfig) };
    if (format === 'openai') return { body: { data: clone(ctx.state.openAiFunctions) } };
    throw invalidQuery('format', `Invalid enum value. Expected 'nango' | 'openai', received '${format}'`);
}

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

function recordHeaders(ctx) {
    const connectionId = ctx.headers['connection-id'];
    const providerConfigKey = ctx.headers['provider-config-key'];
    if (!connectionId) throw invalidHeaders('connection-id');
    if (!providerConfigKey) throw invalidHeaders('provider-config-key');
    return findConnection(ctx, connectionId, providerConfigKey);
}

function recordSet(ctx, conn, model, variant) {
    const set = ctx.state.records.get(recordKey(conn.connection_id, conn.provider_config_key, model, variant));
    if (set) return set;
    const prefix = `${conn.connection_id}\u0000${conn.provider_config_key}\u0000${model}\u0000`;
    if ([...ctx.state.records.keys()].some((k) => k.startsWith(prefix))) throw new ApiError(404, 'unknown_model', `Model "${model}" has no variant "${variant}" for this connection`);
    throw new ApiError(404, 'unknown_model', `Model "${model}" not found for connection "${conn.connection_id}"`);
}

function decodeCursor(cursor, param) {
    const position = decodeRecordCursor(cursor);
    if (!position) throw new ApiError(400, 'invalid_cursor', `Invalid ${param}: ${JSON.stringify(cursor)}`);
    return position;
}

/** Records strictly after the cursor position (ordered by last_modified_at, then id). */
const afterCursor = (rec, pos) => {
    const at = rec._nango_metadata.last_modified_at;
    return at > pos.at || (at === pos.at && String(rec.id) > pos.id);
};

function listRecords(ctx) {
    const conn = recordHeaders(ctx);
    const q = ctx.query;
    const model = q.get('model');
    if (!model) throw invalidQuery('model');
    const variant = q.get('variant') || 'base';
    const limit = parseIntParam(q, 'limit', { min: 1, max: 10_000 }) ?? DEFAULT_RECORDS_LIMIT;

    const filterRaw = q.get('filter');
    let actions;
    if (filterRaw) {
        actions = filterRaw.split(',').map((f) => f.trim().toUpperCase());
        for (const a of actions) {
            if (!['ADDED', 'UPDATED', 'DELETED'].includes(a)) throw invalidQuery('filter', `Invalid filter "${filterRaw}"`);
        }
    }
    const modifiedAfterRaw = q.get('modified_after') || q.get('delta');
    let modifiedAfter;
    if (modifiedAfterRaw) {
        const t = Date.parse(modifiedAfterRaw);
        if (Number.isNaN(t)) throw invalidQuery('modified_after', `Invalid date "${modifiedAfterRaw}"`);
        modifiedAfter = t;
    }
    const cursor = q.get('cursor');
    const position = cursor ? decodeCursor(cursor, 'cursor') : undefined;
    const ids = q.getAll('ids');

    let list = recordSet(ctx, conn, model, variant);
    if (position) list = list.filter((r) => afterCursor(r, position));
    if (modifiedAfter !== undefined) list = list.filter((r) => Date.parse(r._nango_metadata.last_modified_at) >= modifiedAfter);
    if (ids.length > 0) list = list.filter((r) => ids.includes(String(r.id)));
    if (actions) list = list.filter((r) => actions.includes(r._nango_metadata.last_action));

    const page = list.slice(0, limit);
    const next_cursor = list.length > limit ? page[page.length - 1]._nango_metadata.cursor : null;
    return { body: { records: clone(page), next_cursor } };
}

function pruneRecords(ctx) {
    const conn = recordHeaders(ctx);
    const body = ctx.json;
    if (!isObject(body)) throw invalidBody([], 'Expected object');
    if (typeof body.model !== 'string' || !body.model) throw invalidBody('model');
    if (typeof body.until_cursor !== 'string' || !body.until_cursor) throw invalidBody('until_cursor');
    if (body.limit !== undefined && (!Number.isInteger(body.limit) || body.limit < 1 || body.limit > 10_000)) throw invalidBody('limit', 'Expected integer between 1 and 10000');
    if (body.variant !== undefined && typeof body.variant !== 'string') throw invalidBody('variant', 'Expected string');
    const until = decodeCursor(body.until_cursor, 'until_cursor');
    const set = recordSet(ctx, conn, body.model, body.variant || 'base');
    const candidates = set.filter((r) => !afterCursor(r, until) && r._nango_metadata.pruned_at === null);
    const limit = body.limit ?? 1_000;
    const pruned = candidates.slice(0, limit);
    for (const r of pruned) {
        for (const k of Object.keys(r)) if (k !== 'id' && k !== '_nango_metadata') delete r[k];
        r._nango_metadata.pruned_at = fixedIso(1_500);
    }
    return { body: { count: pruned.length, has_more: candidates.length > pruned.length } };
}

// ---------------------------------------------------------------------------------------------
// Syncs
// ---------------------------------------------------------------------------------------------

function requireIntegrationKey(ctx, key, where) {
    if (typeof key !== 'string' || !key) throw where === 'query' ? invalidQuery('provider_config_key') : invalidBody('provider_config_key');
    if (!ctx.state.integrations.some((i) => i.unique_key === key)) {
        throw new ApiError(400, 'unknown_provider_config', `Provider config "${key}" does not exist`);
    }
    return key;
}

const syncRef = (s) => (typeof s === 'string' ? { name: s, variant: 'base' } : { name: s?.name, variant: s?.variant || 'base' });

function changeSyncs(ctx, op) {
    const body = ctx.json;
    if (!isObject(body)) throw invalidBody([], 'Expected object');
    const key = requireIntegrationKey(ctx, body.provider_config_key, 'body');
    if (!Array.isArray(body.syncs)) throw invalidBody('syncs', 'Expected array');
    const refs = body.syncs.map(syncRef);
    if (refs.some((r) => typeof r.name !== 'string' || !r.name)) throw invalidBody('syncs', 'Expected sync names or { name, variant } objects');
    const connectionId = body.connection_id;
    if (connectionId !== undefined) {
        if (typeof connectionId !== 'string') throw invalidBody('connection_id', 'Expected string');
        findConnection(ctx, connectionId, key);
    }
    if (op === 'trigger') {
        if (body.sync_mode !== undefined && !['incremental', 'full_refresh', 'full_refresh_and_clear_cache'].includes(body.sync_mode)) {
            throw invalidBody('sync_mode', `Invalid enum value, received '${body.sync_mode}'`);
        }
        if (body.opts !== undefined && !isObject(body.opts)) throw invalidBody('opts', 'Expected object');
        if (body.opts?.emptyCache && !body.opts?.reset) throw new ApiError(400, 'invalid_body', 'emptyCache requires reset=true');
    }
    const targets = ctx.state.syncs.filter(
        (s) =>
            s.provider_config_key === key &&
            (connectionId === undefined || s.connection_id === connectionId) &&
            (refs.length === 0 || refs.some((r) => r.name === s.name && r.variant === s.variant))
    );
    if (targets.length === 0) throw new ApiError(400, 'no_syncs_found', 'No syncs found given the inputs');
    for (const s of targets) s.status = op === 'pause' ? 'PAUSED' : 'RUNNING';
    return { body: { success: true } };
}

function syncStatus(ctx) {
    const key = requireIntegrationKey(ctx, ctx.query.get('provider_config_key'), 'query');
    const syncsParam = ctx.query.get('syncs');
    if (!syncsParam) throw invalidQuery('syncs');
    const connectionId = ctx.query.get('connection_id') || undefined;
    if (connectionId) findConnection(ctx, connectionId, key);
    const refs =
        syncsParam === '*'
            ? null
            : syncsParam.split(',').map((s) => {
                  const [name, variant] = s.split('::');
                  return { name, variant: variant || 'base' };
              });
    const list = ctx.state.syncs.filter(
        (s) => s.provider_config_key === key && (!connectionId || s.connection_id === connectionId) && (!refs || refs.some((r) => r.name === s.name && r.variant === s.variant))
    );
    return {
        body: {
            syncs: list.map((s) => ({
                id: s.id,
                connection_id: s.connection_id,
                name: s.name,
                variant: s.variant,
                status: s.status,
                type: s.type,
                finishedAt: s.finishedAt,
                nextScheduledSyncAt: s.status === 'PAUSED' ? null : s.nextScheduledSyncAt,
                frequency: s.frequency,
                latestResult: clone(s.latestResult),
                recordCount: clone(s.recordCount),
                checkpoint: clone(s.checkpoint)
            }))
        }
    };
}

const FREQUENCY_RE = /^(every\s+)?(\d+\s*)?(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)$/i;

function updateFrequency(ctx) {
    const body = ctx.json;
    if (!isObject(body)) throw invalidBody([], 'Expected object');
    const key = requireIntegrationKey(ctx, body.provider_config_key, 'body');
    if (typeof body.sync_name !== 'string' || !body.sync_name) throw invalidBody('sync_name');
    if (typeof body.connection_id !== 'string' || !body.connection_id) throw invalidBody('connection_id');
    if (body.frequency !== null && (typeof body.frequency !== 'string' || !FREQUENCY_RE.test(body.frequency.trim()))) {
        throw invalidBody('frequency', `Invalid frequency "${body.frequency}"`);
    }
    findConnection(ctx, body.connection_id, key);
    const variant = body.sync_variant || 'base';
    const sync = ctx.state.syncs.find((s) => s.provider_config_key === key && s.connection_id === body.connection_id && s.name === body.sync_name && s.variant === variant);
    if (!sync) throw new ApiError(404, 'unknown_sync', `Sync "${body.sync_name}" not found`);
    sync._default_frequency ??= sync.frequency;
    sync.frequency = body.frequency === null ? sync._default_frequency : body.frequency;
    return { body: { frequency: sync.frequency } };
}

function variantBody(ctx) {
    const body = ctx.json;
    if (!isObject(body)) throw invalidBody([], 'Expected object');
    const key = requireIntegrationKey(ctx, body.provider_config_key, 'body');
    if (typeof body.connection_id !== 'string' || !body.connection_id) throw invalidBody('connection_id');
    findConnection(ctx, body.connection_id, key);
    return { key, connectionId: body.connection_id };
}

function createSyncVariant(ctx, name, variant) {
    if (variant === 'base') throw new ApiError(400, 'invalid_variant', 'Variant name "base" is protected');
    if (!/^[A-Za-z0-9_-]+$/.test(variant)) throw new ApiError(400, 'invalid_variant', `Invalid variant name "${variant}"`);
    const { key, connectionId } = variantBody(ctx);
    const base = ctx.state.syncs.find((s) => s.provider_config_key === key && s.name === name && s.variant === 'base');
    if (!base) throw new ApiError(400, 'unknown_sync', `Sync "${name}" does not exist`);
    if (ctx.state.syncs.some((s) => s.provider_config_key === key && s.connection_id === connectionId && s.name === name && s.variant === variant)) {
        throw new ApiError(400, 'sync_variant_already_exists', `Sync variant "${name}::${variant}" already exists`);
    }
    const n = ctx.state.syncs.length + 1;
    const id = `0b9e8a8e-1c1d-4e57-9d7e-${String(n).padStart(12, '0')}`;
    ctx.state.syncs.push({ ...clone(base), id, variant, connection_id: connectionId, status: 'RUNNING' });
    return { body: { id, name, variant } };
}

function deleteSyncVariant(ctx, name, variant) {
    if (variant === 'base') throw new ApiError(400, 'invalid_variant', 'Variant name "base" is protected');
    const { key, connectionId } = variantBody(ctx);
    const sync = ctx.state.syncs.find((s) => s.provider_config_key === key && s.connection_id === connectionId && s.name === name && s.variant === variant);
    if (!sync) throw new ApiError(404, 'not_found', `Sync variant "${name}::${variant}" not found`);
    ctx.state.syncs = ctx.state.syncs.filter((s) => s !== sync);
    return { body: { success: true } };
}

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

function runAction(ctx, conn, name, input) {
    switch (name) {
        case 'create-issue': {
            const n = ++ctx.state.counters.action;
            const title = isObject(input) && typeof input.title === 'string' ? input.title : 'Untitled';
            return { ok: true, value: { id: `issue-${n}`, number: 2_000 + n, title, url: `https://github.com/analytical-engines/engine/issues/${2_000 + n}`, connection_id: conn.connection_id } };
        }
        case 'echo':
            return { ok: true, value: { input: input ?? null } };
        case 'fail':
            return { ok: false, status: 500, error: { code: 'action_script_failure', message: 'The action script failed: boom', payload: { reason: 'boom' } } };
        default:
            return null;
    }
}

function triggerAction(ctx) {
    const connectionId = ctx.headers['connection-id'];
    const providerConfigKey = ctx.headers['provider-config-key'];
    if (!connectionId) throw invalidHeaders('connection-id');
    if (!providerConfigKey) throw invalidHeaders('provider-config-key');
    const body = ctx.json;
    if (!isObject(body)) throw invalidBody([], 'Expected object');
    if (typeof body.action_name !== 'string' || !body.action_name) throw invalidBody('action_name');
    const conn = findConnection(ctx, connectionId, providerConfigKey);
    const result = runAction(ctx, conn, body.action_name, body.input);
    if (!result) throw new ApiError(404, 'unknown_action', `Action "${body.action_name}" does not exist`);

    if (String(ctx.headers['x-async']).toLowerCase() === 'true') {
        const n = ctx.state.actionResults.size + 1;
        const id = `35f461d4-e681-4957-ab14-${String(n).padStart(12, '0')}`;
        ctx.state.actionResults.set(id, result);
        return { status: 202, body: { id, statusUrl: `/action/${id}` } };
    }
    if (!result.ok) throw new ApiError(result.status, result.error.code, result.error.message, { payload: result.error.payload });
    return { body: result.value };
}

function getActionResult(ctx, id) {
    const result = ctx.state.actionResults.get(id);
    if (!result) throw new ApiError(404, 'not_found', 'Action not completed yet');
    if (!result.ok) throw new ApiError(result.status, result.error.code, result.error.message, { payload: result.error.payload });
    return { body: clone(result.value) };
}

// ---------------------------------------------------------------------------------------------
// Connect sessions
// ---------------------------------------------------------------------------------------------

function createConnectSession(ctx, reconnect) {
    const body = ctx.json;
    if (!isObject(body)) throw invalidBody([], 'Expected object');
    if (reconnect) {
        if (typeof body.connection_id !== 'string' || !body.connection_id) throw invalidBody('connection_id');
        if (typeof body.integration_id !== 'string' || !body.integration_id) throw invalidBody('integration_id');
        findConnection(ctx, body.connection_id, body.integration_id);
    } else {
        if (body.end_user === undefined && body.tags === undefined) throw invalidBody('end_user', 'end_user or tags is required');
        if (body.end_user !== undefined && (!isObject(body.end_user) || typeof body.end_user.id !== 'string' || !body.end_user.id)) throw invalidBody(['end_user', 'id']);
        if (body.tags !== undefined && !isObject(body.tags)) throw invalidBody('tags', 'Expected object');
        if (body.allowed_integrations !== undefined) {
            if (!Array.isArray(body.allowed_integrations)) throw invalidBody('allowed_integrations', 'Expected array');
            for (const k of body.allowed_integrations) {
                if (!ctx.state.integrations.some((i) => i.unique_key === k)) throw new ApiError(400, 'invalid_body', `Integration "${k}" does not exist`);
            }
        }
    }
    const n = ++ctx.state.counters.session;
    const token = `nango_connect_session_${n.toString(16).padStart(8, '0')}a3f1c9e07b2d4f6a8c0e1b3d5f7a9c1e`;
    return {
        status: 201,
        body: { data: { token, connect_link: `https://connect.nango.dev?session_token=${token}`, expires_at: fixedIso(30 + n) } }
    };
}

// ---------------------------------------------------------------------------------------------
// Proxy
// ---------------------------------------------------------------------------------------------

function proxy(ctx) {
    const { res } = ctx;
    const connectionId = ctx.headers['connection-id'];
    const providerConfigKey = ctx.headers['provider-config-key'];
    if (!connectionId) throw new ApiError(400, 'missing_connection_id', 'Missing Connection-Id header');
    if (!providerConfigKey) throw new ApiError(400, 'missing_provider_config_key', 'Missing Provider-Config-Key header');
    findConnection(ctx, connectionId, providerConfigKey);

    const upstreamPath = ctx.path.slice('/proxy'.length) || '/';
    const [, sub, arg] = ctx.parts;

    if (sub === 'binary-echo') {
        res.writeHead(200, { ...BASE_HEADERS, ...ctx.extraHeaders, 'Content-Type': 'application/octet-stream', 'Content-Length': ctx.rawBody.length });
        res.end(ctx.rawBody);
        return undefined;
    }

    if (sub === 'stream') {
        const total = parseIntParam(ctx.query, 'bytes', { min: 0, max: 100 * 1024 * 1024 }) ?? 65_536;
        const chunkSize = parseIntParam(ctx.query, 'chunk', { min: 1, max: 1024 * 1024 }) ?? 16_384;
        res.writeHead(200, { ...BASE_HEADERS, ...ctx.extraHeaders, 'Content-Type': 'application/octet-stream' });
        let offset = 0;
        const writeMore = () => {
            while (offset < total) {
                const size = Math.min(chunkSize, total - offset);
                const chunk = Buffer.allocUnsafe(size);
                for (let i = 0; i < size; i++) chunk[i] = streamByte(offset + i);
                offset += size;
                ctx.record.streamed = offset; // how far the response got, for backpressure tests
                if (!res.write(chunk)) {
                    res.once('drain', () => setImmediate(writeMore));
                    return;
                }
                if (offset < total) {
                    setImmediate(writeMore); // yield between chunks so they go out separately
                    return;
                }
            }
            res.end();
        };
        writeMore();
        return undefined;
    }

    const echo = {
        method: ctx.method,
        path: upstreamPath,
        query: ctx.queryPairs,
        headers: { ...ctx.headers },
        body: ctx.body,
        json: ctx.json ?? null
    };

    if (sub === 'status' && /^\d{3}$/.test(arg ?? '')) {
        const status = Number(arg);
        if (status === 204 || status === 304 || status < 200) {
            res.writeHead(status, { ...BASE_HEADERS, ...ctx.extraHeaders });
            res.end();
            return undefined;
        }
        return { status, body: echo };
    }

    if (sub === 'text') {
        const text = `plain text from ${ctx.method} ${upstreamPath}`;
        res.writeHead(200, { ...BASE_HEADERS, ...ctx.extraHeaders, 'Content-Type': TEXT_TYPE, 'Content-Length': Buffer.byteLength(text) });
        res.end(text);
        return undefined;
    }

    return { body: echo };
}

// ---------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------

function isMain() {
    if (!process.argv[1]) return false;
    try {
        return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
    } catch {
        return false;
    }
}

if (isMain()) {
    const args = process.argv.slice(2);
    const opt = (name) => {
        const i = args.indexOf(name);
        return i === -1 ? undefined : args[i + 1];
    };
    const port = Number(opt('--port') ?? 0);
    const secretKey = opt('--secret-key') ?? DEFAULT_SECRET_KEY;
    const fake = await startFakeNango({ port, secretKey });
    process.stdout.write(`FAKE_NANGO_URL=${fake.url}\n`);
    const stop = () => fake.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}
