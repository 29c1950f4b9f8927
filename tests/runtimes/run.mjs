// Runs the end-to-end suite (suite.mjs) in every runtime, from the tarball `npm pack` makes of
// pkg/, installed into a fresh folder:
//   node (ESM), node (CJS), deno (--allow-net only), bun, workerd with nodejs_compat, workerd
//   with no Node compatibility at all, headless Chromium (plain ES modules and an esbuild bundle)
// and exercises the examples in the same runtimes; then each bundler (esbuild, Rollup, Vite,
// webpack) bundles a small app for browsers and for Node (tests/bundlers/matrix.mjs), and the
// tarball is installed under the name @nangohq/node (tests/bundlers/alias.mjs). The package line
// checks the tarball with publint, attw and `npm publish --dry-run`. Prints one line per runtime.
//
//   node tests/runtimes/run.mjs [--only name,name] [--report FILE]
// --report writes one tab-separated line per runtime: name, passed, failed, skipped, seconds.
// Exits non-zero when a step fails or a runtime cannot start. Needs `make build` (pkg/) and
// `make setup` (the npm dev tools, Debian's chromium).
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startStaticServer } from '../../examples/browser/serve.mjs';
import { launchChromium } from './chromium.mjs';
import { BUNDLERS, runBundler } from '../bundlers/matrix.mjs';
import { withFake } from './fake.mjs';
import { aliasSuite } from '../bundlers/alias.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'node_modules/.bin');
const HERE = fileURLToPath(new URL('.', import.meta.url));
const ENV = {
    ...process.env,
    NO_COLOR: '1',
    DENO_NO_UPDATE_CHECK: '1',
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_HIDE_BANNER: 'true',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false'
};
const RUN_TIMEOUT_MS = 90_000;

const args = process.argv.slice(2);
const option = (name) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
};
const only = option('--only')?.split(',');
const reportFile = option('--report');

/** Runs a command to its end; resolves with { code, stdout, stderr } (never rejects). */
function run(command, argv, { cwd, env = ENV, timeout = RUN_TIMEOUT_MS } = {}) {
    return new Promise((resolve) => {
        execFile(command, argv, { cwd, env, timeout, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : `${err.code ?? ''}${err.signal ?? ''}` || 1) : 0;
            resolve({ code, stdout, stderr: err && !stderr ? String(err.message) : stderr });
        });
    });
}

const tail = (text, n = 1500) => (text.length > n ? `…${text.slice(-n)}` : text).trim();

/** Parses a harness's JSON report (its last stdout line) or throws with what it printed. */
function parseReport({ code, stdout, stderr }) {
    const line = stdout.trim().split('\n').pop() ?? '';
    try {
        const report = JSON.parse(line);
        if (Array.isArray(report.results)) return report;
    } catch {
        // fall through
    }
    throw new Error(`exit ${code}: ${tail(`${stdout}\n${stderr}`)}`);
}

const step = (name, status, detail = '') => ({ name, status, detail, ms: 0 });

/** Runs a command (an example) and checks its output matches every pattern. */
async function exampleStep(name, command, argv, patterns, opts) {
    const r = await run(command, argv, opts);
    const missing = patterns.filter((p) => !p.test(r.stdout));
    if (r.code === 0 && missing.length === 0) return step(name, 'pass');
    return step(name, 'fail', `exit ${r.code}${missing.length ? `, output lacks ${missing.join(', ')}` : ''}: ${tail(`${r.stdout}\n${r.stderr}`)}`);
}

// ---------------------------------------------------------------------------------------------
// The fresh install
// ---------------------------------------------------------------------------------------------

