// Headless Chromium driven through the Chrome DevTools protocol over --remote-debugging-pipe
// (fd 3: commands in, fd 4: replies out, each message a JSON text ending in NUL). No websocket,
// no driver process, no network.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FLAGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--remote-debugging-pipe'
];

/** The Chromium binary: CHROMIUM, else Debian's chromium. */
export function chromiumPath() {
    for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
        if (p && existsSync(p)) return p;
    }
    return null;
}

/**
 * Starts Chromium with a fresh profile. Returns `{ open(url, expression, timeoutMs), close() }`:
 * `open` loads `url` in a new tab and resolves with the value of `expression` (awaited) once it
 * is defined, or rejects with the page's first uncaught error or a timeout.
 */
export async function launchChromium() {
    const binary = chromiumPath();
    if (!binary) throw new Error('chromium is not installed (make setup installs it)');
    const profile = mkdtempSync(join(tmpdir(), 'nango-wasm-chromium-'));
    const child = spawn(binary, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
        detached: true
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
        stderr = (stderr + d).slice(-4000);
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));

    const input = child.stdio[3];
    const output = child.stdio[4];
    let nextId = 1;
    const pending = new Map();
    const listeners = new Set();
    let buffered = '';
    output.setEncoding('utf8');
    output.on('data', (chunk) => {
        buffered += chunk;
        let end;
        while ((end = buffered.indexOf('\0')) !== -1) {
            const message = JSON.parse(buffered.slice(0, end));
            buffered = buffered.slice(end + 1);
            if (message.id !== undefined && pending.has(message.id)) {
                const { resolve, reject } = pending.get(message.id);
                pending.delete(message.id);
                if (message.error) reject(new Error(`${message.error.message} (${message.error.code})`));
                else resolve(message.result);
            } else {
                for (const listener of listeners) listener(message);
            }
        }
    });
    exited.then((code) => {
        for (const { reject } of pending.values()) reject(new Error(`chromium exited (${code}): ${stderr}`));
        pending.clear();
    });

    const send = (method, params = {}, sessionId) =>
        new Promise((resolve, reject) => {
            const id = nextId++;
            pending.set(id, { resolve, reject });
            input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
        });

    await send('Browser.getVersion');

    async function open(url, expression, timeoutMs = 30_000) {
        const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
        const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
        const logged = [];
        let fail;
        const failed = new Promise((_, reject) => {
            fail = reject;
        });
        const listener = (m) => {
            if (m.sessionId !== sessionId) return;
            if (m.method === 'Runtime.exceptionThrown') {
                const d = m.params.exceptionDetails;
                fail(new Error(`page error: ${d.exception?.description ?? d.text} (${d.url ?? ''}:${d.lineNumber ?? ''})`));
            } else if (m.method === 'Log.entryAdded' && m.params.entry.level === 'error') {
                // Not fatal (the suite's own error steps log failed requests); shown on a timeout.
                logged.push(`${m.params.entry.text} ${m.params.entry.url ?? ''}`.trim());
            }
        };
        listeners.add(listener);
        let timer;
        try {
            await send('Runtime.enable', {}, sessionId);
            await send('Log.enable', {}, sessionId);
            await send('Page.enable', {}, sessionId);
            await send('Page.navigate', { url }, sessionId);
            const poll = `new Promise((resolve) => { const check = () => { const v = (${expression}); if (v === undefined) setTimeout(check, 25); else resolve(v); }; check(); })`;
            const evaluated = send('Runtime.evaluate', { expression: poll, awaitPromise: true, returnByValue: true }, sessionId);
            const timeout = new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${expression} on ${url}; page errors: ${logged.join(' | ') || 'none'}`)), timeoutMs);
            });
            const { result, exceptionDetails } = await Promise.race([evaluated, failed, timeout]);
            if (exceptionDetails) throw new Error(`page error: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
            return result.value;
        } finally {
            clearTimeout(timer);
            listeners.delete(listener);
            await send('Target.closeTarget', { targetId }).catch(() => {});
        }
    }

    async function close() {
        if (child.exitCode === null && child.signalCode === null) {
            await send('Browser.close').catch(() => {});
            const timer = setTimeout(() => {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                } catch {
                    // already gone
                }
            }, 3000);
            await exited;
            clearTimeout(timer);
        }
        rmSync(profile, { recursive: true, force: true });
    }

    return { open, close };
}
