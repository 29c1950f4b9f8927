// The Node entry of the bundler test app: NANGO_HOST and NANGO_SECRET_KEY name the fake server.
// Prints the result as JSON and exits non-zero when a check failed.
import { check } from './check.mjs';

check(process.env.NANGO_HOST, process.env.NANGO_SECRET_KEY).then((result) => {
    console.log(JSON.stringify(result));
    process.exitCode = result.ok ? 0 : 1;
});
