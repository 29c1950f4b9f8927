// The README's promise that the crate is a plain wasm-bindgen crate: `wasm-pack build --target
// nodejs|web|deno --mode no-install` (with the pinned wasm-bindgen CLI on PATH) builds it, here
// into target/wasm-pack/<target>, and each output is the core module: it is imported in its
// runtime (Node for nodejs and web, Deno for deno) and checked by wasm-pack-check.mjs (exports,
// a request builder, the digest, and the package's JS layer bound over it with bind(core)).
// The no_std build the README mentions (`-- --no-default-features`) is checked too.
//   node --test tests/runtimes/wasm-pack.test.mjs      (part of make test; needs wasm-pack 0.15.1)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_SECRET_KEY, startFakeNango } from '../fake-nango/server.mjs';
import { checkCore } from './wasm-pack-check.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'target/wasm-pack');
const DENO = join(ROOT, 'node_modules/.bin/deno');
const CHECKER = fileURLToPath(new URL('./wasm-pack-check.mjs', import.meta.url));
const TIMEOUT_MS = 600_000;

function run(command, argv, options = {}) {
    return new Promise((resolve) => {
        execFile(command, argv, { cwd: ROOT, timeout: TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 32 * 1024 * 1024, encoding: 'utf8', ...options }, (err, stdout, stderr) => {
            resolve({ code: err ? (typeof err.code === 'number' ? err.code : `${err.code ?? ''}${err.signal ?? ''}`) : 0, stdout, stderr: err && !stderr ? String(err.message) : stderr });
        });
    });
}

let fake;
let layerDir;
let layer;
before(async () => {
    fake = await startFakeNango();
    // The JS layer as the package has it: js/nango.mjs and the method table generated from the core.
    layerDir = mkdtempSync(join(tmpdir(), 'nango-wasm-layer-'));
    copyFileSync(join(ROOT, 'js/nango.mjs'), join(layerDir, 'nango.mjs'));
    const methods = await run('cargo', ['run', '--quiet', '--bin', 'methods']);
    assert.equal(methods.code, 0, `cargo run --bin methods: ${methods.stderr}`);
    writeFileSync(join(layerDir, 'methods.mjs'), methods.stdout);
    layer = { nango: await import(pathToFileURL(join(layerDir, 'nango.mjs'))), methods: await import(pathToFileURL(join(layerDir, 'methods.mjs'))) };
});
after(async () => {
    await fake?.close();
    if (layerDir) rmSync(layerDir, { recursive: true, force: true });
});

/** Each build: the wasm-pack arguments, and how its output is loaded and checked. */
const BUILDS = [
    { name: 'nodejs', args: ['--target', 'nodejs'], load: (dir) => createRequire(import.meta.url)(join(dir, 'nango_wasm.js')) },
    { name: 'web', args: ['--target', 'web'], load: webCore },
    { name: 'deno', args: ['--target', 'deno'], deno: true },
    { name: 'web-no-std', args: ['--target', 'web'], cargoArgs: ['--no-default-features'], load: webCore }
];

/** The web target's module, initialised with initSync from the .wasm bytes. */
async function webCore(dir) {
    const core = await import(pathToFileURL(join(dir, 'nango_wasm.js')));
    core.initSync({ module: readFileSync(join(dir, 'nango_wasm_bg.wasm')) });
    return core;
}

for (const b of BUILDS) {
    const dir = join(OUT, b.name);
    const command = `wasm-pack build ${b.args.join(' ')} --mode no-install${b.cargoArgs ? ` -- ${b.cargoArgs.join(' ')}` : ''}`;
    let built = false;

    test(command, async () => {
        rmSync(dir, { recursive: true, force: true });
        const r = await run('wasm-pack', ['build', ...b.args, '--mode', 'no-install', '--out-dir', dir, ...(b.cargoArgs ? ['--', ...b.cargoArgs] : [])]);
        assert.equal(r.code, 0, `${command} failed:\n${r.stdout}\n${r.stderr}`);
        for (const f of ['nango_wasm.js', 'nango_wasm_bg.wasm', 'nango_wasm.d.ts']) assert.ok(existsSync(join(dir, f)), `${f} in the output`);
        built = true;
    });

    test(`${b.name} output in ${b.deno ? 'Deno' : 'Node'}: exports, build, digest, bind(core)`, async (t) => {
        if (!built) return t.skip('the build failed');
        let results;
        if (b.deno) {
            const r = await run(DENO, ['run', `--allow-read=${dir},${layerDir},${CHECKER}`, '--allow-net=127.0.0.1', CHECKER, join(dir, 'nango_wasm.js'), layerDir, fake.url, DEFAULT_SECRET_KEY], {
                env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' }
            });
            assert.equal(r.code, 0, `deno: ${r.stdout}\n${r.stderr}`);
            results = JSON.parse(r.stdout.trim().split('\n').pop()).results;
        } else {
            results = await checkCore(await b.load(dir), layer, { host: fake.url, secretKey: DEFAULT_SECRET_KEY });
        }
        const failed = results.filter((r) => !r.ok);
        assert.equal(results.length, 4, 'four checks ran');
        assert.deepEqual(failed, [], failed.map((r) => `${r.name}: ${r.detail}`).join('\n'));
    });
}
