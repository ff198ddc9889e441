//! The guild's roles, the bot's own membership and channels' permission overwrites: what a
//! bot may do where. Serves `GET /guilds/{id}`, `GET /guilds/{id}/roles` and the bot's
//! `GET /guilds/{id}/members/{bot}`, and the `permission_overwrites` of guild channels.
//!
//! The guild has `@everyone` (an ordinary member's permissions) and, as on Discord, a managed
//! role named after the bot that holds the permissions it was invited with; tests add roles
//! (`add_role`) and overwrites (`set_overwrite`).
use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::fixtures::{self, BOT_NAME};
use super::model::{User, BOT_PERMISSIONS, MEMBER_PERMISSIONS};
use super::rest::{Reply, Req};
use super::rules::ApiError;
use super::state::{snowflake, Shared, State};
use super::Sim;

/// The bot's managed role (Discord makes one when a bot joins with permissions).
pub const BOT_ROLE_ID: u64 = 1_187_000_000_000_000_300;

/// A role beyond `@everyone` and the bot's.
#[derive(Clone, Debug)]
pub(crate) struct RoleInfo {
    pub id: u64,
    pub name: String,
    pub permissions: u64,
}

/// A channel's permission overwrite for one role or member (Discord's `type` 0 or 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overwrite {
    pub id: u64,
    pub member: bool,
    pub allow: u64,
    pub deny: u64,
}

impl Overwrite {
    /// An overwrite for a role (`@everyone` is the guild's id).
    pub fn role(id: u64) -> Self {
        Self {
            id,
            member: false,
            allow: 0,
            deny: 0,
        }
    }

    /// An overwrite for one member.
    pub fn member(id: u64) -> Self {
        Self {
            member: true,
            ..Self::role(id)
        }
    }

    pub fn allow(mut self, bits: u64) -> Self {
        self.allow |= bits;
        self
    }

    pub fn deny(mut self, bits: u64) -> Self {
        self.deny |= bits;
        self
    }
}

/// What tests set up beyond the defaults.
#[derive(Default)]
pub(crate) struct GuildSetup {
    pub roles: Vec<RoleInfo>,
    pub overwrites: BTreeMap<u64, Vec<Overwrite>>,
}

impl Sim {
    /// Adds a role to the guild; returns its id.
    pub fn add_role(&self, name: &str, permissions: u64) -> u64 {
        let id = snowflake();
        self.add_role_with_id(id, name, permissions);
        id
    }

    /// Adds a role with a given id (e.g. one a configuration already names).
    pub fn add_role_with_id(&self, id: u64, name: &str, permissions: u64) {
        let role = RoleInfo {
            id,
            name: name.to_owned(),
            permissions,
        };
        self.shared.update(|s| s.guild_setup.roles.push(role));
    }

    /// The bot's managed role.
    pub fn bot_role(&self) -> u64 {
        BOT_ROLE_ID
    }

    /// Sets (replaces) a channel's overwrite for the overwrite's role or member.
    pub fn set_overwrite(&self, channel: u64, overwrite: Overwrite) {
        self.shared.update(|s| {
            let list = s.guild_setup.overwrites.entry(channel).or_default();
            list.retain(|o| o.id != overwrite.id);
            list.push(overwrite);
        });
    }
}

/// The `permission_overwrites` of a channel.
pub(crate) fn overwrites(state: &State, channel: u64) -> Value {
    let list = state.guild_setup.overwrites.get(&channel);
    Value::Array(
        list.into_iter()
            .flatten()
            .map(|o| {
                json!({
                    "id": o.id.to_string(),
                    "type": u8::from(o.member),
                    "allow": o.allow.to_string(),
                    "deny": o.deny.to_string(),
                })
            })
            .collect(),
    )
}

/// The routes this module answers; `None` leaves the request to the other handlers.
pub(crate) fn route(shared: &Shared, req: &Req) -> Option<Result<Reply, ApiError>> {
    match (req.method.as_str(), req.template.as_str()) {
        ("GET", "/guilds/{guild_id}") => Some(in_guild(shared, req).and_then(|()| {
            let state = shared.lock();
            Reply::ok(guild(shared, &state))
        })),
        ("GET", "/guilds/{guild_id}/roles") => Some(in_guild(shared, req).and_then(|()| {
            let state = shared.lock();
            Reply::ok(roles(shared, &state))
        })),
        ("GET", "/guilds/{guild_id}/members/{user_id}")
            if req.id("user_id") == shared.bot_user_id =>
        {
            Some(in_guild(shared, req).and_then(|()| Reply::ok(bot_member(shared))))
        }
        _ => None,
    }
}

/// The simulator knows one guild; any other is unknown (as a guild the bot is not in).
fn in_guild(shared: &Shared, req: &Req) -> Result<(), ApiError> {
    if req.id("guild_id") == shared.guild_id {
        Ok(())
    } else {
        Err(ApiError::new(404, 10004, "Unknown Guild"))
    }
}

fn role(id: u64, name: &str, permissions: u64, position: usize, managed: bool) -> Value {
    json!({
        "id": id.to_string(), "name": name,
        "color": 0, "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null },
        "hoist": false, "icon": null, "unicode_emoji": null, "position": position,
        "permissions": permissions.to_string(),
        "managed": managed, "mentionable": false, "flags": 0,
    })
}

/// `@everyone`, the bot's managed role, then the roles tests added.
fn roles(shared: &Shared, state: &State) -> Value {
    let mut list = vec![
        role(shared.guild_id, "@everyone", MEMBER_PERMISSIONS, 0, false),
        role(BOT_ROLE_ID, BOT_NAME, BOT_PERMISSIONS, 1, true),
    ];
    for (i, r) in state.guild_setup.roles.iter().enumerate() {
        list.push(role(r.id, &r.name, r.permissions, i + 2, false));
    }
    Value::Array(list)
}

/// `GET /guilds/{id}`: the guild as GUILD_CREATE has it, without the gateway-only fields.
fn guild(shared: &Shared, state: &State) -> Value {
    let mut guild = fixtures::guild_create(shared, state);
    if let Some(map) = guild.as_object_mut() {
        for gateway_only in [
            "voice_states",
            "members",
            "channels",
            "threads",
            "presences",
            "stage_instances",
            "guild_scheduled_events",
            "soundboard_sounds",
            "lazy",
            "large",
            "unavailable",
            "member_count",
            "joined_at",
        ] {
            map.remove(gateway_only);
        }
        map.insert("roles".into(), roles(shared, state));
        map.insert("home_header".into(), Value::Null);
        map.insert("region".into(), json!("deprecated"));
    }
    guild
}

/// The bot as a member of the guild, with its managed role.
fn bot_member(shared: &Shared) -> Value {
    let bot = User {
        id: shared.bot_user_id,
        name: BOT_NAME.into(),
        locale: "en-US".into(),
        roles: vec![BOT_ROLE_ID],
        permissions: BOT_PERMISSIONS,
        accepts_dms: true,
    };
    let mut member = fixtures::member(&bot);
    member["user"] = fixtures::bot_user(shared);
    if let Some(map) = member.as_object_mut() {
        map.remove("permissions");
    }
    member
}
