//! Binding for environment: `getEnvironmentVariables`.
