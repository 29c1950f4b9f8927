// Node CommonJS entry: the nodejs glue loads the wasm synchronously on require.
'use strict';
const core = require('./nango_wasm.cjs');
const { bind } = require('./nango.cjs');

module.exports = {
  ...(({ Nango, isNangoError, getUserAgent }) => ({ Nango, isNangoError, getUserAgent }))(bind(core)),
  prodHost: 'https://api.nango.dev',
  SyncConfigType: Object.freeze({ SYNC: 'sync', ACTION: 'action' })
};