async function prepare(work) {
    const packed = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: join(ROOT, 'pkg') });
    if (packed.code !== 0) throw new Error(`npm pack failed: ${tail(packed.stderr)}`);
    const info = JSON.parse(packed.stdout)[0];
    const tarball = join(work, info.filename);

    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'nango-wasm-consumer', private: true }, null, 2));
    const installed = await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: app });
    if (installed.code !== 0) throw new Error(`npm install of the tarball failed: ${tail(installed.stderr)}`);
    for (const f of ['suite.mjs', 'cli.mjs', 'cli.cjs', 'worker.mjs', 'browser.mjs']) cpSync(join(HERE, f), join(app, f));
    cpSync(join(ROOT, 'examples'), join(app, 'examples'), { recursive: true, filter: (src) => !src.includes('.wrangler') });
    cpSync(join(ROOT, 'tests/fake-nango'), join(app, 'tests/fake-nango'), { recursive: true });
    return { app, tarball, info };
}

/**
 * publint, attw (are the types wrong) and `npm publish --dry-run` on the packed package: errors
 * fail the package line. The dry run must exit 0 with no warning (npm's note that publishing
 * needs a login aside: the dry run is not logged in) and list README.md and LICENSE.
 */
async function lintPackage(tarball) {
    const publint = await run(join(BIN, 'publint'), ['run', tarball]);
    const out = `${publint.stdout}\n${publint.stderr}`;
    const attw = await run(join(BIN, 'attw'), [tarball, '--no-definitely-typed', '--no-color', '--no-emoji', '--format', 'ascii', '--exclude-entrypoints', './nango_wasm_bg.wasm']);
    const publish = await run('npm', ['publish', '--dry-run', '--json'], { cwd: join(ROOT, 'pkg') });
    const warnings = publish.stderr.split('\n').filter((l) => /^npm (warn|error)/i.test(l) && !/requires you to be logged in/.test(l));
    let listed = [];
    try {
        const info = JSON.parse(publish.stdout);
        listed = (info.files ?? info['nango-wasm']?.files ?? []).map((f) => f.path);
    } catch {
        warnings.push(`npm publish --dry-run --json printed no JSON: ${tail(publish.stdout, 300)}`);
    }
    const missing = ['README.md', 'LICENSE', 'package.json'].filter((f) => !listed.includes(f));
    if (missing.length) warnings.push(`npm publish --dry-run would not publish ${missing.join(', ')}`);
    return {
        publint: publint.code === 0 && !/^Errors:/m.test(out),
        publintWarnings: out.match(/^Warnings:\n([\s\S]*?)(?:\n[A-Z][a-z]+:|$)/m)?.[1]?.trim(),
        attw: attw.code === 0,
        publish: publish.code === 0 && warnings.length === 0,
        publishProblems: [`exit ${publish.code}`, ...warnings].join('\n'),
        output: tail(`${out}\n${attw.stdout}\n${attw.stderr}`, 4000)
    };
}

// ---------------------------------------------------------------------------------------------
// Runtimes: each suite and each example resolves with step results
// ---------------------------------------------------------------------------------------------


/** Node, Deno, Bun: the harness is a command that prints the report. */
const cliSuite = (command, argv, runtime) => (ctx) =>
    withFake(async (url) => parseReport(await run(command, [...argv, url, runtime], { cwd: ctx.app })).results);

const nodeDemo = (file) => (ctx) =>
    exampleStep(`examples/node/${file}`, process.execPath, [`examples/node/${file}`], [/25 Ticket records in 3 pages/], { cwd: ctx.app });

/** An example run by examples/with-fake-nango.mjs, as its make target does. */
const exampleWithFake = (name, command, argv, patterns) => (ctx) =>
    exampleStep(name, process.execPath, ['examples/with-fake-nango.mjs', command, ...argv], patterns, { cwd: ctx.app });

// workerd: wrangler bundles worker.mjs with the package's `workerd` export (as `wrangler deploy`
// would), then the newest workerd serves it, configured by a generated capnp file (its embed
// paths are relative to the config file).
async function bundleWorker(ctx) {
    if (ctx.workerBundle) return ctx.workerBundle;
    writeFileSync(join(ctx.app, 'wrangler.toml'), 'name = "nango-wasm-suite"\nmain = "worker.mjs"\ncompatibility_date = "2026-04-20"\n');
    const outdir = join(ctx.work, 'worker-dist');
    const r = await run(join(BIN, 'wrangler'), ['deploy', '--dry-run', '--outdir', outdir], { cwd: ctx.app });
    if (r.code !== 0) throw new Error(`wrangler could not bundle the worker: ${tail(`${r.stdout}\n${r.stderr}`)}`);
    const wasm = readdirSync(outdir).filter((f) => f.endsWith('.wasm'));
    if (wasm.length !== 1) throw new Error(`expected one .wasm module in the worker bundle, found ${wasm.length}`);
    ctx.workerBundle = { outdir, wasm: wasm[0] };
    return ctx.workerBundle;
}

