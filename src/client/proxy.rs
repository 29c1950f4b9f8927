//! Binding for the proxy: `proxy`, `get`, `post`, `put`, `patch`, `delete`.
