// Harness for Node (ES modules), Deno and Bun: imports the installed package as a user would,
// runs the suite and prints the report as one JSON line.
//   node cli.mjs <fake-nango-url> <runtime>      deno run --allow-net cli.mjs ...      bun cli.mjs ...
import * as pkg from 'nango-wasm';
import { runSuite } from './suite.mjs';

const [url, runtime] = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
console.log(JSON.stringify(await runSuite(pkg, { url, runtime })));
