// Writes .tmp/types/compat.ts, the compatibility check of nango-wasm's declarations against
// @nangohq/node's, read mechanically from node_modules/@nangohq/node/dist/index.d.ts:
// - every public method, every overload: a function whose parameters are the official
//   parameter list (copied from the official declaration, with its type parameters) calls ours
//   with them, and assigns our awaited result to the official awaited return type. Responses the
//   official SDK types as `AxiosResponse<T>` compare on `status`, `headers` and `data` (ours are
//   plain objects, not axios responses). A method missing on our side does not compile.
// - the constructor: the official constructor arguments construct ours.
// - every public field: ours reads as the official type. `http` (the official axios instance)
//   has no counterpart, since there is no axios: it must NOT be declared, so code reaching for
//   it fails to compile instead of failing at run time.
// - every export of the module: same name on our side, and assignable both ways with ours: the
//   types @nangohq/node declares itself, and those it re-exports from @nangohq/types, which ours
//   writes out (ours imports nothing). Endpoint types are compared without `Audit`, the audit
//   policy of Nango's server, which ours leaves out.
// Returns the checks with the lines they occupy, so that compiler errors can be attributed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const resolveTypes = (name) =>
    ts.resolveModuleName(name, join(root, 'index.ts'), { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }, ts.sys).resolvedModule
        .resolvedFileName;
/** The official declarations, as TypeScript resolves `@nangohq/node`. */
export const OFFICIAL_DTS = resolveTypes('@nangohq/node');
export const OURS_DTS = join(root, 'pkg/index.d.ts');
export const COMPAT_TS = join(root, '.tmp/types/compat.ts');

/** Fields of the official class that ours deliberately lacks, and why. */
export const ABSENT_FIELDS = {
    http: "the official SDK's axios instance: nango-wasm has no axios, so code that uses it must not compile"
};
/** Properties of official types that ours leaves out, and why (compared without them). */
export const LEFT_OUT_PROPERTIES = {
    Audit: "the endpoint's audit policy on Nango's server: no request or response carries it"
};
/** Official type exports that ours accepts but does not return, and why (checked one way). */
const ONE_WAY_TYPES = {
    AdminAxiosProps: "its axios options are typed with Node's https.Agent and axios' own types; ours accepts them and ignores them"
};

const isPrivate = (node) => ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private;
const text = (node) => node.getText();

/** A parameter list as a labelled tuple type: `[a: A, b?: B, ...c: C[]]`. */
function tupleOf(parameters) {
    return `[${parameters
        .map((p, i) => {
            const name = ts.isIdentifier(p.name) ? p.name.text : `arg${i}`;
            const optional = p.questionToken || p.initializer ? '?' : '';
            return `${p.dotDotDotToken ? '...' : ''}${name}${optional}: ${p.type ? text(p.type) : 'any'}`;
        })
        .join(', ')}]`;
}

/** The official class's public surface, in declaration order. */
export function officialSurface() {
    const sf = ts.createSourceFile(OFFICIAL_DTS, ts.sys.readFile(OFFICIAL_DTS), ts.ScriptTarget.Latest, true);
    const cls = sf.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === 'Nango');
    const methods = new Map();
    const fields = [];
    let ctor;
    for (const m of cls.members) {
        if (isPrivate(m)) continue;
        if (ts.isConstructorDeclaration(m)) ctor = m;
        else if (ts.isPropertyDeclaration(m)) fields.push(m.name.getText());
        else if (ts.isMethodDeclaration(m)) {
            const name = m.name.getText();
            if (!methods.has(name)) methods.set(name, []);
            methods.get(name).push(m);
        }
    }
    return { sf, methods, fields, ctor };
}

