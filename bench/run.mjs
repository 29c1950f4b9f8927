// `make bench`: plain fetch, the official @nangohq/node and nango-wasm side by side against the
// same local server (bench/server.mjs, its own process). A report, not a test: it prints the
// figures (markdown on stdout, JSON in bench/results.json) and asserts nothing about speed.
// It fails (exit code 1) only when a client got errors, in which case it shows them instead of
// a figure. Counts come from BENCH_* environment variables (see bench/README.md).
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, arch } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const pkgDir = join(root, 'pkg');

const env = (name, fallback) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
    return value;
};
const config = {
    rounds: env('BENCH_ROUNDS', 3),
    warmup: env('BENCH_WARMUP', 2_000),
    requests: env('BENCH_REQUESTS', 20_000),
    concurrency: env('BENCH_CONCURRENCY', 32),
    maxSeconds: env('BENCH_MAX_SECONDS', 20),
    constructions: env('BENCH_CONSTRUCTIONS', 20_000),
    startRuns: env('BENCH_START_RUNS', 15),
    pageRuns: env('BENCH_PAGE_RUNS', 3),
    childTimeoutSeconds: env('BENCH_CHILD_TIMEOUT', 120)
};

const CLIENTS = ['fetch', 'official', 'wasm'];
const SDKS = ['official', 'wasm'];
const LABEL = { fetch: 'plain fetch', official: '@nangohq/node 0.71.10', wasm: 'nango-wasm' };
const SDK_IMPORT = { official: '@nangohq/node', wasm: 'nango-wasm' };

// ---- child processes: every one is tracked and killed if the runner stops early ----

const children = new Set();
const killAll = () => {
    for (const child of children) child.kill('SIGKILL');
};
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        console.error(`\nbench: ${signal}, stopping`);
        process.exit(130);
    });
}

function track(child) {
    children.add(child);
    child.on('exit', () => children.delete(child));
    return child;
}

// Runs `node ...args` to its end; resolves { code, stdout, stderr, ms } (ms: spawn to exit).
function runNode(args, { timeoutSeconds = config.childTimeoutSeconds } = {}) {
    return new Promise((resolve, reject) => {
        const t0 = performance.now();
        const child = track(spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }));
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`node ${args.join(' ').slice(0, 120)} took more than ${timeoutSeconds} s`));
        }, timeoutSeconds * 1000);
        let ms;
        child.on('error', reject);
        child.on('exit', () => (ms = performance.now() - t0));
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({ code: code ?? signal, stdout, stderr, ms });
        });
    });
}

// One measurement in a fresh process (bench/client.mjs); a crash is reported as an error.
async function measure(opts) {
    const { code, stdout, stderr } = await runNode([join(benchDir, 'client.mjs'), JSON.stringify(opts)]);
    const line = stdout.trim().split('\n').pop();
    try {
        return JSON.parse(line);
    } catch {
        return { errors: 1, errorSamples: [`client exited with ${code}: ${(stderr || stdout).trim().slice(0, 500)}`] };
    }
}

function startServer() {
    return new Promise((resolve, reject) => {
        const server = track(spawn(process.execPath, [join(benchDir, 'server.mjs'), '--exit-with-stdin'], {
            cwd: root,
            stdio: ['pipe', 'pipe', 'inherit']
        }));
        const timer = setTimeout(() => reject(new Error('the bench server did not start in 30 s')), 30_000);
        let out = '';
        server.stdout.on('data', (d) => {
            out += d;
            const url = out.split('\n')[0];
            if (out.includes('\n')) {
                clearTimeout(timer);
                resolve({ url: url.trim(), stop: () => server.kill('SIGTERM') });
            }
        });
        server.on('exit', (code) => reject(new Error(`the bench server exited early (${code})`)));
    });
}

// ---- statistics and formatting ----

