// The fuzzer's generator: a seeded PRNG, a catalogue of hostile values, realistic arguments for
// every method, and mutations that put hostile values into them (as a whole argument, as a
// property one or two levels down, as a throwing getter, or by wrapping an argument in a Proxy).
//
// genCall(seed, index, ctx) is a pure function of (seed, index): call `index` of a run is the
// same whatever ran before it, so a run can be resumed in a fresh process at any index and a
// single call can be replayed (FUZZ_ONLY). Each call also gets a description of its arguments
// that is built from the generator's own records (never by reading the hostile values).

export const SECRET = 'sk-FUZZ-5ecret-0123456789abcdef';

// ---------------------------------------------------------------- PRNG

export function mulberry32(a) {
    return function next() {
        a |= 0;
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function mix(a, b) {
    let h = (a ^ Math.imul((b + 0x7f4a7c15) | 0, 0x9e3779b1)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
    constructor(seed) {
        this.next = mulberry32(seed >>> 0);
        this.next();
        this.next();
    }
    float() {
        return this.next();
    }
    int(n) {
        return Math.floor(this.next() * n);
    }
    pick(list) {
        return list[this.int(list.length)];
    }
    chance(p) {
        return this.next() < p;
    }
    weighted(entries) {
        let total = 0;
        for (const [, w] of entries) total += w;
        let x = this.next() * total;
        for (const [v, w] of entries) {
            x -= w;
            if (x < 0) return v;
        }
        return entries[entries.length - 1][0];
    }
}

// ---------------------------------------------------------------- the methods under test

/** The methods of the official SDK that are synchronous (return a boolean). */
export const SYNC_METHODS = new Set(['verifyIncomingWebhookRequest', 'verifyWebhookSignature']);

/** Private or internal members of the official prototype (not part of the public API). */
const INTERNAL = new Set(['constructor', 'enrichHeaders', 'http']);

/** The public methods, from the official SDK's prototype, so coverage cannot silently shrink. */
export function publicMethodsOf(OfficialNango) {
    return Object.getOwnPropertyNames(OfficialNango.prototype)
        .filter((n) => !INTERNAL.has(n) && !n.startsWith('_'))
        .filter((n) => typeof Object.getOwnPropertyDescriptor(OfficialNango.prototype, n).value === 'function')
        .sort();
}

/** The extra entry points fuzzed besides the instance methods. */
export const EXTRA = ['constructor', 'getUserAgent', 'isNangoError'];

// ---------------------------------------------------------------- hostile values

/** Every hostile object we create, so the generator never touches one by accident. */
const HOSTILE = new WeakSet();
const mark = (v) => {
    if ((typeof v === 'object' && v !== null) || typeof v === 'function') HOSTILE.add(v);
    return v;
};

let cache1MB, cacheDeepObj, cacheDeepArr, cacheManyKeys, cache100MB;
export const HUGE_STRING_BYTES = 100 * 1024 * 1024;
const str1MB = () => (cache1MB ??= 'x'.repeat(1024 * 1024 - 3) + 'END');
export const str100MB = () => (cache100MB ??= 'y'.repeat(HUGE_STRING_BYTES));
function deepObject() {
    if (!cacheDeepObj) {
        let o = { leaf: 'x' };
        for (let i = 0; i < 100_000; i++) o = { o };
        cacheDeepObj = mark(o);
    }
    return cacheDeepObj;
}
function deepArray() {
    if (!cacheDeepArr) {
        let a = ['x'];
        for (let i = 0; i < 100_000; i++) a = [a];
        cacheDeepArr = mark(a);
    }
    return cacheDeepArr;
}
function manyKeys() {
    if (!cacheManyKeys) {
        const o = {};
        for (let i = 0; i < 10_000; i++) o[`k${i}`] = `v${i}`;
        cacheManyKeys = mark(Object.freeze(o));
    }
    return cacheManyKeys;
}

const THROWN = {
    error: () => new Error('hostile: thrown by a caller-supplied value'),
    number: () => 42,
    undefined: () => undefined,
    revoked: () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
    }
};

const GETTER_KEYS = [
    'providerConfigKey', 'connectionId', 'endpoint', 'headers', 'params', 'data', 'method', 'model', 'ids', 'uniqueKey', 'provider', 'name',
    'type', 'include', 'tags', 'userId', 'integrationId', 'limit', 'page', 'cursor', 'signal', 'id', 'statusUrl', 'variant', 'end_user',
    'apiKey', 'secretKey', 'host', 'userAgent', 'length', '0', '1', 'toString', 'valueOf', 'toJSON', 'then', 'constructor', 'Content-Type',
    'content-type', 'x-nango-hmac-sha256', 'X-Nango-Hmac-Sha256', 'additionalHeader', 'retryOn', 'responseType', 'credentials'
];

function throwingGetters(thrown) {
    const o = {};
    for (const k of GETTER_KEYS) {
        Object.defineProperty(o, k, { enumerable: true, configurable: true, get: () => { throw thrown(); } });
    }
    for (const k of [Symbol.toPrimitive, Symbol.iterator]) {
        Object.defineProperty(o, k, { enumerable: false, configurable: true, get: () => { throw thrown(); } });
    }
    return o;
}

const TRAPS = ['get', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'has', 'set', 'defineProperty', 'deleteProperty', 'apply', 'construct', 'isExtensible', 'preventExtensions', 'setPrototypeOf'];

function trapProxy(target, traps, thrown = THROWN.error) {
    const handler = {};
    for (const trap of traps) handler[trap] = () => { throw thrown(); };
    return new Proxy(target, handler);
}

function revoked(target) {
    const { proxy, revoke } = Proxy.revocable(target, {});
    revoke();
    return proxy;
}

function detachedBuffer() {
    const ab = new ArrayBuffer(16);
    structuredClone(ab, { transfer: [ab] });
    return ab;
}

function conversionThrows(which) {
    const o = { a: 1 };
    if (which === 'toString' || which === 'all') o.toString = () => { throw new Error('hostile toString'); };
    if (which === 'valueOf' || which === 'all') o.valueOf = () => { throw new Error('hostile valueOf'); };
    if (which === 'toPrimitive' || which === 'all') o[Symbol.toPrimitive] = () => { throw new Error('hostile toPrimitive'); };
    if (which === 'toJSON' || which === 'all') o.toJSON = () => { throw new Error('hostile toJSON'); };
    return o;
}

/** [name, factory(rng)] — every call of a factory returns a fresh value (or a shared immutable one). */
export const HOSTILE_VALUES = [
    ['undefined', () => undefined],
    ['null', () => null],
    ['NaN', () => NaN],
    ['-0', () => -0],
    ['Infinity', () => Infinity],
    ['-Infinity', () => -Infinity],
    ['BigInt 10n', () => 10n],
    ['BigInt 2n**70n', () => 2n ** 70n],
    ['Symbol("fuzz")', () => Symbol('fuzz')],
    ['Symbol.iterator', () => Symbol.iterator],
    ["''", () => ''],
    ['1 MiB string', () => str1MB()],
    ['lone surrogate "\\uD800"', () => '\uD800'],
    ['lone low surrogate "a\\uDC00b"', () => 'a\uDC00b'],
    ['CRLF "a\\r\\nX-Injected: 1"', () => 'a\r\nX-Injected: 1'],
    ['NUL "a\\u0000b"', () => 'a\u0000b'],
    ['"../../admin"', () => '../../admin'],
    ['bad percent "%E0%A4%A"', () => '%E0%A4%A'],
    ['true', () => true],
    ['false', () => false],
    ['0', () => 0],
    ['-1', () => -1],
    ['1e21', () => 1e21],
    ['1.5', () => 1.5],
    ['2**53 + 2', () => 2 ** 53 + 2],
    ['sparse [,,1]', () => [, , 1]],
    ['object with throwing getters (Error)', () => throwingGetters(THROWN.error)],
    ['object with throwing getters (throws 42)', () => throwingGetters(THROWN.number)],
    ['object with throwing getters (throws undefined)', () => throwingGetters(THROWN.undefined)],
    ['object with throwing getters (throws a revoked Proxy)', () => throwingGetters(THROWN.revoked)],
    ['Proxy({}) get trap throws', () => trapProxy({}, ['get'])],
    ['Proxy({}) ownKeys trap throws', () => trapProxy({ a: 1 }, ['ownKeys'])],
    ['Proxy({}) getOwnPropertyDescriptor trap throws', () => trapProxy({ a: 1 }, ['getOwnPropertyDescriptor'])],
    ['Proxy({}) getPrototypeOf trap throws', () => trapProxy({}, ['getPrototypeOf'])],
    ['Proxy({}) has trap throws', () => trapProxy({}, ['has'])],
    ['Proxy({}) every trap throws', () => trapProxy({}, TRAPS)],
    ['Proxy({}) every trap throws a revoked Proxy', () => trapProxy({}, TRAPS, THROWN.revoked)],
    ['Proxy([]) get trap throws', () => trapProxy(['a', 'b'], ['get'])],
    ['Proxy(function) every trap throws', () => trapProxy(function target() {}, TRAPS)],
    ['revoked Proxy({})', () => revoked({})],
    ['revoked Proxy([])', () => revoked([])],
    ['revoked Proxy(function)', () => revoked(function target() {})],
    ['Proxy over ArrayBuffer.prototype', () => new Proxy(ArrayBuffer.prototype, {})],
    ['Object.create(ArrayBuffer.prototype)', () => Object.create(ArrayBuffer.prototype)],
    ['Object.create(Uint8Array.prototype)', () => Object.create(Uint8Array.prototype)],
    ['frozen object', () => Object.freeze({ a: 'b', nested: Object.freeze({ c: 1 }) })],
    ['JSON.parse(\'{"__proto__": {"x": 1}}\')', () => JSON.parse('{"__proto__": {"x": 1, "providerConfigKey": "evil"}, "a": "b"}')],
    ['null-prototype object', () => Object.assign(Object.create(null), { a: 'b', providerConfigKey: 'github' })],
    ['function', () => function fuzzFunction() {}],
    ['arrow function with config properties', () => Object.assign(() => 1, { providerConfigKey: 'github', connectionId: 'c1', endpoint: '/x', model: 'M' })],
    ['async function', () => async function fuzzAsync() {}],
    ['class', () => class Fuzz {}],
    ['Promise (resolved)', () => Promise.resolve({ providerConfigKey: 'github' })],
    ['Promise (rejected, handled)', () => {
        const p = Promise.reject(new Error('hostile rejected promise'));
        p.catch(() => {});
        return p;
    }],
    ['Promise (never settles)', () => new Promise(() => {})],
    ['thenable whose then throws', () => ({ then() { throw new Error('hostile then'); } })],
    ['thenable that never calls back', () => ({ then() {} })],
    ['fake Date Object.create(Date.prototype)', () => Object.create(Date.prototype)],
    ['Proxy around a Date', () => new Proxy(new Date(0), {})],
    ['Date', () => new Date(1700000000000)],
    ['invalid Date', () => new Date(NaN)],
    ['Date 8.64e15', () => new Date(8.64e15)],
    ['Uint8Array', () => new Uint8Array([1, 2, 255])],
    ['Float64Array [NaN, -0, Infinity]', () => new Float64Array([NaN, -0, Infinity])],
    ['DataView', () => new DataView(new ArrayBuffer(8))],
    ['ArrayBuffer', () => new ArrayBuffer(8)],
    ['SharedArrayBuffer', () => new SharedArrayBuffer(8)],
    ['detached ArrayBuffer', () => detachedBuffer()],
    ['Uint8Array over a detached buffer', () => {
        const ab = new ArrayBuffer(8);
        const u8 = new Uint8Array(ab);
        structuredClone(ab, { transfer: [ab] });
        return u8;
    }],
    ['Buffer', () => Buffer.from('buffer body')],
    ['Blob', () => new Blob(['blob body'], { type: 'text/plain' })],
    ['File', () => new File(['file body'], 'f.txt', { type: 'text/plain' })],
    ['ReadableStream', () => new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('stream body')); c.close(); } })],
    ['erroring ReadableStream', () => new ReadableStream({ pull(c) { c.error(new Error('hostile stream')); } })],
    ['FormData', () => {
        const f = new FormData();
        f.append('a', 'b');
        f.append('file', new Blob(['x']), 'x.txt');
        return f;
    }],
    ['URLSearchParams', () => new URLSearchParams('a=1&b=2')],
    ['Headers', () => new Headers({ 'X-A': 'b' })],
    ['URL', () => new URL('http://127.0.0.1:1/elsewhere')],
    ['circular object', () => {
        const o = { a: 'b' };
        o.self = o;
        o.list = [o];
        return o;
    }],
    ['circular array', () => {
        const a = ['x'];
        a.push(a);
        return a;
    }],
    ['array whose length getter throws', () => new Proxy(['a', 'b'], { get(t, k, r) { if (k === 'length') throw new Error('hostile length'); return Reflect.get(t, k, r); } })],
    ['array whose index getter throws', () => {
        const a = ['a', 'b', 'c'];
        Object.defineProperty(a, 1, { get() { throw new Error('hostile index'); }, enumerable: true });
        return a;
    }],
    ['toString throws', () => conversionThrows('toString')],
    ['valueOf throws', () => conversionThrows('valueOf')],
    ['Symbol.toPrimitive throws', () => conversionThrows('toPrimitive')],
    ['toJSON throws', () => conversionThrows('toJSON')],
    ['every conversion throws', () => conversionThrows('all')],
    ['toString returns an object', () => ({ toString: () => ({}), valueOf: () => ({}) })],
    ['AbortSignal (aborted)', () => AbortSignal.abort(new Error('hostile abort'))],
    ['AbortSignal (not aborted)', () => new AbortController().signal],
    ['AbortSignal (aborted, reason a revoked Proxy)', () => AbortSignal.abort(revoked({}))],
    ['Error', () => new Error('a caller error')],
    ['Error whose message getter throws', () => {
        const e = new Error('x');
        Object.defineProperty(e, 'message', { get() { throw new Error('hostile message'); } });
        return e;
    }],
    ['RegExp', () => /fuzz/g],
    ['Map', () => new Map([['a', 'b']])],
    ['Set', () => new Set(['a'])],
    ['WeakMap', () => new WeakMap()],
    ['WeakRef', () => new WeakRef({})],
    ['object nested 100,000 deep', () => deepObject()],
    ['array nested 100,000 deep', () => deepArray()],
    ['object with 10,000 keys', () => manyKeys()],
    ['object with symbol keys', () => ({ [Symbol('k')]: 'v', a: 'b' })],
    ['object with CRLF, NUL, surrogate and empty keys', () => ({ 'a\r\nX-Injected': '1', 'k\u0000': 'v', '\uD800': 's', '': 'empty' })],
    ['boxed String', () => new String('github')],
    ['boxed Number', () => new Number(1)]
];

