//! Binding for scripts: `getScriptsConfig`.
