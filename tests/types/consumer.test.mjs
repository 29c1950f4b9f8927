// A user's project, compiled as a user compiles it: `tsc --strict --noEmit` WITHOUT
// `skipLibCheck`, so the package's own declarations are checked too. The project lives in a
// temporary folder whose node_modules holds the package's files (package.json and its `files`,
// as the tarball installs them) and nothing else, except @types/node for the Node flavour: no
// @nangohq/types, axios or anything else the declarations could lean on. It imports the package
// from ESM (`import { Nango, type NangoRecord, ... } from 'nango-wasm'`) and from CommonJS (a
// `.cts` with `import ... = require('nango-wasm')`), once as a web / Workers project (the DOM
// library, no @types) and once as a Node project (the ES2022 library and @types/node).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
/** The folder of TypeScript's own libraries (lib.es2022.d.ts, lib.dom.d.ts, ...). */
const tsLib = realpathSync(dirname(require.resolve('typescript/lib/lib.d.ts')));
const manifest = JSON.parse(readFileSync(join(root, 'pkg/package.json'), 'utf8'));

const ESM = `import { isNangoError, Nango, SyncConfigType, type ApiProvider, type GetPublicConnection, type NangoRecord, type NangoWebhookBody, type ProxyConfiguration } from 'nango-wasm';

const nango = new Nango({ secretKey: 'sk-test' });

export async function latestIssues(): Promise<NangoRecord<{ title: string }>[]> {
    const { records, next_cursor } = await nango.listRecords<{ title: string }>({ providerConfigKey: 'github', connectionId: 'user-42', model: 'Issue' });
    console.log(next_cursor, records[0]?._nango_metadata.last_action, records[0]?.title);
    return records;
}

export async function connection(): Promise<GetPublicConnection['Success'] | null> {
    try {
        return await nango.getConnection('github', 'user-42');
    } catch (err) {
        if (isNangoError(err) && err.status === 404) return null;
        throw err;
    }
}

export async function providers(): Promise<ApiProvider[]> {
    const config: ProxyConfiguration = { endpoint: '/user', providerConfigKey: 'github', connectionId: 'user-42', retries: 3 };
    const res = await nango.get<{ login: string }>(config);
    console.log(res.status, res.headers['content-type'], res.data.login, SyncConfigType.SYNC);
    return (await nango.listProviders({ search: 'git' })).data;
}

export function onWebhook(body: string, headers: Record<string, string>): string {
    if (!nango.verifyIncomingWebhookRequest(body, headers)) return 'invalid';
    const hook = JSON.parse(body) as NangoWebhookBody;
    if (hook.type === 'sync') return hook.success ? \`\${hook.model}: +\${hook.responseResults.added}\` : hook.error.description;
    return \`\${hook.operation} \${hook.connectionId}\`;
}
`;

const CJS = `import nangoWasm = require('nango-wasm');
import type { NangoError, NangoRecord } from 'nango-wasm';

const nango = new nangoWasm.Nango({ apiKey: 'key', host: 'http://localhost:3003' });

export async function firstRecord(): Promise<NangoRecord | undefined> {
    const page = await nango.listRecords({ providerConfigKey: 'github', connectionId: 'user-42', model: 'Issue', limit: 1 });
    return page.records[0];
}

export function describeError(err: unknown): string {
    const e: NangoError | undefined = nangoWasm.isNangoError(err) ? err : undefined;
    return e ? \`\${e.code} \${e.status}\` : String(err);
}
`;

/** The project flavours: compiler options, and the @types packages installed beside the package. */
const FLAVOURS = {
    'web / Workers (DOM library, no @types)': { options: { types: [] }, types: [] },
    'Node (ES2022 library, @types/node)': { options: { lib: ['es2022'], types: ['node'] }, types: ['@types/node', 'undici-types'] }
};

const dirs = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes the project; returns its folder. */
function project({ options, types }) {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'nango-wasm-consumer-')));
    dirs.push(dir);
    const installed = join(dir, 'node_modules/nango-wasm');
    mkdirSync(installed, { recursive: true });
    for (const file of ['package.json', ...manifest.files]) cpSync(join(root, 'pkg', file), join(installed, file));
    for (const name of types) {
        mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
        symlinkSync(dirname(require.resolve(`${name}/package.json`)), join(dir, 'node_modules', name), 'dir');
    }
    const compilerOptions = { strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', ...options };
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'nango-wasm': manifest.version } }));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts', 'legacy.cts'] }, null, 4));
    writeFileSync(join(dir, 'index.ts'), ESM);
    writeFileSync(join(dir, 'legacy.cts'), CJS);
    return dir;
}

describe('a user project compiles with tsc --strict, no skipLibCheck', () => {
    for (const [name, flavour] of Object.entries(FLAVOURS)) {
        describe(name, () => {
            const dir = project(flavour);
            const run = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false', '--listFiles'], { cwd: dir, encoding: 'utf8' });
            const lines = run.stdout.split('\n').filter(Boolean);
            const diagnostics = lines.filter((line) => /error TS\d+/.test(line));
            const files = lines.filter((line) => !diagnostics.includes(line) && !line.startsWith(' '));
            test('tsc ran', () => assert.ok(run.status === 0 || diagnostics.length > 0, `tsc failed to run:\n${run.stdout}${run.stderr}`));
            test('no diagnostics from the package declarations', () => {
                assert.deepEqual(diagnostics.filter((d) => d.includes('node_modules/nango-wasm/')), []);
            });
            test('no diagnostics at all (ESM index.ts and CommonJS legacy.cts)', () => assert.equal(run.stdout.includes('error TS') ? run.stdout : '', ''));
            test('the ESM import reads index.d.ts, the require reads index.d.cts, and nothing else is loaded', () => {
                const allowed = [tsLib, ...flavour.types.map((t) => realpathSync(dirname(require.resolve(`${t}/package.json`))))];
                const project = files.filter((f) => f.startsWith(dir + sep)).map((f) => relative(dir, f).split(sep).join('/'));
                assert.deepEqual(project.sort(), ['index.ts', 'legacy.cts', 'node_modules/nango-wasm/index.d.cts', 'node_modules/nango-wasm/index.d.ts']);
                assert.deepEqual(files.filter((f) => !f.startsWith(dir + sep) && !allowed.some((a) => f.startsWith(a + sep))), []);
            });
        });
    }
});

describe('the package stands alone', () => {
    for (const file of ['types/index.d.ts', 'pkg/index.d.ts', 'pkg/index.d.cts']) {
        test(`${file} imports nothing (no import, export ... from, require, import() or reference)`, () => {
            const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
            const names = (refs) => refs.map((r) => r.fileName);
            assert.deepEqual(
                { imports: names(info.importedFiles), references: names(info.referencedFiles), types: names(info.typeReferenceDirectives), libs: names(info.libReferenceDirectives) },
                { imports: [], references: [], types: [], libs: [] }
            );
        });
    }
    test('pkg/package.json declares no dependencies: installing the package installs one package', () => {
        for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
            assert.equal(manifest[field], undefined, `${field}: ${JSON.stringify(manifest[field])}`);
        }
    });
});
