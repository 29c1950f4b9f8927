//! Binding for records: `listRecords`, `pruneRecords`.

use alloc::vec::Vec;
use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Nango;
use crate::api::records::{self, ListRecords, PruneRecords};
use crate::api::ApiRequest;
use crate::error::Error;
use crate::js::{header_value, string, string_list, truthy_string, Reader};

#[wasm_bindgen]
impl Nango {
    /// Returns one page of a model's records: `{ records, next_cursor }`. Options:
    /// `providerConfigKey`, `connectionId`, `model` (all three required), `variant`,
    /// `modifiedAfter` (or the deprecated `delta`), `limit`, `filter`, `cursor`, `ids`.
    #[wasm_bindgen(js_name = listRecords, unchecked_return_type = "Promise<any>")]
    pub fn list_records(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ListRecordsRequestConfig")] config: &JsValue,
    ) -> Promise {
        self.call(list_records_args(config))
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
        options: &JsValue,
    ) -> Promise {
        self.call(prune_records_args(options))
    }
}

fn prune_records_args(options: &JsValue) -> Result<ApiRequest<JsValue>, Error> {
    if !options.is_object() {
        return Err(Error::invalid(
            "pruneRecords(options): options must be an object",
        ));
    }
    let mut r = Reader::new(options);
    let defined = |v: &JsValue, _: &str| Ok((!v.is_undefined()).then(|| v.clone()));
    let truthy = |v: &JsValue, _: &str| Ok(v.is_truthy().then(|| v.clone()));
    let input = PruneRecords {
        provider_config_key: r.read("providerConfigKey", header_value),
        connection_id: r.read("connectionId", header_value),
        model: r.read("model", defined),
        variant: r.read("variant", truthy),
        until_cursor: r.read("untilCursor", defined),
        limit: r.read("limit", truthy),
    };
    r.finish()?;
    Ok(records::prune_records(input)?)
}

fn list_records_args(config: &JsValue) -> Result<ApiRequest<JsValue>, Error> {
    if !config.is_object() {
        return Err(Error::invalid(
            "listRecords(config): config must be an object",
        ));
    }
    // Required options keep any string value (as the official SDK only checks `undefined`);
    // optional ones are left out when falsy.
    let mut r = Reader::new(config);
    let options = ListRecords {
        ids: r.read("ids", |ids, what| {
            if ids.is_truthy() {
                string_list(ids, what)
            } else {
                Ok(Vec::new())
            }
        }),
        provider_config_key: r.read("providerConfigKey", string),
        connection_id: r.read("connectionId", string),
        model: r.read("model", string),
        variant: r.read("variant", truthy_string),
        delta: r.read("delta", truthy_string),
        modified_after: r.read("modifiedAfter", truthy_string),
        limit: r.read("limit", truthy_string),
        filter: r.read("filter", truthy_string),
        cursor: r.read("cursor", truthy_string),
    };
    r.finish()?;
    Ok(records::list_records(&options)?)
}
