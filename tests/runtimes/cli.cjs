// Harness for Node (CommonJS): require()s the installed package, runs the suite and prints the
// report as one JSON line.   node cli.cjs <fake-nango-url> <runtime>
'use strict';
const pkg = require('nango-wasm');

const [url, runtime] = process.argv.slice(2);
import('./suite.mjs')
    .then(({ runSuite }) => runSuite(pkg, { url, runtime }))
    .then((report) => console.log(JSON.stringify(report)))
    .catch((err) => {
        console.error(err);
        process.exit(1);
    });
