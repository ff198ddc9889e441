//! Discord-shaped JSON objects: users, members, channels, the guild, the application, READY.
use serde_json::{json, Value};

use super::model::User;
use super::state::{ChannelInfo, Shared, State};

pub(crate) const BOT_NAME: &str = "Roundtable";
/// Discord's default upload limit, sent as `attachment_size_limit`.
pub(crate) const ATTACHMENT_SIZE_LIMIT: usize = super::rules::MAX_ATTACHMENT_SIZE;
use super::model::BOT_PERMISSIONS;

fn ts(time: chrono::DateTime<chrono::Utc>) -> String {
    time.to_rfc3339_opts(chrono::SecondsFormat::Micros, false)
}

/// A user object (the public part).
pub(crate) fn user(u: &User) -> Value {
    json!({
        "id": u.id.to_string(),
        "username": u.name.to_lowercase().replace(' ', "_"),
        "global_name": u.name,
        "discriminator": "0",
        "avatar": null,
        "public_flags": 0,
        "flags": 0,
        "banner": null,
        "accent_color": null,
        "avatar_decoration_data": null,
        "collectibles": null,
        "primary_guild": null,
    })
}

pub(crate) fn bot_user(shared: &Shared) -> Value {
    json!({
        "id": shared.bot_user_id.to_string(),
        "username": BOT_NAME,
        "global_name": null,
        "discriminator": "4242",
        "avatar": null,
        "bot": true,
        "public_flags": 0,
        "flags": 0,
        "banner": null,
        "accent_color": null,
        "avatar_decoration_data": null,
        "collectibles": null,
        "primary_guild": null,
    })
}

/// `GET /users/@me`: the bot user with its private fields.
pub(crate) fn current_user(shared: &Shared) -> Value {
    let mut me = bot_user(shared);
    if let Some(map) = me.as_object_mut() {
        map.insert("verified".into(), json!(true));
        map.insert("mfa_enabled".into(), json!(false));
        map.insert("locale".into(), json!("en-US"));
        map.insert("email".into(), Value::Null);
        map.insert("premium_type".into(), json!(0));
    }
    me
}

/// A guild member object; `joined_at` is a fixed date in the past.
pub(crate) fn member(u: &User) -> Value {
    json!({
        "user": user(u),
        "nick": null,
        "avatar": null,
        "banner": null,
        "roles": u.roles.iter().map(u64::to_string).collect::<Vec<_>>(),
        "joined_at": "2024-03-01T12:00:00.000000+00:00",
        "premium_since": null,
        "deaf": false,
        "mute": false,
        "pending": false,
        "flags": 0,
        "communication_disabled_until": null,
        "unusual_dm_activity_until": null,
        "permissions": u.permissions.to_string(),
    })
}

/// The `channel` object of an interaction (a partial channel).
pub(crate) fn partial_channel(channel: &ChannelInfo, state: &State) -> Value {
    match channel.guild_id {
        Some(guild_id) => json!({
            "id": channel.id.to_string(),
            "type": 0,
            "guild_id": guild_id.to_string(),
            "name": channel.name,
            "position": 0,
            "flags": 0,
            "parent_id": null,
            "topic": null,
            "nsfw": false,
            "rate_limit_per_user": 0,
            "last_message_id": last_message(state, channel.id),
            "permissions": super::model::MEMBER_PERMISSIONS.to_string(),
        }),
        None => {
            let recipient = state.user(channel.recipient.unwrap_or_default());
            json!({
                "id": channel.id.to_string(),
                "type": 1,
                "flags": 0,
                "last_message_id": last_message(state, channel.id),
                "recipients": [user(&recipient)],
            })
        }
    }
}

fn last_message(state: &State, channel_id: u64) -> Value {
    state
        .messages
        .get(&channel_id)
        .and_then(|m| m.last())
        .map_or(Value::Null, |m| json!(m.id.to_string()))
}

/// `POST /users/@me/channels`: a DM channel object.
pub(crate) fn dm_channel(channel: &ChannelInfo, state: &State) -> Value {
    partial_channel(channel, state)
}

/// A full guild channel, as in GUILD_CREATE and `GET /channels/{id}`.
pub(crate) fn guild_channel(channel: &ChannelInfo, state: &State, position: usize) -> Value {
    let mut value = partial_channel(channel, state);
    if let Some(map) = value.as_object_mut() {
        map.remove("permissions");
        map.insert("position".into(), json!(position));
        let mut overwrites = match bot_overwrites(channel) {
            Value::Array(list) => list,
            _ => Vec::new(),
        };
        if let Value::Array(more) = super::guild_setup::overwrites(state, channel.id) {
            overwrites.extend(more);
        }
        map.insert("permission_overwrites".into(), Value::Array(overwrites));
        map.insert("last_pin_timestamp".into(), Value::Null);
        map.insert("default_thread_rate_limit_per_user".into(), json!(0));
    }
    value
}

/// The bot's channel permissions as a member overwrite (none while they are the default).
fn bot_overwrites(channel: &ChannelInfo) -> Value {
    if channel.bot_permissions == BOT_PERMISSIONS {
        return json!([]);
    }
    json!([{
        "id": super::BOT_USER_ID.to_string(),
        "type": 1,
        "allow": (channel.bot_permissions & !BOT_PERMISSIONS).to_string(),
        "deny": (BOT_PERMISSIONS & !channel.bot_permissions).to_string(),
    }])
}