const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const num = (x, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const allErrors = [];

// Medians of `field` over a client's runs, or null (shown as an error) when any run had errors.
function summarize(figure, client, runs, fields) {
    const errors = runs.reduce((n, r) => n + (r.errors ?? 0), 0);
    if (errors > 0) {
        allErrors.push({ figure, client, errors, samples: [...new Set(runs.flatMap((r) => r.errorSamples ?? []))].slice(0, 3) });
        return { errors, runs };
    }
    const out = { errors: 0, runs };
    for (const f of fields) out[f] = median(runs.map((r) => r[f]));
    return out;
}

const cell = (summary, field, fmt) => (summary == null ? 'n/a' : summary.errors ? `ERRORS (${summary.errors})` : fmt(summary[field]));

// ---- the figures ----

async function connectionFigure(host) {
    const runs = { fetch: [], official: [], wasm: [] };
    for (let round = 1; round <= config.rounds; round++) {
        for (const client of CLIENTS) {
            log(`getConnection, round ${round}/${config.rounds}: ${LABEL[client]}`);
            runs[client].push(await measure({ task: 'connection', client, host, ...pick(config, 'warmup', 'requests', 'concurrency', 'maxSeconds') }));
        }
    }
    const out = {};
    for (const client of CLIENTS) out[client] = summarize('getConnection', client, runs[client], ['rps', 'cpuUsPerRequest', 'requests']);
    for (const client of CLIENTS) {
        const base = out.fetch.cpuUsPerRequest;
        if (out[client].cpuUsPerRequest != null && base != null) out[client].cpuVsFetch = out[client].cpuUsPerRequest / base;
    }
    return out;
}

async function constructFigure(host) {
    const runs = { official: [], wasm: [] };
    for (let round = 1; round <= config.rounds; round++) {
        for (const client of SDKS) {
            log(`new Nango(), round ${round}/${config.rounds}: ${LABEL[client]}`);
            runs[client].push(await measure({ task: 'construct', client, host, constructions: config.constructions }));
        }
    }
    return Object.fromEntries(SDKS.map((c) => [c, summarize('new Nango()', c, runs[c], ['usPerConstruction'])]));
}

async function startFigure() {
    const empty = ['--input-type=module', '-e', ''];
    const program = (client) => [
        '--input-type=module',
        '-e',
        `import { Nango } from '${SDK_IMPORT[client]}'; new Nango({ secretKey: 'sk-bench', host: 'http://127.0.0.1:3003' });`
    ];
    const runs = { empty: [], official: [], wasm: [] };
    log(`process start: ${config.startRuns} runs each of empty node, official, nango-wasm, interleaved`);
    for (let i = 0; i < config.startRuns; i++) {
        for (const which of ['empty', ...SDKS]) {
            const r = await runNode(which === 'empty' ? empty : program(which), { timeoutSeconds: 30 });
            runs[which].push(r.code === 0 ? { ms: r.ms, errors: 0 } : { errors: 1, errorSamples: [`exit ${r.code}: ${r.stderr.trim().slice(0, 300)}`] });
        }
    }
    const emptyMs = summarize('process start', 'empty node', runs.empty, ['ms']);
    const out = { emptyNodeMs: emptyMs.ms ?? null };
    for (const c of SDKS) {
        const s = summarize('process start', c, runs[c], ['ms']);
        if (!s.errors && emptyMs.ms != null) s.overEmptyMs = s.ms - emptyMs.ms;
        out[c] = s;
    }
    return out;
}

async function pageFigure(host, expectedRecords) {
    const runs = { fetch: [], official: [], wasm: [] };
    for (let round = 1; round <= config.pageRuns; round++) {
        for (const client of CLIENTS) {
            log(`records page, run ${round}/${config.pageRuns}: ${LABEL[client]}`);
            runs[client].push(await measure({ task: 'records', client, host, expectedRecords }));
        }
    }
    const out = {};
    for (const client of CLIENTS) out[client] = summarize('records page', client, runs[client], ['ms', 'maxRssKiB']);
    for (const client of CLIENTS) {
        if (out[client].maxRssKiB != null && out.fetch.maxRssKiB != null) out[client].rssAboveFetchKiB = out[client].maxRssKiB - out.fetch.maxRssKiB;
    }
    return out;
}

// The JS files the Node ESM entry loads: pkg/index.mjs and its relative imports, transitively.
function esmEntryFiles(entry) {
    const seen = new Set();
    const visit = (file) => {
        if (seen.has(file)) return;
        seen.add(file);
        const source = readFileSync(file, 'utf8');
        const specifiers = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
        for (const m of source.matchAll(specifiers)) {
            const target = join(dirname(file), m[1] ?? m[2]);
            if (/\.(m|c)?js$/.test(target)) visit(target);
        }
    };
    visit(entry);
    return [...seen];
}

async function sizesFigure() {
    const gz = (buf) => gzipSync(buf, { level: 9 }).length;
    const wasm = readFileSync(join(pkgDir, 'nango_wasm_bg.wasm'));
    const jsFiles = esmEntryFiles(join(pkgDir, 'index.mjs'));
    const js = Buffer.concat(jsFiles.map((f) => readFileSync(f)));

    const esbuild = await import('esbuild');
    const bundle = await esbuild.build({
        entryPoints: [fileURLToPath(import.meta.resolve('@nangohq/node'))],
        bundle: true,
        minify: true,
        platform: 'node', // node built-ins stay external
        format: 'esm',
        write: false,
        logLevel: 'silent'
    });
    const official = bundle.outputFiles[0].contents;

    let tarball = null;
    try {
        const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: pkgDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
        const [info] = JSON.parse(out);
        tarball = { bytes: info.size, unpackedBytes: info.unpackedSize, files: info.entryCount };
    } catch (e) {
        log(`npm pack --dry-run failed, no tarball size: ${e.message.split('\n')[0]}`);
    }
    return {
        wasm: { bytes: wasm.length, gzip: gz(wasm) },
        wasmPlusNodeEsmJs: {
            files: ['nango_wasm_bg.wasm', ...jsFiles.map((f) => relative(pkgDir, f))],
            bytes: wasm.length + js.length,
            gzip: gz(wasm) + gz(js),
            jsGzip: gz(js)
        },
        officialBundle: { bytes: official.length, gzip: gz(official) },
        tarball
    };
}

// ---- the report ----

const pick = (o, ...keys) => Object.fromEntries(keys.map((k) => [k, o[k]]));
const log = (msg) => console.error(`bench: ${msg}`);

function report(r) {
    const { connection: g, construct: k, start: s, page: p, sizes: z } = r.figures;
    const mb = (kib) => num(kib / 1024, 1);
    const row = (label, cells) => `| ${label} | ${cells.join(' | ')} |`;
    const lines = [
        '# nango-wasm benchmark',
        '',
        `Machine: ${r.machine.nproc} CPUs (nproc), ${r.machine.cpu}, ${r.machine.platform}; Node ${r.machine.node}.`,
        `Server: bench/server.mjs in its own process on 127.0.0.1 (keep-alive); connection ${num(r.server.connectionBytes)} B,`,
        `records page ${num(r.server.records)} records, ${num(r.server.pageBytes)} B. Medians; rounds interleaved, each in a fresh process.`,
        '',
        row('figure', CLIENTS.map((c) => LABEL[c])),
        row('---', CLIENTS.map(() => '---:')),
        row(`getConnection, concurrency ${config.concurrency}: requests/s`, CLIENTS.map((c) => cell(g[c], 'rps', (x) => num(x)))),
        row('getConnection: client CPU per request (µs)', CLIENTS.map((c) => cell(g[c], 'cpuUsPerRequest', (x) => num(x)))),
        row('getConnection: CPU per request vs plain fetch', CLIENTS.map((c) => cell(g[c], 'cpuVsFetch', (x) => (x == null ? 'n/a' : `${num(x, 2)}×`)))),
        row('`new Nango({ secretKey, host })` (µs each)', CLIENTS.map((c) => cell(k[c], 'usPerConstruction', (x) => num(x, 2)))),
        row('process start to a client, over empty node (ms)', CLIENTS.map((c) => cell(s[c], 'overEmptyMs', (x) => (x == null ? 'n/a' : num(x, 1))))),
        row(`${num(r.server.records)}-record page: time to parsed page (ms)`, CLIENTS.map((c) => cell(p[c], 'ms', (x) => num(x, 1)))),
        row(`${num(r.server.records)}-record page: peak RSS (MiB)`, CLIENTS.map((c) => cell(p[c], 'maxRssKiB', mb))),
        row(`${num(r.server.records)}-record page: peak RSS above plain fetch (MiB)`, CLIENTS.map((c) => (c === 'fetch' ? '—' : cell(p[c], 'rssAboveFetchKiB', (x) => (x == null ? 'n/a' : mb(x)))))),
        '',
        `Empty \`node --input-type=module -e ""\` starts in ${s.emptyNodeMs == null ? 'n/a' : num(s.emptyNodeMs, 1)} ms here.`,
        '',
        row('size', ['bytes', 'gzipped (-9)']),
        row('---', ['---:', '---:']),
        row('nango-wasm: `nango_wasm_bg.wasm`', [num(z.wasm.bytes), num(z.wasm.gzip)]),
        row(`nango-wasm: wasm + Node ESM JS (${z.wasmPlusNodeEsmJs.files.slice(1).join(', ')})`, [num(z.wasmPlusNodeEsmJs.bytes), num(z.wasmPlusNodeEsmJs.gzip)]),
        row('@nangohq/node 0.71.10 + axios, esbuild bundle (minified, esm, node)', [num(z.officialBundle.bytes), num(z.officialBundle.gzip)]),
        row('nango-wasm npm tarball (unpacked / .tgz)', z.tarball ? [num(z.tarball.unpackedBytes), num(z.tarball.bytes)] : ['n/a', 'n/a'])
    ];
    if (allErrors.length) {
        lines.push('', '## Errors (these figures are not shown)', '');
        for (const e of allErrors) lines.push(`- ${e.figure}, ${LABEL[e.client] ?? e.client}: ${e.errors} error(s), e.g. ${e.samples.map((s) => JSON.stringify(s)).join('; ')}`);
    }
    return lines.join('\n');
}

async function main() {
    const started = performance.now();
    const machine = {
        nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || availableParallelism(),
        cpu: cpus()[0]?.model?.trim() ?? 'unknown CPU',
        platform: `${platform()} ${arch()}`,
        node: process.version
    };
    const server = await startServer();
    try {
        // Check the server and note the sizes of its answers.
        const get = async (path, headers = {}) => {
            const res = await fetch(server.url + path, { headers: { Authorization: 'Bearer sk-bench', ...headers } });
            if (res.status !== 200) throw new Error(`bench server answered ${res.status} to ${path}`);
            return Buffer.from(await res.arrayBuffer());
        };
        const connection = await get('/connections/conn-bench?provider_config_key=github');
        const page = await get('/records?model=Ticket', { 'Connection-Id': 'conn-bench', 'Provider-Config-Key': 'github' });
        const serverInfo = { url: server.url, connectionBytes: connection.length, pageBytes: page.length, records: JSON.parse(page).records.length };
        log(`server ${server.url}: connection ${connection.length} B, page of ${serverInfo.records} records ${page.length} B`);

        const figures = {};
        figures.connection = await connectionFigure(server.url);
        figures.construct = await constructFigure(server.url);
        figures.start = await startFigure();
        figures.page = await pageFigure(server.url, serverInfo.records);
        log('sizes');
        figures.sizes = await sizesFigure();

        const results = { date: new Date().toISOString(), machine, config, server: serverInfo, figures, errors: allErrors, seconds: (performance.now() - started) / 1000 };
        writeFileSync(join(benchDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
        console.log(report(results));
        log(`done in ${num(results.seconds)} s; the same figures are in bench/results.json`);
        if (allErrors.length) process.exitCode = 1;
    } finally {
        server.stop();
    }
}

main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
    killAll();
});
