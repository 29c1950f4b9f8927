//! Binding for records: `listRecords`.

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Nango;
use crate::api::records::{self, ListRecords};
use crate::api::ApiRequest;
use crate::error::Error;
use crate::js::{prop, string, string_list, truthy_string};

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
}

fn list_records_args(config: &JsValue) -> Result<ApiRequest<JsValue>, Error> {
    if !config.is_object() {
        return Err(Error::InvalidArgument(
            "listRecords(config): config must be an object".to_string(),
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
