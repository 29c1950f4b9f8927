// nango-wasm in Bun: `bun add nango-wasm`, then import it (or require it) as in Node.
//
//   NANGO_SECRET_KEY=... bun main.ts
//   make example-bun      (against the bundled fake Nango server)
import { Nango } from 'nango-wasm';

const nango = new Nango({ secretKey: process.env.NANGO_SECRET_KEY ?? '', host: process.env.NANGO_HOST });

// Overlapping calls on one client are fine: fetch the token of every GitHub connection at once.
const { connections } = await nango.listConnections();
const github = connections.filter((c: { provider_config_key: string }) => c.provider_config_key === 'github' && c.connection_id !== 'slow');
const tokens = await Promise.all(github.map((c: { connection_id: string }) => nango.getToken('github', c.connection_id)));
github.forEach((c: { connection_id: string }, i: number) => console.log(`${c.connection_id}: ${String(tokens[i]).slice(0, 8)}…`));

let cursor: string | null = null;
let total = 0;
do {
    const page = await nango.listRecords({ providerConfigKey: 'github', connectionId: 'user-42', model: 'Ticket', limit: 10, cursor });
    total += page.records.length;
    cursor = page.next_cursor;
} while (cursor);
console.log(`${total} Ticket records`);
