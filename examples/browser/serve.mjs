// Serves the browser example next to the bundled fake Nango server:
//   node examples/browser/serve.mjs [--port N]      (make example-browser)
// serves on port N when it is free, else (and without --port) on any free port; prints the
// page's URL and serves until Ctrl-C. Both servers listen on 127.0.0.1 only.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.wasm': 'application/wasm',
    '.map': 'application/json; charset=utf-8'
};

/** A static file server for `root` on 127.0.0.1; resolves with `{ url, close() }`. */
export async function startStaticServer(root, port = 0) {
    const server = http.createServer(async (req, res) => {
        let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        if (path.endsWith('/')) path += 'index.html';
        const file = normalize(join(root, path));
        if (file !== root && !file.startsWith(root + sep)) {
            res.writeHead(403).end();
            return;
        }
        try {
            const body = await readFile(file);
            res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
            res.end(body);
        } catch {
            res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
        }
    });
    await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((resolve) => server.close(resolve).closeAllConnections())
    };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const { startFakeNango, DEFAULT_SECRET_KEY } = await import('../../tests/fake-nango/server.mjs');
    const at = process.argv.indexOf('--port');
    const wanted = at === -1 ? 0 : Number(process.argv[at + 1]);
    if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
        console.error(`serve.mjs: --port wants a port number (0 for any free port), not ${process.argv[at + 1]}`);
        process.exit(2);
    }
    const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
    let site;
    try {
        site = await startStaticServer(root, wanted);
    } catch (err) {
        // The given port is taken (or not ours to use): any free port will do.
        if (err.code !== 'EADDRINUSE' && err.code !== 'EACCES') throw err;
        site = await startStaticServer(root, 0);
        console.log(`port ${wanted} is ${err.code === 'EADDRINUSE' ? 'in use' : 'not allowed'}; serving on ${site.url} instead`);
    }
    const fake = await startFakeNango();
    const query = new URLSearchParams({ host: fake.url, key: DEFAULT_SECRET_KEY });
    console.log(`fake Nango server at ${fake.url}`);
    console.log(`open ${site.url}/examples/browser/?${query}`);
    const stop = () => Promise.all([site.close(), fake.close()]).then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}
