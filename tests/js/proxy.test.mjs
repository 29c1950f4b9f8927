// The proxy (`proxy`, `get`, `post`, `put`, `patch`, `delete`) against the official SDK: the same
// requests (every proxy header, the query, the body and its Content-Type), the same results and
// the same errors, for each option and each kind of body and response type. Then what only
// nango-wasm can show: binary bodies kept intact, a streamed body read without buffering it,
// bodies never copied into wasm memory, and the deliberate differences (Blob, ReadableStream,
// endpoints that would leave /proxy).
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';

import { differential, normalizeRequest, onlyRequest, pickProxyResponse, SECRET_KEY, useFakeNango } from './helpers.mjs';
import { Official, Ours, oursIsOfficial, OURS_MODULE } from './sdk.mjs';
import { streamByte } from '../fake-nango/server.mjs';

const server = useFakeNango();
const PROXY = { providerConfigKey: 'github', connectionId: 'user-42' };
const oursOnly = oursIsOfficial ? `NANGO_SDK_MODULE=${OURS_MODULE} points at the official SDK` : false;

/** Every response header but the ones that vary between two calls. */
function pickAllHeaders(headers) {
    const out = {};
    for (const name of Object.keys(headers).sort()) {
        if (!['date', 'content-length'].includes(name)) out[name] = headers[name];
    }
    return out;
}

function pickFull(res) {
    return { ...pickProxyResponse(res), headers: pickAllHeaders(res.headers) };
}

/** The differential runner with the whole response compared (all headers, status text, data). */
const diff = (fn, opts = {}) => differential(server.fake, fn, { result: pickFull, ...opts });

/** The one request of the official run, as recorded. */
const sent = (run) => onlyRequest(run.official);

/** All chunks of a web or Node stream (Array.fromAsync needs Node 22). */
async function collect(stream) {
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return chunks;
}

