//! Binding for functions: `listFunctions`, `getFunction`, `getFunctionCode`, `deleteFunction`.
