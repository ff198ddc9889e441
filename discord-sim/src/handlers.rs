//! The endpoint table, and handlers for gateway info, users, the application and opening DMs.
use serde_json::{json, Value};

use super::fixtures;
use super::rest::{Reply, Req, UNIMPLEMENTED};
use super::rules::ApiError;
use super::state::Shared;
use super::{channels, commands, webhooks};

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
        ("GET", "/channels/{channel_id}") => channels::get_channel(shared, req),
        ("POST", "/channels/{channel_id}/messages") => channels::post_message(shared, req),
        (_, "/channels/{channel_id}/messages/{message_id}") => {
            channels::channel_message(shared, req)
        }
        ("POST", "/users/@me/channels") => open_dm(shared, req),
        ("GET", "/users/{user_id}") => get_user(shared, req),
        ("GET", "/guilds/{guild_id}/members/{user_id}") => get_member(shared, req),
        ("GET", "/channels/{channel_id}/messages") => channels::list_messages(shared, req),
        ("POST", "/channels/{channel_id}/typing") => Reply::no_content(),
        _ => Err(ApiError::new(
            UNIMPLEMENTED,
            0,
            "not implemented by the simulator",
        )),
    }
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
