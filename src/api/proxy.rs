//! The proxy: `proxy`, `get`, `post`, `put`, `patch`, `delete`.
