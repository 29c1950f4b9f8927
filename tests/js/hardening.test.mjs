// Percent-encoding hardening of every method that puts a caller's id in a path or a query:
// an id with / ? # % & +, a space, non-ASCII and .. reaches the server as exactly one path
// segment or one query value, and the ids '.' and '..' (and '') reject with INVALID_ARGUMENT
// before anything is sent. (The official SDK interpolates raw strings.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { rejection, SECRET_KEY, useFakeNango } from './helpers.mjs';
import { Ours, oursIsOfficial, OURS_MODULE } from './sdk.mjs';

const skip = oursIsOfficial ? `NANGO_SDK_MODULE=${OURS_MODULE} points at the official SDK: these tests cover nango-wasm-only behaviour` : false;

const server = useFakeNango();
const client = () => new Ours({ secretKey: SECRET_KEY, host: server.fake.url });

const ID = '../a/b?c#d%e&f+g h é..';
const DETAILS_FLAGS = [
    ['force_refresh', 'false'],
    ['refresh_token', 'false'],
    ['refresh_github_app_jwt_token', 'false']
];

// [method, call(nango, id), the path segments and query the server must see]
const CASES = [
    ['listProviders', (n, id) => n.listProviders({ search: id }), (id) => [['', 'providers'], [['search', id]]]],
    ['getProvider', (n, id) => n.getProvider({ provider: id }), (id) => [['', 'providers', id], []]],
    ['getProviderTemplates', (n, id) => n.getProviderTemplates({ provider: id }), (id) => [['', 'providers', id, 'templates'], []]],
    ['getIntegration', (n, id) => n.getIntegration({ uniqueKey: id }, { include: [id] }), (id) => [['', 'integrations', id], [['include', id]]]],
    ['getIntegration (older form)', (n, id) => n.getIntegration(id, true), (id) => [['', 'integrations', id], [['include', 'credentials']]]],
    ['updateIntegration', (n, id) => n.updateIntegration({ uniqueKey: id }, { display_name: 'x' }), (id) => [['', 'integrations', id], []]],
    ['updateIntegration (older form)', (n, id) => n.updateIntegration('github', id, {}), (id) => [['', 'integrations', id], []]],
    ['deleteIntegration', (n, id) => n.deleteIntegration(id), (id) => [['', 'integrations', id], []]],
    ['listFunctions', (n, id) => n.listFunctions({ uniqueKey: id }, { search: id }), (id) => [['', 'integrations', id, 'functions'], [['search', id]]]],
    ['getFunction', (n, id) => n.getFunction({ uniqueKey: id, name: id }, { type: id }), (id) => [['', 'integrations', id, 'functions', id], [['type', id]]]],
    [
        'getFunctionCode',
        (n, id) => n.getFunctionCode({ uniqueKey: id, name: id }, { type: id }),
        (id) => [['', 'integrations', id, 'functions', id, 'code'], [['type', id]]]
    ],
    ['deleteFunction', (n, id) => n.deleteFunction({ uniqueKey: id, name: id }, { type: id }), (id) => [['', 'integrations', id, 'functions', id], [['type', id]]]],
    [
        'patchConnection',
        (n, id) => n.patchConnection({ connectionId: id, provider_config_key: id }, { tags: {} }),
        (id) => [['', 'connections', id], [['provider_config_key', id]]]
    ],
    ['deleteConnection', (n, id) => n.deleteConnection(id, id), (id) => [['', 'connections', id], [['provider_config_key', id]]]],
    [
        'getConnectionDetails',
        (n, id) => n.getConnectionDetails({ providerConfigKey: id, connectionId: id }),
        (id) => [['', 'connections', id], [['provider_config_key', id], ...DETAILS_FLAGS]]
    ],
    ['getScriptsConfig', (n, id) => n.getScriptsConfig(id), (id) => [['', 'scripts', 'config'], [['format', id]]]]
];

// [method, the path id that is '.', '..' or '', call(nango, badId)]
const PATH_IDS = [
    ['getProvider', 'provider', (n, id) => n.getProvider({ provider: id })],
    ['getProviderTemplates', 'provider', (n, id) => n.getProviderTemplates({ provider: id })],
    ['getIntegration', 'uniqueKey', (n, id) => n.getIntegration({ uniqueKey: id })],
    ['getIntegration (older form)', 'providerConfigKey', (n, id) => n.getIntegration(id, true)],
    ['updateIntegration', 'uniqueKey', (n, id) => n.updateIntegration({ uniqueKey: id }, { display_name: 'x' })],
    ['updateIntegration (older form)', 'providerConfigKey', (n, id) => n.updateIntegration('github', id, {})],
    ['deleteIntegration', 'providerConfigKey', (n, id) => n.deleteIntegration(id)],
    ['listFunctions', 'uniqueKey', (n, id) => n.listFunctions({ uniqueKey: id })],
    ['getFunction', 'uniqueKey', (n, id) => n.getFunction({ uniqueKey: id, name: 'github-issues' })],
    ['getFunction', 'name', (n, id) => n.getFunction({ uniqueKey: 'github', name: id })],
    ['getFunctionCode', 'uniqueKey', (n, id) => n.getFunctionCode({ uniqueKey: id, name: 'github-issues' })],
    ['getFunctionCode', 'name', (n, id) => n.getFunctionCode({ uniqueKey: 'github', name: id })],
    ['deleteFunction', 'uniqueKey', (n, id) => n.deleteFunction({ uniqueKey: id, name: 'github-prs' }, { type: 'sync' })],
    ['deleteFunction', 'name', (n, id) => n.deleteFunction({ uniqueKey: 'github', name: id }, { type: 'sync' })],
    ['patchConnection', 'connectionId', (n, id) => n.patchConnection({ connectionId: id, provider_config_key: 'github' }, { tags: {} })],
    ['deleteConnection', 'connectionId', (n, id) => n.deleteConnection('github', id)],
    ['getConnectionDetails', 'connectionId', (n, id) => n.getConnectionDetails({ providerConfigKey: 'github', connectionId: id })]
];


describe('hardening: ids are percent-encoded', { skip }, () => {
    for (const [name, call, expected] of CASES) {
        it(`${name}: an id with / ? # % & + space é .. is one segment / one query value`, async () => {
            server.fake.reset();
            await call(client(), ID).catch(() => {}); // the fake server may well answer 404
            assert.equal(server.fake.requests.length, 1);
            const { segments, query } = server.fake.requests[0];
            const [wantSegments, wantQuery] = expected(ID);
            assert.deepStrictEqual({ segments, query }, { segments: wantSegments, query: wantQuery });
        });
    }
});

describe('hardening: dot and empty ids are rejected', { skip }, () => {
    for (const [name, what, call] of PATH_IDS) {
        for (const bad of ['.', '..', '']) {
            it(`${name}: ${what} ${JSON.stringify(bad)} rejects with INVALID_ARGUMENT and sends nothing`, async () => {
                server.fake.reset();
                let promise;
                assert.doesNotThrow(() => {
                    promise = call(client(), bad);
                });
                const err = await rejection(promise);
                assert.equal(err.name, 'NangoError');
                assert.equal(err.code, 'INVALID_ARGUMENT');
                assert.equal(err.status, 0);
                assert.equal(err.message, bad === '' ? `${what} is required` : `${what} cannot be "${bad}": it would address another resource`);
                assert.equal(server.fake.requests.length, 0);
            });
        }
    }
});