pub(crate) fn application(shared: &Shared) -> Value {
    let owner = User::member("Sim Owner");
    json!({
        "id": shared.application_id.to_string(),
        "name": BOT_NAME,
        "icon": null,
        "description": "Meeting paperwork (simulated)",
        "type": null,
        "bot": bot_user(shared),
        "summary": "",
        "bot_public": false,
        "bot_require_code_grant": false,
        "verify_key": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
        "flags": 0,
        "flags_new": "0",
        "owner": user(&owner),
        "team": null,
        "redirect_uris": [],
        "interactions_endpoint_url": null,
        "role_connections_verification_url": null,
        "tags": [],
        "integration_types_config": { "0": {} },
        "approximate_guild_count": 1,
        "approximate_user_install_count": 0,
        "approximate_user_authorization_count": 0,
        "explicit_content_filter": 0,
        "eligible_oauth2_scopes": ["bot", "applications.commands"],
        "rpc_origins": [],
    })
}

/// The READY dispatch payload.
pub(crate) fn ready(shared: &Shared, session_id: &str, shard: Option<&Value>) -> Value {
    let mut ready = json!({
        "v": 10,
        "user": current_user(shared),
        "guilds": [{ "id": shared.guild_id.to_string(), "unavailable": true }],
        "session_id": session_id,
        "resume_gateway_url": shared.gateway_url,
        "session_type": "normal",
        "private_channels": [],
        "relationships": [],
        "presences": [],
        "guild_join_requests": [],
        "geo_ordered_rtc_regions": ["simulated"],
        "user_settings": {},
        "application": { "id": shared.application_id.to_string(), "flags": 0 },
        "_trace": ["[\"sim-gateway\",{\"micros\":0}]"],
    });
    if let (Some(shard), Some(map)) = (shard, ready.as_object_mut()) {
        map.insert("shard".into(), shard.clone());
    }
    ready
}

/// The GUILD_CREATE dispatch payload: the guild with its channels, @everyone and the bot member.
pub(crate) fn guild_create(shared: &Shared, state: &State) -> Value {
    let channels: Vec<Value> = state
        .channels
        .values()
        .filter(|c| c.guild_id == Some(shared.guild_id))
        .enumerate()
        .map(|(i, c)| guild_channel(c, state, i))
        .collect();
    let bot = User {
        id: shared.bot_user_id,
        name: BOT_NAME.into(),
        locale: "en-US".into(),
        roles: vec![],
        permissions: BOT_PERMISSIONS,
        accepts_dms: true,
    };
    let mut bot_member = member(&bot);
    bot_member["user"] = bot_user(shared);
    if let Some(map) = bot_member.as_object_mut() {
        map.remove("permissions");
    }
    let mut guild = json!({
        "id": shared.guild_id.to_string(),
        "name": "Sim Working Group",
        "icon": null, "icon_hash": null, "splash": null, "discovery_splash": null, "banner": null,
        "owner_id": User::member("Sim Owner").id.to_string(),
        "afk_channel_id": null, "afk_timeout": 300,
        "widget_enabled": false, "widget_channel_id": null,
        "verification_level": 1, "default_message_notifications": 1, "explicit_content_filter": 2,
        "roles": [everyone_role(shared.guild_id)],
        "emojis": [], "stickers": [], "features": [],
        "mfa_level": 0, "application_id": null,
        "system_channel_id": shared.default_channel.to_string(), "system_channel_flags": 0,
        "rules_channel_id": null, "public_updates_channel_id": null, "safety_alerts_channel_id": null,
    });
    let rest = json!({
        "max_presences": null, "max_members": 500_000, "max_video_channel_users": 25, "max_stage_video_channel_users": 50,
        "vanity_url_code": null, "description": null,
        "premium_tier": 0, "premium_subscription_count": 0, "premium_progress_bar_enabled": false,
        "preferred_locale": shared.opts.guild_locale,
        "nsfw_level": 0, "nsfw": false,
        "joined_at": ts(state.wall_clock() - chrono::Duration::days(30)),
        "large": false, "unavailable": false,
        "member_count": 2 + state.users.len(),
        "voice_states": [], "members": [bot_member], "channels": channels, "threads": [],
        "presences": [], "stage_instances": [], "guild_scheduled_events": [], "soundboard_sounds": [],
        "incidents_data": null, "lazy": true,
    });
    if let (Some(map), Value::Object(more)) = (guild.as_object_mut(), rest) {
        map.extend(more);
    }
    guild
}

fn everyone_role(guild_id: u64) -> Value {
    json!({
        "id": guild_id.to_string(), "name": "@everyone",
        "color": 0, "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null },
        "hoist": false, "icon": null, "unicode_emoji": null, "position": 0,
        "permissions": super::model::MEMBER_PERMISSIONS.to_string(),
        "managed": false, "mentionable": false, "flags": 0,
    })
}

pub(crate) fn timestamp(state: &State) -> String {
    ts(state.wall_clock())
}
