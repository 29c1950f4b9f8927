// Harness for Chromium: a page module that imports the installed package (through an import map
// to its `browser` export, or bundled by esbuild for the browser) and publishes the suite's
// report as window.nangoReport. The page URL carries ?nango=<fake-nango-url>.
import * as pkg from 'nango-wasm';
import { runSuite } from './suite.mjs';

const url = new URLSearchParams(location.search).get('nango');
runSuite(pkg, { url, runtime: 'browser', nodeGlobals: false }).then(
    (report) => {
        window.nangoReport = report;
    },
    (err) => {
        window.nangoReport = { runtime: 'browser', results: [{ name: 'suite', status: 'fail', detail: String(err?.stack ?? err), ms: 0 }] };
    }
);
