//! Binding for syncs: `triggerSync`, `startSync`, `pauseSync`, `syncStatus`,
//! `updateSyncConnectionFrequency`, `createSyncVariant`, `deleteSyncVariant`.

use alloc::{string::String, vec::Vec};
use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;

use super::Nango;
use crate::api::syncs::{self, SyncArg, SyncList, SyncName, SyncVariant, TriggerOptions};
use crate::api::ApiRequest;
use crate::error::Error;
use crate::js::{arg_string, defined, prop, string, truthy_string, Reader};

/// Reads a list of syncs: falsy, `'*'`, an array (read by `items`) or something else.
fn sync_list<T>(
    value: &JsValue,
    items: impl FnOnce(&Array) -> Result<T, Error>,
) -> Result<SyncList<T>, Error> {
    Ok(if !value.is_truthy() {
        SyncList::Missing
    } else if let Some(array) = value.dyn_ref::<Array>() {
        SyncList::Array(items(array)?)
    } else if value.as_string().as_deref() == Some("*") {
        SyncList::All
    } else {
        SyncList::Other
    })
}

/// A list of syncs kept as the caller's array.
fn sync_array(value: &JsValue) -> Result<SyncList<JsValue>, Error> {
    sync_list(value, |array| Ok(array.clone().into()))
}

/// A list of syncs read as names, for `syncStatus`.
fn sync_names(value: &JsValue) -> Result<SyncList<Vec<SyncName>>, Error> {
    sync_list(value, |array| {
        let mut names = Vec::new();
        for item in array.iter() {
            names.push(match item.as_string() {
                Some(name) => SyncName::Name(name),
                None => SyncName::Object {
                    name: string(&prop(&item, "name")?, "name")?,
                    variant: truthy_string(&prop(&item, "variant")?, "variant")?,
                },
            });
        }
        Ok(names)
    })
}

/// `triggerSync`'s fourth argument, by type as the official SDK reads it.
fn trigger_options(value: &JsValue) -> TriggerOptions<JsValue> {
    if let Some(mode) = value.as_string() {
        TriggerOptions::SyncMode(mode)
    } else if let Some(full_resync) = value.as_bool() {
        TriggerOptions::FullResync(full_resync)
    } else if value.is_object() || value.is_null() {
        TriggerOptions::Opts(value.clone())
    } else {
        TriggerOptions::None
    }
}

fn key(provider_config_key: &JsValue) -> Result<String, Error> {
    Ok(truthy_string(provider_config_key, "providerConfigKey")?.unwrap_or_default())
}

fn sync_variant(props: &JsValue) -> Result<SyncVariant<JsValue>, Error> {
    let mut r = Reader::new(props);
    let defined = |v: &JsValue, _: &str| Ok(defined(v));
    let variant = SyncVariant {
        name: r.read("name", arg_string),
        variant: r.read("variant", arg_string),
        provider_config_key: r.read("provider_config_key", defined),
        connection_id: r.read("connection_id", defined),
    };
    r.finish()?;
    Ok(variant)
}