async function workerdDate() {
    const r = await run(join(BIN, 'workerd'), ['--version']);
    const date = r.stdout.match(/\d{4}-\d{2}-\d{2}/)?.[0];
    if (!date) throw new Error(`workerd --version: ${tail(r.stdout + r.stderr)}`);
    return date;
}

/** Serves the bundle with workerd; resolves with { url, stop() }. */
async function startWorkerd(ctx, flags) {
    const { outdir, wasm } = await bundleWorker(ctx);
    const config = join(ctx.work, `workerd-${flags.join('-') || 'default'}.capnp`);
    writeFileSync(
        config,
        `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "${relative(ctx.work, join(outdir, 'worker.js'))}"),
    (name = "${wasm}", wasm = embed "${relative(ctx.work, join(outdir, wasm))}"),
  ],
  compatibilityDate = "${await workerdDate()}",
  compatibilityFlags = [${flags.map((f) => `"${f}"`).join(', ')}],
  globalOutbound = "loopback",
);
`
    );
    const child = spawn(join(BIN, 'workerd'), ['serve', config, '--control-fd=3'], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], detached: true });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const stop = async () => {
        if (child.exitCode === null && child.signalCode === null) {
            process.kill(-child.pid, 'SIGTERM');
            await exited;
        }
    };
    const port = await new Promise((resolve, reject) => {
        let control = '';
        const timer = setTimeout(() => reject(new Error(`workerd did not listen in 30 s: ${tail(log)}`)), 30_000);
        child.stdio[3].on('data', (d) => {
            control += d;
            const m = control.match(/"port":(\d+)/);
            if (m) {
                clearTimeout(timer);
                resolve(Number(m[1]));
            }
        });
        exited.then((code) => {
            clearTimeout(timer);
            reject(new Error(`workerd exited (${code}): ${tail(log)}`));
        });
    }).catch(async (err) => {
        await stop();
        throw err;
    });
    return { url: `http://127.0.0.1:${port}`, stop, log: () => log };
}

const workerdSuite = (flags, nodeGlobals) => async (ctx) => {
    const server = await startWorkerd(ctx, flags);
    try {
        return await withFake(async (url) => {
            const res = await fetch(`${server.url}/?nango=${encodeURIComponent(url)}&nodeGlobals=${nodeGlobals ? 1 : 0}`, { signal: AbortSignal.timeout(RUN_TIMEOUT_MS) });
            return parseReport({ code: res.status, stdout: await res.text(), stderr: server.log() }).results;
        });
    } finally {
        await server.stop();
    }
};

async function workerExample(ctx) {
    const name = 'examples/cloudflare-worker (wrangler dev)';
    return exampleStep(name, process.execPath, ['examples/cloudflare-worker/try.mjs'], [/signed webhook: 200 .*"fetched":\d+/, /forged webhook: 401/], {
        cwd: ctx.app,
        env: { ...ENV, WRANGLER: join(BIN, 'wrangler') }
    });
}

