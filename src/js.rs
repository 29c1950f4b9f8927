//! The caller's arguments as the JS entry read them.
//!
//! The JS entry reads every argument before the core runs (where a throwing getter, a revoked
//! `Proxy` or a throwing `toString` is an ordinary JS exception), following the method's
//! reading spec (see [`crate::client::METHODS`]), and hands the core one string: a snapshot of
//! what it read. This module parses that snapshot into [`Val`]s and decodes them with the
//! official SDK's rules. Nothing here calls JavaScript.
//!
//! # The snapshot
//! A sequence of values, each one of:
//! - `u` `undefined`, `n` `null`, `T` / `F` booleans, `y` a symbol, `x` a value that could not
//!   be read (a getter or trap threw), `f` a function;
//! - `s<len>:<text>` a string, `#<len>:<text>` a number as `String(n)` writes it,
//!   `i<len>:<text>` a bigint as `String(n)`; `<len>` counts UTF-16 code units;
//! - `z<len>;` a string that was not copied (a payload, or longer than [`MAX_TEXT`]);
//! - `o<kind>` an object, then optionally, in this order: `=` and a string (its `String(v)`),
//!   `{` pairs of a string key and a value `}` (named properties or own entries), `[` values
//!   `]` (array items), `!` (more entries or items than [`MAX_ITEMS`]), `@<0|1>;` and a string
//!   (a `Blob`: whether its size is above 0, and its type). Entries read with `~` in the
//!   spec come as `<` triples of the key, the key lower-cased by the JS engine and the value
//!   `>`.
//!
//! Each value is also a slot: its ordinal in the snapshot, by which the JS entry finds the
//! value itself again (a payload the core sends, such as metadata or an action's input).

use alloc::{
    string::{String, ToString},
    vec::Vec,
};

use crate::api::text::{concat, decimal, join};
use crate::api::InvalidArgument;

/// The error of the binding layer: a message for an `INVALID_ARGUMENT` rejection.
pub type Error = InvalidArgument;

/// The longest string the JS entry copies into the core, in UTF-16 code units; a longer id,
/// header value or query value is rejected before it is copied.
pub const MAX_TEXT: usize = 16_384;

/// The most items of an array, or entries of an object, the JS entry reads.
pub const MAX_ITEMS: usize = 10_000;

/// The position of a value in the snapshot, by which the JS entry finds the caller's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot(pub u32);

/// What kind of object a value is, as far as the core cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An array.
    Array,
    /// A function.
    Function,
    /// An `ArrayBuffer` or a view of one.
    Binary,
    /// A `Blob` (or `File`).
    Blob,
    /// A `FormData`.
    FormData,
    /// A `URLSearchParams`.
    SearchParams,
    /// A web `ReadableStream` or a Node stream.
    Stream,
    /// Any other object.
    Object,
}

/// One value the JS entry read.
#[derive(Debug, Clone, PartialEq)]
pub struct Val {
    /// Where the caller's value is.
    pub slot: Slot,
    /// What it is.
    pub is: Is,
}

/// The value's type and what was read of it.
#[derive(Debug, Clone, PartialEq)]
pub enum Is {
    /// `undefined`.
    Undefined,
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number, as `String(n)`.
    Num(String),
    /// A string.
    Str(String),
    /// A bigint, as `String(n)`.
    BigInt(String),
    /// A symbol.
    Symbol,
    /// A string that was not copied, with its length.
    Uncopied(usize),
    /// Reading it threw.
    Unreadable,
    /// An object (or function).
    Object(Box<Obj>),
}

use alloc::boxed::Box;

/// What was read of an object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Obj {
    /// Its kind (`None` for a function... see [`Kind`]).
    pub kind: Option<Kind>,
    /// `String(value)`, when it was asked for.
    pub text: Option<Box<Val>>,
    /// Named properties or own entries, in order.
    pub entries: Vec<(String, Val)>,
    /// The entries' keys lower-cased by the JS engine (`~` in a spec), in the same order.
    pub lower_keys: Vec<String>,
    /// Array items.
    pub items: Vec<Val>,
    /// It had more entries or items than [`MAX_ITEMS`].
    pub truncated: bool,
    /// A `Blob`'s size is above 0, and its type.
    pub blob: Option<(bool, String)>,
}

