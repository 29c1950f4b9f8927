// The bundler test app: imports the package as an app does, makes two calls against the fake
// Nango server and checks what they return. Bundled by every bundler of tests/bundlers/ for
// Node (node.mjs) and for browsers (browser.mjs).
import { Nango, ready } from 'nango-wasm';

/** Resolves with { ok, problems, connection, token }; never rejects. */
export async function check(host, secretKey) {
    const problems = [];
    let connection;
    let token;
    try {
        await ready;
        const nango = new Nango({ secretKey, host });
        connection = await nango.getConnection('github', 'user-42');
        token = await nango.getToken('github', 'user-42');
        if (connection?.connection_id !== 'user-42' || connection?.provider_config_key !== 'github') {
            problems.push(`getConnection returned ${JSON.stringify(connection)?.slice(0, 200)}`);
        }
        if (token !== 'gho_user42AccessToken0001') problems.push(`getToken returned ${JSON.stringify(token)}`);
    } catch (err) {
        problems.push(`threw ${err?.stack ?? err}`);
    }
    return { ok: problems.length === 0, problems, connection: connection?.connection_id, token };
}
