//! Syncs: `triggerSync`, `startSync`, `pauseSync`, `syncStatus`, `updateSyncConnectionFrequency`, `createSyncVariant`, `deleteSyncVariant`.
