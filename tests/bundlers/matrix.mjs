// The bundler matrix of tests/runtimes/run.mjs: esbuild, Rollup, Vite and webpack 5, each for
// browsers and for Node, bundle the same tiny app (check.mjs: `import { Nango, ready } from
// 'nango-wasm'`, getConnection and getToken against the fake Nango server) from the installed
// tarball. Node bundles run with node, browser bundles in headless Chromium.
//
// Each entry is the whole configuration the bundler needs (the README's "Bundlers" section says
// the same): its command line, its config file here if any, and whether the .wasm must be copied
// next to the bundle by hand. The bundlers are the repository's pinned dev dependencies, run in
// a copy of this folder inside the app the tarball was installed into.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SECRET_KEY } from '../fake-nango/server.mjs';
import { startStaticServer } from '../../examples/browser/serve.mjs';
import { launchChromium } from '../runtimes/chromium.mjs';
import { withFake } from '../runtimes/fake.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '../..');
const BIN = join(ROOT, 'node_modules/.bin');
const TIMEOUT_MS = 90_000;
/** The app's sources and the config files, copied into the app folder. */
const FILES = ['check.mjs', 'node.mjs', 'browser.mjs', 'index.html', 'rollup.browser.config.mjs', 'rollup.node.config.mjs', 'webpack.browser.config.mjs', 'webpack.node.config.mjs'];
/** Packages the config files import: linked from the repository's node_modules into the app. */
const CONFIG_IMPORTS = ['@rollup/plugin-node-resolve'];

/**
 * bundler, target, the command (run in the app's bundlers/ folder), the output folder, the file
 * to run (node) or the page to open (browser: `page` is written there unless the bundler writes
 * one), and `copyWasm` when the bundler leaves the .wasm to the user.
 */
export const BUNDLERS = [
    { bundler: 'esbuild', target: 'browser', command: ['esbuild', 'browser.mjs', '--bundle', '--format=esm', '--log-level=warning', '--outfile=dist/esbuild-browser/app.js'], out: 'dist/esbuild-browser', page: '<script type="module" src="./app.js"></script>', copyWasm: true },
    { bundler: 'esbuild', target: 'node', command: ['esbuild', 'node.mjs', '--bundle', '--platform=node', '--external:nango-wasm', '--log-level=warning', '--outfile=dist/esbuild-node/app.js'], out: 'dist/esbuild-node', run: 'app.js' },
    { bundler: 'rollup', target: 'browser', command: ['rollup', '-c', 'rollup.browser.config.mjs', '--silent'], out: 'dist/rollup-browser', page: '<script type="module" src="./app.js"></script>', copyWasm: true },
    { bundler: 'rollup', target: 'node', command: ['rollup', '-c', 'rollup.node.config.mjs', '--silent'], out: 'dist/rollup-node', run: 'app.mjs' },
    // `vite build` with its defaults (build.target included): index.html is the entry.
    { bundler: 'vite', target: 'browser', command: ['vite', 'build', '--logLevel', 'warn', '--outDir', 'dist/vite-browser'], out: 'dist/vite-browser' },
    { bundler: 'vite', target: 'node', command: ['vite', 'build', '--ssr', 'node.mjs', '--logLevel', 'warn', '--outDir', 'dist/vite-node'], out: 'dist/vite-node', run: 'node.mjs' },
    // webpack's own output is a classic script (not a module): the page loads it as one.
    { bundler: 'webpack', target: 'browser', command: ['webpack', '--config', 'webpack.browser.config.mjs', '--no-color', '--stats', 'errors-warnings'], out: 'dist/webpack-browser', page: '<script src="./app.js"></script>' },
    { bundler: 'webpack', target: 'node', command: ['webpack', '--config', 'webpack.node.config.mjs', '--no-color', '--stats', 'errors-warnings'], out: 'dist/webpack-node', run: 'app.js' }
];

const ENV = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

function run(command, argv, { cwd, env = ENV } = {}) {
    return new Promise((resolve) => {
        execFile(command, argv, { cwd, env, timeout: TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : `${err.code ?? ''}${err.signal ?? ''}` || 1) : 0;
            resolve({ code, stdout, stderr: err && !stderr ? String(err.message) : stderr });
        });
    });
}

const tail = (text, n = 1500) => (text.length > n ? `…${text.slice(-n)}` : text).trim();
const step = (name, status, detail = '') => ({ name, status, detail, ms: 0 });


/** Copies the app and the configs into `<app>/bundlers` (once); returns that folder. */
function prepare(app) {
    const dir = join(app, 'bundlers');
    if (existsSync(dir)) return dir;
    mkdirSync(dir);
    for (const f of FILES) cpSync(join(HERE, f), join(dir, f));
    for (const name of CONFIG_IMPORTS) {
        const link = join(app, 'node_modules', name);
        if (existsSync(link)) continue;
        mkdirSync(dirname(link), { recursive: true });
        symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
    }
    return dir;
}

/** Reads the app's JSON result (its last stdout line) into steps. */
function resultSteps(result, where) {
    if (result?.ok) return [step(`${where}: getConnection, getToken`, 'pass')];
    return [step(`${where}: getConnection, getToken`, 'fail', JSON.stringify(result?.problems ?? result))];
}

/** Bundles the app with one entry of BUNDLERS and runs the bundle; resolves with step results. */
export async function runBundler(app, entry) {
    const dir = prepare(app);
    const out = join(dir, entry.out);
    const [bin, ...argv] = entry.command;
    const built = await run(join(BIN, bin), argv, { cwd: dir });
    if (built.code !== 0) return [step(`${bin} ${argv.join(' ')}`, 'fail', `exit ${built.code}: ${tail(`${built.stdout}\n${built.stderr}`)}`)];
    const results = [step(`bundle (${readdirSync(out).join(', ')})`, 'pass')];
    if (entry.copyWasm) cpSync(join(app, 'node_modules/nango-wasm/nango_wasm_bg.wasm'), join(out, 'nango_wasm_bg.wasm'));

    if (entry.target === 'node') {
        const r = await withFake((url) => run(process.execPath, [join(out, entry.run)], { cwd: dir, env: { ...ENV, NANGO_HOST: url, NANGO_SECRET_KEY: DEFAULT_SECRET_KEY } }));
        let result;
        try {
            result = JSON.parse(r.stdout.trim().split('\n').pop());
        } catch {
            result = { problems: [`exit ${r.code}: ${tail(`${r.stdout}\n${r.stderr}`)}`] };
        }
        if (result.ok && r.code !== 0) result = { problems: [`exit ${r.code}: ${tail(r.stderr)}`] };
        return [...results, ...resultSteps(result, 'node')];
    }

    if (entry.page) writeFileSync(join(out, 'index.html'), `<!doctype html><meta charset="utf-8"><title>nango-wasm ${entry.bundler}</title>${entry.page}\n`);
    const site = await startStaticServer(out.replace(/\/$/, ''));
    let browser;
    try {
        browser = await launchChromium();
        const result = await withFake((url) => browser.open(`${site.url}/index.html?${new URLSearchParams({ nango: url, key: DEFAULT_SECRET_KEY })}`, 'window.bundleResult'));
        return [...results, ...resultSteps(result, 'chromium')];
    } catch (err) {
        return [...results, step('chromium', 'fail', err.message)];
    } finally {
        await browser?.close();
        await site.close();
    }
}
