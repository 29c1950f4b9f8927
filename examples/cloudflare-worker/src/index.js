// A Cloudflare Worker that receives Nango's sync webhook and fetches the changed records.
//
//   POST /  (Nango's webhook, signed with X-Nango-Hmac-Sha256)
//     401 when the signature does not match the raw body
//     200 { model, connectionId, fetched, pages, ids } after paging through the changed records
//
// Runs in workerd as is: no nodejs_compat flag needed. wrangler picks the package's `workerd`
// entry, which imports the .wasm statically.
import { Nango } from 'nango-wasm';

export default {
    async fetch(request, env) {
        if (request.method !== 'POST') {
            return new Response('POST Nango webhooks here.\n', { status: 405, headers: { Allow: 'POST' } });
        }
        const nango = new Nango({
            secretKey: env.NANGO_SECRET_KEY,
            webhookSigningKey: env.NANGO_WEBHOOK_SIGNING_KEY,
            host: env.NANGO_HOST || undefined
        });

        // The signature covers the exact bytes Nango sent: verify the raw text before parsing it.
        const raw = await request.text();
        if (!nango.verifyIncomingWebhookRequest(raw, Object.fromEntries(request.headers))) {
            return new Response('invalid signature\n', { status: 401 });
        }
        const body = JSON.parse(raw);
        if (body.type !== 'sync') {
            return Response.json({ ignored: body.type ?? null });
        }

        // Only what changed since the sync's last run (everything after an initial sync), page
        // by page until next_cursor is null.
        const ids = [];
        let pages = 0;
        let cursor = null;
        do {
            const page = await nango.listRecords({
                providerConfigKey: body.providerConfigKey,
                connectionId: body.connectionId,
                model: body.model,
                modifiedAfter: body.modifiedAfter ?? body.queryTimeStamp,
                cursor
            });
            pages += 1;
            for (const record of page.records) ids.push(record.id); // store or forward them here
            cursor = page.next_cursor;
        } while (cursor);

        return Response.json({ model: body.model, connectionId: body.connectionId, fetched: ids.length, pages, ids });
    }
};
