//! Binding for environment: `getEnvironmentVariables`.

use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Nango;
use crate::api::environment;
use crate::error::Error;

#[wasm_bindgen]
impl Nango {
    /// Returns the environment variables set in the Nango dashboard, as an array of
    /// `{ name, value }` (`[]` when the answer is empty).
    #[wasm_bindgen(js_name = getEnvironmentVariables, unchecked_return_type = "Promise<any>")]
    pub fn get_environment_variables(&self) -> Promise {
        self.call(environment::get_environment_variables().map_err(Error::from))
    }
}
