//! Binding for syncs: `triggerSync`, `startSync`, `pauseSync`, `syncStatus`, `updateSyncConnectionFrequency`, `createSyncVariant`, `deleteSyncVariant`.
