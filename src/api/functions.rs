//! Functions: `listFunctions`, `getFunction`, `getFunctionCode`, `deleteFunction`.