/** The official file's imports, type-only, with its own './types.js' read from the package. */
function officialImports(sf) {
    const lines = [];
    for (const st of sf.statements) {
        if (!ts.isImportDeclaration(st)) continue;
        let line = text(st).replace(/^import (?!type )/, 'import type ');
        if (st.moduleSpecifier.text.startsWith('.')) line = line.replace(st.moduleSpecifier.getText(), "'@nangohq/node'");
        lines.push(line);
    }
    // The names the official file declares itself (`Nango` for self references, AdminAxiosProps).
    const own = sf.statements
        .filter((s) => (ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name)
        .map((s) => s.name.text);
    lines.push(`import type { ${own.join(', ')} } from '@nangohq/node';`);
    return lines;
}

/** The exports of both modules, from one program over both declaration files. */
function moduleExports() {
    const program = ts.createProgram([OFFICIAL_DTS, OURS_DTS], { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
    const checker = program.getTypeChecker();
    const read = (file) => {
        const symbol = checker.getSymbolAtLocation(program.getSourceFile(file));
        const out = new Map();
        for (const s of checker.getExportsOfModule(symbol)) {
            const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
            const type = target.flags & ts.SymbolFlags.Type ? checker.getDeclaredTypeOfSymbol(target) : undefined;
            out.set(s.name, {
                target,
                flags: target.flags,
                leftOut: Object.keys(LEFT_OUT_PROPERTIES).filter((p) => type?.getProperty(p))
            });
        }
        return out;
    };
    return { official: read(OFFICIAL_DTS), ours: read(OURS_DTS) };
}

/** Writes the check file; returns { checks: [{ kind, name, overloads?, from, to, note? }] }. */
export function writeCompat() {
    const { sf, methods, fields, ctor } = officialSurface();
    const out = [
        '// Generated by tests/types/compat.mjs from the declarations of @nangohq/node: do not edit.',
        ...officialImports(sf).flatMap((line) => line.split('\n')),
        "import type * as official from '@nangohq/node';",
        "import * as ours from 'nango-wasm';",
        '',
        '/** What an axios response is compared on: `status`, `headers` and `data`. */',
        "type Compared<T> = [T] extends [AxiosResponse<any>] ? Pick<T, 'status' | 'headers' | 'data'> : T;",
        ''
    ];
    const checks = [];
    const add = (check, lines) => {
        const from = out.length + 1;
        // One entry per line (official types may span lines), so that `from` / `to` are lines.
        out.push(...lines.flatMap((line) => line.split('\n')), '');
        checks.push({ ...check, from, to: out.length });
    };

    add({ kind: 'constructor', name: 'constructor' }, [
        `// new Nango${ctor.parameters.length ? `(${ctor.parameters.map(text).join(', ')})` : '()'}`,
        `export function check_constructor(...args: ${tupleOf(ctor.parameters)}): ours.Nango {`,
        '    return new ours.Nango(...args);',
        '}'
    ]);

    for (const [name, overloads] of methods) {
        const lines = [];
        overloads.forEach((m, i) => {
            const typeParams = m.typeParameters ? `<${m.typeParameters.map(text).join(', ')}>` : '';
            const typeArgs = m.typeParameters ? `<${m.typeParameters.map((t) => t.name.text).join(', ')}>` : '';
            const ret = m.type ? text(m.type) : 'void';
            const isAsync = /^Promise</.test(ret);
            const expected = (t) => (/\bAxiosResponse</.test(ret) ? `Compared<${t}>` : t);
            lines.push(
                `// ${name}, overload ${i + 1} of ${overloads.length}`,
                `export ${isAsync ? 'async ' : ''}function check_${name}_${i + 1}${typeParams}(nango: ours.Nango, ...args: ${tupleOf(m.parameters)}): ${isAsync ? 'Promise<void>' : 'void'} {`,
                isAsync
                    ? `    const result: ${expected(`Awaited<${ret}>`)} = await nango.${name}${typeArgs}(...args);`
                    : `    const result: ${expected(ret)} = nango.${name}${typeArgs}(...args);`,
                '}'
            );
        });
        add({ kind: 'method', name, overloads: overloads.length }, lines);
    }

    for (const name of fields) {
        if (ABSENT_FIELDS[name]) {
            add({ kind: 'field', name, note: ABSENT_FIELDS[name] }, [
                `export function check_field_${name}(nango: ours.Nango): void {`,
                `    // @ts-expect-error: ${ABSENT_FIELDS[name]}`,
                `    nango.${name};`,
                '}'
            ]);
        } else {
            add({ kind: 'field', name }, [`export function check_field_${name}(nango: ours.Nango): Nango['${name}'] {`, `    return nango.${name};`, '}']);
        }
    }

    const exportsOf = moduleExports();
    for (const [name, o] of exportsOf.official) {
        const u = exportsOf.ours.get(name);
        const check = { kind: 'export', name };
        if (!u) {
            add(check, [`// ${name} is exported by @nangohq/node`, `export type check_export_${name} = ours.${name};`]);
        } else if (o.leftOut.length) {
            const official = `Omit<official.${name}, ${o.leftOut.map((p) => `'${p}'`).join(' | ')}>`;
            add({ ...check, note: `without ${o.leftOut.join(', ')}: ${o.leftOut.map((p) => LEFT_OUT_PROPERTIES[p]).join('; ')}` }, [
                `export const check_export_${name}_a: ours.${name} = null! as ${official};`,
                `export const check_export_${name}_b: ${official} = null! as ours.${name};`
            ]);
        } else if (name === 'Nango') {
            add({ ...check, note: 'the class: checked member by member above' }, ['// Nango: the class, checked member by member above']);
        } else if (o.flags & ts.SymbolFlags.Enum) {
            // Enums are nominal: compare the member values.
            add(check, [
                `export const check_export_${name}_a: \`\${official.${name}}\` = null! as \`\${ours.${name}}\`;`,
                `export const check_export_${name}_b: \`\${ours.${name}}\` = null! as \`\${official.${name}}\`;`
            ]);
        } else if (o.flags & ts.SymbolFlags.Value) {
            add(check, [`export const check_export_${name}: typeof official.${name} = ours.${name};`]);
        } else if (ONE_WAY_TYPES[name]) {
            add({ ...check, note: `accepted one way: ${ONE_WAY_TYPES[name]}` }, [`export const check_export_${name}: ours.${name} = null! as official.${name};`]);
        } else {
            add(check, [`export const check_export_${name}_a: ours.${name} = null! as official.${name};`, `export const check_export_${name}_b: official.${name} = null! as ours.${name};`]);
        }
    }

    mkdirSync(dirname(COMPAT_TS), { recursive: true });
    writeFileSync(COMPAT_TS, out.join('\n'));
    return { checks, extraExports: [...exportsOf.ours.keys()].filter((n) => !exportsOf.official.has(n)) };
}