describe('proxy: differential', () => {
    describe('endpoint and ids', () => {
        for (const [name, fn] of [
            ['an endpoint with a leading slash', (n) => n.get({ ...PROXY, endpoint: '/repos/engine' })],
            ['an endpoint without a leading slash', (n) => n.get({ ...PROXY, endpoint: 'repos/engine' })],
            ['an empty endpoint', (n) => n.get({ ...PROXY, endpoint: '' })],
            ['an endpoint with spaces and quotes', (n) => n.get({ ...PROXY, endpoint: '/a b/"c"?q=x y' })],
            ['an endpoint with a benign ../ inside /proxy', (n) => n.get({ ...PROXY, endpoint: '/a/../b' })]
        ]) {
            it(name, async () => {
                await diff(fn);
            });
        }
        it('connectionId and providerConfigKey default to the client', async () => {
            const run = await diff((n) => n.proxy({ endpoint: '/x' }), { config: PROXY });
            assert.equal(sent(run).headers['connection-id'], 'user-42');
            assert.equal(sent(run).headers['provider-config-key'], 'github');
        });
        it("empty ids are replaced by the client's", async () => {
            const run = await diff((n) => n.post({ endpoint: '/x', connectionId: '', providerConfigKey: '' }), { config: PROXY });
            assert.equal(sent(run).headers['connection-id'], 'user-42');
        });
        it('ids given in the call win over the client', async () => {
            const run = await diff((n) => n.get({ ...PROXY, endpoint: '/x' }), { config: { connectionId: 'other', providerConfigKey: 'slack' } });
            assert.equal(sent(run).headers['connection-id'], 'user-42');
        });
        it('empty ids without client defaults are sent empty (Nango answers 400)', async () => {
            const run = await diff((n) => n.get({ connectionId: '', providerConfigKey: '', endpoint: '/x' }), { expectError: 400 });
            assert.equal(sent(run).headers['connection-id'], '');
        });
        it('a null id passes the check and is left out', async () => {
            const run = await diff((n) => n.get({ connectionId: null, providerConfigKey: 'github', endpoint: '/x' }), { expectError: 400 });
            assert.equal(sent(run).headers['connection-id'], undefined);
        });
        it('a numeric id is sent as text', async () => {
            await diff((n) => n.get({ connectionId: 42, providerConfigKey: 'github', endpoint: '/x' }), { expectError: 404 });
        });
        for (const [name, fn, config, message] of [
            ['a shorthand without config', (n) => n.get(), {}, 'endpoint is missing and is required to make a proxy call!'],
            ['no endpoint (client ids set)', (n) => n.delete({}), PROXY, 'endpoint is missing and is required to make a proxy call!'],
            ['no providerConfigKey', (n) => n.proxy({ connectionId: 'c', endpoint: '/x', method: 'POST' }), {}, 'providerConfigKey is missing and is required to make a proxy call!'],
            ['no connectionId', (n) => n.patch({ providerConfigKey: 'p', endpoint: '/x' }), {}, 'connectionId is missing and is required to make a proxy call!']
        ]) {
            it(`rejects ${name} with the official message, nothing sent`, async () => {
                const run = await diff(fn, { expectError: message, config });
                assert.equal(run.official.requests.length, 0);
                assert.equal(run.ours.requests.length, 0);
            });
        }
    });

    describe('methods', () => {
        for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND', 'REPORT', 'get', 'propfind', 'report']) {
            it(`proxy({ method: '${method}' }) with an object body`, async () => {
                const run = await diff((n) => n.proxy({ ...PROXY, endpoint: '/m', method, data: { a: 1 } }));
                assert.equal(sent(run).method, method.toUpperCase());
            });
        }
        it('an unknown method is sent as GET, as the official does', async () => {
            const run = await diff((n) => n.proxy({ ...PROXY, endpoint: '/m', method: 'HEAD', data: 'x' }));
            assert.equal(sent(run).method, 'GET');
        });
        it('GET sends no body even with data', async () => {
            const run = await diff((n) => n.get({ ...PROXY, endpoint: '/m', data: { a: 1 }, headers: { 'Content-Type': 'application/json' } }));
            assert.equal(sent(run).body, '');
        });
        for (const [name, data] of [
            ['an object', { reason: 'dup' }],
            ['a string', 'gone'],
            ['null (not sent)', null],
            ["'' (not sent)", ''],
            ['0 (not sent)', 0]
        ]) {
            it(`DELETE with ${name}`, async () => {
                await diff((n) => n.delete({ ...PROXY, endpoint: '/thing/1', data }));
            });
        }
        it('PROPFIND with an XML string and its Content-Type', async () => {
            const run = await diff((n) =>
                n.proxy({ ...PROXY, endpoint: '/dav', method: 'PROPFIND', data: '<propfind xmlns="DAV:"/>', headers: { 'Content-Type': 'application/xml', Depth: '1' } })
            );
            assert.equal(sent(run).headers['content-type'], 'application/xml');
        });
        it('REPORT with falsy data sends no body', async () => {
            await diff((n) => n.proxy({ ...PROXY, endpoint: '/dav', method: 'REPORT', data: '' }));
        });
    });

    describe('params', () => {
        for (const [name, endpoint, params] of [
            ['an object with numbers, arrays, null and undefined', '/s', { q: 'is open', per_page: 5, ids: [1, 2], n: null, u: undefined }],
            ['an object with reserved and non-ASCII characters', '/s', { 'é k': "v*~!'()&=+#", path: '/a/b?c' }],
            ['an object merged into the endpoint query (set, not append)', '/s?a=1&b=2&a=3', { a: 'z', c: 'new' }],
            ['an object with an endpoint query needing re-encoding', '/s?a=%zz&b=1+2&&c&=d&e=x y', { f: '1' }],
            ['an empty object', '/s?keep=a b', {}],
            ['an array', '/s', ['a', 'b']],
            ['a string', '/s', 'q=two words&page=2'],
            ['a string starting with ?', '/s', '?q=x'],
            ['an empty string', '/s?x=1', ''],
            ['a number (ignored)', '/s?x=1', 5]
        ]) {
            it(name, async () => {
                await diff((n) => n.get({ ...PROXY, endpoint, params }));
            });
        }
        it('a query in the endpoint and a string in params is refused', async () => {
            await diff((n) => n.post({ ...PROXY, endpoint: '/x?a=1', params: '?b=2', data: {} }), { expectError: 'Can not set query params in endpoint and in params' });
        });
    });

    describe('headers', () => {
        it('custom headers of every kind of value', async () => {
            const run = await diff((n) =>
                n.get({ ...PROXY, endpoint: '/h', headers: { 'X-Num': 5, 'X-True': true, 'X-False': false, 'X-Null': null, 'X-Undef': undefined, 'X-List': ['a', 'b'], 'X-Empty': '' } })
            );
            const h = sent(run).headers;
            assert.deepStrictEqual(
                [h['nango-proxy-x-num'], h['nango-proxy-x-true'], h['nango-proxy-x-false'], h['nango-proxy-x-null'], h['nango-proxy-x-list'], h['nango-proxy-x-empty']],
                ['5', 'true', undefined, undefined, 'a, b', '']
            );
        });
        it('Content-Type is forwarded as well, a lower-case content-type is not', async () => {
            let run = await diff((n) => n.get({ ...PROXY, endpoint: '/h', headers: { 'Content-Type': 'text/csv' } }));
            assert.equal(sent(run).headers['content-type'], 'text/csv');
            run = await diff((n) => n.post({ ...PROXY, endpoint: '/h', data: { a: 1 }, headers: { 'content-type': 'text/csv' } }));
            assert.equal(sent(run).headers['content-type'], 'application/json');
        });
        it('activityLogId and the flags of the client', async () => {
            const run = await diff((n) => n.get({ ...PROXY, endpoint: '/h' }), { config: { activityLogId: 'log-9', isScript: true } });
            assert.equal(sent(run).headers['nango-activity-log-id'], 'log-9');
            assert.equal(sent(run).headers['nango-is-script'], 'true');
        });
        for (const [name, options] of [
            ['every option set', { retries: 3, retryOn: [429, 503], decompress: true, forwardHeadersOnRedirect: true, baseUrlOverride: 'https://api.example.com' }],
            ['retries 0, retryOn [], decompress false, forwardHeadersOnRedirect false', { retries: 0, retryOn: [], decompress: false, forwardHeadersOnRedirect: false }],
            ['string values', { retries: '2', decompress: 'false', forwardHeadersOnRedirect: 'no' }],
            ['null values', { retries: null, retryOn: null, decompress: null, forwardHeadersOnRedirect: null, baseUrlOverride: null }],
            ['negative retries and an empty base URL', { retries: -1, baseUrlOverride: '' }]
        ]) {
            it(name, async () => {
                await diff((n) => n.get({ ...PROXY, endpoint: '/h', ...options }));
            });
        }
    });

    describe('bodies', () => {
        for (const [name, data, headers] of [
            ['an object (JSON)', { name: 'engine', nested: { list: [1, null, 'x'] }, skipped: undefined }],
            ['an array (JSON)', [1, 'a', { b: null }]],
            ['a Date (JSON)', new Date(0)],
            ['an object with a text/plain Content-Type (JSON body)', { a: 1 }, { 'Content-Type': 'text/plain' }],
            ['a string (form Content-Type, as axios)', 'hello world'],
            ['a JSON string with a JSON Content-Type (trimmed)', '  {"a":1} \n', { 'Content-Type': 'application/json' }],
            ['a non-JSON string with a JSON Content-Type (quoted)', 'hello', { 'Content-Type': 'application/json' }],
            ['null with a JSON Content-Type', null, { 'Content-Type': 'application/json' }],
            ['a number with a JSON Content-Type', 5, { 'Content-Type': 'application/json; charset=utf-8' }],
            ['no data', undefined],
            ['null', null],
            ["''", ''],
            ['false', false],
            ['a form-encoded object', { a: 1, b: 'x y', c: [1, 2], d: { e: 'f', g: [{ h: 1 }] }, n: null, u: undefined, t: true, dt: new Date(0) }, { 'Content-Type': 'application/x-www-form-urlencoded' }],
            [
                'a form-encoded object with axios special keys',
                { 'm{}': { a: [1] }, ' k ': 'v', 'x[]': { a: 1 }, 'y[]': [1, null, 2], z: [[1], 2], buf: Buffer.from('hi'), u8: new Uint8Array([104, 105]), fn: () => 1, map: new Map() },
                { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' }
            ],
            ['a form-encoded top-level array', [1, 2], { 'Content-Type': 'application/x-www-form-urlencoded' }],
            ['a string with a form Content-Type (as is)', 'a=1&b=2', { 'Content-Type': 'application/x-www-form-urlencoded' }],
            ['an ArrayBuffer', new Uint8Array([104, 105, 0, 255]).buffer],
            ['a Uint8Array', new Uint8Array([1, 2, 3])],
            ['a Float64Array', new Float64Array([1.5, -2])],
            ['a Buffer', Buffer.from('buffer body')],
            ['a Blob with a type', new Blob(['a,b\n1,2'], { type: 'text/csv' })],
            ['a Blob without a type', new Blob(['raw'])],
            ['an empty Blob', new Blob([])],
            ['a Blob over a user Content-Type (the Blob type wins)', new Blob(['b'], { type: 'text/csv' }), { 'Content-Type': 'text/plain' }],
            ['URLSearchParams', new URLSearchParams({ a: '1 2', b: 'é' })],
            ['URLSearchParams with a user Content-Type', new URLSearchParams({ a: '1' }), { 'Content-Type': 'text/plain' }]
        ]) {
            for (const method of ['post', 'put']) {
                it(`${method}: ${name}`, async () => {
                    await diff((n) => n[method]({ ...PROXY, endpoint: '/body', data, headers }));
                });
            }
        }
        it('patch and delete with a Blob', async () => {
            await diff((n) => n.patch({ ...PROXY, endpoint: '/body', data: new Blob(['p'], { type: 'text/plain' }) }));
            await diff((n) => n.delete({ ...PROXY, endpoint: '/body', data: new Blob(['d']) }));
        });
        for (const [name, data] of [
            ['a number', 5],
            ['true', true]
        ]) {
            it(`post with ${name} is refused with axios' message`, async () => {
                await diff((n) => n.post({ ...PROXY, endpoint: '/body', data }), { expectError: 'Data after transformation must be a string, an ArrayBuffer, a Buffer, or a Stream' });
            });
        }
        it("a Blob inside a form-encoded object is refused with axios' message", async () => {
            await diff((n) => n.post({ ...PROXY, endpoint: '/body', data: { b: new Blob(['x']) }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), {
                expectError: 'Blob is not supported. Use a Buffer instead.'
            });
        });

        // Multipart bodies carry a random boundary: compare the parsed parts instead.
        const parts = async (record) => {
            const form = await new Response(record.body, { headers: { 'content-type': record.headers['content-type'] } }).formData();
            return Promise.all(
                [...form].map(async ([name, value]) => [name, typeof value === 'string' ? value : { name: value.name, type: value.type, text: await value.text() }])
            );
        };
        const multipart = async (fn) => {
            const run = async (Client) => {
                server.fake.reset();
                const res = await fn(new Client({ secretKey: SECRET_KEY, host: server.fake.url }));
                const [record] = server.fake.requests;
                return { res: pickFull(res), record, request: { ...normalizeRequest(record), body: await parts(record) } };
            };
            const official = await run(Official);
            const ours = await run(Ours);
            assert.match(ours.record.headers['content-type'], /^multipart\/form-data; boundary=/);
            delete official.request.headers['content-type'];
            delete ours.request.headers['content-type'];
            assert.deepStrictEqual(ours.request, official.request);
            return { official, ours };
        };
        it('FormData with a field and a file', async () => {
            const form = new FormData();
            form.append('a', '1');
            form.append('file', new Blob(['xyz'], { type: 'text/plain' }), 'f.txt');
            const { official } = await multipart((n) => n.post({ ...PROXY, endpoint: '/upload', data: form }));
            assert.deepStrictEqual(official.request.body, [
                ['a', '1'],
                ['file', { name: 'f.txt', type: 'text/plain', text: 'xyz' }]
            ]);
        });
        it('FormData over a user Content-Type (multipart wins, the header is still forwarded)', async () => {
            const form = new FormData();
            form.append('a', '1');
            const { official } = await multipart((n) => n.put({ ...PROXY, endpoint: '/upload', data: form, headers: { 'Content-Type': 'text/plain' } }));
            assert.equal(official.request.headers['nango-proxy-content-type'], 'text/plain');
        });
        it('an object with a multipart Content-Type', async () => {
            const { official } = await multipart((n) =>
                n.post({ ...PROXY, endpoint: '/upload', data: { a: 1, b: [1, 2], c: { d: 'e' } }, headers: { 'Content-Type': 'multipart/form-data' } })
            );
            assert.deepStrictEqual(official.request.body, [
                ['a', '1'],
                ['b[]', '1'],
                ['b[]', '2'],
                ['c[d]', 'e']
            ]);
        });
    });

    describe('responses', () => {
        for (const [name, options] of [
            ['JSON, parsed by default', { endpoint: '/json' }],
            ["JSON with responseType 'json'", { endpoint: '/json', responseType: 'json' }],
            ['a text/plain body by default (the text)', { endpoint: '/text' }],
            ["a text/plain body with responseType 'json' (the text)", { endpoint: '/text', responseType: 'json' }],
            ['204: data is an empty string', { endpoint: '/status/204' }],
            ["204 with responseType 'text'", { endpoint: '/status/204', responseType: 'text' }],
            ['201 with a body', { endpoint: '/status/201' }]
        ]) {
            it(name, async () => {
                await diff((n) => n.get({ ...PROXY, ...options }));
            });
        }
        for (const responseType of ['text', 'document']) {
            it(`JSON with responseType '${responseType}' is the text (as axios reads it outside browsers)`, async () => {
                const run = await diff((n) => n.post({ ...PROXY, endpoint: '/binary-echo', data: { a: [1, 2] }, responseType }));
                assert.equal(run.official.outcome.value.data, '{"a":[1,2]}');
            });
        }
        it('a JSON-looking body of any Content-Type is parsed', async () => {
            const run = await diff((n) => n.post({ ...PROXY, endpoint: '/binary-echo', data: Buffer.from(' {"looks":["like",1]} ') }));
            assert.deepStrictEqual(run.official.outcome.value.data, { looks: ['like', 1] });
        });
        it('a text body that is a JSON scalar is parsed', async () => {
            const run = await diff((n) => n.post({ ...PROXY, endpoint: '/binary-echo', data: '42' }));
            assert.equal(run.official.outcome.value.data, 42);
        });
        it("responseType 'arraybuffer' gives a Buffer in Node", async () => {
            const run = await diff((n) => n.post({ ...PROXY, endpoint: '/binary-echo', data: new Uint8Array([0, 1, 254, 255]), responseType: 'arraybuffer' }));
            assert.ok(Buffer.isBuffer(run.ours.outcome.value.data));
            assert.deepStrictEqual([...run.ours.outcome.value.data], [0, 1, 254, 255]);
        });
        it("responseType 'arraybuffer' on a 204 is an empty Buffer", async () => {
            await diff((n) => n.get({ ...PROXY, endpoint: '/status/204', responseType: 'arraybuffer' }));
        });
        for (const status of [400, 404, 409, 500, 503]) {
            it(`an upstream ${status} rejects with the same response`, async () => {
                const run = await diff((n) => n.post({ ...PROXY, endpoint: `/status/${status}`, data: { a: 1 } }), { expectError: status });
                assert.deepStrictEqual(pickFull(run.ours.outcome.err.response), pickFull(run.official.outcome.err.response));
            });
        }
        it("an error with responseType 'text' carries the text", async () => {
            const run = await diff((n) => n.get({ ...PROXY, connectionId: 'rate-limited', endpoint: '/x', responseType: 'text' }), { expectError: 429 });
            assert.equal(typeof run.ours.outcome.err.response.data, 'string');
            assert.deepStrictEqual(pickFull(run.ours.outcome.err.response), pickFull(run.official.outcome.err.response));
        });
        it('a text/plain error is the text by default', async () => {
            const run = await diff((n) => n.get({ ...PROXY, connectionId: 'server-error', endpoint: '/x' }), { expectError: 500 });
            assert.equal(run.ours.outcome.err.response.data, 'Internal Server Error: boom');
            assert.deepStrictEqual(pickFull(run.ours.outcome.err.response), pickFull(run.official.outcome.err.response));
        });
        it("an error with responseType 'arraybuffer' carries the bytes", async () => {
            const run = await diff((n) => n.get({ ...PROXY, connectionId: 'rate-limited', endpoint: '/x', responseType: 'arraybuffer' }), { expectError: 429 });
            assert.ok(Buffer.isBuffer(run.ours.outcome.err.response.data));
            assert.deepStrictEqual(run.ours.outcome.err.response.data, run.official.outcome.err.response.data);
        });
        it("responseType 'blob': a Blob with the same content (the official reads a string in Node)", async () => {
            const run = await diff((n) => n.get({ ...PROXY, endpoint: '/text', responseType: 'blob' }), { result: (r) => r.status });
            const data = run.ours.outcome.value.data;
            assert.ok(data instanceof Blob);
            assert.equal(await data.text(), run.official.outcome.value.data);
        });
        it("responseType 'stream': the same bytes (a web ReadableStream here, a Node stream there)", async () => {
            const run = await diff((n) => n.get({ ...PROXY, endpoint: '/stream', params: { bytes: 100_000 }, responseType: 'stream' }), { result: (r) => pickAllHeaders(r.headers) });
            const ours = run.ours.outcome.value.data;
            assert.ok(ours instanceof ReadableStream);
            const bytes = Buffer.concat(await collect(Readable.fromWeb(ours)));
            assert.equal(bytes.length, 100_000);
            // The official stream was not read before the fake server was reset: fetch it again.
            server.fake.reset();
            const official = await new Official({ secretKey: SECRET_KEY, host: server.fake.url }).get({ ...PROXY, endpoint: '/stream', params: { bytes: 100_000 }, responseType: 'stream' });
            assert.deepStrictEqual(bytes, Buffer.concat(await collect(official.data)));
        });
    });
});

describe('proxy: binary and streams', { skip: oursOnly }, () => {
    const client = () => new Ours({ secretKey: SECRET_KEY, host: server.fake.url });

    it('1 MiB of random bytes posted as an ArrayBuffer come back unchanged as arraybuffer', async () => {
        const bytes = crypto.randomBytes(1024 * 1024);
        const body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
        server.fake.reset();
        const res = await client().post({ ...PROXY, endpoint: '/binary-echo', data: body, responseType: 'arraybuffer' });
        assert.equal(res.status, 200);
        assert.ok(Buffer.isBuffer(res.data));
        assert.ok(bytes.equals(res.data), 'the bytes differ');
        assert.equal(server.fake.requests[0].headers['content-length'], String(bytes.length));
    });

    it('typed arrays and Blobs are sent byte for byte', async () => {
        const bytes = crypto.randomBytes(4096);
        for (const data of [new Uint8Array(bytes), new Uint16Array(bytes.buffer, bytes.byteOffset, 2048), bytes, new Blob([bytes])]) {
            const res = await client().put({ ...PROXY, endpoint: '/binary-echo', data, responseType: 'arraybuffer' });
            assert.ok(bytes.equals(res.data), `${data.constructor.name} was altered`);
        }
    });

    it('a typed array over part of a buffer sends only its own bytes', async () => {
        const whole = new Uint8Array([1, 2, 3, 4, 5, 6]);
        const res = await client().post({ ...PROXY, endpoint: '/binary-echo', data: whole.subarray(2, 4), responseType: 'arraybuffer' });
        assert.deepStrictEqual([...res.data], [3, 4]);
    });

    it("responseType 'arraybuffer' is an ArrayBuffer where there is no Buffer", async () => {
        const saved = { fetch: globalThis.fetch, Buffer: Object.getOwnPropertyDescriptor(globalThis, 'Buffer') };
        // A minimal Response: Node's own needs Buffer internally.
        const headers = new Headers();
        globalThis.fetch = async () => ({ status: 200, statusText: 'OK', headers, arrayBuffer: async () => new Uint8Array([9, 8, 7]).buffer });
        delete globalThis.Buffer;
        try {
            const res = await client().get({ ...PROXY, endpoint: '/x', responseType: 'arraybuffer' });
            assert.equal(Object.prototype.toString.call(res.data), '[object ArrayBuffer]');
            assert.deepStrictEqual([...new Uint8Array(res.data)], [9, 8, 7]);
        } finally {
            Object.defineProperty(globalThis, 'Buffer', saved.Buffer);
            globalThis.fetch = saved.fetch;
        }
    });

    it("responseType 'stream' reads 20 MiB as it arrives, without buffering it", async () => {
        const total = 20 * 1024 * 1024;
        server.fake.reset();
        const res = await client().get({ ...PROXY, endpoint: '/stream', params: { bytes: total, chunk: 65536 }, responseType: 'stream' });
        assert.equal(res.status, 200);
        assert.ok(res.data instanceof ReadableStream);
        const record = server.fake.requests[0];
        const reader = res.data.getReader();
        const first = await reader.read();
        assert.ok(first.value.length > 0);
        assert.ok(record.streamed < total, 'the first chunk arrived before the server sent everything');
        // Nobody reads for a while: backpressure must stop the server far from the end.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const stalledAt = record.streamed;
        assert.ok(stalledAt < total / 2, `the server could send ${stalledAt} bytes of ${total} to a reader that was not reading`);
        let offset = 0;
        let ok = true;
        for (let chunk = first; !chunk.done; chunk = await reader.read()) {
            for (let i = 0; i < chunk.value.length; i += 4093) ok &&= chunk.value[i] === streamByte(offset + i);
            offset += chunk.value.length;
        }
        assert.equal(offset, total);
        assert.ok(ok, 'the streamed bytes differ');
    });

    it("responseType 'stream' on a 204 is an empty stream", async () => {
        const res = await client().get({ ...PROXY, endpoint: '/status/204', responseType: 'stream' });
        assert.ok(res.data instanceof ReadableStream);
        assert.deepStrictEqual(await collect(res.data), []);
    });

    it('an error in stream mode rejects with the unread stream as data', async () => {
        const err = await client()
            .get({ ...PROXY, endpoint: '/status/404', responseType: 'stream' })
            .then(() => assert.fail('expected a rejection'), (e) => e);
        assert.equal(err.status, 404);
        assert.ok(err.response.data instanceof ReadableStream);
        const text = await new Response(err.response.data).text();
        assert.equal(JSON.parse(text).path, '/status/404');
    });

    it('bodies are never copied into wasm memory', async () => {
        // The entry has already instantiated the module: initSync hands back its exports.
        const glue = await import(new URL('../../pkg/nango_wasm.js', import.meta.url));
        const memory = glue.initSync({ module: readFileSync(new URL('../../pkg/nango_wasm_bg.wasm', import.meta.url)) }).memory;
        const size = 8 * 1024 * 1024;
        const big = crypto.randomBytes(size);
        const text = 'x'.repeat(size);
        const n = client();
        await n.post({ ...PROXY, endpoint: '/binary-echo', data: big, responseType: 'arraybuffer' }); // warm-up
        const before = memory.buffer.byteLength;
        await n.post({ ...PROXY, endpoint: '/binary-echo', data: big, responseType: 'arraybuffer' });
        await n.post({ ...PROXY, endpoint: '/binary-echo', data: new Blob([big]), responseType: 'blob' });
        await n.post({ ...PROXY, endpoint: '/binary-echo', data: text, responseType: 'text' });
        const echoed = await n.post({ ...PROXY, endpoint: '/echo', data: { text } });
        assert.equal(echoed.data.json.text.length, size);
        await n.get({ ...PROXY, endpoint: '/stream', params: { bytes: size }, responseType: 'stream' }).then((r) => r.data.cancel());
        const grown = memory.buffer.byteLength - before;
        assert.ok(grown < 1024 * 1024, `wasm memory grew by ${grown} bytes`);
    });
});

describe('proxy: nango-wasm specifics', { skip: oursOnly }, () => {
    const client = (config) => new Ours({ secretKey: SECRET_KEY, host: server.fake.url, ...config });
    const rejection = (p) => p.then(() => assert.fail('expected a rejection'), (e) => e);

    for (const endpoint of ['/../connections', '..', '/a/../../connections', '/%2e%2e/connections', '/.%2E/x', '/\\..\\..\\x', '/.\t./x']) {
        it(`refuses ${JSON.stringify(endpoint)}: it would leave /proxy (nothing is sent)`, async () => {
            server.fake.reset();
            const err = await rejection(client().get({ ...PROXY, endpoint }));
            assert.equal(err.code, 'INVALID_ARGUMENT');
            assert.match(err.message, /outside the proxy/);
            assert.equal(server.fake.requests.length, 0);
        });
    }

    it('validation errors reject the promise, never throw', () => {
        const p = client().proxy(undefined);
        assert.ok(p instanceof Promise);
        return rejection(p).then((err) => assert.equal(err.message, 'endpoint is missing and is required to make a proxy call!'));
    });

    for (const [name, config, message] of [
        ['an unknown responseType', { responseType: 'arrayBuffer' }, /responseType must be one of .* got "arrayBuffer"/],
        ['a non-array retryOn', { retryOn: '429' }, /retryOn must be an array/],
        ['a non-string method', { method: 5 }, /method must be a string/],
        ['non-object headers', { headers: 'X: y' }, /headers must be an object/],
        ['a ReadableStream body', { method: 'POST', data: new ReadableStream() }, /streams cannot be sent/]
    ]) {
        it(`rejects ${name} with INVALID_ARGUMENT`, async () => {
            const err = await rejection(client().proxy({ ...PROXY, endpoint: '/x', ...config }));
            assert.equal(err.code, 'INVALID_ARGUMENT');
            assert.match(err.message, message);
        });
    }

    it('an error names the method and carries the response, never the key', async () => {
        const err = await rejection(client().post({ ...PROXY, connectionId: 'rate-limited', endpoint: '/x', data: { a: 1 } }));
        assert.equal(err.name, 'NangoError');
        assert.equal(err.kind, 'RATE_LIMITED');
        assert.equal(err.code, 'ERR_BAD_REQUEST');
        assert.equal(err.status, 429);
        assert.equal(err.message, 'Request failed with status code 429: Too many requests. Please retry after 7 seconds. (post)');
        assert.deepStrictEqual(Object.keys(err.response).sort(), ['data', 'headers', 'status', 'statusText']);
        assert.equal(err.response.headers['retry-after'], '7');
        assert.ok(!JSON.stringify(err).includes(SECRET_KEY) && !String(err.stack).includes(SECRET_KEY));
    });

    it('overlapping proxy calls on one client', async () => {
        const n = client();
        const results = await Promise.all(Array.from({ length: 8 }, (_, i) => n.get({ ...PROXY, endpoint: `/item/${i}` })));
        assert.deepStrictEqual(
            results.map((r) => r.data.path),
            Array.from({ length: 8 }, (_, i) => `/item/${i}`)
        );
    });

    it("the caller's config object is left as it was", async () => {
        const config = { endpoint: '/x' };
        await client(PROXY).proxy(config);
        assert.deepStrictEqual(config, { endpoint: '/x' });
    });
});