/** Values that are too expensive for every call: each is used at a few seeded call indices only. */
export const RARE_VALUES = {
    string100MB: ['100 MiB string', () => str100MB()],
    array2e31: ['new Array(2**31 - 1)', () => new Array(2 ** 31 - 1)],
    arrayLength1e9: ['array with length = 1e9', () => {
        const a = ['x'];
        a.length = 1e9;
        return a;
    }]
};

function hostile(r, forced) {
    const [name, make] = forced ?? r.pick(HOSTILE_VALUES);
    return { value: mark(make(r)), desc: `<${name}>` };
}

// ---------------------------------------------------------------- realistic arguments

const KEYS = ['github', 'slack', 'hubspot', 'google-calendar', 'zendesk', 'salesforce-sandbox'];
const CONNS = ['c1', 'conn-42', 'user_123', 'test-connection', '8f14e45f-ceea-467f-a0e8-5b1c0b1e2e0a'];
const ODD_ID = 'a b/c?d#e%f&g+h é';
const MODELS = ['Ticket', 'GithubIssue', 'Contact', 'CalendarEvent'];

const key = (r) => (r.chance(0.05) ? ODD_ID : r.pick(KEYS));
const conn = (r) => (r.chance(0.05) ? ODD_ID : r.pick(CONNS));
const maybe = (r, p, v) => (r.chance(p) ? v() : undefined);
const iso = (r) => new Date(1_700_000_000_000 + r.int(1e9)).toISOString();
const syncs = (r) => r.pick([['issues'], ['issues', { name: 'prs', variant: 'v2' }], [], [{ name: 'tickets', variant: 'base' }]]);
const compact = (o) => {
    for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
    return o;
};

