// Sends the worker a sync webhook as Nango does (signed with X-Nango-Hmac-Sha256), then the same
// webhook with a forged signature, and prints both answers.
//   node send-webhook.mjs [worker-url]      (default http://127.0.0.1:8787)
const SIGNING_KEY = 'whsk-0123456789abcdef'; // NANGO_WEBHOOK_SIGNING_KEY in wrangler.toml

async function hmacHex(key, text) {
    const enc = new TextEncoder();
    const k = await crypto.subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return Array.from(new Uint8Array(await crypto.subtle.sign('HMAC', k, enc.encode(text))), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Posts a signed sync webhook and a forged one; resolves with both answers. */
export async function sendWebhooks(workerUrl, signingKey = SIGNING_KEY) {
    const body = JSON.stringify({
        type: 'sync',
        connectionId: 'user-42',
        providerConfigKey: 'github',
        syncName: 'github-issues',
        model: 'Ticket',
        syncType: 'INCREMENTAL',
        success: true,
        modifiedAfter: '2024-05-01T11:00:00.000Z',
        responseResults: { added: 3, updated: 1, deleted: 0 }
    });
    const post = async (signature) => {
        const res = await fetch(workerUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Nango-Hmac-Sha256': signature }, body });
        const text = await res.text();
        return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text.trim().slice(0, 200) };
    };
    return { signed: await post(await hmacHex(signingKey, body)), forged: await post('00'.repeat(32)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const { signed, forged } = await sendWebhooks(process.argv[2] ?? 'http://127.0.0.1:8787');
    console.log(`signed webhook: ${signed.status} ${JSON.stringify(signed.body)}`);
    console.log(`forged webhook: ${forged.status} ${JSON.stringify(forged.body)}`);
}
