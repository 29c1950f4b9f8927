// Node CommonJS entry: the nodejs glue loads the wasm synchronously on require.
'use strict';
const { Nango, getUserAgent, isNangoError } = require('./nango_wasm.cjs');

module.exports = {
  Nango,
  getUserAgent,
  isNangoError,
  prodHost: 'https://api.nango.dev',
  SyncConfigType: Object.freeze({ SYNC: 'sync', ACTION: 'action' })
};
