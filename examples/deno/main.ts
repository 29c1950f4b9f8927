// nango-wasm in Deno 2: `deno add npm:nango-wasm`, then import it like any npm package. No
// --allow-read needed: the package's `deno` entry loads its .wasm with a source phase import.
//
//   NANGO_SECRET_KEY=... deno run --allow-net --allow-env=NANGO_SECRET_KEY,NANGO_HOST main.ts
//   make example-deno      (against the bundled fake Nango server)
import { Nango } from 'nango-wasm';

const nango = new Nango({
    secretKey: Deno.env.get('NANGO_SECRET_KEY') ?? '',
    host: Deno.env.get('NANGO_HOST') // undefined: Nango Cloud
});

const connection = await nango.getConnection('github', 'user-42');
console.log(`connection ${connection.provider_config_key}/${connection.connection_id}, end user ${connection.end_user?.display_name}`);

const token = await nango.getToken('github', 'user-42');
console.log(`access token: ${String(token).slice(0, 8)}…`);

let cursor: string | null = null;
let total = 0;
do {
    const page = await nango.listRecords({ providerConfigKey: 'github', connectionId: 'user-42', model: 'Ticket', limit: 10, cursor });
    total += page.records.length;
    cursor = page.next_cursor;
} while (cursor);
console.log(`${total} Ticket records`);

try {
    await nango.getConnection('github', 'rate-limited');
} catch (err: any) {
    console.log(`rate limited: HTTP ${err.response?.status}, retry after ${err.response?.headers['retry-after']} s`);
}