function proxyConfig(r, forceMethod) {
    const form = r.chance(0.25);
    const cfg = compact({
        endpoint: r.pick(['/repos', '/user/repos', 'issues', '/v1/users?x=1', '/a/b/c', '/search']),
        providerConfigKey: r.chance(0.9) ? key(r) : undefined,
        connectionId: r.chance(0.9) ? conn(r) : undefined,
        headers: r.chance(0.6) ? { 'X-Custom': 'v', Accept: 'application/json' } : undefined,
        params: r.chance(0.4) ? (r.chance(0.3) ? 'a=1&b=2' : { page: '1', per_page: 50, q: 'is:open' }) : undefined,
        data: r.chance(0.5) ? r.pick([{ title: 'Hello', labels: ['bug'], n: 1 }, 'raw string body', [1, 2, 3]]) : undefined,
        retries: maybe(r, 0.2, () => r.pick([0, 1, 3])),
        retryOn: maybe(r, 0.2, () => [429, 503]),
        baseUrlOverride: maybe(r, 0.1, () => 'https://api.github.com'),
        decompress: maybe(r, 0.1, () => r.chance(0.5)),
        responseType: maybe(r, 0.2, () => r.pick(['json', 'text', 'arraybuffer', 'blob', 'stream'])),
        forwardHeadersOnRedirect: maybe(r, 0.1, () => r.chance(0.5))
    });
    if (forceMethod === undefined) cfg.method = r.pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND', 'REPORT', 'get', 'post']);
    if (form) {
        // The proxy's form-urlencoded and multipart bodies: the data object is what gets mutated.
        cfg.headers = { ...(cfg.headers ?? {}), 'Content-Type': r.pick(['application/x-www-form-urlencoded', 'multipart/form-data']) };
        if (forceMethod === undefined) cfg.method = 'POST';
        cfg.data = { a: '1', n: 2, flag: true, when: new Date(1_700_000_000_000), list: ['x', 'y'], nested: { k: 'v' } };
    }
    return cfg;
}

