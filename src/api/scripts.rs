//! Scripts: `getScriptsConfig`.
