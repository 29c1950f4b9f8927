//! Binding for scripts: `getScriptsConfig`.

use alloc::string::ToString;
use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::Nango;
use crate::api::scripts;
use crate::error::Error;
use crate::js::string;

#[wasm_bindgen]
impl Nango {
    /// Returns the configuration of every deployed script: `format` `'nango'` (the default)
    /// gives an array of configs, `'openai'` gives `{ data }` with OpenAI function
    /// definitions.
    #[wasm_bindgen(js_name = getScriptsConfig, unchecked_return_type = "Promise<any>")]
    pub fn get_scripts_config(
        &self,
        #[wasm_bindgen(unchecked_param_type = "'nango' | 'openai' | undefined")] format: &JsValue,
    ) -> Promise {
        let build = || -> Result<_, Error> {
            let format = if format.is_undefined() {
                Some("nango".to_string())
            } else {
                string(format, "format")?
            };
            Ok(scripts::get_scripts_config(format.as_deref())?)
        };
        self.call(build())
    }
}
