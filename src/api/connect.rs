//! Connect: `createConnectSession`, `createReconnectSession`, `waitForConnection`.