const UNDEFINED: Val = Val {
    slot: Slot(u32::MAX),
    is: Is::Undefined,
};

/// Parses a snapshot.
pub struct Parser<'a> {
    rest: &'a str,
    next_slot: u32,
}

impl<'a> Parser<'a> {
    /// A parser of `input`.
    pub fn new(input: &'a str) -> Self {
        Parser {
            rest: input,
            next_slot: 0,
        }
    }

    /// All the values, or `None` if the input is malformed.
    pub fn values(mut self) -> Option<Vec<Val>> {
        let mut out = Vec::new();
        while !self.rest.is_empty() {
            out.push(self.value()?);
        }
        Some(out)
    }

    fn byte(&mut self) -> Option<u8> {
        let b = *self.rest.as_bytes().first()?;
        self.rest = self.rest.get(1..)?;
        Some(b)
    }

    fn peek(&self) -> Option<u8> {
        self.rest.as_bytes().first().copied()
    }

    /// Decimal digits up to (and past) `end`.
    fn number(&mut self, end: u8) -> Option<usize> {
        let mut n: usize = 0;
        loop {
            match self.byte()? {
                b if b == end => return Some(n),
                b @ b'0'..=b'9' => {
                    n = n.checked_mul(10)?.checked_add(usize::from(b - b'0'))?;
                }
                _ => return None,
            }
        }
    }

    /// `<len>:<text>`, `<len>` in UTF-16 code units.
    fn text(&mut self) -> Option<String> {
        let units = self.number(b':')?;
        let mut counted = 0;
        let mut end = 0;
        for c in self.rest.chars() {
            if counted >= units {
                break;
            }
            counted += c.len_utf16();
            end += c.len_utf8();
        }
        if counted != units {
            return None;
        }
        let text = self.rest.get(..end)?.to_string();
        self.rest = self.rest.get(end..)?;
        Some(text)
    }

    fn value(&mut self) -> Option<Val> {
        let slot = Slot(self.next_slot);
        self.next_slot += 1;
        let is = match self.byte()? {
            b'u' => Is::Undefined,
            b'n' => Is::Null,
            b'T' => Is::Bool(true),
            b'F' => Is::Bool(false),
            b'y' => Is::Symbol,
            b'x' => Is::Unreadable,
            b's' => Is::Str(self.text()?),
            b'#' => Is::Num(self.text()?),
            b'i' => Is::BigInt(self.text()?),
            b'z' => Is::Uncopied(self.number(b';')?),
            b'f' => Is::Object(Box::new(Obj {
                kind: Some(Kind::Function),
                ..Obj::default()
            })),
            b'o' => Is::Object(Box::new(self.object()?)),
            _ => return None,
        };
        Some(Val { slot, is })
    }

    fn object(&mut self) -> Option<Obj> {
        let kind = match self.byte()? {
            b'a' => Kind::Array,
            b'b' => Kind::Binary,
            b'l' => Kind::Blob,
            b'm' => Kind::FormData,
            b'q' => Kind::SearchParams,
            b'r' => Kind::Stream,
            b'o' => Kind::Object,
            _ => return None,
        };
        let mut obj = Obj {
            kind: Some(kind),
            ..Obj::default()
        };
        if self.peek() == Some(b'=') {
            self.byte();
            obj.text = Some(Box::new(self.value()?));
        }
        if self.peek() == Some(b'{') {
            self.byte();
            while self.peek() != Some(b'}') {
                let key = match self.value()?.is {
                    Is::Str(key) => key,
                    _ => return None,
                };
                obj.entries.push((key, self.value()?));
            }
            self.byte();
        } else if self.peek() == Some(b'<') {
            self.byte();
            while self.peek() != Some(b'>') {
                let (Is::Str(key), Is::Str(lower)) = (self.value()?.is, self.value()?.is) else {
                    return None;
                };
                obj.entries.push((key, self.value()?));
                obj.lower_keys.push(lower);
            }
            self.byte();
        }
        if self.peek() == Some(b'[') {
            self.byte();
            while self.peek() != Some(b']') {
                obj.items.push(self.value()?);
            }
            self.byte();
        }
        if self.peek() == Some(b'!') {
            self.byte();
            obj.truncated = true;
        }
        if self.peek() == Some(b'@') {
            self.byte();
            let sized = self.number(b';')? > 0;
            let mime = match self.value()?.is {
                Is::Str(mime) => mime,
                _ => String::new(),
            };
            obj.blob = Some((sized, mime));
        }
        Some(obj)
    }
}

