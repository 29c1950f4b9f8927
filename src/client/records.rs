//! Binding for records: `listRecords`, `pruneRecords`.

use alloc::vec::Vec;
use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Nango;
use crate::api::records::{self, ListRecords, PruneRecords};
use crate::api::ApiRequest;
use crate::error::Error;
use crate::js::{header_value, prop, string, string_list, truthy_string};

#[wasm_bindgen]
impl Nango {
    /// Returns one page of a model's records: `{ records, next_cursor }`. Options:
    /// `providerConfigKey`, `connectionId`, `model` (all three required), `variant`,
    /// `modifiedAfter` (or the deprecated `delta`), `limit`, `filter`, `cursor`, `ids`.
    #[wasm_bindgen(js_name = listRecords, unchecked_return_type = "Promise<any>")]
    pub fn list_records(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ListRecordsRequestConfig")] config: JsValue,
    ) -> Promise {
        self.call(list_records_args(&config))
    }

    /// Empties the payload of a model's records up to a cursor, in Nango's cache only (the
    /// records' metadata stays; a resync restores them). Options: `providerConfigKey`,
    /// `connectionId`, `model`, `untilCursor`, and optionally `variant` and `limit`. Resolves
    /// with `{ count, has_more }`.
    #[wasm_bindgen(js_name = pruneRecords, unchecked_return_type = "Promise<any>")]
    pub fn prune_records(
        &self,
        #[wasm_bindgen(
            unchecked_param_type = "{ providerConfigKey: string, connectionId: string, model: string, variant?: string, untilCursor: string, limit?: number }"
        )]
        options: JsValue,
    ) -> Promise {
        self.call(prune_records_args(&options))
    }
}

fn prune_records_args(options: &JsValue) -> Result<ApiRequest<JsValue>, Error> {
    if !options.is_object() {
        return Err(Error::invalid(
            "pruneRecords(options): options must be an object",
        ));
    }
    let p = |key: &str| prop(options, key);
    let defined = |key: &str| p(key).map(|v| (!v.is_undefined()).then_some(v));
    let truthy = |key: &str| p(key).map(|v| v.is_truthy().then_some(v));
    let header = |key: &str| header_value(&p(key)?, key);
    Ok(records::prune_records(PruneRecords {
        provider_config_key: header("providerConfigKey")?,
        connection_id: header("connectionId")?,
        model: defined("model")?,
        variant: truthy("variant")?,
        until_cursor: defined("untilCursor")?,
        limit: truthy("limit")?,
    })?)
}

fn list_records_args(config: &JsValue) -> Result<ApiRequest<JsValue>, Error> {
    if !config.is_object() {
        return Err(Error::invalid(
            "listRecords(config): config must be an object",
        ));
    }
    // Required options keep any string value (as the official SDK only checks `undefined`);
    // optional ones are left out when falsy.
    let p = |key: &str| prop(config, key);
    let s = |key: &str| string(&p(key)?, key);
    let t = |key: &str| truthy_string(&p(key)?, key);
    let ids = p("ids")?;
    let options = ListRecords {
        provider_config_key: s("providerConfigKey")?,
        connection_id: s("connectionId")?,
        model: s("model")?,
        variant: t("variant")?,
        delta: t("delta")?,
        modified_after: t("modifiedAfter")?,
        limit: t("limit")?,
        filter: t("filter")?,
        cursor: t("cursor")?,
        ids: if ids.is_truthy() {
            string_list(&ids, "ids")?
        } else {
            Vec::new()
        },
    };
    Ok(records::list_records(&options)?)
}
