// The JS layer of nango-wasm: the `Nango` class users see.
//
// It keeps every client's state, reads the caller's arguments (where a throwing getter or a
// revoked Proxy is an ordinary exception, turned into a rejection), asks the wasm core to
// build the request with one call that passes plain strings, sends it with `fetch`, and
// shapes the result as @nangohq/node does. The core holds no state and calls no JavaScript:
// if its instance ever traps (out of memory), it is replaced and every client keeps working.
//
// `bind(core)` takes the wasm-bindgen glue's exports (initialised by the runtime's entry) and
// returns the package's API.

import { METHODS, VERSION } from './methods.mjs';

/** The longest string read into the core, in UTF-16 code units (ids, header values...). */
const MAX_TEXT = 16384;
/** The most items of an array, or entries of an object, read into the core. */
const MAX_ITEMS = 10000;
/** The most characters one call copies into the core in all. */
const MAX_TOTAL = 1 << 20;
/** Webhook bodies are hashed in chunks of this many bytes (or UTF-16 code units). */
const CHUNK = 1 << 16;

const SIGNATURE_HEADER = 'x-nango-hmac-sha256';
/** How a client's defaults are read into the core. */
const DEFAULTS = [{ m: 'v' }, { m: 'v' }, { m: 'v' }];
const PROPERTIES = [
    'serverUrl',
    'apiKey',
    'secretKey',
    'webhookSigningKey',
    'connectionId',
    'providerConfigKey',
    'isSync',
    'isScript',
    'dryRun',
    'activityLogId',
    'userAgent'
];
const DEPRECATED =
    'verifyWebhookSignature() is deprecated and vulnerable to length-extension attacks. Use verifyIncomingWebhookRequest() instead.';
const WAIT_ABORTED = 'Wait for connection was aborted';
const WAIT_TIMED_OUT = 'Timeout waiting for connection to be created';
/** `waitForConnection`'s schedule, the official SDK's: 30 polls, 10 s after the first, 2 s after the others. */
const WAIT_POLLS = 30;
const WAIT_FIRST_MS = 10000;
const WAIT_NEXT_MS = 2000;

/** Nango Cloud's API host, the default `host`. */
export const prodHost = 'https://api.nango.dev';

/** The kinds of function a Nango integration deploys. */
export const SyncConfigType = Object.freeze({ SYNC: 'sync', ACTION: 'action' });

/**
 * An error raised by this package. `kind` says what went wrong (see the README's error table).
 * Errors from an HTTP exchange (a status, no answer, a timeout, an abort, an undecodable body)
 * also carry axios' surface, as code written for @nangohq/node expects: `isAxiosError: true`,
 * axios' `code`, a message that begins as axios' does, `status`, `response` and `toJSON()`.
 * Other errors have `code` equal to `kind`. Never the key or a request header.
 */
export class NangoError extends Error {
    static {
        Object.defineProperty(this, 'name', { value: 'NangoError' });
    }

    #request;

    constructor(kind, message, { code = kind, status = 0, response, cause, request } = {}) {
        super(message, cause === undefined ? undefined : { cause });
        this.name = 'NangoError';
        this.code = code;
        this.kind = kind;
        this.status = status;
        this.response = response;
        if (request) {
            this.isAxiosError = true;
            this.#request = request;
        }
    }

    /** axios' fields, for logs: message, name, code, kind, status, method and url. */
    toJSON() {
        const { message, name, code, kind, status } = this;
        return { message, name, code, kind, status, method: this.#request?.method, url: this.#request?.url };
    }
}

/** True when `value` is an error this package raised. */
export function isNangoError(value) {
    try {
        return value instanceof Error && value.name === 'NangoError' && typeof value.code === 'string';
    } catch {
        return false;
    }
}

const invalid = (message) => new NangoError('INVALID_ARGUMENT', message);

/** The message of anything thrown, even a revoked Proxy or an object whose getters throw. */
function messageOf(e, otherwise) {
    try {
        if (e instanceof Error) return String(e.message);
    } catch {
        // not readable: the fallback
    }
    return otherwise;
}

/** `e` when it is this package's error, else an INVALID_ARGUMENT error with its message. */
const asNangoError = (e) => (isNangoError(e) ? e : invalid(messageOf(e, 'an argument could not be read')));

// ---- Reading the caller's arguments -------------------------------------------------------
// A spec (see src/client.rs) becomes { m: 'v' | 'p' | 't', props, entries, lower, items }.

function parseSpec(text) {
    let i = 0;
    const one = () => {
        const c = text[i++];
        if (c === '{') {
            const props = [];
            for (;;) {
                while (text[i] === ' ') i++;
                if (text[i] === '}') {
                    i++;
                    return { m: 'v', props };
                }
                let name = '';
                while (/[\w$]/.test(text[i])) name += text[i++];
                let spec = { m: 'v' };
                if (text[i] === ':') {
                    i++;
                    spec = one();
                }
                props.push([name, spec]);
            }
        }
        if (c === '*' || c === '~') return { m: 'v', entries: one(), lower: c === '~' };
        if (c === '[') {
            const items = one();
            i++; // ]
            return { ...items, items };
        }
        return { m: c };
    };
    const args = [];
    while (i < text.length) {
        if (text[i] === ' ') i++;
        else args.push(one());
    }
    return args;
}

/** The values a snapshot refers to by position, for the call being read. */
let slots;
/** What is left of the call's MAX_TOTAL. */
let budget;

/** A string token, or `z<len>;` when it is not copied (too long, or over the budget). */
function token(tag, s) {
    if (s.length > MAX_TEXT || s.length > budget) return `z${s.length};`;
    budget -= s.length;
    return `${tag}${s.length}:${s}`;
}

/** A string that takes a slot of its own (a key, a text). */
function extra(s) {
    slots.push(s);
    return token('s', s);
}

function kind(v, payload) {
    if (Array.isArray(v)) return 'a';
    if (typeof v === 'function') return 'f';
    if (!payload) return 'o';
    if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) return 'b';
    if (typeof Blob === 'function' && v instanceof Blob) return 'l';
    if (typeof FormData === 'function' && v instanceof FormData) return 'm';
    if (typeof URLSearchParams === 'function' && v instanceof URLSearchParams) return 'q';
    if (typeof ReadableStream === 'function' && v instanceof ReadableStream) return 'r';
    if (typeof v.pipe === 'function') return 'r';
    return 'o';
}

