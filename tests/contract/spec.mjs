// A test copy of Nango's OpenAPI spec (../shared/nango-openapi.yaml) with its known defects
// patched, each patch explained. Every patch checks that what it fixes is still there, so a
// new spec version that fixed (or moved) a defect fails loudly instead of hiding a regression.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const SPEC = fileURLToPath(new URL('../../../shared/nango-openapi.yaml', import.meta.url));

function must(value, what) {
    if (value === undefined || value === null) throw new Error(`spec patch: ${what} is no longer in the spec; review the patch`);
    return value;
}

const FILTER = '(added|updated|deleted|ADDED|UPDATED|DELETED)';

/** The spec, parsed, with the patches applied. */
export function patchedSpec() {
    const spec = parse(readFileSync(SPEC, 'utf8'));
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

/** Writes the patched spec as JSON to `file` and returns its path. */
export function writePatchedSpec(file) {
    mkdirSync(fileURLToPath(new URL('.', `file://${file}`)), { recursive: true });
    writeFileSync(file, JSON.stringify(patchedSpec()));
    return file;
}
