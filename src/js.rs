//! Reading the caller's JS arguments: property access and string conversion with clear errors
//! instead of panics or surprises.

use alloc::{
    string::{String, ToString},
    vec::Vec,
};
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

use crate::api::text::{concat, join};
use crate::api::InvalidArgument;
use crate::error::Error;

/// `value[key]` when `value` is an object (or function), else `undefined`. A throwing getter
/// or proxy trap becomes an `INVALID_ARGUMENT` error naming the property.
pub fn prop(value: &JsValue, key: &str) -> Result<JsValue, Error> {
    if !value.is_object() && !value.is_function() {
        return Ok(JsValue::UNDEFINED);
    }
    Reflect::get(value, &JsValue::from_str(key))
        .map_err(|_| Error::invalid(&concat(&[key, " could not be read"])))
}

/// Reads the properties of a caller's options object, in order, into one struct expression.
///
/// Each [`read`](Reader::read) decodes `object[key]` with a decoder such as [`string`]. The
/// first failure is kept and every later read returns the default value without touching JS,
/// as if decoding had stopped there; [`finish`](Reader::finish) then reports it. Decoding
/// with `?` after each property instead would make every early return drop the properties
/// read so far, and that drop glue weighs kilobytes of wasm.
pub struct Reader<'a> {
    object: &'a JsValue,
    error: Option<Error>,
}

impl<'a> Reader<'a> {
    /// A reader of `object`'s properties.
    pub fn new(object: &'a JsValue) -> Self {
        Reader {
            object,
            error: None,
        }
    }

    /// `decode(object[key], key)`, or `T::default()` once a read has failed.
    pub fn read<T: Default>(
        &mut self,
        key: &str,
        decode: fn(&JsValue, &str) -> Result<T, Error>,
    ) -> T {
        if self.error.is_none() {
            match prop(self.object, key).and_then(|value| decode(&value, key)) {
                Ok(value) => return value,
                Err(e) => self.error = Some(e),
            }
        }
        T::default()
    }

    /// The first failure, if a read failed.
    pub fn finish(self) -> Result<(), Error> {
        self.error.map_or(Ok(()), Err)
    }
}

/// `value[key]` for a response body: `undefined` when it is missing or unreadable.
pub fn field(value: &JsValue, key: &str) -> JsValue {
    prop(value, key).unwrap_or(JsValue::UNDEFINED)
}

/// JS truthiness, as a [`Reader`] decoder.
pub fn flag(value: &JsValue, _: &str) -> Result<bool, Error> {
    Ok(value.is_truthy())
}

/// The value, or `None` for `undefined` (which `JSON.stringify` leaves out of objects).
pub fn defined(value: &JsValue) -> Option<JsValue> {
    (!value.is_undefined()).then(|| value.clone())
}

/// The value, or `None` for `undefined` and `null` (e.g. a body axios would not send).
pub fn present(value: &JsValue) -> Option<JsValue> {
    (!value.is_undefined() && !value.is_null()).then(|| value.clone())
}

/// JS `String(value)` for strings, numbers, booleans and bigints; `None` for `undefined` and
/// `null`; an error naming `what` for anything else (objects, symbols, functions).
pub fn string(value: &JsValue, what: &str) -> Result<Option<String>, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(s) = value.as_string() {
        return Ok(Some(s));
    }
    if let Some(b) = value.as_bool() {
        return Ok(Some(if b { "true" } else { "false" }.into()));
    }
    if let Some(n) = value.dyn_ref::<js_sys::Number>() {
        return Ok(n.to_string_with_radix(10).ok().map(String::from));
    }
    if let Some(n) = value.dyn_ref::<js_sys::BigInt>() {
        return Ok(n.to_string(10).ok().map(String::from));
    }
    Err(wrong_type(what, "a string", value))
}

/// Like [`string`], but a falsy value (`''`, `0`, `false`, `NaN`) is `None` too: the official
/// SDK leaves those out of queries with `if (value)`.
pub fn truthy_string(value: &JsValue, what: &str) -> Result<Option<String>, Error> {
    if !value.is_truthy() {
        return Ok(None);
    }
    string(value, what)
}

/// A required string: `''` and absent values are reported as "<what> is required".
pub fn required_string(value: &JsValue, what: &str) -> Result<String, Error> {
    match string(value, what)? {
        Some(s) if !s.is_empty() => Ok(s),
        _ => Err(InvalidArgument::required(what).into()),
    }
}

/// A list of strings: an array (each item converted with [`string`]) or one string.
pub fn string_list(value: &JsValue, what: &str) -> Result<Vec<String>, Error> {
    let Some(array) = value.dyn_ref::<js_sys::Array>() else {
        return Ok(string(value, what)?.into_iter().collect());
    };
    // Loops rather than `collect::<Result<..>>()` in this layer: its adapter is hundreds of
    // bytes of wasm per use.
    let mut items = Vec::new();
    for item in array.iter() {
        items.push(string(&item, what)?.unwrap_or_default());
    }
    Ok(items)
}

/// A string argument, `''` when absent so the core reports it as required.
pub fn arg_string(value: &JsValue, what: &str) -> Result<String, Error> {
    Ok(string(value, what)?.unwrap_or_default())
}

/// A header value as axios sends it: `null`, `undefined` and `false` leave the header out,
/// an array is joined with `", "`.
pub fn header_value(value: &JsValue, what: &str) -> Result<Option<String>, Error> {
    if value.as_bool() == Some(false) {
        return Ok(None);
    }
    if js_sys::Array::is_array(value) {
        return Ok(Some(join(&string_list(value, what)?, ", ")));
    }
    string(value, what)
}

/// The own enumerable `[key, value]` pairs of an object, in order.
pub fn entries(value: &JsValue, what: &str) -> Result<Vec<(String, JsValue)>, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    let Some(object) = value.dyn_ref::<js_sys::Object>() else {
        return Err(wrong_type(what, "an object", value));
    };
    let mut pairs = Vec::new();
    for pair in js_sys::Object::entries(object).iter() {
        let pair = js_sys::Array::from(&pair);
        pairs.push((pair.get(0).as_string().unwrap_or_default(), pair.get(1)));
    }
    Ok(pairs)
}

/// `<what> must be <expected>, got <the type of value>`.
pub fn wrong_type(what: &str, expected: &str, value: &JsValue) -> Error {
    Error::invalid(&concat(&[
        what,
        " must be ",
        expected,
        ", got ",
        &type_name(value),
    ]))
}

/// The `typeof` of a value, for error messages (`null` and arrays named as such).
pub fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_string()
    } else if js_sys::Array::is_array(value) {
        "an array".to_string()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}