/** `v[key]` as `spec` says; `x` when the getter throws. */
function readProp(v, key, spec) {
    let value;
    try {
        value = v[key];
    } catch {
        slots.push(undefined);
        return 'x';
    }
    return read(value, spec);
}

/** One value as `spec` says; a throw while reading it makes it `x` (unreadable). */
function read(v, spec) {
    const at = slots.length;
    slots.push(v);
    try {
        switch (typeof v) {
            case 'undefined':
                return 'u';
            case 'boolean':
                return v ? 'T' : 'F';
            case 'number':
                return token('#', String(v));
            case 'bigint':
                return token('i', String(v));
            case 'string':
                return spec.m === 'p' ? `z${v.length};` : token('s', v);
            case 'symbol':
                return spec.m === 't' ? token('s', String(v)) : 'y';
        }
        if (v === null) return 'n';
        const k = kind(v, spec.m === 'p');
        let out = 'o' + k;
        // An array's String() joins its items: not for more than the core reads.
        if (k === 'a' && (spec.m === 't' || spec.items) && v.length > MAX_ITEMS) return out + '!';
        if (spec.m === 't') out += '=' + extra(String(v));
        if (spec.props) {
            out += '{';
            for (const [name, sub] of spec.props) out += extra(name) + readProp(v, name, sub);
            out += '}';
        } else if (spec.entries) {
            const keys = Object.keys(v);
            if (keys.length > MAX_ITEMS) return out + '!';
            out += spec.lower ? '<' : '{';
            for (const key of keys) {
                out += extra(key);
                if (spec.lower) out += extra(key.toLowerCase());
                out += readProp(v, key, spec.entries);
            }
            out += spec.lower ? '>' : '}';
        }
        if (spec.items && k === 'a') {
            const n = v.length;
            out += '[';
            for (let i = 0; i < n; i++) out += read(v[i], spec.items);
            out += ']';
        }
        if (k === 'l') out += `@${v.size > 0 ? 1 : 0};` + extra(String(v.type));
        return out;
    } catch {
        slots.length = at + 1;
        return 'x';
    }
}

/** The snapshot of `args` read with `specs`, and the values it refers to. */
function snapshot(args, specs) {
    const outer = [slots, budget];
    slots = [];
    budget = MAX_TOTAL;
    try {
        let s = '';
        for (let i = 0; i < specs.length; i++) s += read(args[i], specs[i]);
        return [s, slots];
    } finally {
        [slots, budget] = outer;
    }
}

// ---- Bodies -----------------------------------------------------------------------------

/** Replaces the core's `{"\u0000": n}` placeholders with the caller's values. */
function fill(node, values) {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) node[i] = fill(node[i], values);
        return node;
    }
    if ('\0' in node) return values[node['\0']];
    for (const key of Object.keys(node)) node[key] = fill(node[key], values);
    return node;
}

/** axios' `stringifySafely`: a string that is JSON is sent trimmed, anything else stringified. */
function stringifySafely(value) {
    if (typeof value === 'string') {
        try {
            JSON.parse(value);
            return value.trim();
        } catch {
            // not JSON: stringified below
        }
    }
    return JSON.stringify(value);
}

const isBuffer = (v) => typeof Buffer === 'function' && Buffer.isBuffer(v);
const removeBrackets = (key) => (key.endsWith('[]') ? key.slice(0, -2) : key);

