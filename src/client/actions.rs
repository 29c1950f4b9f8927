//! Binding for actions: `triggerAction`, `triggerActionAsync`, `getAsyncActionResult`.

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Nango;
use crate::api::actions::{self, TriggerAction};
use crate::api::{ApiRequest, Built};
use crate::error::Error;
use crate::js::{defined, header_value, truthy_string, Reader};

/// Reads `triggerAction`'s arguments (the keys as the header values axios sends) and builds
/// the request with `build`.
fn trigger(
    build: fn(TriggerAction<JsValue>) -> Built<JsValue>,
    provider_config_key: &JsValue,
    connection_id: &JsValue,
    action_name: &JsValue,
    input: &JsValue,
) -> Result<ApiRequest<JsValue>, Error> {
    Ok(build(TriggerAction {
        provider_config_key: header_value(provider_config_key, "providerConfigKey")?,
        connection_id: header_value(connection_id, "connectionId")?,
        action_name: defined(action_name),
        input: defined(input),
    })?)
}

#[wasm_bindgen]
impl Nango {
    /// Runs an action for a connection and resolves with its result. `input` is sent as the
    /// action's input (left out when `undefined`).
    #[wasm_bindgen(js_name = triggerAction, unchecked_return_type = "Promise<any>")]
    pub fn trigger_action(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string")]
        connection_id: &JsValue,
        #[wasm_bindgen(js_name = actionName, unchecked_param_type = "string")]
        action_name: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "unknown")] input: &JsValue,
    ) -> Promise {
        self.call(trigger(
            actions::trigger_action,
            provider_config_key,
            connection_id,
            action_name,
            input,
        ))
    }

    /// Starts an action without waiting for it (`X-Async: true`). Resolves with
    /// `{ id, statusUrl }`, to pass to `getAsyncActionResult`.
    #[wasm_bindgen(
        js_name = triggerActionAsync,
        unchecked_return_type = "Promise<{ id: string; statusUrl: string }>"
    )]
    pub fn trigger_action_async(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string")]
        connection_id: &JsValue,
        #[wasm_bindgen(js_name = actionName, unchecked_param_type = "string")]
        action_name: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "unknown")] input: &JsValue,
    ) -> Promise {
        self.call(trigger(
            actions::trigger_action_async,
            provider_config_key,
            connection_id,
            action_name,
            input,
        ))
    }

    /// Resolves with the result of an action started by `triggerActionAsync`, found by its
    /// `statusUrl` or its `id`.
    #[wasm_bindgen(js_name = getAsyncActionResult, unchecked_return_type = "Promise<any>")]
    pub fn get_async_action_result(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ id?: string; statusUrl?: string }")]
        props: &JsValue,
    ) -> Promise {
        let build = || -> Result<_, Error> {
            let mut r = Reader::new(props);
            let id = r.read("id", truthy_string);
            let status_url = r.read("statusUrl", truthy_string);
            r.finish()?;
            Ok(actions::get_async_action_result(id, status_url)?)
        };
        self.call(build())
    }
}
