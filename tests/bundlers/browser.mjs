// The browser entry of the bundler test app: the page URL carries ?nango=<fake server>&key=<key>;
// the result is published as window.bundleResult.
import { check } from './check.mjs';

const query = new URLSearchParams(location.search);
check(query.get('nango'), query.get('key')).then((result) => {
    window.bundleResult = result;
});
