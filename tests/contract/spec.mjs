// A test copy of Nango's OpenAPI spec with its known defects patched, each patch explained.
// Every patch checks that what it fixes is still there, so a new spec version that fixed (or
// moved) a defect fails loudly instead of hiding a regression.
//
// The spec is not part of this repository: `findSpec()` looks for the file that the
// NANGO_OPENAPI_SPEC environment variable names, else for nango-openapi.yaml in a `shared/`
// folder beside the repository. Without either, the tests that need it are skipped.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The environment variable that names the spec file. */
export const SPEC_ENV = 'NANGO_OPENAPI_SPEC';
/** Where the spec is looked for when SPEC_ENV is not set: beside the repository. */
const BESIDE_REPO = fileURLToPath(new URL('../../../shared/nango-openapi.yaml', import.meta.url));
/** Why the spec-dependent tests are skipped when there is no spec, and how to run them. */
export const SPEC_MISSING =
    "Nango's OpenAPI spec was not found, so requests are not validated against it. Get Nango's published OpenAPI spec " +
    "(docs/spec.yaml in Nango's repository, https://github.com/NangoHQ/nango), save it as nango-openapi.yaml and point the " +
    `tests at it: ${SPEC_ENV}=/path/to/nango-openapi.yaml node --test tests/js/contract.test.mjs`;

/**
 * The spec to use: `{ path }`, or `{ skip: SPEC_MISSING }` when there is none. A path set in
 * SPEC_ENV is used as given, even if it does not exist, so that a wrong path fails the tests
 * instead of skipping them.
 */
export function findSpec() {
    const fromEnv = process.env[SPEC_ENV];
    if (fromEnv) return { path: resolve(fromEnv) };
    if (existsSync(BESIDE_REPO)) return { path: BESIDE_REPO };
    return { skip: SPEC_MISSING };
}

function must(value, what) {
    if (value === undefined || value === null) throw new Error(`spec patch: ${what} is no longer in the spec; review the patch`);
    return value;
}

const FILTER = '(added|updated|deleted|ADDED|UPDATED|DELETED)';

/** The spec at `specPath`, parsed, with the patches applied. */
export function patchedSpec(specPath) {
    if (!existsSync(specPath)) throw new Error(`${specPath}: no such file (${SPEC_ENV}=${process.env[SPEC_ENV] ?? ''})`);
    const spec = parse(readFileSync(specPath, 'utf8'));
    const paths = spec.paths;

    // 1. The official SDK requests `GET /records/?model=...` (trailing slash) and Nango's router
    //    serves it; the spec only knows `/records`. Serve the same operation under both.
    paths['/records/'] = must(paths['/records'], '/records');

    // 2. `filter` accepts combinations such as `added,updated` (the SDK's CombinedFilterAction
    //    type, in either case), but the spec's enum lists single lower-case values only.
    const filter = must(paths['/records'].get.parameters.find((p) => p.name === 'filter'), 'the records filter parameter');
    must(filter.schema.enum, 'the records filter enum');
    filter.schema = { type: 'string', pattern: `^${FILTER}(,${FILTER})*$` };

    // 3. `syncs` is `oneOf: [array of names, array of { name, variant }]`: an empty array (which
    //    means "all syncs") matches both branches, so oneOf rejects it. anyOf is what is meant.
    for (const path of ['/sync/trigger', '/sync/start', '/sync/pause']) {
        const syncs = paths[path]?.post?.requestBody?.content?.['application/json']?.schema?.properties?.syncs;
        if (syncs?.oneOf) {
            syncs.anyOf = syncs.oneOf;
            delete syncs.oneOf;
        }
    }
    must(paths['/sync/trigger'].post.requestBody.content['application/json'].schema.properties.syncs.anyOf, '/sync/trigger syncs oneOf');

    // 4. `/action/trigger`'s 200 body is `oneOf: [any object, { id, statusUrl }]`: the async
    //    answer matches both branches, so oneOf rejects it; and with `X-Async: true` Nango
    //    answers 202, which the spec does not list.
    const action = paths['/action/trigger'].post.responses;
    const actionSchema = must(action['200'].content['application/json'].schema.oneOf, '/action/trigger 200 oneOf');
    action['200'].content['application/json'].schema = { anyOf: actionSchema };
    action['202'] = { description: 'The action was queued (X-Async: true)', content: { 'application/json': { schema: actionSchema[1] } } };

    // 5. Query parameters marked `deprecated` (e.g. `endUserId`, which the SDK still sends for
    //    `userId`) are valid parameters, but Prism reports them as warnings that `--errors` turns
    //    into rejections. Drop the marker; the parameters stay in the spec.
    // 6. `/proxy/{anyPath}` declares a required query parameter named `$ANY_QUERY_PARAMS`, a
    //    placeholder for "any query string", which no request can carry. Drop it.
    let deprecated = 0;
    let placeholder = 0;
    for (const item of Object.values(paths)) {
        for (const op of Object.values(item)) {
            if (!op || !Array.isArray(op.parameters)) continue;
            for (const p of op.parameters) {
                if (p.in === 'query' && p.deprecated) {
                    delete p.deprecated;
                    deprecated++;
                }
            }
            const before = op.parameters.length;
            op.parameters = op.parameters.filter((p) => !(p.in === 'query' && p.name === '$ANY_QUERY_PARAMS'));
            placeholder += before - op.parameters.length;
        }
    }
    if (!deprecated) must(undefined, 'deprecated query parameters');
    if (!placeholder) must(undefined, 'the $ANY_QUERY_PARAMS placeholder');
    // Not patched: `{anyPath}` matches one path segment only, so the contract calls use
    // single-segment proxy endpoints.
    return spec;
}

/** Writes the spec at `specPath`, patched, as JSON to `file` and returns `file`. */
export function writePatchedSpec(specPath, file) {
    mkdirSync(fileURLToPath(new URL('.', `file://${file}`)), { recursive: true });
    writeFileSync(file, JSON.stringify(patchedSpec(specPath)));
    return file;
}
