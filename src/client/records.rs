//! Builders for records: `listRecords`, `pruneRecords`.

use alloc::vec::Vec;

use super::{Call, Request};
use crate::api::records::{self, ListRecords, PruneRecords};
use crate::js::{
    defined_payload, header_value, string, string_list, truthy_payload, truthy_string, Error,
    Reader,
};

pub(super) fn list_records(c: &Call) -> Result<Request, Error> {
    let config = c.at(0);
    if !config.is_object() {
        return Err(Error::new("listRecords(config): config must be an object"));
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
    Ok(records::list_records(&options)?.into())
}

pub(super) fn prune_records(c: &Call) -> Result<Request, Error> {
    let options = c.at(0);
    if !options.is_object() {
        return Err(Error::new(
            "pruneRecords(options): options must be an object",
        ));
    }
    let mut r = Reader::new(options);
    let input = PruneRecords {
        provider_config_key: r.read("providerConfigKey", header_value),
        connection_id: r.read("connectionId", header_value),
        model: r.read("model", defined_payload),
        variant: r.read("variant", truthy_payload),
        until_cursor: r.read("untilCursor", defined_payload),
        limit: r.read("limit", truthy_payload),
    };
    r.finish()?;
    Ok(records::prune_records(input)?.into())
}
