//! The endpoint table, and handlers for gateway info, users, the application, channels and DMs.
use serde_json::{json, Value};

use super::fixtures;
use super::messages::{self, Origin};
use super::rest::{Reply, Req, UNIMPLEMENTED};
use super::rules::{self, ApiError};
use super::state::Shared;
use super::{commands, webhooks};

type Handled = Result<Reply, ApiError>;

/// Dispatches a validated request to its endpoint.
pub(crate) fn route(shared: &Shared, req: &Req) -> Handled {
    if let Some(handled) = super::guild_setup::route(shared, req) {
        return handled;
    }
    match (req.method.as_str(), req.template.as_str()) {
        ("GET", "/gateway") => Reply::ok(json!({ "url": shared.gateway_url })),
        ("GET", "/gateway/bot") => Reply::ok(json!({
            "url": shared.gateway_url,
            "shards": 1,
            "session_start_limit": { "total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1 },
        })),
        ("GET", "/users/@me") => Reply::ok(fixtures::current_user(shared)),
        ("GET", "/applications/@me" | "/oauth2/applications/@me") => {
            Reply::ok(fixtures::application(shared))
        }
        ("GET" | "PUT" | "POST", "/applications/{application_id}/commands") => {
            commands::handle(shared, req, None)
        }
        ("GET" | "PUT" | "POST", "/applications/{application_id}/guilds/{guild_id}/commands") => {
            commands::handle(shared, req, Some(req.id("guild_id")))
        }
        ("POST", "/interactions/{interaction_id}/{interaction_token}/callback") => {
            webhooks::callback(shared, req)
        }
        ("POST", "/webhooks/{webhook_id}/{webhook_token}") => webhooks::follow_up(shared, req),
        (_, "/webhooks/{webhook_id}/{webhook_token}/messages/@original") => {
            webhooks::original(shared, req)
        }
        (_, "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}") => {
            webhooks::follow_up_message(shared, req)
        }
        ("GET", "/channels/{channel_id}") => get_channel(shared, req),
        ("POST", "/channels/{channel_id}/messages") => post_message(shared, req),
        (_, "/channels/{channel_id}/messages/{message_id}") => channel_message(shared, req),
        ("POST", "/users/@me/channels") => open_dm(shared, req),
        ("GET", "/users/{user_id}") => get_user(shared, req),
        ("GET", "/guilds/{guild_id}/members/{user_id}") => get_member(shared, req),
        ("GET", "/channels/{channel_id}/messages") => list_messages(shared, req),
        ("POST", "/channels/{channel_id}/typing") => Reply::no_content(),
        _ => Err(ApiError::new(
            UNIMPLEMENTED,
            0,
            "not implemented by the simulator",
        )),
    }
}

fn get_channel(shared: &Shared, req: &Req) -> Handled {
    let state = shared.lock();
    let channel = state
        .channels
        .get(&req.id("channel_id"))
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

fn post_message(shared: &Shared, req: &Req) -> Handled {
    let channel_id = req.id("channel_id");
    let body = req.body_or_null();
    rules::check_message_limits(&body, "")?;
    if !rules::has_visible_content(&body, req.files.len()) {
        return Err(ApiError::empty_message());
    }
    shared.update(|state| {
        if !state.channels.contains_key(&channel_id) {
            return Err(ApiError::unknown_channel());
        }
        // Discord: with `enforce_nonce`, a message by the same author with the same nonce in
        // the past few minutes is returned instead of creating another.
        let nonce = body.get("nonce").filter(|n| !n.is_null()).cloned();
        if let (Some(nonce), Some(true)) =
            (&nonce, body.get("enforce_nonce").and_then(Value::as_bool))
        {
            let earlier = state.messages.get(&channel_id).and_then(|list| {
                list.iter()
                    .find(|m| !m.deleted && m.json.get("nonce") == Some(nonce))
            });
            if let Some(earlier) = earlier {
                return Reply::ok(earlier.json.clone());
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
        if let (Some(nonce), Some(stored)) = (nonce, state.message_mut(channel_id, id)) {
            stored.json["nonce"] = nonce;
        }
        let message = state
            .find_message(id)
            .map(|m| m.json.clone())
            .unwrap_or(Value::Null);
        Reply::ok(message)
    })
}

fn channel_message(shared: &Shared, req: &Req) -> Handled {
    let channel_id = req.id("channel_id");
    let message_id = req.id("message_id");
    shared.update(|state| {
        // Ephemeral messages exist only for their user: channel endpoints cannot see them.
        let visible = state
            .message_mut(channel_id, message_id)
            .filter(|m| !m.is_ephemeral())
            .map(|m| m.json.clone());
        let Some(message) = visible else {
            return Err(if state.channels.contains_key(&channel_id) {
                ApiError::unknown_message()
            } else {
                ApiError::unknown_channel()
            });
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

fn open_dm(shared: &Shared, req: &Req) -> Handled {
    let recipient = req
        .body
        .as_ref()
        .and_then(|b| b.get("recipient_id"))
        .and_then(|v| match v {
            Value::String(s) => s.parse::<u64>().ok(),
            other => other.as_u64(),
        });
    let Some(recipient) = recipient else {
        return Err(ApiError::invalid_form(&[(
            "recipient_id".into(),
            "BASE_TYPE_REQUIRED",
            "This field is required".into(),
        )]));
    };
    shared.update(|state| {
        let id = state.dm_channel(recipient);
        let channel = state
            .channels
            .get(&id)
            .cloned()
            .ok_or_else(ApiError::unknown_channel)?;
        Reply::ok(fixtures::dm_channel(&channel, state))
    })
}

fn get_user(shared: &Shared, req: &Req) -> Handled {
    let id = req.id("user_id");
    if id == shared.bot_user_id {
        return Reply::ok(fixtures::bot_user(shared));
    }
    let state = shared.lock();
    let user = state
        .users
        .get(&id)
        .ok_or_else(|| ApiError::new(404, 10013, "Unknown User"))?;
    Reply::ok(fixtures::user(user))
}

fn get_member(shared: &Shared, req: &Req) -> Handled {
    if req.id("guild_id") != shared.guild_id {
        return Err(ApiError::new(403, 50001, "Missing Access"));
    }
    let state = shared.lock();
    let user = state
        .users
        .get(&req.id("user_id"))
        .ok_or_else(|| ApiError::new(404, 10007, "Unknown Member"))?;
    let mut member = fixtures::member(user);
    if let Some(map) = member.as_object_mut() {
        map.remove("permissions");
    }
    Reply::ok(member)
}

/// `GET /channels/{id}/messages`: newest first, `limit` (default 50), ephemeral ones hidden.
fn list_messages(shared: &Shared, req: &Req) -> Handled {
    let limit = req
        .query
        .as_deref()
        .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("limit=")))
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(50);
    let state = shared.lock();
    let channel_id = req.id("channel_id");
    if !state.channels.contains_key(&channel_id) {
        return Err(ApiError::unknown_channel());
    }
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