function isVisitable(value) {
    if (Array.isArray(value)) return true;
    if (value === null || typeof value !== 'object') return false;
    const proto = Object.getPrototypeOf(value);
    return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * axios' `toFormData` with its defaults, as `toURLEncodedForm` uses it: bracket keys
 * (`a[b][0]`), flat arrays at the top as `key[]`, top-level `key{}` values as JSON, `null` and
 * `undefined` left out, dates as ISO strings, Node Buffers as base64. Multipart writes the same
 * keys into a FormData, with Blobs and binary data as files.
 */
function form(data, multipart) {
    const target = multipart ? new FormData() : new URLSearchParams();
    const stack = [];
    const convert = (value) => {
        if (value instanceof Date) {
            if (Number.isNaN(value.getTime())) throw new Error('Invalid time value');
            return value.toISOString();
        }
        const binary = value instanceof ArrayBuffer || ArrayBuffer.isView(value);
        const blob = typeof Blob === 'function' && value instanceof Blob;
        if (!multipart && blob) throw new Error('Blob is not supported. Use a Buffer instead.');
        if (binary) return multipart ? new Blob([value]) : new TextDecoder().decode(value);
        return value;
    };
    const renderKey = (path, key) => {
        if (path.length === 0) return key;
        let out = removeBrackets(path[0]);
        for (const token of [...path.slice(1), key]) out += `[${removeBrackets(token)}]`;
        return out;
    };
    const visit = (value, key, path) => {
        if (!multipart && isBuffer(value)) {
            target.append(key, value.toString('base64'));
            return false;
        }
        if (path.length === 0 && typeof value === 'object') {
            if (key.endsWith('{}')) {
                target.append(key, JSON.stringify(value));
                return false;
            }
            if (Array.isArray(value) && (key.endsWith('[]') || !value.some(isVisitable))) {
                const name = removeBrackets(key) + '[]';
                for (let i = 0; i < value.length; i++) {
                    const item = value[i];
                    if (item !== undefined && item !== null) target.append(name, convert(item));
                }
                return false;
            }
        }
        if (isVisitable(value)) return true;
        target.append(renderKey(path, key), convert(value));
        return false;
    };
    const build = (value, path, depth) => {
        if (depth > 100) throw new Error(`Object is too deeply nested (${depth} levels). Max depth: 100`);
        if (stack.includes(value)) throw new Error(`Circular reference detected in ${path.join('.')}`);
        stack.push(value);
        const children = [];
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) children.push([String(i), value[i]]);
        } else if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
            for (const key of Object.keys(value)) children.push([key.trim(), value[key]]);
        }
        for (const [key, item] of children) {
            if (item !== undefined && item !== null && visit(item, key, path)) build(item, [...path, key], depth + 1);
        }
        stack.pop();
    };
    build(data, [], 0);
    return target;
}

/** The body `fetch` gets for the request, or undefined. Throws an INVALID_ARGUMENT error. */
function body(req, values) {
    const value = req.k === 'j' ? fill(req.b, values) : values[req.b];
    try {
        switch (req.k) {
            case 'j':
                return stringifySafely(value);
            case 'f':
                return form(value, false);
            case 'm':
                return form(value, true);
            default:
                return value;
        }
    } catch (e) {
        const detail = messageOf(e, 'a value in it could not be read');
        throw invalid(req.k === 'j' ? `${req.o}: the request body cannot be serialized as JSON: ${detail}` : detail);
    }
}

// ---- Responses ----------------------------------------------------------------------------

/** Nango's error message from an error body. */
function nangoMessage(data) {
    if (data === null || typeof data !== 'object') {
        return typeof data === 'string' && data.length >= 1 && data.length <= 500 ? data : undefined;
    }
    const error = data.error;
    if (typeof error === 'string') return error;
    if (error !== null && typeof error === 'object' && typeof error.message === 'string') return error.message;
    return typeof data.message === 'string' ? data.message : undefined;
}

/** The body as `type` says, and whether a JSON body parsed (true for the other types). */
async function readBody(res, type) {
    switch (type) {
        case 'text':
            return [await res.text(), true];
        case 'arraybuffer': {
            const bytes = await res.arrayBuffer();
            return [typeof Buffer === 'function' ? Buffer.from(bytes) : bytes, true];
        }
        case 'blob':
            return [await res.blob(), true];
        case 'stream':
            return [res.body ?? new Blob([]).stream(), true];
        default: {
            // Like axios: the parsed body when it is JSON, else the text itself.
            const text = await res.text();
            try {
                return [JSON.parse(text), true];
            } catch {
                return [text, false];
            }
        }
    }
}

const unexpected = (op, detail) => new NangoError('UNEXPECTED_RESPONSE', `${op} failed: unexpected response: ${detail}`);

/** Methods whose request can be sent twice to the same effect: retried without Retry-After. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PROPFIND', 'REPORT']);

/** The longest wait asked by a server (Retry-After) that is honoured; a longer one is not retried. */
const MAX_RETRY_AFTER_MS = 60000;

/**
 * The wait before retry number `attempt` (0 for the first), or undefined when the answer is
 * not retried: a 429 or 503 is retried when the server says when (`retry-after-ms`, or
 * `Retry-After` in seconds or as an HTTP date); for idempotent methods only, a 5xx (and no
 * answer at all: `res` undefined) is retried too, after a capped exponential backoff (0.5 s,
 * doubled each time, at most 8 s) with full jitter.
 */
