//! Actions: `triggerAction`, `triggerActionAsync`, `getAsyncActionResult`.
