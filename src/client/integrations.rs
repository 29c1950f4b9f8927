//! Binding for integrations: `listIntegrations`.

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Nango;
use crate::api::integrations;
use crate::error::Error;

#[wasm_bindgen]
impl Nango {
    /// Lists the environment's integrations as `{ configs }`.
    #[wasm_bindgen(js_name = listIntegrations, unchecked_return_type = "Promise<any>")]
    pub fn list_integrations(&self) -> Promise {
        self.call(integrations::list_integrations().map_err(Error::from))
    }
}
