// `@arethetypeswrong/cli` on the packed tarball: no problem for the node10, node16 (from CJS and
// from ESM) and bundler resolutions of any entrypoint. `./nango_wasm_bg.wasm` is excluded: it is
// the WebAssembly binary, exported as a file for bundlers and workerd, not a module with types.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RESOLUTIONS = ['node10', 'node16-cjs', 'node16-esm', 'bundler'];
const NOT_MODULES = ['./nango_wasm_bg.wasm'];

const dir = join(root, '.tmp/types/attw');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
after(() => rmSync(dir, { recursive: true, force: true }));

const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: join(root, 'pkg'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
);
const run = spawnSync(join(root, 'node_modules/.bin/attw'), [join(dir, packed.filename), '--format', 'json', '--no-definitely-typed', '--exclude-entrypoints', ...NOT_MODULES], {
    cwd: dir,
    encoding: 'utf8'
});
const { analysis } = JSON.parse(run.stdout);

describe(`attw ${packed.filename}`, () => {
    test('entrypoints analysed', () => {
        assert.ok(analysis.entrypoints['.'], 'the package root is analysed');
        assert.ok(analysis.types, 'the package has types');
    });
    for (const kind of RESOLUTIONS) {
        const problems = Object.values(analysis.entrypoints).flatMap((e) => (e.resolutions[kind].visibleProblems ?? []).map((i) => analysis.problems[i]));
        test(kind, () => {
            for (const [name, e] of Object.entries(analysis.entrypoints)) {
                assert.ok(e.resolutions[kind].resolution?.fileName, `${name}: ${kind} resolves no types`);
            }
            assert.deepEqual(problems, []);
        });
    }
});
