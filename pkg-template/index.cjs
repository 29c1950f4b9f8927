// Node and Bun (CommonJS): the nodejs glue loads the wasm synchronously on require.
'use strict';
const core = require('./nango_wasm.cjs');
const { bind, prodHost, SyncConfigType } = require('./nango.cjs');
const { Nango, isNangoError, getUserAgent, ready } = bind(core);

module.exports = { Nango, getUserAgent, isNangoError, prodHost, SyncConfigType, ready };