impl Val {
    /// The object's details, when it is one (functions included).
    pub fn object(&self) -> Option<&Obj> {
        match &self.is {
            Is::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The object's kind.
    pub fn kind(&self) -> Option<Kind> {
        self.object().and_then(|o| o.kind)
    }

    /// `value === undefined`.
    pub fn is_undefined(&self) -> bool {
        matches!(self.is, Is::Undefined)
    }

    /// `value === null`.
    pub fn is_null(&self) -> bool {
        matches!(self.is, Is::Null)
    }

    /// `typeof value === 'object' && value !== null` (reading it may have thrown).
    pub fn is_object(&self) -> bool {
        matches!(self.kind(), Some(k) if k != Kind::Function) || matches!(self.is, Is::Unreadable)
    }

    /// `Array.isArray(value)`.
    pub fn is_array(&self) -> bool {
        self.kind() == Some(Kind::Array)
    }

    /// `typeof value === 'string'`.
    pub fn is_string(&self) -> bool {
        matches!(self.is, Is::Str(_) | Is::Uncopied(_))
    }

    /// The string, when it is one (and was copied).
    pub fn as_string(&self) -> Option<String> {
        match &self.is {
            Is::Str(s) => Some(s.clone()),
            _ => None,
        }
    }

    /// The boolean, when it is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self.is {
            Is::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// JS truthiness (`!!value`).
    pub fn is_truthy(&self) -> bool {
        match &self.is {
            Is::Undefined | Is::Null => false,
            Is::Bool(b) => *b,
            Is::Num(n) => n != "0" && n != "NaN",
            Is::Str(s) => !s.is_empty(),
            Is::Uncopied(len) => *len > 0,
            Is::BigInt(n) => n != "0",
            Is::Symbol | Is::Unreadable | Is::Object(_) => true,
        }
    }

    /// The value of the named property or own entry `key` (`undefined` when absent).
    pub fn get(&self, key: &str) -> &Val {
        self.object()
            .and_then(|o| o.entries.iter().find(|(k, _)| k == key))
            .map_or(&UNDEFINED, |(_, v)| v)
    }

    /// The array's items.
    pub fn items(&self) -> &[Val] {
        self.object().map_or(&[], |o| &o.items)
    }

    /// Fails when the value could not be read, naming `what`.
    pub fn readable(&self, what: &str) -> Result<&Val, Error> {
        match &self.is {
            Is::Unreadable => Err(unreadable(what)),
            Is::Object(o) if o.truncated => Err(InvalidArgument(concat(&[
                what,
                " has more than ",
                &decimal(MAX_ITEMS),
                " entries",
            ]))),
            _ => Ok(self),
        }
    }
}

/// `<what> could not be read`, for a getter, trap or conversion that threw.
pub fn unreadable(what: &str) -> Error {
    InvalidArgument(concat(&[what, " could not be read"]))
}

/// `<what> is too long`, for a string over [`MAX_TEXT`].
fn too_long(what: &str, len: usize) -> Error {
    InvalidArgument(concat(&[
        what,
        " is too long (",
        &decimal(len),
        " characters; at most ",
        &decimal(MAX_TEXT),
        ")",
    ]))
}

/// The positional arguments of a call.
pub struct Args(pub Vec<Val>);

impl Args {
    /// Argument `i` (`undefined` when absent).
    pub fn at(&self, i: usize) -> &Val {
        self.0.get(i).unwrap_or(&UNDEFINED)
    }
}

/// Reads the properties of a caller's options object, in order, into one struct expression.
///
/// Each [`read`](Reader::read) decodes `object[key]` with a decoder such as [`string`]. The
/// first failure is kept and every later read returns the default value, as if decoding had
/// stopped there; [`finish`](Reader::finish) then reports it.
pub struct Reader<'a> {
    object: &'a Val,
    error: Option<Error>,
}

impl<'a> Reader<'a> {
    /// A reader of `object`'s properties.
    pub fn new(object: &'a Val) -> Self {
        Reader {
            object,
            error: None,
        }
    }

