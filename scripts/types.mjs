#!/usr/bin/env node
// Writes the package's type declarations, pkg/index.d.ts (ESM) and pkg/index.d.cts (CommonJS),
// from types/index.d.ts, their one source (tests/types/runtime.test.mjs checks it against the
// built module).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const text = readFileSync(root + 'types/index.d.ts', 'utf8');
const out = text.replace(/^(\/\/.*\n)+/, '// nango-wasm type declarations (from types/index.d.ts).\n');
for (const file of ['pkg/index.d.ts', 'pkg/index.d.cts']) writeFileSync(root + file, out);
console.log('types: wrote pkg/index.d.ts and pkg/index.d.cts');