function integrationCreds(r) {
    return r.pick([
        { type: 'OAUTH2', client_id: 'id', client_secret: 'secret', scopes: 'repo,user' },
        { type: 'APP', app_id: '1', app_link: 'https://github.com/apps/x', private_key: 'pk' },
        { oauth_client_id: 'id', oauth_client_secret: 'secret', oauth_scopes: 'read' }
    ]);
}

/** method → (rng, ctx) => realistic args. ctx.host(kind) gives a server URL (constructor only). */
export const VALID = {
    listProviders: (r) => (r.chance(0.5) ? [{ search: r.pick(['git', 'slack', '']) }] : []),
    getProvider: (r) => [{ provider: key(r) }],
    getProviderTemplates: (r) => [{ provider: key(r) }],
    listIntegrations: () => [],
    getIntegration: (r) => (r.chance(0.7) ? [{ uniqueKey: key(r) }, compact({ include: maybe(r, 0.7, () => ['webhook', 'credentials']) })] : [key(r), r.chance(0.5)]),
    createIntegration: (r) =>
        r.chance(0.7)
            ? [{ provider: 'github', unique_key: key(r), display_name: 'GitHub', credentials: integrationCreds(r) }]
            : ['github', key(r), integrationCreds(r)],
    createQuickstartIntegration: (r) => [compact({ provider: key(r), unique_key: maybe(r, 0.5, () => key(r)), display_name: maybe(r, 0.5, () => 'Quick') })],
    updateIntegration: (r) =>
        r.chance(0.7) ? [{ uniqueKey: key(r) }, { display_name: 'Renamed', credentials: integrationCreds(r) }] : ['github', key(r), integrationCreds(r)],
    deleteIntegration: (r) => [key(r)],
    listFunctions: (r) => [{ uniqueKey: key(r) }, compact({ type: maybe(r, 0.5, () => r.pick(['sync', 'action'])), search: maybe(r, 0.3, () => 'iss'), page: maybe(r, 0.3, () => 1), limit: maybe(r, 0.3, () => 10) })],
    getFunction: (r) => [{ uniqueKey: key(r), name: 'github-issues' }, compact({ type: maybe(r, 0.5, () => r.pick(['sync', 'action'])) })],
    getFunctionCode: (r) => [{ uniqueKey: key(r), name: 'github-issues' }, compact({ type: maybe(r, 0.5, () => r.pick(['sync', 'action'])) })],
    deleteFunction: (r) => [{ uniqueKey: key(r), name: 'github-prs' }, { type: r.pick(['sync', 'action']) }],
    listConnections: (r) =>
        r.chance(0.5)
            ? [
                  compact({
                      connectionId: maybe(r, 0.4, () => conn(r)),
                      userId: maybe(r, 0.4, () => 'end-user-1'),
                      integrationId: maybe(r, 0.4, () => (r.chance(0.5) ? key(r) : ['github', 'slack'])),
                      tags: maybe(r, 0.4, () => ({ displayName: 'Jane', email: 'jane@example.com', Team: 'core' })),
                      limit: maybe(r, 0.3, () => 20),
                      page: maybe(r, 0.3, () => 2)
                  })
              ]
            : [maybe(r, 0.5, () => conn(r)), maybe(r, 0.3, () => 'search-term'), compact({ endUserId: maybe(r, 0.5, () => 'u1'), endUserOrganizationId: maybe(r, 0.3, () => 'org1'), limit: maybe(r, 0.3, () => 5), page: maybe(r, 0.3, () => 1) })],
    getConnection: (r) => [key(r), conn(r), r.chance(0.5), r.chance(0.5), r.chance(0.5)].slice(0, 2 + r.int(4)),
    getConnectionDetails: (r) => [
        compact({
            providerConfigKey: key(r),
            connectionId: conn(r),
            forceRefresh: maybe(r, 0.3, () => r.chance(0.5)),
            refreshToken: maybe(r, 0.3, () => r.chance(0.5)),
            refreshGithubAppJwtToken: maybe(r, 0.3, () => r.chance(0.5)),
            additionalHeader: maybe(r, 0.5, () => ({ 'X-Trace': 'abc', 'X-Other': '1' }))
        })
    ],
    patchConnection: (r) => [{ connectionId: conn(r), provider_config_key: key(r) }, { tags: { team: 'core' }, end_user: { id: 'u1', email: 'u@example.com' } }],
    getToken: (r) => [key(r), conn(r), r.chance(0.5), r.chance(0.5)].slice(0, 2 + r.int(3)),
    getRawTokenResponse: (r) => [key(r), conn(r), r.chance(0.5), r.chance(0.5)].slice(0, 2 + r.int(3)),
    getMetadata: (r) => [key(r), conn(r)],
    setMetadata: (r) => [key(r), r.chance(0.7) ? conn(r) : ['c1', 'c2'], { plan: 'pro', nested: { a: 1, list: [1, 2] } }],
    updateMetadata: (r) => [key(r), r.chance(0.7) ? conn(r) : ['c1', 'c2'], { plan: 'team' }],
    deleteConnection: (r) => [key(r), conn(r)],
    getScriptsConfig: (r) => (r.chance(0.3) ? [] : [r.pick(['nango', 'openai'])]),
    listRecords: (r) => [
        compact({
            providerConfigKey: key(r),
            connectionId: conn(r),
            model: r.pick(MODELS),
            variant: maybe(r, 0.2, () => 'v2'),
            delta: maybe(r, 0.1, () => iso(r)),
            modifiedAfter: maybe(r, 0.3, () => iso(r)),
            limit: maybe(r, 0.3, () => 100),
            filter: maybe(r, 0.3, () => r.pick(['added', 'updated,deleted', 'DELETED'])),
            cursor: maybe(r, 0.3, () => 'Y3Vyc29y'),
            ids: maybe(r, 0.3, () => ['1', '2', '3'])
        })
    ],
    pruneRecords: (r) => [compact({ providerConfigKey: key(r), connectionId: conn(r), model: r.pick(MODELS), variant: maybe(r, 0.2, () => 'v2'), untilCursor: 'Y3Vyc29y', limit: maybe(r, 0.3, () => 50) })],
    triggerSync: (r) => [key(r), syncs(r), maybe(r, 0.7, () => conn(r)), r.pick([undefined, { reset: true, emptyCache: true }, { reset: false }, 'full_refresh', 'incremental', true, false])],
    startSync: (r) => [key(r), syncs(r), maybe(r, 0.7, () => conn(r))],
    pauseSync: (r) => [key(r), syncs(r), maybe(r, 0.7, () => conn(r))],
    syncStatus: (r) => [key(r), r.chance(0.3) ? '*' : syncs(r), maybe(r, 0.7, () => conn(r))],
    updateSyncConnectionFrequency: (r) => [key(r), r.chance(0.5) ? 'issues' : { name: 'issues', variant: 'v2' }, conn(r), r.chance(0.7) ? r.pick(['1h', 'every 5 minutes']) : null],
    waitForConnection: (r) => [key(r), 'end-user-1', r.pick([undefined, {}, { signal: AbortSignal.abort() }, { signal: new AbortController().signal }])],
    createSyncVariant: (r) => [{ provider_config_key: key(r), connection_id: conn(r), name: 'issues', variant: 'v2' }],
    deleteSyncVariant: (r) => [{ provider_config_key: key(r), connection_id: conn(r), name: 'issues', variant: 'v2' }],
    getEnvironmentVariables: () => [],
    createConnectSession: (r) => [
        compact({
            end_user: { id: 'u1', email: 'u@example.com', display_name: 'U', tags: { plan: 'pro' } },
            organization: maybe(r, 0.5, () => ({ id: 'org1', display_name: 'Org' })),
            allowed_integrations: maybe(r, 0.5, () => ['github', 'slack']),
            integrations_config_defaults: maybe(r, 0.3, () => ({ github: { user_scopes: 'repo', connection_config: { oauth_scopes_override: 'repo' } } })),
            tags: maybe(r, 0.3, () => ({ team: 'core' }))
        })
    ],
    createReconnectSession: (r) => [compact({ connection_id: conn(r), integration_id: key(r), end_user: maybe(r, 0.5, () => ({ id: 'u1', email: 'u@example.com' })) })],
    triggerAction: (r) => [key(r), conn(r), 'create-issue', maybe(r, 0.7, () => ({ title: 'T', body: 'B', labels: ['bug'], n: 1 }))],
    triggerActionAsync: (r) => [key(r), conn(r), 'create-issue', maybe(r, 0.7, () => ({ title: 'T', labels: ['x'] }))],
    getAsyncActionResult: (r) => [r.pick([{ id: 'act-1' }, { statusUrl: '/action/act-1' }, { id: 'act-2', statusUrl: '/action/act-2' }])],
    proxy: (r) => [proxyConfig(r)],
    get: (r) => [proxyConfig(r, 'GET')],
    post: (r) => [proxyConfig(r, 'POST')],
    put: (r) => [proxyConfig(r, 'PUT')],
    patch: (r) => [proxyConfig(r, 'PATCH')],
    delete: (r) => [proxyConfig(r, 'DELETE')],
    verifyIncomingWebhookRequest: (r) => [
        r.pick(['{"type":"sync","connectionId":"c1"}', '', '{}']),
        r.pick([{ 'X-Nango-Hmac-Sha256': 'ab'.repeat(32) }, { 'x-nango-hmac-sha256': '00', 'content-type': 'application/json' }, {}])
    ],
    verifyWebhookSignature: (r) => [r.pick(['ab'.repeat(32), '', 'zz']), r.pick([{ type: 'sync', connectionId: 'c1' }, 'payload', [1, 2]])],
    // Extras (not instance methods):
    constructor: (r, ctx) => [
        compact({
            secretKey: r.chance(0.5) ? SECRET : undefined,
            apiKey: r.chance(0.5) ? SECRET : undefined,
            host: r.chance(0.9) ? ctx.host('ok') : undefined,
            webhookSigningKey: maybe(r, 0.3, () => 'whsec-fuzz'),
            connectionId: maybe(r, 0.3, () => conn(r)),
            providerConfigKey: maybe(r, 0.3, () => key(r)),
            isSync: maybe(r, 0.2, () => true),
            dryRun: maybe(r, 0.2, () => true),
            isScript: maybe(r, 0.2, () => true),
            activityLogId: maybe(r, 0.2, () => 'log-1')
        }),
        compact({ userAgent: maybe(r, 0.5, () => 'fuzz-app/1.0'), httpsAgent: maybe(r, 0.1, () => ({})), interceptors: maybe(r, 0.1, () => ({ request: (c) => c })) })
    ].slice(0, 1 + r.int(2)),
    getUserAgent: (r) => [r.pick(['my-app/1.0', undefined, '', 'a; b (c)'])],
    isNangoError: (r) => [r.pick([new Error('x'), { name: 'NangoError', message: 'm' }, undefined, 'NangoError'])]
};

