// Every example of Nango's earlier Node SDK guide ("Installing & instantiating the node SDK", as
// plain text) that calls the SDK, in order, each in its own block (several declare the same
// names). Only the import line is changed, except where a `fixed:` comment says what was not
// valid TypeScript and what the minimum fix is. The guide's prose also names
// `nango.get({})`, `nango.post({})`, `nango.patch{{}}` and `nango.delete({})` in a sentence;
// that is not an example (the proxy examples below and in node-sdk-reference*.ts call them).

// Installing & instantiating the node SDK
import { Nango } from 'nango-wasm';

const nango = new Nango({ secretKey: '<SECRET-KEY>' });

// fixed: the "Trigger an action" example uses `jsonInput` without defining it
declare const jsonInput: Record<string, unknown>;

// Auth / Retrieve API credentials
{
    const connection = await nango.getConnection(
        '<INTEGRATION-ID>',
        '<CONNECTION-ID>',
        false, // fixed: was the string '<FORCE_REFRESH?: boolean>' standing for a boolean // Optional: attempt to refresh the access access token regardless of its expiration status, defaults to false
        false, // fixed: was the string '<REFRESH_TOKEN?: boolean>' standing for a boolean // Optional: return the refresh token as part of the response, defaults to false
    );
}

// List all connections for a user
{
    const list = await nango.listConnections('<CONNECTION-ID>');
}

// List all connections
{
    const list = await nango.listConnections();
}

// Delete a connection
{
    await nango.deleteConnection('<INTEGRATION-ID>', '<CONNECTION-ID>');
}

// Set and fetch custom Metadata
{
    // Store custom metadata with the connection
    await nango.setMetadata('<INTEGRATION-ID>', '<CONNECTION-ID>', { filter: 'status=closed' });

    // Fetch custom metadata
    const myMetadata = await nango.getMetadata('<INTEGRATION-ID>', '<CONNECTION-ID>');

    console.log(JSON.stringify(myMetadata));
    // prints: { "filter": "status=closed" }
}
{
    interface CustomMetadata {
        fieldMapping: Record<string, string>;
        idsToSkip: {
            id: number;
            path: string
       };
    }
    const myTypedMetadata = await nango.getMetadata<CustomMetadata>('<INTEGRATION-ID>', '<CONNECTION-ID>')
}

// Retrieve integration details
{
    const integration = await nango.getIntegration(
        '<INTEGRATION-ID>',
        false, // fixed: was the string '<INCLUDE-INTEGRATION-CREDENTIALS?: boolean>' standing for a boolean // Optional: if true, the response will contain the client ID, secret and scopes (false by default).
    );
}

// Proxy
{
    const res = await nango.proxy({
    // ... (fixed: the elided properties `...` were bare lines)
    baseUrlOverride: 'https://gmail.googleapis.com',
    // ... (fixed: as above)
    endpoint: '/', // fixed: the elided properties include the required `endpoint`
    });
}
{
    const res = await nango.proxy({
        method: 'POST',
        endpoint: '/calendar/v3/users/me/calendarList',
        providerConfigKey: '<INTEGRATION-ID>',
        connectionId: '<CONNECTION-ID>',
        headers: {
            Go: 'Here'
        },
        params: {
            query: 'params!'
        },
        retries: 5, // If response code != 200. Exponential backoff, default is 0
        data: {
            id: 1,
            colorId: 'blue',
            selected: true
        },
        baseUrlOverride: 'https://api.google.com' // Optional
    });
}

// Trigger syncs
{
    await nango.triggerSync('<INTEGRATION-ID>', ['github-sync', 'hubspot-sync'], '<CONNECTION-ID>');
}
{
    await nango.triggerSync('<INTEGRATION-ID>', [], '<CONNECTION-ID>');
}

// Start/pause syncs
{
    await nango.pauseSync('<INTEGRATION-ID>', ['github-sync', 'hubspot-sync'], '<CONNECTION-ID>');
    await nango.startSync('<INTEGRATION-ID>', ['github-sync', 'hubspot-sync'], '<CONNECTION-ID>');
}

// Sync status
{
    // fixed: the second argument was the string '<Array of sync names | *>' standing for either
    const syncStatuses = await nango.syncStatus('<INTEGRATION-ID>', '*', '<CONNECTION-ID>')

    console.log(syncStatuses);
}

// Read synced data
{
    // fixed: `import type { ModelName } from '<path-to-nango-integrations>/models'` names a
    // placeholder path; a model declared here stands in for it
    interface ModelName { id: string }

    const records = await nango.listRecords<ModelName>({
        providerConfigKey: '<integration-id>',    // Name of your integration, from nango.yaml. E.g. github
        connectionId: '<user-id>',                // The connection id you passed to nango.auth()
        model: '<model-name>',                    // The name of the data model, from nango.yaml. E.g. ticket
        delta: '<timestamp>',                     // fixed: comma was missing // Optional. Only return records added or updated since this timestamp. E.g. 2023-05-31T11:46:13.390Z
        limit: 100,                               // fixed: was `<number>` // Optional: For pagination: Maximum of records to return. If not passed, all records are returned.
        cursor: '<string>',                       // fixed: comma was missing // Optional: Paginate through records using this value which can be obtained from the "next_cursor" property in the response.
        filter: 'added'                           // fixed: was the type `'added' | 'updated' | 'deleted'` // Optional: Retrieve only records that have been added, updated, or deleted since the last sync. Useful when used with the delta parameter. Also accepts comma separated combinations e.g., "added,updated"
    });

    console.log(records);
}

// Trigger an action (the example repeats the import line, which is the file's import above)
{
    const nango = new Nango({ secretKey: '<PROJECT-SECRET-KEY>' });

    const result = await nango.triggerAction('<INTEGRATION-ID>', '<CONNECTION-ID>', '<ACTION-NAME>', jsonInput);
}

// Get environment variables
{
    const vars = await nango.getEnvironmentVariables();

    console.log(vars);
}
