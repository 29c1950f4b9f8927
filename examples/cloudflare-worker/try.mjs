// One command for the whole flow, against the bundled fake Nango server:
//   node examples/cloudflare-worker/try.mjs      (make example-worker)
// starts the fake server and `wrangler dev` (fully local, each on a free port, both printed), sends a signed and a forged sync
// webhook, prints the answers and stops both. Exits non-zero unless they are 200 and 401.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startFakeNango } from '../../tests/fake-nango/server.mjs';
import { sendWebhooks } from './send-webhook.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

const freePort = () =>
    new Promise((resolve, reject) => {
        const s = createServer().once('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
    });

const fake = await startFakeNango();
const port = await freePort();
const [command, ...prefix] = process.env.WRANGLER ? [process.env.WRANGLER] : ['npx', '--no-install', 'wrangler'];
const wrangler = spawn(
    command,
    [...prefix, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(await freePort()), '--show-interactive-dev-session=false', '--var', `NANGO_HOST:${fake.url}`],
    {
        cwd: here,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true' }
    }
);
let log = '';
wrangler.stdout.on('data', (d) => (log += d));
wrangler.stderr.on('data', (d) => (log += d));
const exited = new Promise((resolve) => wrangler.once('exit', resolve));

let status = 1;
try {
    const url = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + 60_000;
    for (;;) {
        if (wrangler.exitCode !== null) throw new Error(`wrangler dev exited:\n${log}`);
        if (Date.now() > deadline) throw new Error(`wrangler dev did not start in 60 s:\n${log}`);
        const up = await fetch(url).then(() => true, () => false);
        if (up) break;
        await new Promise((r) => setTimeout(r, 200));
    }
    console.log(`worker (wrangler dev) at ${url}, fake Nango server at ${fake.url}`);
    const { signed, forged } = await sendWebhooks(url);
    console.log(`signed webhook: ${signed.status} ${JSON.stringify(signed.body)}`);
    console.log(`forged webhook: ${forged.status} ${JSON.stringify(forged.body)}`);
    status = signed.status === 200 && forged.status === 401 ? 0 : 1;
    if (status !== 0) console.error(log);
} catch (err) {
    console.error(err.message);
} finally {
    try {
        process.kill(-wrangler.pid, 'SIGTERM');
    } catch {
        // already gone
    }
    await exited;
    await fake.close();
}
process.exit(status);
