//! Builders for actions: `triggerAction`, `triggerActionAsync`, `getAsyncActionResult`.

use super::{Call, Request};
use crate::api::actions::{self, TriggerAction};
use crate::api::Built;
use crate::js::{defined, header_value, truthy_string, Error, Reader, Slot};

fn trigger(build: fn(TriggerAction<Slot>) -> Built<Slot>, c: &Call) -> Result<Request, Error> {
    Ok(build(TriggerAction {
        provider_config_key: header_value(c.at(0), "providerConfigKey")?,
        connection_id: header_value(c.at(1), "connectionId")?,
        action_name: defined(c.at(2)),
        input: defined(c.at(3)),
    })?
    .into())
}

pub(super) fn trigger_action(c: &Call) -> Result<Request, Error> {
    trigger(actions::trigger_action, c)
}

pub(super) fn trigger_action_async(c: &Call) -> Result<Request, Error> {
    trigger(actions::trigger_action_async, c)
}

pub(super) fn get_async_action_result(c: &Call) -> Result<Request, Error> {
    let mut r = Reader::new(c.at(0));
    let id = r.read("id", truthy_string);
    let status_url = r.read("statusUrl", truthy_string);
    r.finish()?;
    Ok(actions::get_async_action_result(id, status_url)?.into())
}