// Chromium: the suite page loaded twice, as plain ES modules (an import map to the package's
// `browser` export) and as an esbuild browser bundle (no Node polyfills), then the example page.
async function chromiumSuite(ctx) {
    const manifest = JSON.parse(readFileSync(join(ctx.app, 'node_modules/nango-wasm/package.json'), 'utf8'));
    const entry = manifest.exports['.'].browser;
    const importMap = JSON.stringify({ imports: { 'nango-wasm': `/node_modules/nango-wasm/${entry.replace(/^\.\//, '')}` } });
    const page = (head, src) => `<!doctype html><meta charset="utf-8"><title>nango-wasm suite</title>${head}<script type="module" src="${src}"></script>\n`;
    writeFileSync(join(ctx.app, 'esm.html'), page(`<script type="importmap">${importMap}</script>`, '/browser.mjs'));

    mkdirSync(join(ctx.app, 'bundle'), { recursive: true });
    const bundled = await run(join(BIN, 'esbuild'), ['browser.mjs', '--bundle', '--format=esm', '--platform=browser', '--log-level=warning', '--outfile=bundle/app.js'], { cwd: ctx.app });
    if (bundled.code !== 0) throw new Error(`esbuild could not bundle the page for the browser: ${tail(bundled.stderr)}`);
    cpSync(join(ctx.app, 'node_modules/nango-wasm/nango_wasm_bg.wasm'), join(ctx.app, 'bundle/nango_wasm_bg.wasm'));
    writeFileSync(join(ctx.app, 'bundle.html'), page('', '/bundle/app.js'));

    const site = await startStaticServer(ctx.app.replace(/\/$/, ''));
    const browser = await launchChromium();
    try {
        const results = [];
        for (const [label, file] of [
            ['ES modules', 'esm.html'],
            ['esbuild bundle', 'bundle.html']
        ]) {
            const report = await withFake((url) => browser.open(`${site.url}/${file}?nango=${encodeURIComponent(url)}`, 'window.nangoReport'));
            results.push(...report.results.map((r) => ({ ...r, name: `${label}: ${r.name}` })));
        }
        return results;
    } finally {
        await browser.close();
        await site.close();
    }
}

/** Starts `node examples/browser/serve.mjs` and loads the page it prints in Chromium. */
async function browserExample(ctx) {
    const name = 'examples/browser (serve.mjs)';
    const child = spawn(process.execPath, ['examples/browser/serve.mjs', '--port', '0'], { cwd: ctx.app, stdio: ['ignore', 'pipe', 'pipe'] });
    let browser;
    let out = '';
    child.stderr.on('data', (d) => (out += d));
    try {
        const url = await new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`serve.mjs printed no URL: ${out}`)), 30_000);
            child.stdout.on('data', (d) => {
                out += d;
                const m = out.match(/open (http:\S+)/);
                if (m) {
                    clearTimeout(timer);
                    resolve(m[1]);
                }
            });
            child.once('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${out}`)));
        });
        browser = await launchChromium();
        const result = await browser.open(url, 'window.exampleResult');
        if (result.records === 25 && result.pages === 3 && typeof result.token === 'string') return step(name, 'pass');
        return step(name, 'fail', `page answered ${JSON.stringify(result)}`);
    } catch (err) {
        return step(name, 'fail', err.message);
    } finally {
        await browser?.close();
        child.kill('SIGTERM');
    }
}

const deno = join(BIN, 'deno');
const bun = join(BIN, 'bun');
/** Each runtime setting: the suite's harness, then the examples that run there. */
const RUNTIMES = [
    { name: 'node (ESM)', suite: cliSuite(process.execPath, ['cli.mjs'], 'node'), examples: [nodeDemo('demo.mjs')] },
    { name: 'node (CJS)', suite: cliSuite(process.execPath, ['cli.cjs'], 'node'), examples: [nodeDemo('demo.cjs')] },
    {
        name: 'deno (--allow-net)',
        suite: cliSuite(deno, ['run', '--allow-net', 'cli.mjs'], 'deno'),
        examples: [exampleWithFake('examples/deno', deno, ['run', '--allow-net', '--allow-env=NANGO_SECRET_KEY,NANGO_HOST', 'examples/deno/main.ts'], [/25 Ticket records/, /HTTP 429, retry after 7 s/])]
    },
    { name: 'bun', suite: cliSuite(bun, ['cli.mjs'], 'bun'), examples: [exampleWithFake('examples/bun', bun, ['examples/bun/main.ts'], [/user-43: gho_/, /25 Ticket records/])] },
    { name: 'workerd (nodejs_compat)', suite: workerdSuite(['nodejs_compat'], true), examples: [] },
    { name: 'workerd (no Node compat)', suite: workerdSuite(['no_nodejs_compat', 'no_nodejs_compat_v2'], false), examples: [workerExample] },
    { name: 'chromium', suite: chromiumSuite, examples: [browserExample] },
    // One line per bundler and target (tests/bundlers/matrix.mjs), then the npm alias install.
    ...BUNDLERS.map((b) => ({ name: `bundle ${b.bundler} (${b.target})`, suite: (ctx) => runBundler(ctx.app, b), examples: [] })),
    { name: 'alias @nangohq/node (file:)', suite: (ctx) => aliasSuite(ctx.work, ctx.tarball), examples: [] }
];

