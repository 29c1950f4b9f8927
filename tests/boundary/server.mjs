// A loopback HTTP server for the boundary tests (fuzz and leak): node:http on 127.0.0.1 only,
// port 0. It always answers, never hangs, and drains every request body before answering.
//
// The answer is chosen by the first path segments: a client built with host
// `${server.url}/k/<kind>` gets answer <kind> for every request (so the answer each fuzzed call
// gets is decided by the seeded generator, not by the order requests arrive in). One path
// overrides the kind: `.../connections/health` always gets 200 JSON (the health check).
//
// No answer ever contains a `connections` array, so `waitForConnection` never has a reason
// to sleep and poll.

import http from 'node:http';
import { fileURLToPath } from 'node:url';

const JSON_TYPE = 'application/json; charset=utf-8';

const json = (status, body, headers = {}) => ({ status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(body) });

/** Every kind of answer, by name. */
export const ANSWERS = {
    ok: () => json(200, {}),
    okData: () =>
        json(200, {
            data: [],
            records: [],
            next_cursor: null,
            configs: [],
            metadata: {},
            credentials: { type: 'OAUTH2', access_token: 'token-fuzz', raw: { access_token: 'token-fuzz' } },
            id: 'act-1',
            statusUrl: '/action/act-1'
        }),
    notFound: () => json(404, { error: { code: 'not_found', message: 'Not found (boundary server)' } }),
    rateLimited: () => json(429, { error: { code: 'too_many_requests', message: 'Too many requests' } }, { 'Retry-After': '0' }),
    serverError: () => ({ status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Internal Server Error' }),
    html: () => ({
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<!doctype html><html><head><title>502</title></head><body><h1>Bad gateway</h1></body></html>'
    }),
    badJson: () => ({ status: 200, headers: { 'Content-Type': JSON_TYPE }, body: '{"data": [1, 2, {"a": "b' }),
    empty: () => ({ status: 204, headers: {}, body: '' }),
    text: () => ({ status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'plain text answer' })
};

export const KINDS = Object.keys(ANSWERS);

const HEALTH = () => json(200, { connection_id: 'health', provider_config_key: 'github', credentials: { type: 'OAUTH2', access_token: 't' } });

/**
 * Start the server.
 * @returns {Promise<{ url: string, port: number, host(kind: string): string, stats: object, close(): Promise<void> }>}
 */
export async function startBoundaryServer() {
    const stats = { requests: 0, byKind: {}, health: 0, injectedHeader: 0, injectedSamples: [], bodyBytes: 0 };

    const server = http.createServer((req, res) => {
        stats.requests++;
        let path = req.url ?? '/';
        const q = path.indexOf('?');
        if (q !== -1) path = path.slice(0, q);
        const m = /^\/k\/([A-Za-z]+)(\/.*)?$/.exec(path);
        const kind = m && Object.hasOwn(ANSWERS, m[1]) ? m[1] : 'ok';
        const rest = m ? (m[2] ?? '/') : path;
        // A header named X-Injected can only come from a CR/LF in a caller's value that went
        // through unescaped: the fuzzer asserts this never happens.
        for (const name of Object.keys(req.headers)) {
            if (name.toLowerCase().includes('x-injected')) {
                stats.injectedHeader++;
                if (stats.injectedSamples.length < 5) stats.injectedSamples.push(`${req.method} ${String(req.url).slice(0, 200)} ${name}`);
            }
        }
        const answer = rest === '/connections/health' ? (stats.health++, HEALTH()) : ((stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1), ANSWERS[kind]());
        let done = false;
        const respond = () => {
            if (done) return;
            done = true;
            if (res.destroyed || res.headersSent) return;
            res.writeHead(answer.status, { ...answer.headers, 'Content-Length': Buffer.byteLength(answer.body) });
            res.end(answer.body);
        };
        req.on('data', (chunk) => {
            stats.bodyBytes += chunk.length;
        });
        req.on('end', respond);
        req.on('error', () => res.destroy());
        req.on('close', respond);
    });
    server.keepAliveTimeout = 2000;
    server.headersTimeout = 20_000;
    server.requestTimeout = 30_000;

    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    const url = `http://127.0.0.1:${port}`;
    let closing;
    return {
        url,
        port,
        stats,
        host: (kind) => `${url}/k/${kind}`,
        close() {
            closing ??= new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
            return closing;
        }
    };
}

/** A port on 127.0.0.1 that refuses connections (bound, then released). */
export async function closedPort() {
    const net = await import('node:net');
    const srv = net.createServer();
    await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
    const { port } = srv.address();
    await new Promise((resolve) => srv.close(resolve));
    return port;
}

/**
 * The same server in a child process (so its work runs on another core and its allocations stay
 * out of the caller's heap figures). `stats()` asks the child for its counters.
 * @returns {Promise<{ url: string, host(kind: string): string, stats(): Promise<object>, close(): Promise<void> }>}
 */
export async function startBoundaryServerProcess() {
    const { fork } = await import('node:child_process');
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    delete env.NODE_OPTIONS;
    const child = fork(fileURLToPath(import.meta.url), ['--serve'], { env, execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const pending = new Map();
    let seq = 0;
    const ready = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code) => reject(new Error(`boundary server process exited early (${code})`)));
        child.on('message', (msg) => {
            if (msg.t === 'ready') resolve(msg.url);
            if (msg.t === 'stats') {
                pending.get(msg.id)?.(msg.stats);
                pending.delete(msg.id);
            }
        });
    });
    const url = await ready;
    child.removeAllListeners('exit');
    return {
        url,
        host: (kind) => `${url}/k/${kind}`,
        stats() {
            const id = ++seq;
            return new Promise((resolve) => {
                pending.set(id, resolve);
                child.send({ t: 'stats', id });
            });
        },
        close() {
            return new Promise((resolve) => {
                if (child.exitCode !== null || child.signalCode !== null) return resolve();
                child.once('exit', () => resolve());
                child.send({ t: 'close' });
                setTimeout(() => child.kill('SIGKILL'), 5000).unref();
            });
        }
    };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--serve') && process.send) {
    const server = await startBoundaryServer();
    process.on('message', async (msg) => {
        if (msg.t === 'stats') process.send({ t: 'stats', id: msg.id, stats: server.stats });
        if (msg.t === 'close') {
            await server.close();
            process.exit(0);
        }
    });
    process.on('disconnect', () => process.exit(0));
    process.send({ t: 'ready', url: server.url });
}
