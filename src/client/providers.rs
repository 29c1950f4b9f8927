//! Binding for providers: `listProviders`, `getProvider`, `getProviderTemplates`.
