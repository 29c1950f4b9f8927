//! Environment: `getEnvironmentVariables`.