function retryDelay(attempt, idempotent, res) {
    const status = res?.status ?? 0;
    let asked;
    if (res) {
        const ms = res.headers.get('retry-after-ms');
        const after = res.headers.get('retry-after');
        const seconds = Number(after);
        if (ms && Number(ms) >= 0) asked = Number(ms);
        else if (after && seconds >= 0) asked = seconds * 1000;
        else if (/[a-z]/i.test(after) && !Number.isNaN(Date.parse(after))) asked = Math.max(0, Date.parse(after) - Date.now());
    }
    const retried = status === 429 ? asked !== undefined : status === 503 ? asked !== undefined || idempotent : (status === 0 || status >= 500) && idempotent;
    if (!retried || asked > MAX_RETRY_AFTER_MS) return undefined;
    return asked ?? Math.random() * Math.min(8000, 500 * 2 ** attempt);
}

/** Log levels, from the most verbose; `off` logs nothing. */
const LEVELS = ['debug', 'info', 'warn', 'error', 'off'];

/** Marks the constructor call of `withOptions`, which shares a client's settings. */
const CLONE = Symbol('clone');

/**
 * The options of a client (the constructor's `config`) or of `withOptions` (`call`: also a
 * `signal`), over `base`. Throws INVALID_ARGUMENT naming the option.
 */
function callOptions(source, base, call) {
    const o = { ...base };
    if (source === undefined || source === null) return o;
    if (typeof source !== 'object') throw invalid('withOptions(options): options must be an object');
    const read = (name, valid, expected) => {
        let value;
        try {
            value = source[name];
        } catch {
            throw invalid(`${name} could not be read`);
        }
        if (value === undefined) return;
        if (!valid(value)) throw invalid(`${name} must be ${expected}`);
        o[name] = value;
    };
    read('timeoutMs', (v) => typeof v === 'number' && v > 0, 'a number of milliseconds above 0');
    read('maxRetries', (v) => Number.isInteger(v) && v >= 0 && v <= 10, 'a whole number from 0 to 10');
    read('fetch', (v) => typeof v === 'function', 'a function');
    read('logLevel', (v) => LEVELS.includes(v), `one of ${LEVELS.join(', ')}`);
    read('logger', (v) => v !== null && typeof v === 'object', 'an object with debug, info, warn and error methods');
    if (call) read('signal', isSignal, 'an AbortSignal');
    return o;
}

const isSignal = (v) => v !== null && typeof v === 'object' && typeof v.aborted === 'boolean' && typeof v.addEventListener === 'function';

/** `o` with the proxy configuration's `signal`, when it has one. */
function withSignal(o, config) {
    let signal;
    try {
        signal = config?.signal;
    } catch {
        throw invalid('signal could not be read');
    }
    if (signal === undefined || signal === null) return o;
    if (!isSignal(signal)) throw invalid('signal must be an AbortSignal');
    return { ...o, signal };
}

/** The proxy's methods: their configuration may carry a `signal`. */
const PROXY_METHODS = new Set(['proxy', 'get', 'post', 'put', 'patch', 'delete']);

/** Headers whose values never reach a log line. */
const SECRET_HEADER = /authorization|api-?key|token|secret|password|cookie|signature/i;

/** Headers for a log line, with the secret ones' values hidden. */
function redacted(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) out[name] = SECRET_HEADER.test(name) ? '[redacted]' : value;
    return out;
}

function credentials(op, data) {
    const c = data?.credentials;
    if (c === null || typeof c !== 'object') throw unexpected(op, 'the connection has no credentials');
    return c;
}

/** The method's result from a successful response. */
function shape(req, data, response) {
    const r = req.r;
    if (r === undefined) return data;
    if (r === 'R') return response();
    if (r[0] === '.') return data?.[r.slice(1)];
    switch (r) {
        case 'c':
            return { configs: data?.data };
        case 'C':
            return { config: data?.data };
        case 'l':
            return data || [];
        case 'w':
            return credentials(req.o, data).raw;
        case 't': {
            const c = credentials(req.o, data);
            if (c.type === 'OAUTH2') return c.access_token;
            if (c.type === 'OAUTH1') return { oAuthToken: c.oauth_token, oAuthTokenSecret: c.oauth_token_secret };
            return c;
        }
    }
    return data;
}

// ---- The runtime --------------------------------------------------------------------------

/** `node/20.1.0`, `deno/2.1.0`, `bun/1.1.0`, `workerd` or `browser`, for the user agent. */
function runtime() {
    try {
        const g = globalThis;
        if (typeof g.Deno?.version?.deno === 'string') return `deno/${g.Deno.version.deno}`;
        if (typeof g.Bun?.version === 'string') return `bun/${g.Bun.version}`;
        // Before Node: under nodejs_compat, workerd defines process.versions.node too.
        if (g.navigator?.userAgent === 'Cloudflare-Workers') return 'workerd';
        if (typeof g.process?.versions?.node === 'string') return `node/${g.process.versions.node}`;
    } catch {
        // an unusual global: named as a browser
    }
    return 'browser';
}

