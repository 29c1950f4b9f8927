// Packaging: `npm pack` the built pkg/, install the tarball into an empty folder, and use it
// from Node ESM and CommonJS exactly as a user would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeNango } from '../fake-nango/server.mjs';

const pkgDir = fileURLToPath(new URL('../../pkg/', import.meta.url));
let dir;
let tarball;
let server;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nango-wasm-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: pkgDir, encoding: 'utf8' });
  tarball = JSON.parse(out)[0];
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', join(dir, tarball.filename)], { cwd: dir });
  server = await startFakeNango();
});

after(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Asynchronous: the fake server lives in this process and must keep answering.
async function run(file, source) {
  writeFileSync(join(dir, file), source);
  const { stdout } = await promisify(execFile)(process.execPath, [join(dir, file)], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, NANGO_URL: server.url }
  });
  return stdout.trim();
}

test('the tarball holds the entries, the glue and one .wasm, nothing else', () => {
  const files = tarball.files.map((f) => f.path).sort();
  assert.deepEqual(files.filter((f) => f.endsWith('.wasm')), ['nango_wasm_bg.wasm']);
  const entries = ['index.mjs', 'index.cjs', 'index.workerd.mjs', 'index.deno.mjs', 'index.browser.mjs', 'api.mjs', 'nango.mjs'];
  for (const f of ['package.json', ...entries, 'index.d.ts', 'index.d.cts', 'nango_wasm.js', 'README.md']) {
    assert.ok(files.includes(f), `${f} is in the tarball`);
  }
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'nango-wasm');
  assert.deepEqual(files, ['package.json', ...manifest.files].sort(), 'the tarball holds exactly the files list');
  assert.deepEqual(Object.keys(manifest.exports['.']), ['types', 'workerd', 'deno', 'bun', 'node', 'browser', 'default']);
  assert.notEqual(manifest.version, '0.0.0');
});

const program = (load) => `${load}
const nango = new Nango({ secretKey: 'sk-test-1234567890', host: process.env.NANGO_URL });
const token = await nango.getToken('github', 'user-42');
const err = await nango.getConnection('github', 'nope').catch((e) => e);
console.log(JSON.stringify({ token, prodHost, sync: SyncConfigType.SYNC, status: err.status, isErr: isNangoError(err), ua: getUserAgent('x') }));`;

function check(output) {
  const got = JSON.parse(output);
  assert.equal(typeof got.token, 'string');
  assert.ok(got.token.length > 0);
  assert.equal(got.prodHost, 'https://api.nango.dev');
  assert.equal(got.sync, 'sync');
  assert.equal(got.status, 404);
  assert.equal(got.isErr, true);
  assert.match(got.ua, /^nango-wasm\/\d+\.\d+\.\d+ \(node\/[\d.]+\); x$/);
}

// Size budget: what one runtime downloads (the wasm and the Node ES module entry's JS: entry,
// glue, JS layer) stays at or under 45,000 bytes gzipped, against 68,131 for the official SDK
// bundled with axios (see the README). Bytes, not timings: the same build gives the same sizes.
test('size budget: wasm + Node ESM JS <= 45,000 bytes gzipped', () => {
    const gz = (...files) => gzipSync(Buffer.concat(files.map((f) => readFileSync(join(pkgDir, f)))), { level: 9 }).length;
    const wasm = gz('nango_wasm_bg.wasm');
    const js = gz('index.mjs');
    assert.ok(wasm + js <= 45_000, `wasm ${wasm} + JS ${js} = ${wasm + js} bytes gzipped`);
});

test('import { Nango } from "nango-wasm" works from the installed tarball (ESM)', async () => {
  check(await run('esm.mjs', program("import { Nango, prodHost, SyncConfigType, isNangoError, getUserAgent } from 'nango-wasm';")));
});

test('require("nango-wasm") works from the installed tarball (CommonJS)', async () => {
  const body = program("const { Nango, prodHost, SyncConfigType, isNangoError, getUserAgent } = require('nango-wasm');");
  check(await run('cjs.cjs', `(async () => {\n${body}\n})().catch((e) => { console.error(e); process.exit(1); });`));
});
