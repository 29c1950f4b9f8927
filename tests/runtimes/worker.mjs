// Harness for workerd: a Worker that imports the installed package (bundled by wrangler with the
// `workerd` export condition) and answers GET /?nango=<fake-nango-url>&nodeGlobals=0|1 with the
// suite's report.
import * as pkg from 'nango-wasm';
import { runSuite } from './suite.mjs';

export default {
    async fetch(request) {
        const params = new URL(request.url).searchParams;
        const report = await runSuite(pkg, { url: params.get('nango'), runtime: 'workerd', nodeGlobals: params.get('nodeGlobals') !== '0' });
        return Response.json(report);
    }
};
