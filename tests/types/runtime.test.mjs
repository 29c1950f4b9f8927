// The declarations and the built package describe the same thing: the `Nango` members declared
// in pkg/index.d.ts are exactly the members of the class at run time (methods and read-only
// properties, in the ESM and the CommonJS entry), and the module's declared values are exactly
// its exports.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DECLARATIONS = `${root}pkg/index.d.ts`;

/** Prototype members that are not API: the class itself and wasm-bindgen's internal helper. */
const NOT_API = new Set(['constructor', '__destroy_into_raw']);

/** The declared surface: `Nango`'s methods and properties, and the module's values. */
function declared() {
    const sf = ts.createSourceFile(DECLARATIONS, ts.sys.readFile(DECLARATIONS), ts.ScriptTarget.Latest, true);
    const out = { methods: new Set(), properties: new Map(), values: new Set() };
    const exported = (node) => ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export;
    for (const st of sf.statements) {
        if (ts.isVariableStatement(st) && exported(st)) st.declarationList.declarations.forEach((d) => out.values.add(d.name.getText()));
        else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) && exported(st)) out.values.add(st.name.text);
        if (ts.isClassDeclaration(st) && st.name.text === 'Nango') {
            for (const m of st.members) {
                if (ts.isMethodDeclaration(m)) out.methods.add(m.name.getText());
                else if (ts.isPropertyDeclaration(m)) out.properties.set(m.name.getText(), { readonly: !!(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Readonly) });
                else if (!ts.isConstructorDeclaration(m)) throw new Error(`unexpected member kind: ${m.getText()}`);
            }
        }
    }
    return out;
}

/** A class's string-keyed prototype members: methods and accessors (symbol keys are not API). */
function runtimeMembers(cls) {
    const methods = new Set();
    const accessors = new Map();
    for (const key of Object.getOwnPropertyNames(cls.prototype)) {
        if (NOT_API.has(key)) continue;
        const d = Object.getOwnPropertyDescriptor(cls.prototype, key);
        if (d.get || d.set) accessors.set(key, { setter: !!d.set });
        else if (typeof d.value === 'function') methods.add(key);
        else accessors.set(key, { setter: d.writable });
    }
    return { methods, accessors, statics: Object.getOwnPropertyNames(cls).filter((k) => !['length', 'name', 'prototype'].includes(k)) };
}

const decl = declared();
const esm = await import('nango-wasm');
const cjs = createRequire(import.meta.url)('nango-wasm');
const entries = { ESM: { module: esm, ...runtimeMembers(esm.Nango) }, CJS: { module: cjs, ...runtimeMembers(cjs.Nango) } };

const present = (format, name) => entries[format].methods.has(name);

describe('Nango methods: declared in pkg/index.d.ts = on the built class', () => {
    const names = new Set([...decl.methods, ...entries.ESM.methods, ...entries.CJS.methods]);
    for (const name of [...names].sort()) {
        test(name, () => {
            for (const format of Object.keys(entries)) {
                if (decl.methods.has(name)) assert.ok(present(format, name), `${name} is declared but not a method of the ${format} class`);
                else assert.fail(`${name} is a method of the ${format} class but is not declared`);
            }
        });
    }
});

describe('Nango properties: declared read-only = getters without setters on the built class', () => {
    const names = new Set([...decl.properties.keys(), ...entries.ESM.accessors.keys(), ...entries.CJS.accessors.keys()]);
    for (const name of [...names].sort()) {
        test(name, () => {
            for (const format of Object.keys(entries)) {
                const got = entries[format].accessors.get(name);
                assert.ok(decl.properties.has(name), `${name} is a property of the ${format} class but is not declared`);
                assert.ok(got, `${name} is declared but not a property of the ${format} class`);
                assert.equal(decl.properties.get(name).readonly, !got.setter, `${name}: declared ${decl.properties.get(name).readonly ? '' : 'not '}read-only`);
            }
        });
    }
    test('no static members', () => {
        for (const format of Object.keys(entries)) assert.deepEqual(entries[format].statics, [], `${format} statics`);
    });
});

describe('module values: declared = exported', () => {
    for (const format of Object.keys(entries)) {
        test(format, () => {
            assert.deepEqual(Object.keys(entries[format].module).filter((k) => k !== 'default').sort(), [...decl.values].sort());
        });
    }
});

describe('errors: the declared NangoErrorKind and NangoErrorCode = what the built JS layer raises', () => {
    test('pkg/nango.mjs', () => {
        const sf = ts.createSourceFile(DECLARATIONS, ts.sys.readFile(DECLARATIONS), ts.ScriptTarget.Latest, true);
        const union = (name) => {
            const alias = sf.statements.find((st) => ts.isTypeAliasDeclaration(st) && st.name.text === name);
            assert.ok(alias, `${name} is declared`);
            return alias.type.types.map((t) => t.literal.text);
        };
        const declaredNames = new Set([...union('NangoErrorKind'), ...union('NangoErrorCode')]);
        // (esbuild's line limit may split a string literal with a backslash-newline.)
        const built = ts.sys.readFile(`${root}pkg/nango.mjs`).replace(/\\\n/g, '');
        // Every upper-case identifier-like string literal of the built JS layer, but HTTP
        // methods and credential types: the error kinds and codes it can raise.
        const literals = new Set([...built.matchAll(/["'`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)["'`]/g)].map((m) => m[1]));
        const other = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PROPFIND', 'REPORT', 'POST', 'PATCH', 'OAUTH1', 'OAUTH2']);
        const raised = [...literals].filter((l) => l.length > 3 && !other.has(l)).sort();
        assert.deepEqual(raised, [...declaredNames].sort());
    });
});
