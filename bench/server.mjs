// The benchmark's server: a tiny keep-alive HTTP server, run in its own process so that the
// client's CPU is measured alone. It answers two routes with bodies computed once at start:
//   GET /connections/:id?provider_config_key=...   one connection (~1 KB of JSON)
//   GET /records?model=...  (or /records/?...)     one page of 10,000 records (~7.1 MB)
// Every request must carry `Authorization: Bearer sk-bench`. Prints its URL on stdout, exits
// on SIGTERM/SIGINT.
import { createServer } from 'node:http';

export const SECRET_KEY = 'sk-bench';
const RECORD_COUNT = Number(process.env.BENCH_RECORDS_PER_PAGE ?? 10_000);

const iso = (minutes) => new Date(Date.UTC(2024, 3, 1) + minutes * 60_000).toISOString();

function connection(id) {
    return {
        id: 4242,
        connection_id: id,
        provider_config_key: 'github',
        provider: 'github',
        errors: [],
        end_user: {
            id: 'u-42',
            display_name: 'Ada Lovelace',
            email: 'ada@example.com',
            organization: { id: 'org-7', display_name: 'Analytical Engines Ltd' }
        },
        metadata: { plan: 'pro', repos: ['engine', 'notes', 'difference'], seats: 3 },
        connection_config: { oauth_scopes: 'repo,user' },
        tags: { end_user_id: 'u-42', end_user_email: 'ada@example.com', organization_id: 'org-7' },
        created_at: iso(-10_000),
        updated_at: iso(-5_000),
        last_fetched_at: iso(-60),
        credentials: {
            type: 'OAUTH2',
            access_token: 'gho_16C7e42F292c6912E7710c838347Ae178B4a',
            refresh_token: 'ghr_1B4a2e77838347a7E420ce178F2E7c6912E169',
            expires_at: iso(480),
            raw: {
                access_token: 'gho_16C7e42F292c6912E7710c838347Ae178B4a',
                token_type: 'bearer',
                scope: 'repo,user',
                expires_in: 28800,
                refresh_token: 'ghr_1B4a2e77838347a7E420ce178F2E7c6912E169',
                refresh_token_expires_in: 15897600
            }
        }
    };
}

const WORDS = ['login', 'redirect', 'export', 'crash', 'search', 'ranking', 'docs', 'timeout', 'cache', 'retry', 'webhook', 'token'];
const STATUSES = ['open', 'in_progress', 'closed'];

function record(i) {
    const n = i + 1;
    const id = `ticket-${String(n).padStart(5, '0')}`;
    const action = n % 8 === 0 ? 'DELETED' : n % 3 === 0 ? 'UPDATED' : 'ADDED';
    const modified = iso(i * 7 + 3);
    const words = Array.from({ length: 9 }, (_, k) => WORDS[(i + k * 5) % WORDS.length]).join(' ');
    return {
        id,
        number: 1000 + n,
        title: `Ticket ${n}: ${WORDS[i % WORDS.length]} ${WORDS[(i + 3) % WORDS.length]} fails on edge case`,
        description: `Steps to reproduce: ${words}.`,
        status: STATUSES[i % STATUSES.length],
        priority: n % 4,
        assignee: { id: `user-${n % 50}`, name: `Engineer ${n % 50}`, email: `engineer${n % 50}@example.com` },
        labels: n % 2 === 0 ? ['bug'] : ['enhancement', 'ui'],
        url: `https://github.com/engines/analytical/issues/${1000 + n}`,
        comments: n % 17,
        created_at: iso(i * 7 - 1440),
        updated_at: modified,
        _nango_metadata: {
            first_seen_at: iso(i * 7),
            last_modified_at: modified,
            last_action: action,
            deleted_at: action === 'DELETED' ? modified : null,
            pruned_at: null,
            cursor: Buffer.from(`${modified}||${id}`).toString('base64')
        }
    };
}

const recordsBody = Buffer.from(JSON.stringify({ records: Array.from({ length: RECORD_COUNT }, (_, i) => record(i)), next_cursor: null }));

function send(res, status, body) {
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': buf.length });
    res.end(buf);
}

const server = createServer({ keepAlive: true }, (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (req.method !== 'GET') return send(res, 405, { error: { code: 'method_not_allowed' } });
    if (req.headers.authorization !== `Bearer ${SECRET_KEY}`) return send(res, 401, { error: { code: 'unknown_account', message: 'Bad secret key' } });
    const conn = /^\/connections\/([^/]+)$/.exec(url.pathname);
    if (conn) {
        if (url.searchParams.get('provider_config_key') !== 'github') return send(res, 400, { error: { code: 'missing_provider_config_key' } });
        return send(res, 200, connection(decodeURIComponent(conn[1])));
    }
    if (url.pathname === '/records' || url.pathname === '/records/') {
        if (!url.searchParams.get('model') || !req.headers['connection-id'] || !req.headers['provider-config-key']) {
            return send(res, 400, { error: { code: 'invalid_request', message: 'model, Connection-Id and Provider-Config-Key are required' } });
        }
        return send(res, 200, recordsBody);
    }
    return send(res, 404, { error: { code: 'not_found' } });
});
// Long enough that no keep-alive socket is closed under a client during a run.
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;

const stop = () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// Started by the runner with `--exit-with-stdin`: its stdin pipe closes when the runner dies,
// even by SIGKILL, so the server never outlives it.
if (process.argv.includes('--exit-with-stdin')) process.stdin.on('end', stop).on('error', stop).resume();

server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    process.stdout.write(`http://127.0.0.1:${port}\n`);
});
