//! Binding for functions: `listFunctions`, `getFunction`, `getFunctionCode`,
//! `deleteFunction`.

use alloc::{string::String, vec::Vec};
use js_sys::Promise;
use wasm_bindgen::prelude::*;

use super::integrations::{id, query_params};
use super::Nango;
use crate::api::functions;
use crate::api::{ApiRequest, Built, QueryParam};
use crate::error::Error;

/// The core builders of the methods that address one function.
type FunctionBuilder = fn(&str, &str, Vec<(String, QueryParam)>) -> Built<JsValue>;

fn function_args(
    build: FunctionBuilder,
    params: &JsValue,
    queries: &JsValue,
) -> Result<ApiRequest<JsValue>, Error> {
    let key = id(params, "uniqueKey")?;
    let name = id(params, "name")?;
    Ok(build(&key, &name, query_params(queries)?)?)
}

#[wasm_bindgen]
impl Nango {
    /// Lists the deployed functions of an integration: `{ data, pagination }`. `queries`:
    /// `type` (`'sync'`, `'action'`, `'on-event'`), `search`, `page`, `limit`.
    #[wasm_bindgen(js_name = listFunctions, unchecked_return_type = "Promise<any>")]
    pub fn list_functions(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ uniqueKey: string }")] params: &JsValue,
        #[wasm_bindgen(
            unchecked_param_type = "{ type?: string, search?: string, page?: number, limit?: number } | undefined"
        )]
        queries: &JsValue,
    ) -> Promise {
        let build = || -> Result<_, Error> {
            let key = id(params, "uniqueKey")?;
            Ok(functions::list_functions(&key, query_params(queries)?)?)
        };
        self.call(build())
    }

    /// Returns one deployed function as `{ data }`; `queries.type` tells apart functions
    /// that share a name.
    #[wasm_bindgen(js_name = getFunction, unchecked_return_type = "Promise<any>")]
    pub fn get_function(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ uniqueKey: string, name: string }")]
        params: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "{ type?: string } | undefined")] queries: &JsValue,
    ) -> Promise {
        self.call(function_args(functions::get_function, params, queries))
    }

    /// Returns a deployed function's source code as `{ type, code }`; `queries.type` tells
    /// apart functions that share a name.
    #[wasm_bindgen(js_name = getFunctionCode, unchecked_return_type = "Promise<any>")]
    pub fn get_function_code(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ uniqueKey: string, name: string }")]
        params: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "{ type?: string } | undefined")] queries: &JsValue,
    ) -> Promise {
        self.call(function_args(functions::get_function_code, params, queries))
    }

    /// Deletes a deployed function; `queries.type` (`'sync'` or `'action'`) is required by
    /// the API.
    #[wasm_bindgen(js_name = deleteFunction, unchecked_return_type = "Promise<any>")]
    pub fn delete_function(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ uniqueKey: string, name: string }")]
        params: &JsValue,
        #[wasm_bindgen(unchecked_param_type = "{ type: 'sync' | 'action' }")] queries: &JsValue,
    ) -> Promise {
        self.call(function_args(functions::delete_function, params, queries))
    }
}
