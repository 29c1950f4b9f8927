//! Binding for connect: `createConnectSession`, `createReconnectSession`, `waitForConnection`.
