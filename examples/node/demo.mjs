// nango-wasm from Node (ES modules), against a local fake Nango server.
//   node examples/node/demo.mjs
import { startFakeNango } from '../../tests/fake-nango/server.mjs';

// import { Nango } from 'nango-wasm';  (NANGO_SDK_MODULE=@nangohq/node runs the official SDK instead)
const { Nango } = await import(process.env.NANGO_SDK_MODULE || 'nango-wasm');

const secretKey = 'sk-test-1234567890';
const server = await startFakeNango({ secretKey }); // on a free port
console.log(`fake Nango server at ${server.url}`);

try {
    const nango = new Nango({ secretKey, host: server.url });

    const { connections } = await nango.listConnections();
    console.log(`${connections.length} connections: ${connections.map((c) => `${c.provider_config_key}/${c.connection_id}`).join(', ')}`);

    const token = await nango.getToken('github', 'user-42');
    console.log(`GitHub token for user-42: ${token}`);

    let cursor = null;
    let total = 0;
    let page = 0;
    do {
        const { records, next_cursor } = await nango.listRecords({ providerConfigKey: 'github', connectionId: 'user-42', model: 'Ticket', cursor });
        page += 1;
        total += records.length;
        console.log(`page ${page}: ${records.length} records (${records.map((r) => r.id).join(', ')})`);
        cursor = next_cursor;
    } while (cursor);
    console.log(`${total} Ticket records in ${page} pages`);
} finally {
    await server.close();
}
