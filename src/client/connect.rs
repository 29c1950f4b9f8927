//! Builders for connect: `createConnectSession`, `createReconnectSession`, and the poll of
//! `waitForConnection` (whose loop is the JS entry's).

use super::{Call, Request};
use crate::api::connect;
use crate::js::{present, truthy_string, Error};

pub(super) fn create_connect_session(c: &Call) -> Result<Request, Error> {
    Ok(connect::create_connect_session(present(c.at(0)))?.into())
}

pub(super) fn create_reconnect_session(c: &Call) -> Result<Request, Error> {
    Ok(connect::create_reconnect_session(present(c.at(0)))?.into())
}

/// One poll: `listConnections(undefined, undefined, { endUserId: userId })`.
pub(super) fn wait_for_connection_poll(c: &Call) -> Result<Request, Error> {
    let user_id = truthy_string(c.at(1), "userId")?;
    Ok(connect::wait_for_connection_poll(user_id)?.into())
}