// ---------------------------------------------------------------- describing arguments

function q(s) {
    return s.length > 60 ? `${JSON.stringify(s.slice(0, 40))}…(${s.length} chars)` : JSON.stringify(s);
}

/** Describe generator-made (plain, safe) data. Never used on hostile values. */
export function render(v, depth = 0) {
    if (typeof v === 'string') return q(v);
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'symbol') return v.toString();
    if (v === undefined || v === null || typeof v === 'boolean') return String(v);
    if (typeof v === 'function') return '<function>';
    if (HOSTILE.has(v)) return '<hostile>';
    if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? 'Invalid' : v.toISOString()})`;
    if (v instanceof AbortSignal) return `AbortSignal(aborted=${v.aborted})`;
    if (depth > 3) return '…';
    if (Array.isArray(v)) return `[${v.map((x) => render(x, depth + 1)).join(', ')}]`;
    if (Object.getPrototypeOf(v) === Object.prototype) {
        return `{ ${Object.keys(v).map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : q(k)}: ${render(v[k], depth + 1)}`).join(', ')} }`;
    }
    return `<${Object.prototype.toString.call(v)}>`;
}

const fmtKey = (k) => (typeof k === 'number' || /^\d+$/.test(k) ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${q(k)}]`);

// ---------------------------------------------------------------- mutations

const NEW_KEYS = ['X-Evil', '', 'a\r\nX-Injected: 1', '__proto__', 'constructor', 'toString', 'then', 'length', '\uD800', 'k\u0000', 'Authorization', 'toJSON', 'Content-Type'];

const isContainer = (v) => v !== null && typeof v === 'object' && !HOSTILE.has(v) && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);

/** The plain objects and arrays of the args, one or two levels down: { parent, key, obj, path }. */
function containers(args) {
    const out = [];
    const visit = (parent, key, obj, path, depth) => {
        if (!isContainer(obj)) return;
        out.push({ parent, key, obj, path });
        if (depth >= 2) return;
        for (const k of Object.keys(obj)) visit(obj, k, obj[k], `${path}${fmtKey(k)}`, depth + 1);
    };
    args.forEach((a, i) => visit(args, i, a, `args[${i}]`, 1));
    return out;
}

const define = (obj, key, desc) => {
    try {
        Object.defineProperty(obj, key, { enumerable: true, configurable: true, ...desc });
        return true;
    } catch {
        return false; // e.g. an array's length with a getter: keep going
    }
};

function pickKey(r, obj) {
    const keys = Object.keys(obj);
    if (keys.length > 0 && r.chance(0.75)) return Array.isArray(obj) ? Number(r.pick(keys)) : r.pick(keys);
    return r.pick(NEW_KEYS);
}

function getterFor(r, original) {
    const kind = r.pick(['throws Error', 'throws 42', 'throws a revoked Proxy', 'valid on first read, then throws', 'valid on first read, then a Symbol']);
    let reads = 0;
    const get = {
        'throws Error': () => { throw new Error('hostile getter'); },
        'throws 42': () => { throw 42; },
        'throws a revoked Proxy': () => { throw THROWN.revoked(); },
        'valid on first read, then throws': () => { if (reads++ === 0) return original; throw new Error('hostile getter (second read)'); },
        'valid on first read, then a Symbol': () => (reads++ === 0 ? original : Symbol('second read'))
    }[kind];
    return { get, desc: `<getter: ${kind}>` };
}

function wrap(r, obj) {
    const how = r.pick(['Proxy get trap throws on one key', 'Proxy ownKeys trap throws', 'Proxy getOwnPropertyDescriptor trap throws', 'Proxy getPrototypeOf trap throws', 'Proxy has trap throws', 'Proxy every trap throws', 'Object.freeze', 'revoked Proxy', 'Proxy answers a hostile value for one key']);
    switch (how) {
        case 'Proxy get trap throws on one key': {
            const k = String(pickKey(r, obj));
            return { value: new Proxy(obj, { get(t, p, rcv) { if (p === k) throw new Error(`hostile get ${k}`); return Reflect.get(t, p, rcv); } }), desc: `<Proxy over it; get "${k}" throws>` };
        }
        case 'Proxy ownKeys trap throws': return { value: trapProxy(obj, ['ownKeys']), desc: `<${how}>` };
        case 'Proxy getOwnPropertyDescriptor trap throws': return { value: trapProxy(obj, ['getOwnPropertyDescriptor']), desc: `<${how}>` };
        case 'Proxy getPrototypeOf trap throws': return { value: trapProxy(obj, ['getPrototypeOf']), desc: `<${how}>` };
        case 'Proxy has trap throws': return { value: trapProxy(obj, ['has']), desc: `<${how}>` };
        case 'Proxy every trap throws': return { value: trapProxy(obj, TRAPS), desc: `<${how}>` };
        case 'Object.freeze': return { value: Object.freeze(obj), desc: '<frozen>', inPlace: true };
        case 'revoked Proxy': return { value: revoked(obj), desc: '<revoked Proxy over it>' };
        default: {
            const k = String(pickKey(r, obj));
            const h = hostile(r);
            return { value: new Proxy(obj, { get(t, p, rcv) { return p === k ? h.value : Reflect.get(t, p, rcv); } }), desc: `<Proxy over it; "${k}" reads ${h.desc}>` };
        }
    }
}

/** Apply one mutation; returns its description. `forced` puts that hostile value somewhere. */
function mutate(r, args, found, forced) {
    let op = forced ? (found.length > 0 && r.chance(0.6) ? 'setProp' : 'replaceArg') : r.weighted([['replaceArg', 3], ['setProp', 4], ['getter', 2], ['wrap', 2], ['arity', 1]]);
    if ((op === 'setProp' || op === 'getter' || op === 'wrap') && found.length === 0) op = 'replaceArg';
    switch (op) {
        case 'replaceArg': {
            const i = r.int(Math.min(args.length + 1, 6));
            const h = hostile(r, forced);
            args[i] = h.value;
            return `args[${i}] = ${h.desc}`;
        }
        case 'setProp': {
            const c = r.pick(found);
            const k = pickKey(r, c.obj);
            const h = hostile(r, forced);
            define(c.obj, k, { value: h.value, writable: true });
            return `${c.path}${fmtKey(k)} = ${h.desc}`;
        }
        case 'getter': {
            const c = r.pick(found);
            const k = pickKey(r, c.obj);
            const g = getterFor(r, Object.getOwnPropertyDescriptor(c.obj, k)?.value);
            define(c.obj, k, { get: g.get });
            return `${c.path}${fmtKey(k)} = ${g.desc}`;
        }
        case 'wrap': {
            const c = r.pick(found);
            const w = wrap(r, c.obj);
            if (!w.inPlace) {
                mark(w.value);
                if (!define(c.parent, c.key, { value: w.value, writable: true })) return `${c.path} could not be wrapped (read-only)`;
            }
            return `${c.path} = ${w.desc}`;
        }
        default: {
            // arity: fewer arguments, or extra hostile ones up to 6
            if (args.length > 0 && r.chance(0.5)) {
                const n = r.int(args.length);
                args.length = n;
                return `args truncated to ${n}`;
            }
            const extra = [];
            while (args.length < 6 && (extra.length === 0 || r.chance(0.5))) {
                const h = hostile(r);
                args.push(h.value);
                extra.push(h.desc);
            }
            return `extra args ${extra.join(', ')}`;
        }
    }
}

// ---------------------------------------------------------------- planning a run

export const CLIENT_VARIANTS = 3;
export const KIND_WEIGHTS = [
    ['ok', 40],
    ['okData', 10],
    ['notFound', 8],
    ['rateLimited', 6],
    ['serverError', 6],
    ['html', 6],
    ['badJson', 6],
    ['empty', 6],
    ['text', 6]
];

/**
 * The seeded call indices that get a rare (expensive) value. Each entry: index → rare kind.
 * `huge` 100 MiB strings (the first at getConnection's connectionId, the second as a POST body),
 * `sparse` huge sparse arrays of each kind (new Array(2**31 - 1), length = 1e9), and one 2 GiB
 * Uint8Array body for verifyIncomingWebhookRequest. Each runs alone, in index order.
 */
function planRare(seed, calls, skip, { huge = 3, sparse = 1 } = {}) {
    const r = new Rng(mix(seed, 0xabcdef));
    const plan = new Map();
    const free = () => {
        for (let tries = 0; tries < 1000; tries++) {
            const i = Math.min(calls - 1, 50 + r.int(Math.max(1, calls - 50)));
            if (!plan.has(i) && !skip(i)) return i;
        }
        return -1;
    };
    const add = (kind, n) => {
        for (let k = 0; k < n; k++) {
            const i = free();
            if (i >= 0) plan.set(i, `${kind}#${k}`);
        }
    };
    if (calls < 100) return plan;
    add('string100MB', huge);
    add('array2e31', sparse);
    add('arrayLength1e9', sparse);
    add('u8-2GiB', 1);
    return plan;
}