    /// `decode(object[key], key)`, or `T::default()` once a read has failed.
    pub fn read<T: Default>(&mut self, key: &str, decode: fn(&Val, &str) -> Result<T, Error>) -> T {
        if self.error.is_none() {
            match self
                .object
                .readable(key)
                .and_then(|o| o.get(key).readable(key))
                .and_then(|v| decode(v, key))
            {
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

/// `value[key]`, failing when it (or the object) could not be read.
pub fn prop<'a>(value: &'a Val, key: &str) -> Result<&'a Val, Error> {
    value.readable(key)?.get(key).readable(key)
}

/// JS truthiness, as a [`Reader`] decoder.
pub fn flag(value: &Val, what: &str) -> Result<bool, Error> {
    Ok(value.readable(what)?.is_truthy())
}

/// The value's slot, or `None` for `undefined` (which `JSON.stringify` leaves out of objects).
pub fn defined(value: &Val) -> Option<Slot> {
    (!value.is_undefined()).then_some(value.slot)
}

/// The value's slot, or `None` for `undefined` and `null` (e.g. a body axios would not send).
pub fn present(value: &Val) -> Option<Slot> {
    (!value.is_undefined() && !value.is_null()).then_some(value.slot)
}

/// The value's slot when it is truthy.
pub fn truthy(value: &Val) -> Option<Slot> {
    value.is_truthy().then_some(value.slot)
}

/// [`defined`], as a [`Reader`] decoder: a payload sent as given unless `undefined`.
pub fn defined_payload(value: &Val, _: &str) -> Result<Option<Slot>, Error> {
    Ok(defined(value))
}

/// [`truthy`], as a [`Reader`] decoder: a payload sent as given when truthy.
pub fn truthy_payload(value: &Val, _: &str) -> Result<Option<Slot>, Error> {
    Ok(truthy(value))
}

/// JS `String(value)` for strings, numbers, booleans and bigints; `None` for `undefined` and
/// `null`; an error naming `what` for anything else (objects, symbols, functions).
pub fn string(value: &Val, what: &str) -> Result<Option<String>, Error> {
    match &value.is {
        Is::Undefined | Is::Null => Ok(None),
        Is::Str(s) | Is::Num(s) | Is::BigInt(s) => Ok(Some(s.clone())),
        Is::Bool(b) => Ok(Some(if *b { "true" } else { "false" }.into())),
        Is::Uncopied(len) => Err(too_long(what, *len)),
        Is::Unreadable => Err(unreadable(what)),
        _ => Err(wrong_type(what, "a string", value)),
    }
}

/// JS `String(value)` for any value read with its text (`t` in a spec); `None` when it was
/// not read as text.
pub fn text(value: &Val, what: &str) -> Result<String, Error> {
    match &value.is {
        Is::Undefined => Ok("undefined".into()),
        Is::Null => Ok("null".into()),
        Is::Object(o) => match &o.text {
            Some(text) => Ok(string(text, what)?.unwrap_or_default()),
            None => Err(unreadable(what)),
        },
        _ => Ok(string(value, what)?.unwrap_or_default()),
    }
}

/// Like [`string`], but a falsy value (`''`, `0`, `false`, `NaN`) is `None` too: the official
/// SDK leaves those out of queries with `if (value)`.
pub fn truthy_string(value: &Val, what: &str) -> Result<Option<String>, Error> {
    if !value.readable(what)?.is_truthy() {
        return Ok(None);
    }
    string(value, what)
}

/// A required string: `''` and absent values are reported as "<what> is required".
pub fn required_string(value: &Val, what: &str) -> Result<String, Error> {
    match string(value, what)? {
        Some(s) if !s.is_empty() => Ok(s),
        _ => Err(InvalidArgument::required(what)),
    }
}

/// A list of strings: an array (each item converted with [`string`]) or one string.
pub fn string_list(value: &Val, what: &str) -> Result<Vec<String>, Error> {
    if !value.readable(what)?.is_array() {
        return Ok(string(value, what)?.into_iter().collect());
    }
    let mut items = Vec::new();
    for item in value.items() {
        items.push(string(item, what)?.unwrap_or_default());
    }
    Ok(items)
}

/// A string argument, `''` when absent so the core reports it as required.
pub fn arg_string(value: &Val, what: &str) -> Result<String, Error> {
    Ok(string(value, what)?.unwrap_or_default())
}

/// A header value as axios sends it: `null`, `undefined` and `false` leave the header out,
/// an array is joined with `", "`.
pub fn header_value(value: &Val, what: &str) -> Result<Option<String>, Error> {
    if value.as_bool() == Some(false) {
        return Ok(None);
    }
    if value.readable(what)?.is_array() {
        return Ok(Some(join(&string_list(value, what)?, ", ")));
    }
    string(value, what)
}

/// The own enumerable `[key, value]` pairs of an object, in order (`*` in a spec).
pub fn entries<'a>(value: &'a Val, what: &str) -> Result<&'a [(String, Val)], Error> {
    match &value.readable(what)?.is {
        Is::Undefined | Is::Null => Ok(&[]),
        Is::Object(o) => Ok(&o.entries),
        _ => Err(wrong_type(what, "an object", value)),
    }
}

/// `<what> must be <expected>, got <the type of value>`.
pub fn wrong_type(what: &str, expected: &str, value: &Val) -> Error {
    InvalidArgument(concat(&[
        what,
        " must be ",
        expected,
        ", got ",
        type_name(value),
    ]))
}

/// The `typeof` of a value, for error messages (`null` and arrays named as such).
pub fn type_name(value: &Val) -> &'static str {
    match &value.is {
        Is::Undefined => "undefined",
        Is::Null => "null",
        Is::Bool(_) => "boolean",
        Is::Num(_) => "number",
        Is::Str(_) | Is::Uncopied(_) => "string",
        Is::BigInt(_) => "bigint",
        Is::Symbol => "symbol",
        Is::Unreadable => "object",
        Is::Object(o) => match o.kind {
            Some(Kind::Array) => "an array",
            Some(Kind::Function) => "function",
            _ => "object",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Vec<Val> {
        Parser::new(s).values().expect("valid snapshot")
    }

    #[test]
    fn parses_primitives_with_slots() {
        let v = parse("unTFyx#1:0s3:abci2:10z9;");
        let is: Vec<_> = v.iter().map(|v| v.is.clone()).collect();
        assert_eq!(
            is,
            vec![
                Is::Undefined,
                Is::Null,
                Is::Bool(true),
                Is::Bool(false),
                Is::Symbol,
                Is::Unreadable,
                Is::Num("0".into()),
                Is::Str("abc".into()),
                Is::BigInt("10".into()),
                Is::Uncopied(9),
            ]
        );
        assert_eq!(v[7].slot, Slot(7));
    }

    #[test]
    fn lengths_count_utf16_units() {
        let v = parse("s3:a😀s1:中");
        assert_eq!(v[0].as_string().as_deref(), Some("a😀"));
        assert_eq!(v[1].as_string().as_deref(), Some("中"));
    }

    #[test]
    fn parses_objects_with_entries_items_and_text() {
        let v = parse("oo{s1:as1:xs1:boa[#1:1u]}oa=s3:1,2!ol@1;s4:text");
        assert_eq!(v[0].get("a").as_string().as_deref(), Some("x"));
        assert_eq!(v[0].get("a").slot, Slot(2));
        assert_eq!(v[0].get("b").items().len(), 2);
        assert_eq!(v[0].get("missing").is, Is::Undefined);
        assert_eq!(text(&v[1], "t").unwrap(), "1,2");
        assert!(v[1].readable("t").is_err());
        assert_eq!(v[2].object().unwrap().blob, Some((true, "text".into())));
        // Slots count every value, keys included.
        assert_eq!(v[1].slot, Slot(7));
    }

    #[test]
    fn malformed_input_is_refused() {
        for bad in ["s5:ab", "q", "oo{#1:1u}", "s99999999999999999999999:"] {
            assert!(Parser::new(bad).values().is_none(), "{bad}");
        }
    }

    #[test]
    fn decoders_follow_js_rules() {
        let v = parse("#3:NaNs0:i1:0z20000;xoa");
        assert!(!v[0].is_truthy());
        assert!(!v[1].is_truthy());
        assert!(!v[2].is_truthy());
        assert!(v[3].is_truthy());
        assert_eq!(
            string(&v[3], "id").unwrap_err().0,
            "id is too long (20000 characters; at most 16384)"
        );
        assert_eq!(string(&v[4], "id").unwrap_err().0, "id could not be read");
        assert_eq!(
            string(&v[5], "id").unwrap_err().0,
            "id must be a string, got an array"
        );
    }
}
