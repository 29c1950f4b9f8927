// Every example of Nango's "sync data" guide that calls the SDK (the Node SDK tab of "Fetch the
// latest data"). Only the import line is changed, except where a `fixed:` comment says what was
// not valid TypeScript and what the minimum fix is.
import { Nango } from 'nango-wasm';
const nango = new Nango({ secretKey: '<ENVIRONMENT-SECRET-KEY>' });
const result = await nango.listRecords({
providerConfigKey: '<string>',
connectionId: '<string>',
model: '<string>', //The model of the records to fetch.
delta: '<queryTimeStamp-from-webhook>', // Time cursor to only fetch the updated data.
limit: 100, // fixed: was `<number>` // Number of records returned (default: 100).
cursor: '<string>' // For pagination: use the "next_cursor" property in the previous page's response.
});
