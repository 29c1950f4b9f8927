//! Binding for actions: `triggerAction`, `triggerActionAsync`, `getAsyncActionResult`.
