//! Providers: `listProviders`, `getProvider`, `getProviderTemplates`.
