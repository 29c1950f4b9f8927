// One measurement in a fresh process: `node bench/client.mjs '<json>'`, where the JSON names
// the task ("connection" | "construct" | "records"), the client ("fetch" | "official" | "wasm"),
// the server's URL and the counts. Prints one line of JSON with the figures on stdout.
// Errors are counted, never hidden: each answer is checked (status 200 and the expected data).
const opts = JSON.parse(process.argv[2]);
const SECRET_KEY = 'sk-bench';
const CONNECTION_ID = 'conn-bench';
const ACCESS_TOKEN = 'gho_16C7e42F292c6912E7710c838347Ae178B4a'; // what bench/server.mjs answers
const RECORDS = { providerConfigKey: 'github', connectionId: CONNECTION_ID, model: 'Ticket' };

async function makeClient(name, host) {
    if (name === 'fetch') {
        const get = async (url, headers) => {
            const res = await fetch(url, { headers: { Authorization: 'Bearer ' + SECRET_KEY, ...headers } });
            if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
            return res.json();
        };
        return {
            getConnection: (providerConfigKey, id) =>
                get(`${host}/connections/${id}?provider_config_key=${providerConfigKey}&force_refresh=false&refresh_token=false`),
            listRecords: ({ providerConfigKey, connectionId, model }) =>
                get(`${host}/records?model=${model}`, { 'Connection-Id': connectionId, 'Provider-Config-Key': providerConfigKey })
        };
    }
    const { Nango } = await import(name === 'official' ? '@nangohq/node' : 'nango-wasm');
    return new Nango({ secretKey: SECRET_KEY, host });
}

function checkConnection(conn) {
    if (conn?.connection_id !== CONNECTION_ID || conn?.credentials?.access_token !== ACCESS_TOKEN) {
        throw new Error(`unexpected connection: ${JSON.stringify(conn)?.slice(0, 200)}`);
    }
}

function checkPage(page, expected) {
    const records = page?.records;
    const ok = Array.isArray(records) && records.length === expected && page.next_cursor === null
        && typeof records[expected - 1]?._nango_metadata?.cursor === 'string';
    if (!ok) throw new Error(`unexpected page: ${Array.isArray(records) ? `${records.length} records` : JSON.stringify(page)?.slice(0, 200)}`);
}

// Runs `fn` `count` times, `concurrency` at a time, stopping early at `deadline` (performance.now()).
async function pool(count, concurrency, deadline, fn) {
    let started = 0;
    let ok = 0;
    const errors = [];
    const worker = async () => {
        while (started < count && performance.now() < deadline) {
            started++;
            try {
                await fn();
                ok++;
            } catch (e) {
                errors.push(String(e?.message ?? e));
            }
        }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return { ok, errors };
}

const errorReport = (errors) => ({ errors: errors.length, errorSamples: [...new Set(errors)].slice(0, 3) });

const tasks = {
    // getConnection at a fixed concurrency: a warm-up, then the measured run (requests/s, CPU).
    async connection({ client: name, host, warmup, requests, concurrency, maxSeconds }) {
        const client = await makeClient(name, host);
        const call = async () => checkConnection(await client.getConnection('github', CONNECTION_ID));
        const warm = await pool(warmup, concurrency, performance.now() + maxSeconds * 1000, call);
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        const run = await pool(requests, concurrency, t0 + maxSeconds * 1000, call);
        const seconds = (performance.now() - t0) / 1000;
        const cpu = process.cpuUsage(cpu0);
        const done = run.ok + run.errors.length;
        return {
            requests: done,
            seconds,
            rps: run.ok / seconds,
            cpuUsPerRequest: (cpu.user + cpu.system) / done,
            ...errorReport([...warm.errors, ...run.errors])
        };
    },

    // new Nango({ secretKey, host }): mean time per construction after a warm-up.
    async construct({ client: name, host, constructions }) {
        const { Nango } = await import(name === 'official' ? '@nangohq/node' : 'nango-wasm');
        const config = () => ({ secretKey: SECRET_KEY, host });
        let sink;
        for (let i = 0; i < Math.min(constructions, 2_000); i++) sink = new Nango(config());
        const t0 = performance.now();
        for (let i = 0; i < constructions; i++) sink = new Nango(config());
        const us = ((performance.now() - t0) * 1000) / constructions;
        if (!sink) throw new Error('no client constructed');
        return { constructions, usPerConstruction: us, errors: 0, errorSamples: [] };
    },

    // One page of records: time to the parsed page (after one small warm-up request, so that the
    // connection and the lazily loaded HTTP stack are ready) and the process's peak RSS.
    async records({ client: name, host, expectedRecords }) {
        const client = await makeClient(name, host);
        checkConnection(await client.getConnection('github', CONNECTION_ID));
        const t0 = performance.now();
        const page = await client.listRecords(RECORDS);
        const ms = performance.now() - t0;
        checkPage(page, expectedRecords);
        return { ms, records: page.records.length, maxRssKiB: process.resourceUsage().maxRSS, errors: 0, errorSamples: [] };
    }
};

try {
    const result = await tasks[opts.task](opts);
    process.stdout.write(JSON.stringify(result) + '\n');
} catch (e) {
    // A failed single-shot task still answers, as one error, so the runner shows it.
    process.stdout.write(JSON.stringify({ errors: 1, errorSamples: [String(e?.message ?? e)] }) + '\n');
}
