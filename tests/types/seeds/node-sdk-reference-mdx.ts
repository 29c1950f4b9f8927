// Every example of Nango's Node SDK reference in its MDX source form (a copy whose MDX
// placeholders were stripped; the version with the Providers section) that calls the SDK, in
// order, each in its own block (several declare the same names). Only the import line is
// changed, except where a `fixed:` comment says what was not valid TypeScript and what the
// minimum fix is.

// # Instantiate the backend SDK
// fixed: the copy lost the import's braces and the constructor's argument (`import  from`,
// `new Nango()`); restored as the other copy of these docs (node-sdk-reference.ts) has them.
import { Nango } from 'nango-wasm';

const nango = new Nango({ secretKey: '<SECRET-KEY>' });

// # Rate limits
{
    // Example:
    try {
        const res = await nango.listIntegrations();
        // ... (fixed: the elided code `...` was a bare line)
    } catch(err: any) { // fixed: `err` is `unknown` under --strict, and the example reads `err.response`
        if (err.response.status === 429) {
            const retryAfter = err.response.headers['retry-after'];
            // wait and retry
            // ... (fixed: as above)
        }
        // ... (fixed: as above)
    }
}

// # Providers / List all providers
{
    await nango.listProviders()
}

// # Providers / Get a provider
{
    // fixed: the argument was stripped; the example response is posthog's
    await nango.getProvider({ provider: 'posthog' })
}

// # Integrations / List all integrations
{
    await nango.listIntegrations()
}

// # Integrations / Get an integration
{
    // fixed: the arguments of both calls were stripped; restored from the parameters listed
    // under the example (`uniqueKey`, `include: webhook`; then the integration ID and a boolean)
    await nango.getIntegration({ uniqueKey: '<INTEGRATION-ID>' }, { include: ['webhook'] });

    // Deprecated
    await nango.getIntegration('<INTEGRATION-ID>', false);
}

// # Integrations / Create an integration
{
    // fixed: `(, )`: the two arguments (provider ID, integration ID) were stripped
    await nango.createIntegration('<PROVIDER-ID>', '<INTEGRATION-ID>');
}

// # Integrations / Update an integration
{
    // fixed: as above
    await nango.updateIntegration('<PROVIDER-ID>', '<INTEGRATION-ID>');
}

// # Integrations / Delete an integration
{
    // fixed: the integration ID argument was stripped
    await nango.deleteIntegration('<INTEGRATION-ID>');
}

// # Connections / List connections
{
    await nango.listConnections();
}

// # Connections / Get a connection (with credentials)
{
    // fixed: `(, )`: the integration ID and connection ID were stripped
    await nango.getConnection('<INTEGRATION-ID>', '<CONNECTION-ID>');
}

// # Connections / Get connection metadata
{
    await nango.getMetadata('', 'CONNECTION-ID');
}
{
    interface CustomMetadata {
        anyKey: Record<string, string>; // fixed: `Record` had lost its type arguments
    }
    const myTypedMetadata = await nango.getMetadata('', '');
}

// # Connections / Set connection metadata
{
    // fixed: the metadata argument was stripped (restored from the response example), and the
    // second comment was a `#` line
    await nango.setMetadata('', 'CONNECTION-ID', { CUSTOM_KEY1: 'CUSTOM_VALUE1' });

    // set an array of connection ids
    await nango.setMetadata('', ['CONNECTION-ID', 'CONNECTION-ID-TWO'], { CUSTOM_KEY1: 'CUSTOM_VALUE1' });
}

// # Connections / Edit connection metadata
{
    // fixed: as above
    await nango.updateMetadata('', 'CONNECTION-ID', { CUSTOM_KEY1: 'CUSTOM_VALUE1' });

    // update an array of connection ids
    await nango.updateMetadata('', ['CONNECTION-ID', 'CONNECTION-ID-TWO'], { CUSTOM_KEY1: 'CUSTOM_VALUE1' });
}

// # Connections / Delete a connection
{
    await nango.deleteConnection('', 'CONNECTION-ID');
}

// # Integration scripts / Get integration scripts config
{
    const scriptsConfig = await nango.getScriptsConfig();
}

// # Syncs / Get records
{
    // fixed: `import type  from '/models'` lost its name and path, and nothing uses it here
    const records = await nango.listRecords({
        providerConfigKey: '',
        connectionId: '',
        model: ''
    });
}

// # Syncs / Trigger sync(s)
{
    const records = await nango.triggerSync('', ['SYNC_NAME1', 'SYNC_NAME2'], '');
}

// # Syncs / Start schedule for sync(s)
{
    await nango.startSync('', ['SYNC_NAME1', 'SYNC_NAME2'], '')
}

// # Syncs / Pause schedule for sync(s) (the docs show startSync here too)
{
    await nango.startSync('', ['SYNC_NAME1', 'SYNC_NAME2'], '')
}

// # Syncs / Sync status
{
    await nango.syncStatus('', ['SYNC_NAME1', 'SYNC_NAME2'], '')
}

// # Syncs / Override sync connection frequency
{
    await nango.updateSyncConnectionFrequency('', 'SYNC_NAME', '', '')
}

// # Syncs / Get environment variables
{
    await nango.getEnvironmentVariables();
}

// # Actions / Trigger an action
{
    await nango.triggerAction('', '', '', );
}

// # Proxy
{
    const config = {
        endpoint: '/some-endpoint',
        providerConfigKey: '',
        connectionId: ''
    };

    await nango.get(config); // GET request
    await nango.post(config); // POST request
    await nango.put(config); // PUT request
    await nango.patch(config); // PATCH request
    await nango.delete(config); // DELETE request
}
