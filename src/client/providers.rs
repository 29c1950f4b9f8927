//! Binding for providers: `listProviders`, `getProvider`, `getProviderTemplates`.

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::integrations::{id, query_params};
use super::Nango;
use crate::api::providers;

#[wasm_bindgen]
impl Nango {
    /// Lists the providers Nango supports as `{ data }`; `queries.search` filters them.
    #[wasm_bindgen(js_name = listProviders, unchecked_return_type = "Promise<any>")]
    pub fn list_providers(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ search?: string } | undefined")] queries: &JsValue,
    ) -> Promise {
        self.call(query_params(queries).and_then(|q| Ok(providers::list_providers(q)?)))
    }

    /// Returns one provider as `{ data }`.
    #[wasm_bindgen(js_name = getProvider, unchecked_return_type = "Promise<any>")]
    pub fn get_provider(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ provider: string }")] params: &JsValue,
    ) -> Promise {
        self.call(id(params, "provider").and_then(|p| Ok(providers::get_provider(&p)?)))
    }

    /// Returns the function templates available for a provider as `{ data }`.
    #[wasm_bindgen(js_name = getProviderTemplates, unchecked_return_type = "Promise<any>")]
    pub fn get_provider_templates(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ provider: string }")] params: &JsValue,
    ) -> Promise {
        self.call(id(params, "provider").and_then(|p| Ok(providers::get_provider_templates(&p)?)))
    }
}