#[wasm_bindgen]
impl Nango {
    /// Triggers syncs now: the given ones (all of the integration's when `syncs` is absent or
    /// empty), for one connection or all. The fourth argument is `{ reset, emptyCache }`, a
    /// sync mode (`'incremental'`, `'full_refresh'`, `'full_refresh_and_clear_cache'`), or the
    /// legacy `fullResync` boolean. Resolves with `{ status, statusText, headers, data }`.
    #[wasm_bindgen(js_name = triggerSync, unchecked_return_type = "Promise<any>")]
    pub fn trigger_sync(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "SyncRef[] | undefined")] syncs: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string | undefined")]
        connection_id: &JsValue,
        #[wasm_bindgen(
            js_name = optsOrSyncMode,
            unchecked_param_type = "{ reset: boolean; emptyCache?: boolean } | 'incremental' | 'full_refresh' | 'full_refresh_and_clear_cache' | boolean | undefined"
        )]
        opts_or_sync_mode: &JsValue,
    ) -> Promise {
        let build = || -> Result<_, Error> {
            Ok(syncs::trigger_sync(
                defined(provider_config_key),
                sync_array(syncs)?,
                defined(connection_id),
                trigger_options(opts_or_sync_mode),
            )?)
        };
        self.call(build())
    }

    /// Starts the schedule of the given syncs, for one connection or all; they run at once,
    /// then at their frequency. Resolves with `{ status, statusText, headers, data }`.
    #[wasm_bindgen(js_name = startSync, unchecked_return_type = "Promise<any>")]
    pub fn start_sync(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "SyncRef[]")] syncs: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string | undefined")]
        connection_id: &JsValue,
    ) -> Promise {
        self.call(start_or_pause(
            syncs::start_sync,
            provider_config_key,
            syncs,
            connection_id,
        ))
    }

    /// Pauses the schedule of the given syncs, for one connection or all. Resolves with
    /// `{ status, statusText, headers, data }`.
    #[wasm_bindgen(js_name = pauseSync, unchecked_return_type = "Promise<any>")]
    pub fn pause_sync(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "SyncRef[]")] syncs: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string | undefined")]
        connection_id: &JsValue,
    ) -> Promise {
        self.call(start_or_pause(
            syncs::pause_sync,
            provider_config_key,
            syncs,
            connection_id,
        ))
    }

    /// Returns the status of the given syncs (`'*'`: all of them), for one connection or all:
    /// `{ syncs: [...] }`.
    #[wasm_bindgen(js_name = syncStatus, unchecked_return_type = "Promise<any>")]
    pub fn sync_status(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "'*' | SyncRef[]")] syncs: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string | undefined")]
        connection_id: &JsValue,
    ) -> Promise {
        let build = || -> Result<_, Error> {
            let key = key(provider_config_key)?;
            let syncs = sync_names(syncs)?;
            let connection_id = string(connection_id, "connectionId")?;
            Ok(syncs::sync_status(&key, syncs, connection_id)?)
        };
        self.call(build())
    }

    /// Overrides a sync's frequency for one connection (`frequency`, e.g. `'every 2 hours'`),
    /// or reverts it to the default (`null`). Resolves with `{ frequency }`.
    #[wasm_bindgen(
        js_name = updateSyncConnectionFrequency,
        unchecked_return_type = "Promise<any>"
    )]
    pub fn update_sync_connection_frequency(
        &self,
        #[wasm_bindgen(js_name = providerConfigKey, unchecked_param_type = "string")]
        provider_config_key: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "SyncRef")] sync: &JsValue,
        #[wasm_bindgen(js_name = connectionId, unchecked_param_type = "string")]
        connection_id: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | null")] frequency: &JsValue,
    ) -> Promise {
        let build = || -> Result<_, Error> {
            let sync = if !sync.is_truthy() {
                SyncArg::Missing
            } else if let Some(name) = sync.as_string() {
                SyncArg::Name(name)
            } else {
                SyncArg::Object {
                    name: defined(&prop(sync, "name")?),
                    variant: defined(&prop(sync, "variant")?),
                }
            };
            let frequency = if frequency.is_null() {
                Some(None)
            } else {
                frequency.as_string().map(Some)
            };
            Ok(syncs::update_sync_connection_frequency(
                &key(provider_config_key)?,
                sync,
                connection_id.as_string(),
                frequency,
            )?)
        };
        self.call(build())
    }

    /// Creates a variant of a sync for one connection. Resolves with `{ id, name, variant }`.
    #[wasm_bindgen(js_name = createSyncVariant, unchecked_return_type = "Promise<any>")]
    pub fn create_sync_variant(
        &self,
        #[wasm_bindgen(
            unchecked_param_type = "{ provider_config_key: string; connection_id: string; name: string; variant: string }"
        )]
        props: &JsValue,
    ) -> Promise {
        self.call(sync_variant(props).and_then(|p| Ok(syncs::create_sync_variant(p)?)))
    }

    /// Deletes a variant of a sync for one connection. Resolves with `{ success }`.
    #[wasm_bindgen(js_name = deleteSyncVariant, unchecked_return_type = "Promise<any>")]
    pub fn delete_sync_variant(
        &self,
        #[wasm_bindgen(
            unchecked_param_type = "{ provider_config_key: string; connection_id: string; name: string; variant: string }"
        )]
        props: &JsValue,
    ) -> Promise {
        self.call(sync_variant(props).and_then(|p| Ok(syncs::delete_sync_variant(p)?)))
    }
}

type StartOrPause = fn(&str, SyncList<JsValue>, Option<JsValue>) -> crate::api::Built<JsValue>;

fn start_or_pause(
    build: StartOrPause,
    provider_config_key: &JsValue,
    syncs: &JsValue,
    connection_id: &JsValue,
) -> Result<ApiRequest<JsValue>, Error> {
    Ok(build(
        &key(provider_config_key)?,
        sync_array(syncs)?,
        defined(connection_id),
    )?)
}
