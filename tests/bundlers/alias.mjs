// The README's drop-in install from a file: `npm i @nangohq/node@file:<tarball>` into an empty
// folder installs nango-wasm under the name @nangohq/node, and code that imports or requires
// '@nangohq/node' gets nango-wasm's Nango (the `npm:` alias form only works for registry
// packages). Part of tests/runtimes/run.mjs.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_SECRET_KEY, startFakeNango } from '../fake-nango/server.mjs';

const TIMEOUT_MS = 120_000;
const step = (name, status, detail = '') => ({ name, status, detail, ms: 0 });
const tail = (text, n = 1500) => (text.length > n ? `…${text.slice(-n)}` : text).trim();

function run(command, argv, { cwd, env = process.env } = {}) {
    return new Promise((resolve) => {
        execFile(command, argv, { cwd, env, timeout: TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
            resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr: err && !stderr ? String(err.message) : stderr });
        });
    });
}

const ESM = `import { Nango } from '@nangohq/node';
const nango = new Nango({ secretKey: process.env.NANGO_SECRET_KEY, host: process.env.NANGO_HOST });
const token = await nango.getToken('github', 'user-42');
console.log(JSON.stringify({ token, userAgent: nango.userAgent }));
`;
const CJS = `const { Nango } = require('@nangohq/node');
const nango = new Nango({ secretKey: process.env.NANGO_SECRET_KEY, host: process.env.NANGO_HOST });
nango.getConnection('github', 'user-42').then((c) => console.log(JSON.stringify({ connection: c.connection_id, userAgent: nango.userAgent })));
`;

/** Installs `tarball` as @nangohq/node into an empty `<work>/alias` and runs both module kinds. */
export async function aliasSuite(work, tarball) {
    const app = join(work, 'alias');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'nango-alias-consumer', private: true }, null, 2));
    // The README's form: the tarball in the app's folder, `file:./<tarball>`.
    copyFileSync(tarball, join(app, basename(tarball)));
    const spec = `@nangohq/node@file:./${basename(tarball)}`;
    const installed = await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec], { cwd: app });
    if (installed.code !== 0) return [step(`npm install ${spec}`, 'fail', tail(`${installed.stdout}\n${installed.stderr}`))];
    const results = [];
    const dep = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).dependencies?.['@nangohq/node'];
    const name = JSON.parse(readFileSync(join(app, 'node_modules/@nangohq/node/package.json'), 'utf8')).name;
    results.push(step(`npm install ${spec}`, dep?.startsWith('file:') && name === 'nango-wasm' ? 'pass' : 'fail', `package.json has ${dep}; installed package is ${name}`));

    writeFileSync(join(app, 'main.mjs'), ESM);
    writeFileSync(join(app, 'main.cjs'), CJS);
    const fake = await startFakeNango();
    try {
        const env = { ...process.env, NANGO_HOST: fake.url, NANGO_SECRET_KEY: DEFAULT_SECRET_KEY };
        for (const [label, file, want] of [
            ["import { Nango } from '@nangohq/node'", 'main.mjs', (o) => o.token === 'gho_user42AccessToken0001'],
            ["require('@nangohq/node')", 'main.cjs', (o) => o.connection === 'user-42']
        ]) {
            const r = await run(process.execPath, [file], { cwd: app, env });
            let out;
            try {
                out = JSON.parse(r.stdout.trim());
            } catch {
                out = undefined;
            }
            const ok = r.code === 0 && out && want(out) && out.userAgent?.startsWith('nango-wasm/');
            results.push(step(label, ok ? 'pass' : 'fail', ok ? '' : `exit ${r.code}: ${tail(`${r.stdout}\n${r.stderr}`)}`));
        }
    } finally {
        await fake.close();
    }
    return results;
}
