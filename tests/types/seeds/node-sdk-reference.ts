// Every example of Nango's Node SDK reference, as its documentation site publishes it (Markdown),
// that calls the SDK, in order, each in its own block (several declare the same names). Only the
// import line is changed, except where a `fixed:` comment says what was not valid TypeScript
// and what the minimum fix is.

// # Instantiate the backend SDK
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

// # Integrations / List all integrations
{
    await nango.listIntegrations()
}

// # Integrations / Get an integration
{
    // fixed: the placeholder `<INTEGRATION-ID>` was not quoted
    await nango.getIntegration('<INTEGRATION-ID>');
}

// # Integrations / Create an integration
{
    // fixed: the placeholders were not quoted
    await nango.createIntegration('<PROVIDER-ID>', '<INTEGRATION-ID>');
}

// # Integrations / Update an integration
{
    // fixed: the placeholders were not quoted
    await nango.updateIntegration('<PROVIDER-ID>', '<INTEGRATION-ID>');
}

// # Integrations / Delete an integration
{
    // fixed: the placeholder was not quoted
    await nango.deleteIntegration('<INTEGRATION-ID>');
}

// # Connections / List connections
{
    await nango.listConnections();
}

// # Connections / Get a connection (with credentials)
{
    // fixed: the two required arguments are missing (listed under the example: providerConfigKey, connectionId)
    await nango.getConnection('<INTEGRATION-ID>', '<CONNECTION-ID>');
}

// # Connections / Get connection metadata
{
    await nango.getMetadata('<INTEGRATION-ID>', 'CONNECTION-ID');
}
{
    interface CustomMetadata {
        anyKey: Record<string, string>;
    }
    const myTypedMetadata = await nango.getMetadata<CustomMetadata>('<INTEGRATION-ID>', '<CONNECTION-ID>');
}

// # Connections / Set connection metadata
{
    await nango.setMetadata('<INTEGRATION-ID>', 'CONNECTION-ID', { 'CUSTOM_KEY1': 'CUSTOM_VALUE1' });
}

// # Connections / Edit connection metadata
{
    await nango.updateMetadata('<INTEGRATION-ID>', 'CONNECTION-ID', { 'CUSTOM_KEY1': 'CUSTOM_VALUE1' });
}

// # Connections / Delete a connection
{
    await nango.deleteConnection('<INTEGRATION-ID>', 'CONNECTION-ID');
}

// # Scripts / Get scripts config
{
    const scriptsConfig = await nango.getScriptsConfig();
}

// # Syncs / Get records
{
    // fixed: `import type { ModelName } from '<path-to-nango-integrations>/models'` names a
    // placeholder path; a model declared here stands in for it
    interface ModelName { id: string }

    const records = await nango.listRecords<ModelName>({
        providerConfigKey: '<INTEGRATION-ID>',    
        connectionId: '<CONNECTION-ID>',                
        model: '<MODEL-NAME>'
    });
}

// # Syncs / Trigger sync(s)
{
    const records = await nango.triggerSync('<INTEGRATION-ID>', ['SYNC_NAME1', 'SYNC_NAME2'], '<CONNECTION_ID>');
}

// # Syncs / Start schedule for sync(s)
{
    await nango.startSync('<INTEGRATION-ID>', ['SYNC_NAME1', 'SYNC_NAME2'], '<CONNECTION_ID>')
}

// # Syncs / Pause schedule for sync(s) (the docs show startSync here too)
{
    await nango.startSync('<INTEGRATION-ID>', ['SYNC_NAME1', 'SYNC_NAME2'], '<CONNECTION_ID>')
}

// # Syncs / Sync status
{
    await nango.syncStatus('<INTEGRATION-ID>', ['SYNC_NAME1', 'SYNC_NAME2'], '<CONNECTION_ID>')
}

// # Syncs / Override sync connection frequency
{
    await nango.updateSyncConnectionFrequency('<INTEGRATION-ID>', 'SYNC_NAME', '<CONNECTION_ID>', '<FREQUENCY>')
}

// # Syncs / Get environment variables
{
    await nango.getEnvironmentVariables();
}

// # Actions / Trigger an action
{
    await nango.triggerAction('<INTEGRATION-ID>', '<CONNECTION_ID>', '<ACTION-NAME>', { 'custom_key1': 'custom_value1' });
}

// # Proxy / Proxy - GET requests
{
    const res = await nango.get({
        endpoint: '/endpoint',
        providerConfigKey: '<INTEGRATION-ID>',
        connectionId: '<CONNECTION-ID>',
        baseUrlOverride: 'https://base-url.com'
    });
}

// # Proxy / Proxy - POST requests
{
    const res = await nango.post({
        endpoint: '/endpoint',
        providerConfigKey: '<INTEGRATION-ID>',
        connectionId: '<CONNECTION-ID>',
        baseUrlOverride: 'https://base-url.com'
    });
}

// # Proxy / Proxy - PUT requests
{
    const res = await nango.put({
        endpoint: '/endpoint',
        providerConfigKey: '<INTEGRATION-ID>',
        connectionId: '<CONNECTION-ID>',
        baseUrlOverride: 'https://base-url.com'
    });
}

// # Proxy / Proxy - PATCH requests
{
    const res = await nango.patch({
        endpoint: '/endpoint',
        providerConfigKey: '<INTEGRATION-ID>',
        connectionId: '<CONNECTION-ID>',
        baseUrlOverride: 'https://base-url.com'
    });
}

// # Proxy / Proxy - DELETE requests
{
    const res = await nango.delete({
        endpoint: '/endpoint',
        providerConfigKey: '<INTEGRATION-ID>',
        connectionId: '<CONNECTION-ID>',
        baseUrlOverride: 'https://base-url.com'
    });
}
