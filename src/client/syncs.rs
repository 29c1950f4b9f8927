//! Builders for syncs: `triggerSync`, `startSync`, `pauseSync`, `syncStatus`,
//! `updateSyncConnectionFrequency`, `createSyncVariant`, `deleteSyncVariant`.

use alloc::{string::String, vec::Vec};

use super::{Call, Request};
use crate::api::syncs::{self, SyncArg, SyncList, SyncName, SyncVariant, TriggerOptions};
use crate::api::Built;
use crate::js::{
    arg_string, defined, defined_payload, prop, string, truthy_string, Error, Is, Reader, Slot, Val,
};

/// Reads a list of syncs: falsy, `'*'`, an array (read by `items`) or something else.
fn sync_list<T>(
    value: &Val,
    items: impl FnOnce(&Val) -> Result<T, Error>,
) -> Result<SyncList<T>, Error> {
    Ok(if !value.readable("syncs")?.is_truthy() {
        SyncList::Missing
    } else if value.is_array() {
        SyncList::Array(items(value)?)
    } else if value.as_string().as_deref() == Some("*") {
        SyncList::All
    } else {
        SyncList::Other
    })
}

/// A list of syncs kept as the caller's array.
fn sync_array(value: &Val) -> Result<SyncList<Slot>, Error> {
    sync_list(value, |array| Ok(array.slot))
}

/// A list of syncs read as names, for `syncStatus`.
fn sync_names(value: &Val) -> Result<SyncList<Vec<SyncName>>, Error> {
    sync_list(value, |array| {
        let mut names = Vec::new();
        for item in array.items() {
            names.push(match item.as_string() {
                Some(name) => SyncName::Name(name),
                None => SyncName::Object {
                    name: string(prop(item, "name")?, "name")?,
                    variant: truthy_string(prop(item, "variant")?, "variant")?,
                },
            });
        }
        Ok(names)
    })
}

/// `triggerSync`'s fourth argument, by type as the official SDK reads it.
fn trigger_options(value: &Val) -> TriggerOptions<Slot> {
    match &value.is {
        Is::Str(mode) => TriggerOptions::SyncMode(mode.clone()),
        Is::Bool(full_resync) => TriggerOptions::FullResync(*full_resync),
        Is::Null => TriggerOptions::Opts(value.slot),
        _ if value.is_object() => TriggerOptions::Opts(value.slot),
        _ => TriggerOptions::None,
    }
}

fn key(provider_config_key: &Val) -> Result<String, Error> {
    Ok(truthy_string(provider_config_key, "providerConfigKey")?.unwrap_or_default())
}

pub(super) fn trigger_sync(c: &Call) -> Result<Request, Error> {
    Ok(syncs::trigger_sync(
        defined(c.at(0)),
        sync_array(c.at(1))?,
        defined(c.at(2)),
        trigger_options(c.at(3)),
    )?
    .into())
}

type StartOrPause = fn(&str, SyncList<Slot>, Option<Slot>) -> Built<Slot>;

fn start_or_pause(build: StartOrPause, c: &Call) -> Result<Request, Error> {
    Ok(build(&key(c.at(0))?, sync_array(c.at(1))?, defined(c.at(2)))?.into())
}

pub(super) fn start_sync(c: &Call) -> Result<Request, Error> {
    start_or_pause(syncs::start_sync, c)
}

pub(super) fn pause_sync(c: &Call) -> Result<Request, Error> {
    start_or_pause(syncs::pause_sync, c)
}

pub(super) fn sync_status(c: &Call) -> Result<Request, Error> {
    let key = key(c.at(0))?;
    let syncs = sync_names(c.at(1))?;
    let connection_id = string(c.at(2), "connectionId")?;
    Ok(syncs::sync_status(&key, syncs, connection_id)?.into())
}

pub(super) fn update_sync_connection_frequency(c: &Call) -> Result<Request, Error> {
    let (sync, frequency) = (c.at(1), c.at(3));
    let sync = if !sync.readable("sync")?.is_truthy() {
        SyncArg::Missing
    } else if let Some(name) = sync.as_string() {
        SyncArg::Name(name)
    } else if sync.is_string() {
        // A name too long to be copied.
        string(sync, "sync")?;
        SyncArg::Missing
    } else {
        SyncArg::Object {
            name: defined(prop(sync, "name")?),
            variant: defined(prop(sync, "variant")?),
        }
    };
    let frequency = match &frequency.is {
        Is::Null => Some(None),
        Is::Str(f) => Some(Some(f.clone())),
        _ => None,
    };
    Ok(syncs::update_sync_connection_frequency(
        &key(c.at(0))?,
        sync,
        c.at(2).as_string(),
        frequency,
    )?
    .into())
}

fn sync_variant(c: &Call) -> Result<SyncVariant<Slot>, Error> {
    let mut r = Reader::new(c.at(0));
    let variant = SyncVariant {
        name: r.read("name", arg_string),
        variant: r.read("variant", arg_string),
        provider_config_key: r.read("provider_config_key", defined_payload),
        connection_id: r.read("connection_id", defined_payload),
    };
    r.finish()?;
    Ok(variant)
}

pub(super) fn create_sync_variant(c: &Call) -> Result<Request, Error> {
    Ok(syncs::create_sync_variant(sync_variant(c)?)?.into())
}

pub(super) fn delete_sync_variant(c: &Call) -> Result<Request, Error> {
    Ok(syncs::delete_sync_variant(sync_variant(c)?)?.into())
}