/** Runs a runtime's suite and examples; a harness that cannot start is one failed step. */
async function runRuntime(ctx, { name, suite, examples }) {
    const results = [];
    try {
        results.push(...(await suite(ctx)));
    } catch (err) {
        results.push(step('start', 'fail', `${name} could not run: ${err.message}`));
    }
    for (const example of examples) results.push(await example(ctx));
    return results;
}

// ---------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'nango-wasm-runtimes-'));
ENV.DENO_DIR = join(work, 'deno-dir'); // a fresh Deno cache, as on a fresh machine
const lines = [];
let failed = false;
const started = Date.now();
try {
    const ctx = { work, ...(await prepare(work)) };

    const lint = await lintPackage(ctx.tarball);
    const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`package: ${ctx.info.filename}, ${kb(ctx.info.size)} packed, ${kb(ctx.info.unpackedSize)} unpacked, ${ctx.info.files.length} files`);
    console.log(`publint: ${lint.publint ? 'no errors' : 'ERRORS'}${lint.publintWarnings ? `; warnings:\n  ${lint.publintWarnings.replace(/\n/g, '\n  ')}` : ''}`);
    console.log(`attw: ${lint.attw ? 'no problems' : 'PROBLEMS'}`);
    console.log(`npm publish --dry-run: ${lint.publish ? 'clean' : `PROBLEMS\n  ${lint.publishProblems.replace(/\n/g, '\n  ')}`}`);
    if (!lint.publint || !lint.attw) console.log(lint.output);
    const lintPassed = [lint.publint, lint.attw, lint.publish].filter(Boolean).length;
    lines.push({ name: `package ${kb(ctx.info.size)} (publint, attw, publish)`, passed: lintPassed, failed: 3 - lintPassed, skipped: 0, seconds: 0 });
    failed ||= lintPassed < 3;

    for (const runtime of RUNTIMES) {
        const { name } = runtime;
        if (only && !only.some((o) => name.startsWith(o))) continue;
        const t0 = Date.now();
        const results = await runRuntime(ctx, runtime);
        const seconds = (Date.now() - t0) / 1000;
        const count = (s) => results.filter((r) => r.status === s).length;
        const line = { name, passed: count('pass'), failed: count('fail'), skipped: count('skip'), seconds };
        lines.push(line);
        failed ||= line.failed > 0;
        console.log(`${name.padEnd(28)} ${String(line.passed).padStart(3)} passed, ${line.failed} failed, ${line.skipped} skipped  (${seconds.toFixed(1)} s)`);
        for (const r of results) {
            if (r.status === 'fail') console.log(`    FAIL ${r.name}: ${r.detail}`);
            if (r.status === 'skip') console.log(`    skip ${r.name}: ${r.detail}`);
        }
    }
} catch (err) {
    console.log(`runtimes: could not prepare the package: ${err.message}`);
    lines.push({ name: 'package (publint, attw, publish)', passed: 0, failed: 1, skipped: 0, seconds: 0 });
    failed = true;
} finally {
    rmSync(work, { recursive: true, force: true });
}
console.log(`runtimes: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
if (reportFile) writeFileSync(reportFile, lines.map((l) => [l.name, l.passed, l.failed, l.skipped, l.seconds.toFixed(1)].join('\t')).join('\n') + '\n');
process.exit(failed ? 1 : 0);