const SIG = 'ab'.repeat(32);

/**
 * Directed calls: every hostile value at the places that matter most, so that coverage does not
 * depend on luck: every promise-returning method with each hostile value as its first argument,
 * the proxy's headers / params / data and its form bodies, both webhook checks at every argument,
 * getUserAgent, isNangoError, and the constructor (config, options, host, keys, userAgent).
 * [method, place, (hostile, rng, ctx) => args]
 */
function directedTemplates(methods) {
    const t = [];
    for (const m of methods) {
        switch (m) {
            case 'verifyIncomingWebhookRequest':
                t.push([m, 'args[0]', (h) => [h, { 'X-Nango-Hmac-Sha256': SIG }]]);
                t.push([m, 'args[1]', (h) => ['{}', h]]);
                t.push([m, 'args[1]["X-Nango-Hmac-Sha256"]', (h) => ['{}', { 'X-Nango-Hmac-Sha256': h }]]);
                break;
            case 'verifyWebhookSignature':
                t.push([m, 'args[0]', (h) => [h, { type: 'sync' }]]);
                t.push([m, 'args[1]', (h) => [SIG, h]]);
                break;
            case 'getUserAgent':
            case 'isNangoError':
                t.push([m, 'args[0]', (h) => [h]]);
                break;
            case 'constructor':
                t.push([m, 'args[0]', (h) => [h]]);
                t.push([m, 'args[1]', (h, r, ctx) => [{ secretKey: SECRET, host: ctx.host('ok') }, h]]);
                t.push([m, 'args[0].host', (h) => [{ secretKey: SECRET, host: h }]]);
                t.push([m, 'args[0].secretKey', (h, r, ctx) => [{ secretKey: h, host: ctx.host('ok') }]]);
                t.push([m, 'args[0].apiKey', (h, r, ctx) => [{ apiKey: h, host: ctx.host('ok') }]]);
                t.push([m, 'args[1].userAgent', (h, r, ctx) => [{ apiKey: SECRET, host: ctx.host('ok') }, { userAgent: h }]]);
                break;
            default:
                t.push([m, 'args[0]', (h, r, ctx) => {
                    const a = VALID[m](r, ctx);
                    a[0] = h;
                    return a;
                }]);
                if (m === 'proxy') {
                    for (const prop of ['headers', 'params', 'data']) {
                        t.push([m, `args[0].${prop}`, (h, r) => [{ ...proxyConfig(r), method: 'POST', [prop]: h }]]);
                    }
                }
                if (m === 'post') {
                    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
                        t.push([m, `args[0].data (${type})`, (h, r) => [{ ...proxyConfig(r, 'POST'), headers: { 'Content-Type': type }, data: h }]]);
                        t.push([m, `args[0].data.when (${type})`, (h, r) => [{ ...proxyConfig(r, 'POST'), headers: { 'Content-Type': type }, data: { a: '1', when: h } }]]);
                    }
                }
        }
    }
    return t;
}

