//! Channel endpoints: reading a channel, creating (with `nonce` de-duplication within Discord's
//! window), reading, editing, deleting and listing its messages, each behind the permission
//! model.
use std::time::Instant;

use serde_json::Value;

use super::fixtures;
use super::messages::{self, Origin};
use super::permissions::{self, Access};
use super::rest::{Reply, Req, UNIMPLEMENTED};
use super::rules::{self, ApiError};
use super::state::{Shared, State};

type Handled = Result<Reply, ApiError>;

/// A message created with `enforce_nonce`, remembered for de-duplication.
pub(crate) struct SentNonce {
    pub channel_id: u64,
    pub nonce: Value,
    pub message_id: u64,
    /// On the simulator's clock (`State::now`), so tests can advance past the window.
    pub at: Instant,
}

/// `GET /channels/{channel_id}`.
pub(crate) fn get_channel(shared: &Shared, req: &Req) -> Handled {
    let state = shared.lock();
    let channel_id = req.id("channel_id");
    permissions::check(&state, channel_id, Access::View)?;
    let channel = state
        .channels
        .get(&channel_id)
        .ok_or_else(ApiError::unknown_channel)?;
    let position = state
        .channels
        .values()
        .take_while(|c| c.id != channel.id)
        .count();
    match channel.guild_id {
        Some(_) => Reply::ok(fixtures::guild_channel(channel, &state, position)),
        None => Reply::ok(fixtures::dm_channel(channel, &state)),
    }
}

/// `POST /channels/{channel_id}/messages`.
pub(crate) fn post_message(shared: &Shared, req: &Req) -> Handled {
    let channel_id = req.id("channel_id");
    let body = req.body_or_null();
    rules::check_message_limits(&body, "")?;
    if !rules::has_visible_content(&body, req.files.len()) {
        return Err(ApiError::empty_message());
    }
    shared.update(|state| {
        let files = !req.files.is_empty();
        permissions::check(state, channel_id, Access::Post { files })?;
        let nonce = body.get("nonce").filter(|n| !n.is_null()).cloned();
        let enforced = body.get("enforce_nonce").and_then(Value::as_bool) == Some(true);
        let nonce = nonce.filter(|_| enforced);
        if let Some(nonce) = &nonce {
            if let Some(earlier) = earlier_with_nonce(shared, state, channel_id, nonce) {
                return earlier;
            }
        }
        let id = messages::create(
            shared,
            state,
            channel_id,
            &body,
            req.files.clone(),
            Origin::Channel,
        );
        if let Some(nonce) = nonce {
            if let Some(stored) = state.message_mut(channel_id, id) {
                stored.json["nonce"] = nonce.clone();
            }
            let at = state.now();
            state.nonces.push(SentNonce {
                channel_id,
                nonce,
                message_id: id,
                at,
            });
        }
        let message = state
            .find_message(id)
            .map(|m| m.json.clone())
            .unwrap_or(Value::Null);
        Reply::ok(message)
    })
}

/// Discord, with `enforce_nonce`: a message by the same author with the same nonce in the past
/// few minutes is returned instead of creating another, and one deleted since is not sent again
/// (10008). Older ones are forgotten: a retry after the window posts a second message.
fn earlier_with_nonce(
    shared: &Shared,
    state: &State,
    channel_id: u64,
    nonce: &Value,
) -> Option<Handled> {
    let now = state.now();
    let window = shared.opts.nonce_window;
    let earlier = state.nonces.iter().rev().find(|n| {
        n.channel_id == channel_id && &n.nonce == nonce && now.duration_since(n.at) <= window
    })?;
    let message = state
        .messages
        .get(&channel_id)?
        .iter()
        .find(|m| m.id == earlier.message_id)?;
    Some(if message.deleted {
        Err(ApiError::unknown_message())
    } else {
        Reply::ok(message.json.clone())
    })
}

/// `GET`/`PATCH`/`DELETE /channels/{channel_id}/messages/{message_id}`.
pub(crate) fn channel_message(shared: &Shared, req: &Req) -> Handled {
    let channel_id = req.id("channel_id");
    let message_id = req.id("message_id");
    shared.update(|state| {
        let access = match req.method.as_str() {
            "PATCH" => Access::Edit {
                files: !req.files.is_empty(),
            },
            _ => Access::View,
        };
        permissions::check(state, channel_id, access)?;
        // Ephemeral messages exist only for their user: channel endpoints cannot see them.
        let visible = state
            .message_mut(channel_id, message_id)
            .filter(|m| !m.is_ephemeral())
            .map(|m| m.json.clone());
        let Some(message) = visible else {
            return Err(ApiError::unknown_message());
        };
        match req.method.as_str() {
            "GET" => Reply::ok(message),
            "PATCH" => {
                let body = req.body_or_null();
                rules::check_message_limits(&body, "")?;
                let edited = messages::edit(state, message_id, &body, req.files.clone())
                    .unwrap_or(Value::Null);
                Reply::ok(edited)
            }
            "DELETE" => {
                messages::delete(state, message_id);
                Reply::no_content()
            }
            _ => Err(ApiError::new(
                UNIMPLEMENTED,
                0,
                "not implemented by the simulator",
            )),
        }
    })
}

/// `GET /channels/{id}/messages`: newest first, `limit` (default 50), ephemeral ones hidden.
pub(crate) fn list_messages(shared: &Shared, req: &Req) -> Handled {
    let limit = req
        .query
        .as_deref()
        .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("limit=")))
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(50);
    let state = shared.lock();
    let channel_id = req.id("channel_id");
    permissions::check(&state, channel_id, Access::View)?;
    let list = state
        .messages
        .get(&channel_id)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let visible = list
        .iter()
        .rev()
        .filter(|m| !m.deleted && !m.is_ephemeral())
        .take(limit);
    Reply::ok(Value::Array(visible.map(|m| m.json.clone()).collect()))
}