const RUNTIME = runtime();

/** Waits `ms`; an abort of `signal` rejects with `aborted()`. */
function sleep(ms, signal, aborted = () => new NangoError('ABORTED', WAIT_ABORTED)) {
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            reject(aborted());
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

// ---- The API ------------------------------------------------------------------------------

/**
 * The package's API over the wasm-bindgen glue `core`: already initialised; or initialised by
 * `init()` (synchronous) before the core is first used, so that importing the package and
 * creating clients compile nothing; or initialised when `loading` (a promise) resolves. Until
 * then, calls read their arguments at once and wait for it before building their request, and
 * the webhook verifiers return false.
 */
export function bind(core, loading, init) {
    let loaded = !loading;
    const ready = loading
        ? loading.then(
              () => {
                  loaded = true;
              },
              (e) => {
                  throw new NangoError('INTERNAL_ERROR', `the wasm module could not be loaded: ${messageOf(e, 'unknown error')}`);
              }
          )
        : Promise.resolve();
    // A failed load rejects the calls that wait for it, not the process.
    ready.catch(() => {});

    /** Calls the core; if its instance traps, replaces it and throws an INTERNAL_ERROR. */
    const guarded = (f) => {
        if (init) {
            try {
                init();
            } catch (e) {
                throw new NangoError('INTERNAL_ERROR', `the wasm module could not be loaded: ${messageOf(e, 'unknown error')}`);
            }
            init = undefined;
        }
        try {
            return f();
        } catch (e) {
            if (e instanceof WebAssembly.RuntimeError || e?.name === 'RuntimeError') {
                core.__wbg_reset_state();
                throw new NangoError('INTERNAL_ERROR', 'the wasm core failed (out of memory?) and was restarted; nothing was sent');
            }
            throw e;
        }
    };

    const methods = METHODS.map(([name, spec], op) => ({ name, op, specs: parseSpec(spec) }));
    const byName = Object.fromEntries(methods.map((m) => [m.name, m]));
    let warned = false;

    class Nango {
        #s;

        /**
         * Creates a client, validating `config` with the official SDK's rules and messages.
         * The key and the user agent must be sendable as header values.
         */
        constructor(config, options) {
            this.#s = config === CLONE ? options : settings(config, options);
        }

        /**
         * A light client that shares this one's configuration, with `options` applied to
         * every call made through it: `signal`, `timeoutMs`, `maxRetries`, `fetch`, `logLevel`,
         * `logger`. Throws INVALID_ARGUMENT for an invalid option.
         */
        withOptions(options) {
            return new Nango(CLONE, { ...this.#s, o: callOptions(options, this.#s.o, true) });
        }

        /** Builds and sends method `m`'s request; always a promise. */
        static #call(client, m, args) {
            try {
                const s = client.#s;
                const [snap, values] = snapshot(args, m.specs);
                // The proxy's configuration may carry its own signal.
                const o = m.proxy ? withSignal(s.o, args[0]) : s.o;
                const go = () => {
                    const req = JSON.parse(guarded(() => core.build(m.op, s.core, snap)));
                    if (req.e !== undefined) throw invalid(req.e);
                    return send(s, req, values, o);
                };
                return loaded ? go() : ready.then(go);
            } catch (e) {
                return Promise.reject(asNangoError(e));
            }
        }

        /**
         * For tests of trap recovery: traps the wasm core as an out-of-memory would, through
         * the same path every call takes. Throws the INTERNAL_ERROR a call then rejects with.
         */
        static [Symbol.for('nango-wasm.trap')]() {
            guarded(() => core.trap());
        }

        static {
            // Read-only properties, as @nangohq/node's public fields: serverUrl (no trailing
            // slash), apiKey (the bearer key), secretKey (when given), webhookSigningKey,
            // connectionId and providerConfigKey (the defaults, '' when unset), isSync,
            // isScript, dryRun (the Nango-Is-* flags), activityLogId and userAgent.
            for (const name of PROPERTIES) {
                Object.defineProperty(this.prototype, name, {
                    get() {
                        return this.#s[name] ?? undefined;
                    },
                    configurable: true
                });
            }
            /**
             * The first page's promise, also async-iterable over the items of every page (one
             * page in memory at a time), with `pages()` iterating the pages themselves, each
             * with `cursor`: what fetched it (a records cursor, or a connections page number),
             * to resume from after a crash. The calls use the client's options (its signal).
             */
            const paged = (client, m, args, pager) => {
                const first = Nango.#call(client, m, args);
                const box = { first };
                const fetch = (page, firstPage) => {
                    const next = pager.next(client, args, page, firstPage);
                    if (!next) return null;
                    return Nango.#call(client, m, next[0]).then((p) => ({ ...p, cursor: next[1], n: next[1] }));
                };
                async function* pages() {
                    try {
                        // The first iteration reads the page already asked for; later ones
                        // start over.
                        const start = pager.next(client, args, undefined);
                        let promise = box.first ? box.first.then((p) => ({ ...p, cursor: start[1], n: start[1] })) : fetch(undefined);
                        box.first = null;
                        let firstPage;
                        while (promise) {
                            const page = await promise;
                            firstPage ??= page;
                            const { n, ...visible } = page;
                            yield visible;
                            promise = fetch(page, firstPage);
                        }
                    } catch (e) {
                        throw asNangoError(e);
                    }
                }
                first.pages = pages;
                first[Symbol.asyncIterator] = async function* () {
                    for await (const page of pages()) yield* pager.items(page);
                };
                return first;
            };
            const pagers = {
                // The cursor that fetched each page: the caller's, then each next_cursor.
                listRecords: {
                    items: (page) => page?.records ?? [],
                    next(client, args, page) {
                        const cursor = page ? page.next_cursor : (args[0]?.cursor ?? null);
                        if (page && !cursor) return null;
                        return [[{ ...args[0], cursor }], cursor];
                    }
                },
                // limit/page paging, in either call form: the next page while a page is full.
                listConnections: {
                    items: (page) => page?.connections ?? [],
                    next(client, args, page, first) {
                        const legacy = args[0] === null || typeof args[0] !== 'object';
                        const params = (legacy ? args[2] : args[0]) ?? {};
                        const n = page ? page.n + 1 : Number(params.page ?? 0);
                        const size = Number(params.limit) || first?.connections?.length;
                        if (page && !(page.connections?.length > 0 && page.connections.length >= size)) return null;
                        const next = { ...params, page: n };
                        return [legacy ? [args[0], args[1], next] : [next, ...args.slice(1)], n];
                    }
                }
            };
            for (const m of methods) {
                if (m.name === 'waitForConnection') continue;
                m.proxy = PROXY_METHODS.has(m.name);
                const pager = pagers[m.name];
                const call = pager
                    ? function (...args) {
                          return paged(this, m, args, pager);
                      }
                    : function (...args) {
                          return Nango.#call(this, m, args);
                      };
                Object.defineProperty(this.prototype, m.name, {
                    value: Object.defineProperty(call, 'name', { value: m.name }),
                    writable: true,
                    configurable: true
                });
            }
        }

        /**
         * Waits until the user `userId` has a connection to `integrationKey` and returns it:
         * lists the user's connections now, after 10 s, then every 2 s, 30 times in all.
         * `options.signal` cancels the wait.
         */
        async waitForConnection(integrationKey, userId, options) {
            try {
                const signal = options?.signal ?? undefined;
                const poll = byName.waitForConnection;
                for (let attempt = 0; attempt < WAIT_POLLS; attempt++) {
                    if (signal?.aborted) throw new NangoError('ABORTED', WAIT_ABORTED);
                    const data = await Nango.#call(this, poll, [integrationKey, userId]);
                    const list = data?.connections;
                    if (!Array.isArray(list)) throw unexpected('waitForConnection', 'the answer has no connections list');
                    const found = list.find((c) => c?.provider_config_key === integrationKey);
                    if (found) return found;
                    if (signal?.aborted) throw new NangoError('ABORTED', WAIT_ABORTED);
                    await sleep(attempt === 0 ? WAIT_FIRST_MS : WAIT_NEXT_MS, signal);
                }
                throw new NangoError('TIMEOUT', WAIT_TIMED_OUT);
            } catch (e) {
                throw asNangoError(e);
            }
        }

        /**
         * Checks an incoming webhook: the `X-Nango-Hmac-Sha256` header (any case, from a
         * plain object or a fetch `Headers`) must be the HMAC-SHA256 of the raw body (a string
         * or its bytes) under `webhookSigningKey`, or the deprecated `secretKey`. Synchronous;
         * `false` for anything that cannot be read.
         */
        verifyIncomingWebhookRequest(body, headers) {
            try {
                const key = signingKey(this.#s);
                const signature = signatureOf(headers);
                if (!key || typeof signature !== 'string') return false;
                return digest(key, true, body, signature);
            } catch {
                return false;
            }
        }

        /**
         * Checks the `X-Nango-Signature` header: the SHA-256 of the signing key followed by
         * `JSON.stringify(jsonPayload)`.
         * @deprecated Vulnerable to length-extension attacks: use `verifyIncomingWebhookRequest`.
         */
        verifyWebhookSignature(signatureInHeader, jsonPayload) {
            if (!warned) {
                warned = true;
                try {
                    console.warn(`DeprecationWarning: ${DEPRECATED}`);
                } catch {
                    // no console
                }
            }
            try {
                const key = signingKey(this.#s);
                if (!key || typeof signatureInHeader !== 'string') return false;
                return digest(key, false, `${JSON.stringify(jsonPayload)}`, signatureInHeader);
            } catch {
                return false;
            }
        }
    }

    // Minifiers rename classes: the names users and stack traces see are set here.
    Object.defineProperty(Nango, 'name', { value: 'Nango' });

    const signingKey = (s) => s.webhookSigningKey ?? s.secretKey;

    function signatureOf(headers) {
        if (headers === null || typeof headers !== 'object') return undefined;
        const key = Object.keys(headers).find((k) => k.toLowerCase() === SIGNATURE_HEADER);
        if (key !== undefined) return headers[key];
        return typeof headers.get === 'function' ? headers.get(SIGNATURE_HEADER) : undefined;
    }

    /** Hashes `body` (a string or bytes) in chunks, never copying it whole into the core. */
    function digest(key, hmac, body, signature) {
        if (!loaded) return false;
        let bytes;
        if (typeof body !== 'string') {
            if (ArrayBuffer.isView(body)) bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
            else if (body instanceof ArrayBuffer) bytes = new Uint8Array(body);
            else return false;
        }
        return guarded(() => {
            core.digestStart(key, hmac);
            if (bytes) {
                for (let i = 0; i < bytes.length; i += CHUNK) core.digestBytes(bytes.subarray(i, i + CHUNK));
            } else {
                const encoder = new TextEncoder();
                for (let i = 0; i < body.length; ) {
                    let end = Math.min(i + CHUNK, body.length);
                    // Never split a surrogate pair.
                    const last = body.charCodeAt(end - 1);
                    if (end < body.length && last >= 0xd800 && last <= 0xdbff) end--;
                    core.digestBytes(encoder.encode(body.slice(i, end)));
                    i = end;
                }
            }
            return core.digestCheck(signature);
        });
    }

    /**
     * Sends a request the core built with the call's options `o` (`signal`, `timeoutMs`,
     * `maxRetries`, `fetch`, `logLevel`, `logger`) and shapes its result.
     */
    async function send(s, req, values, o) {
        let url = s.serverUrl + req.u;
        const headers = {};
        const names = {};
        let typed = false;
        for (const list of [s.h, req.h]) {
            for (const [name, value] of list) {
                const lower = name.toLowerCase();
                if (names[lower] !== undefined) delete headers[names[lower]];
                headers[name] = value;
                names[lower] = name;
                typed ||= lower === 'content-type';
            }
        }
        const init = { method: req.m, headers };
        if (req.k !== undefined) {
            let b = body(req, values);
            // fetch gives a string body `text/plain;charset=UTF-8` when no Content-Type is set;
            // axios sends none.
            if (typeof b === 'string' && !typed) b = new Blob([b]);
            if (b !== undefined) init.body = b;
        }
        if (req.q) {
            try {
                const u = new URL(url);
                for (const [name, value] of req.q) u.searchParams.set(name, value);
                url = u.href;
            } catch {
                throw invalid(`${req.o}: the URL is not valid`);
            }
        }
        const path = url.slice(s.serverUrl.length);
        const request = { method: req.m, url };
        const exchange = (kind, message, code, status = 0, response, cause) =>
            new NangoError(kind, `${message} (${req.o})`, { code, status, response, cause, request });
        const { signal, timeoutMs, maxRetries = 0, logLevel = 'off', logger = console } = o;
        const threshold = LEVELS.indexOf(logLevel);
        const log = (level, line) => {
            if (LEVELS.indexOf(level) < threshold) return;
            try {
                logger[level](`nango-wasm: ${line}`);
            } catch {
                // a logger that fails does not fail the call
            }
        };
        const aborted = () => exchange('ABORTED', 'canceled', 'ERR_CANCELED');
        if (signal?.aborted) throw aborted();
        // One controller for the whole call: the caller's signal and the timeout abort the
        // request in flight, the body being read, and the waits between retries.
        let controller;
        let timer;
        let timedOut = false;
        const onAbort = () => controller.abort();
        if (signal || timeoutMs) {
            controller = new AbortController();
            init.signal = controller.signal;
            signal?.addEventListener('abort', onAbort, { once: true });
            if (timeoutMs && timeoutMs !== Infinity) {
                timer = setTimeout(() => {
                    timedOut = true;
                    controller.abort();
                }, timeoutMs);
            }
        }
        const stopped = () =>
            timedOut ? exchange('TIMEOUT', `timeout of ${timeoutMs}ms exceeded`, 'ECONNABORTED') : aborted();
        const f = o.fetch ?? fetch;
        try {
            for (let attempt = 0; ; attempt++) {
                const started = Date.now();
                if (threshold === 0) log('debug', `→ ${req.m} ${path} ${JSON.stringify(redacted(headers))}`);
                let res;
                let data;
                let error;
                try {
                    res = await f(url, init);
                } catch (e) {
                    if (controller?.signal.aborted) throw stopped();
                    error = exchange('NETWORK_ERROR', `Network Error: ${messageOf(e, 'the request could not be sent')}`, 'ERR_NETWORK', 0, undefined, e);
                }
                const status = res?.status ?? 0;
                const response = () => ({ status, statusText: res.statusText, headers: Object.fromEntries(res.headers), data });
                if (res) {
                    let decoded;
                    try {
                        [data, decoded] = await readBody(res, req.t);
                    } catch (e) {
                        if (controller?.signal.aborted) throw stopped();
                        // The headers came; the body did not (a reset, a corrupt encoding).
                        error = exchange('NETWORK_ERROR', `Network Error: the body could not be read: ${messageOf(e, 'unknown error')}`, 'ERR_NETWORK', status, response(), e);
                    }
                    if (!error && (status < 200 || status >= 300)) {
                        const message = nangoMessage(data);
                        error = exchange(
                            status === 429 ? 'RATE_LIMITED' : 'API_ERROR',
                            `Request failed with status code ${status}${message === undefined ? '' : `: ${message}`}`,
                            status < 500 ? 'ERR_BAD_REQUEST' : 'ERR_BAD_RESPONSE',
                            status,
                            response()
                        );
                    } else if (!error && !decoded && req.r !== 'R' && !(req.r === 'l' && data === '')) {
                        error = exchange('UNDECODABLE_BODY', `Response body is not valid JSON (status ${status})`, 'ERR_BAD_RESPONSE', status, response());
                    }
                }
                const took = Date.now() - started;
                if (!error) {
                    log('info', `← ${status} ${req.m} ${path} (${took} ms)`);
                    return shape(req, data, response);
                }
                log(status ? 'warn' : 'error', `← ${status || error.code} ${req.m} ${path} (${took} ms)`);
                if (attempt >= maxRetries) throw error;
                const wait = retryDelay(attempt, IDEMPOTENT.has(req.m), error.cause ? undefined : res);
                if (wait === undefined) throw error;
                log('warn', `retrying ${req.m} ${path} in ${Math.round(wait)} ms (retry ${attempt + 1} of ${maxRetries})`);
                await sleep(wait, controller?.signal, stopped);
            }
        } finally {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        }
    }

    /** The user agent this package sends, with `userAgent` appended when given. */
    function getUserAgent(userAgent) {
        return `nango-wasm/${VERSION} (${RUNTIME})${userAgent ? `; ${userAgent}` : ''}`;
    }

    /** A client's settings from the constructor's arguments; throws INVALID_ARGUMENT. */
    function settings(config, options) {
        if (config === null || typeof config !== 'object') {
            throw invalid('new Nango(config): config must be an object such as { secretKey }');
        }
        const option = (name, text = true) => {
            let value;
            try {
                value = config[name];
            } catch {
                throw invalid(`${name} could not be read`);
            }
            if (!text) return !!value;
            if (value === undefined || value === null) return undefined;
            if (!['string', 'number', 'boolean', 'bigint'].includes(typeof value)) {
                throw invalid(`${name} must be a string, got ${Array.isArray(value) ? 'an array' : typeof value}`);
            }
            return String(value);
        };
        const host = option('host') || prodHost;
        const [apiKeyOption, secretKey] = [option('apiKey'), option('secretKey')];
        const s = {
            serverUrl: host.endsWith('/') ? host.slice(0, -1) : host,
            secretKey,
            webhookSigningKey: option('webhookSigningKey'),
            connectionId: option('connectionId') ?? '',
            providerConfigKey: option('providerConfigKey') ?? '',
            isSync: option('isSync', false),
            isScript: option('isScript', false),
            dryRun: option('dryRun', false),
            activityLogId: option('activityLogId') || undefined
        };
        if (apiKeyOption && secretKey) {
            throw invalid('You must specify only one of apiKey or secretKey, not both (cf. documentation).');
        }
        s.apiKey = apiKeyOption ?? secretKey;
        if (!s.apiKey) throw invalid('You must specify an API key (cf. documentation).');
        try {
            new URL(s.serverUrl);
        } catch {
            throw invalid(`Invalid URL provided for the Nango host: ${s.serverUrl}`);
        }
        let extra;
        try {
            extra = options?.userAgent;
            s.userAgent = getUserAgent(extra);
        } catch {
            throw invalid('userAgent could not be read');
        }
        const unsendable = /[\r\n\0]|[^\0-\xff]/;
        if (unsendable.test(s.apiKey)) {
            throw invalid('the API key cannot be sent as the Authorization header: it contains a line break, a NUL or a character beyond U+00FF');
        }
        if (unsendable.test(s.userAgent)) {
            throw invalid('userAgent cannot be sent as the User-Agent header: it contains a line break, a NUL or a character beyond U+00FF');
        }
        // The headers every request carries (the official SDK's enrichHeaders): the flags only
        // when set.
        s.h = [
            ['Accept', 'application/json, text/plain, */*'],
            ['User-Agent', s.userAgent],
            ['Authorization', `Bearer ${s.apiKey}`]
        ];
        for (const [flag, name] of [
            [s.isSync, 'Nango-Is-Sync'],
            [s.isScript, 'Nango-Is-Script'],
            [s.dryRun, 'Nango-Is-Dry-Run']
        ]) {
            if (flag) s.h.push([name, 'true']);
        }
        s.o = callOptions(config, {}, false);
        // The defaults the core's builders need, as a snapshot.
        [s.core] = snapshot([s.connectionId, s.providerConfigKey, s.activityLogId], DEFAULTS);
        return s;
    }

    return { Nango, NangoError, isNangoError, getUserAgent, ready };
}