/**
 * The layout of a run: every third call (0, 3, 6, ...) is a directed call until they are all
 * done, the others are random; a few random calls carry a rare value.
 */
export function layout(seed, calls, methods) {
    const templates = directedTemplates(methods);
    const directed = templates.length * HOSTILE_VALUES.length;
    const isDirected = (i) => i % 3 === 0 && i / 3 < directed;
    return { templates, directed, isDirected, plan: planRare(seed, calls, isDirected) };
}

/**
 * Generate call `index` of the run `seed` (`lay` from layout()).
 * @returns {{ index, method, kind, variant, args, desc, rare, solo }}
 */
export function genCall(seed, index, methods, ctx, lay) {
    const r = new Rng(mix(seed, index));
    let method = r.pick(methods);
    const kind = r.weighted(KIND_WEIGHTS);
    const variant = r.int(CLIENT_VARIANTS);
    let forced = null;
    const rare = lay.plan.get(index);
    if (lay.isDirected(index)) {
        const d = index / 3;
        const T = lay.templates.length;
        const ti = d % T;
        const hi = (Math.floor(d / T) + ti * 7) % HOSTILE_VALUES.length;
        const [m, place, make] = lay.templates[ti];
        const h = hostile(r, HOSTILE_VALUES[hi]);
        const args = make(h.value, r, ctx);
        return { index, method: m, kind, variant, args, desc: `(${render(args).slice(1, -1)}) directed: ${place} = ${h.desc}`, rare: null, solo: false };
    }
    const rareKind = rare?.split('#')[0];
    if (rareKind === 'u8-2GiB') {
        method = 'verifyIncomingWebhookRequest';
        if (ctx.describeOnly) return { index, method, kind, variant, args: [], desc: 'args[0] = <new Uint8Array(2**31): 2 GiB>', rare, solo: true };
        if (!ctx.big) {
            // FUZZ_BIG=0: the call is made with a 1 MiB body instead (keeps the plan identical).
            return { index, method, kind, variant, args: [new Uint8Array(1 << 20), { 'X-Nango-Hmac-Sha256': 'ab'.repeat(32) }], desc: 'args[0] = <Uint8Array(2**20), FUZZ_BIG=0>', rare, solo: true };
        }
        return { index, method, kind, variant, args: [new Uint8Array(2 ** 31), { 'X-Nango-Hmac-Sha256': 'ab'.repeat(32) }], desc: 'args[0] = <new Uint8Array(2**31): 2 GiB>', rare, solo: true };
    }
    if (rare === 'string100MB#0') {
        return { index, method: 'getConnection', kind, variant, args: ['github', str100MB()], desc: 'getConnection("github", <100 MiB string>)', rare, solo: true };
    }
    if (rare === 'string100MB#1') {
        const cfg = proxyConfig(r, 'POST');
        cfg.data = str100MB();
        return { index, method: 'post', kind, variant, args: [cfg], desc: `${render([{ ...cfg, data: undefined }])} with args[0].data = <100 MiB string>`, rare, solo: true };
    }
    if (rareKind) {
        forced = RARE_VALUES[rareKind];
        // getUserAgent and the constructor's userAgent convert their argument with a template
        // string, as the official SDK does: an array of a billion holes takes as long there as
        // in @nangohq/node, by design. The rare values go to a method that reads arrays.
        if (method === 'getUserAgent' || method === 'constructor') method = 'syncStatus';
    }

    const args = VALID[method](r, ctx);
    const base = render(args);
    const steps = [];
    // The containers are listed once, before any mutation: a later listing would read the
    // throwing getters an earlier mutation installed.
    const found = containers(args);
    if (forced) {
        steps.push(mutate(r, args, found, forced));
    } else {
        const n = r.weighted([[0, 15], [1, 55], [2, 20], [3, 10]]);
        for (let i = 0; i < n; i++) steps.push(mutate(r, args, found, null));
    }
    const desc = steps.length ? `${base.slice(1, -1) ? `(${base.slice(1, -1)})` : '()'} mutated: ${steps.join('; ')}` : `(${base.slice(1, -1)}) unmutated`;
    return { index, method, kind, variant, args, desc, rare: rare ?? null, solo: Boolean(forced) };
}
