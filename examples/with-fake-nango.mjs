// Runs one command against the bundled fake Nango server:
//   node examples/with-fake-nango.mjs <command> [args...]
// starts the fake server on a free 127.0.0.1 port, runs the command with NANGO_HOST and
// NANGO_SECRET_KEY set (the URL is printed to stderr), stops the server and exits with the command's status.
import { spawn } from 'node:child_process';
import { startFakeNango, DEFAULT_SECRET_KEY } from '../tests/fake-nango/server.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
    console.error('usage: node examples/with-fake-nango.mjs <command> [args...]');
    process.exit(2);
}

const fake = await startFakeNango();
console.error(`fake Nango server at ${fake.url}`);
const child = spawn(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NANGO_HOST: fake.url, NANGO_SECRET_KEY: DEFAULT_SECRET_KEY }
});
const status = await new Promise((resolve) => {
    child.once('error', (err) => {
        console.error(`${command}: ${err.message}`);
        resolve(127);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});
await fake.close();
process.exit(status);
