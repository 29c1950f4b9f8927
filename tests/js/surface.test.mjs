// The public surface: every public method of the official Nango class (read from its
// prototype, minus what its own type declarations mark private) exists on ours, and the module
// exports the same names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import { officialModule, Official, oursModule, Ours } from './sdk.mjs';

const require = createRequire(import.meta.url);
const declarations = readFileSync(require.resolve('@nangohq/node').replace(/index\.(c?js)$/, 'index.d.ts'), 'utf8');
const privateNames = new Set([...declarations.matchAll(/^\s*private (\w+)/gm)].map((m) => m[1]));

const officialMethods = Object.getOwnPropertyNames(Official.prototype).filter(
    (name) => name !== 'constructor' && typeof Official.prototype[name] === 'function' && !privateNames.has(name)
);

test('the official SDK has the public methods this test expects to read', () => {
    assert.ok(officialMethods.length >= 45, `read ${officialMethods.length} methods`);
    assert.ok(privateNames.has('enrichHeaders'), 'private names are read from index.d.ts');
});

for (const name of officialMethods) {
    test(`Nango.prototype.${name} exists`, () => {
        assert.equal(typeof Ours.prototype[name], 'function', `nango-wasm lacks ${name}()`);
    });
}

test('the module exports the official runtime names', () => {
    for (const name of Object.keys(officialModule)) {
        assert.ok(name in oursModule, `nango-wasm does not export ${name}`);
    }
});
