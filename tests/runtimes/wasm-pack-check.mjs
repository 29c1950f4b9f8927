// Checks the core module a `wasm-pack build` makes (tests/runtimes/wasm-pack.test.mjs): its
// exports, one request builder call, the webhook digest, and the package's JS layer
// (js/nango.mjs) bound over it with `bind(core)` making a call against the fake Nango server.
// Runs in Node and in Deno; as a Deno program:
//   deno run --allow-read=<dirs> --allow-net=127.0.0.1 wasm-pack-check.mjs <core.js> <layer dir> <nango url> <key>
// prints one JSON line: { results: [{ name, ok, detail }] }.

/** Lower-case hex HMAC-SHA256 of `text` under `key`, by the runtime's Web Crypto. */
async function hmacHex(key, text) {
    const enc = new TextEncoder();
    const k = await crypto.subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return Array.from(new Uint8Array(await crypto.subtle.sign('HMAC', k, enc.encode(text))), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `core`: the module's exports, initialised. `layer`: the JS layer's module (js/nango.mjs, with
 * its generated methods.mjs beside it). Resolves with [{ name, ok, detail }].
 */
export async function checkCore(core, layer, { host, secretKey }) {
    const results = [];
    const check = async (name, fn) => {
        try {
            const detail = await fn();
            results.push({ name, ok: detail === true, detail: detail === true ? '' : String(detail) });
        } catch (err) {
            results.push({ name, ok: false, detail: String(err?.stack ?? err) });
        }
    };

    await check('exports build, digestStart, digestBytes, digestCheck', () => {
        const missing = ['build', 'digestStart', 'digestBytes', 'digestCheck'].filter((f) => typeof core[f] !== 'function');
        return missing.length === 0 || `missing ${missing.join(', ')}`;
    });

    await check('build: listIntegrations -> GET /integrations; getConnection() -> its validation message', () => {
        const { METHODS } = layer.methods;
        const op = (name) => METHODS.findIndex(([n]) => n === name);
        const list = JSON.parse(core.build(op('listIntegrations'), '', ''));
        const invalid = JSON.parse(core.build(op('getConnection'), '', ''));
        return (list.m === 'GET' && list.u === '/integrations' && invalid.e === 'providerConfigKey is required') || `got ${JSON.stringify({ list, invalid })}`;
    });

    await check('digest: HMAC-SHA256 fed in chunks matches Web Crypto', async () => {
        const key = 'whsk-0123456789abcdef';
        const body = JSON.stringify({ type: 'sync', connectionId: 'user-42', padding: 'x'.repeat(1000) });
        const signature = await hmacHex(key, body);
        const bytes = new TextEncoder().encode(body);
        const verify = (sig) => {
            core.digestStart(key, true);
            core.digestBytes(bytes.subarray(0, 100));
            core.digestBytes(bytes.subarray(100));
            return core.digestCheck(sig);
        };
        const good = verify(signature);
        const bad = verify('00'.repeat(32));
        return (good === true && bad === false) || `right signature -> ${good}, wrong -> ${bad}`;
    });

    await check('bind(core): new Nango(...).getToken against the fake Nango server', async () => {
        const { Nango } = layer.nango.bind(core);
        const nango = new Nango({ secretKey, host });
        const token = await nango.getToken('github', 'user-42');
        return token === 'gho_user42AccessToken0001' || `getToken returned ${JSON.stringify(token)}`;
    });
    return results;
}

// As a Deno program (see the top).
if (typeof Deno !== 'undefined' && import.meta.main) {
    const [corePath, layerDir, host, secretKey] = Deno.args;
    const toUrl = (p) => new URL(`file://${p}`).href;
    const core = await import(toUrl(corePath));
    const layer = { nango: await import(toUrl(`${layerDir}/nango.mjs`)), methods: await import(toUrl(`${layerDir}/methods.mjs`)) };
    const results = await checkCore(core, layer, { host, secretKey });
    console.log(JSON.stringify({ results }));
}
