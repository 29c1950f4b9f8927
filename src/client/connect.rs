//! Binding for connect: `createConnectSession`, `createReconnectSession`, `waitForConnection`.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;

use js_sys::{Array, Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::{promise, Nango};
use crate::api::connect::{self, WaitStep, WAIT_ABORTED, WAIT_TIMED_OUT};
use crate::error::Error;
use crate::js::{field, present, prop, truthy_string};

#[wasm_bindgen]
extern "C" {
    /// The global `setTimeout`, looked up at call time and called with no `this`.
    #[wasm_bindgen(js_name = setTimeout, catch)]
    fn set_timeout(handler: &Function, ms: u32) -> Result<JsValue, JsValue>;

    /// The global `clearTimeout`.
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);

    /// An `AbortSignal`, or anything with its `addEventListener` / `removeEventListener`.
    type Signal;
    #[wasm_bindgen(method, catch, structural, js_name = addEventListener)]
    fn add_event_listener(this: &Signal, kind: &str, listener: &Function) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, structural, js_name = removeEventListener)]
    fn remove_event_listener(this: &Signal, kind: &str, listener: &Function)
        -> Result<(), JsValue>;
}

fn aborted(signal: Option<&Signal>) -> Result<bool, JsValue> {
    match signal {
        Some(signal) => Ok(prop(signal, "aborted")?.is_truthy()),
        None => Ok(false),
    }
}

/// Waits `ms` milliseconds. Resolves `true` as soon as `signal` aborts (the timer is then
/// cleared), `false` when the time is up.
async fn sleep(ms: u32, signal: Option<&Signal>) -> Result<bool, JsValue> {
    let mut timer = Ok(JsValue::UNDEFINED);
    let mut on_abort: Option<Closure<dyn FnMut()>> = None;
    let promise = Promise::new(&mut |resolve: Function, _reject| {
        timer = set_timeout(&resolve, ms);
        if let (Ok(id), Some(_)) = (&timer, signal) {
            let id = id.clone();
            on_abort = Some(Closure::new(move || {
                clear_timeout(&id);
                let _ = resolve.call1(&JsValue::UNDEFINED, &JsValue::TRUE);
            }));
        }
    });
    let timer = timer?;
    let listener = on_abort
        .as_ref()
        .map(|c| c.as_ref().unchecked_ref::<Function>());
    if let (Some(signal), Some(listener)) = (signal, listener) {
        if let Err(e) = signal.add_event_listener("abort", listener) {
            clear_timeout(&timer);
            return Err(e);
        }
    }
    let result = JsFuture::from(promise).await;
    if let (Some(signal), Some(listener)) = (signal, listener) {
        let _ = signal.remove_event_listener("abort", listener);
    }
    Ok(result?.is_truthy())
}

/// The connection of `integration_key` in a `listConnections` answer, if it is there.
fn find_connection(data: &JsValue, integration_key: &JsValue) -> Result<Option<JsValue>, Error> {
    let connections = field(data, "connections");
    let list = connections.dyn_ref::<Array>().ok_or_else(|| {
        Error::unexpected("waitForConnection", "the answer has no connections list")
    })?;
    Ok(list
        .iter()
        .find(|c| field(c, "provider_config_key") == *integration_key))
}

/// Polls on the core's schedule until the connection shows up, the signal aborts or the
/// schedule ends.
async fn wait(
    client: Nango,
    integration_key: JsValue,
    user_id: Option<String>,
    signal: Option<Signal>,
) -> Result<JsValue, JsValue> {
    let signal = signal.as_ref();
    for step in connect::wait_schedule() {
        if aborted(signal)? {
            return Err(Error::aborted(WAIT_ABORTED).into());
        }
        match step {
            WaitStep::Poll => {
                let req = connect::wait_for_connection_poll(user_id.clone()).map_err(Error::from);
                let data = JsFuture::from(client.call(req)).await?;
                if let Some(connection) = find_connection(&data, &integration_key)? {
                    return Ok(connection);
                }
            }
            WaitStep::Sleep(ms) => {
                if sleep(ms, signal).await? {
                    return Err(Error::aborted(WAIT_ABORTED).into());
                }
            }
        }
    }
    Err(Error::timed_out(WAIT_TIMED_OUT).into())
}

#[wasm_bindgen]
impl Nango {
    /// Creates a Connect session for an end user. Resolves with
    /// `{ data: { token, connect_link, expires_at } }`.
    #[wasm_bindgen(js_name = createConnectSession, unchecked_return_type = "Promise<any>")]
    pub fn create_connect_session(
        &self,
        #[wasm_bindgen(js_name = sessionProps, unchecked_param_type = "Record<string, any>")]
        props: &JsValue,
    ) -> Promise {
        self.call(connect::create_connect_session(present(props)).map_err(Error::from))
    }

    /// Creates a Connect session to reconnect an existing connection
    /// (`{ connection_id, integration_id, ... }`). Resolves like `createConnectSession`.
    #[wasm_bindgen(js_name = createReconnectSession, unchecked_return_type = "Promise<any>")]
    pub fn create_reconnect_session(
        &self,
        #[wasm_bindgen(js_name = sessionProps, unchecked_param_type = "Record<string, any>")]
        props: &JsValue,
    ) -> Promise {
        self.call(connect::create_reconnect_session(present(props)).map_err(Error::from))
    }

    /// Waits until the end user `userId` has a connection to `integrationKey` and resolves
    /// with it: lists their connections, then every 2 s after a first 10 s pause, 30 times,
    /// then rejects with `Timeout waiting for connection to be created`. `options.signal`
    /// (an `AbortSignal`) rejects it with `Wait for connection was aborted`, at once even
    /// during a pause.
    #[wasm_bindgen(js_name = waitForConnection, unchecked_return_type = "Promise<any>")]
    pub fn wait_for_connection(
        &self,
        #[wasm_bindgen(js_name = integrationKey, unchecked_param_type = "string")]
        integration_key: JsValue,
        #[wasm_bindgen(js_name = userId, unchecked_param_type = "string")] user_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "{ signal?: AbortSignal } | undefined")]
        options: JsValue,
    ) -> Promise {
        let client = Nango {
            config: Rc::clone(&self.config),
        };
        promise(Box::pin(async move {
            let user_id = truthy_string(&user_id, "userId")?;
            let signal = prop(&options, "signal")?;
            let signal = present(&signal).map(JsCast::unchecked_into);
            wait(client, integration_key, user_id, signal).await
        }))
    }
}
