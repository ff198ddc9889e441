//! INTERACTION_CREATE payloads of the four kinds, and the command-option plumbing behind them.
use serde_json::{json, Map, Value};

use super::fixtures::{self, ATTACHMENT_SIZE_LIMIT};
use super::model::{InteractionKind, User};
use super::state::{ChannelInfo, Shared, State};

/// What varies between interaction payloads.
pub(crate) struct Envelope<'a> {
    pub id: u64,
    pub token: &'a str,
    pub kind: InteractionKind,
    pub data: Value,
    pub channel: &'a ChannelInfo,
    pub user: &'a User,
    /// The message a component (or a modal opened from one) belongs to.
    pub message: Option<Value>,
}

/// The full interaction object, as Discord sends it in INTERACTION_CREATE.
pub(crate) fn payload(shared: &Shared, state: &State, env: Envelope<'_>) -> Value {
    let mut out = json!({
        "id": env.id.to_string(),
        "application_id": shared.application_id.to_string(),
        "type": env.kind as u8,
        "data": env.data,
        "token": env.token,
        "version": 1,
        "channel": fixtures::partial_channel(env.channel, state),
        "channel_id": env.channel.id.to_string(),
        "locale": env.user.locale,
        "entitlements": [],
        "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
    });
    let map = out
        .as_object_mut()
        .expect("a json! object literal is an object");
    match env.channel.guild_id {
        Some(guild_id) => {
            map.insert("guild_id".into(), json!(guild_id.to_string()));
            map.insert(
                "guild".into(),
                json!({ "id": guild_id.to_string(), "locale": shared.opts.guild_locale, "features": [] }),
            );
            map.insert("guild_locale".into(), json!(shared.opts.guild_locale));
            map.insert("member".into(), fixtures::member(env.user));
            let bot = env.channel.bot_permissions;
            map.insert("app_permissions".into(), json!(bot.to_string()));
            map.insert(
                "authorizing_integration_owners".into(),
                json!({ "0": guild_id.to_string() }),
            );
            map.insert("context".into(), json!(0));
        }
        None => {
            map.insert("user".into(), fixtures::user(env.user));
            // (G)DMs: attach files, embed links, mention everyone, plus external emojis with the bot.
            let dm_permissions: u64 = (1 << 15) | (1 << 14) | (1 << 17) | (1 << 18);
            map.insert("app_permissions".into(), json!(dm_permissions.to_string()));
            map.insert("authorizing_integration_owners".into(), json!({ "0": "0" }));
            map.insert("context".into(), json!(1));
        }
    }
    if let Some(message) = env.message {
        map.insert("message".into(), message);
    }
    out
}

/// Completes the option list a test passed for a registered command: fills in each option's
/// `type` from the declaration, `options: []` for bare subcommands, and builds `resolved` for
/// user/channel/role options. Panics (a test bug) on options the command does not declare.
pub(crate) fn complete_options(
    command: &Value,
    given: &Value,
    state: &State,
    resolved: &mut Map<String, Value>,
) -> Value {
    let declared = command
        .get("options")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let given = given.as_array().cloned().unwrap_or_default();
    let name = command.get("name").and_then(Value::as_str).unwrap_or("?");
    let mut out = Vec::new();
    for mut option in given {
        let option_name = option
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let Some(declaration) = declared.iter().find(|d| d["name"] == option_name.as_str()) else {
            let names: Vec<&str> = declared.iter().filter_map(|d| d["name"].as_str()).collect();
            panic!("option `{option_name}` is not declared by `{name}` (declared: {names:?})");
        };
        let kind = declaration.get("type").and_then(Value::as_u64).unwrap_or(3);
        option["type"] = json!(kind);
        if kind == 1 || kind == 2 {
            let nested = option.get("options").cloned().unwrap_or_else(|| json!([]));
            option["options"] = complete_options(declaration, &nested, state, resolved);
        } else if option.get("focused") != Some(&json!(true)) {
            resolve(kind, &option["value"], state, resolved);
        }
        out.push(option);
    }
    Value::Array(out)
}

fn resolve(kind: u64, value: &Value, state: &State, resolved: &mut Map<String, Value>) {
    let Some(id) = value
        .as_str()
        .and_then(|v| v.parse::<u64>().ok())
        .or_else(|| value.as_u64())
    else {
        return;
    };
    let mut put = |bucket: &str, object: Value| {
        let entry = resolved
            .entry(bucket.to_owned())
            .or_insert_with(|| json!({}));
        entry[id.to_string()] = object;
    };
    match kind {
        // ATTACHMENT: a file uploaded with `Sim::upload`.
        11 => {
            if let Some(upload) = state.uploads.get(&id) {
                put("attachments", upload.json.clone());
            }
        }
        // USER, or MENTIONABLE naming a user.
        6 | 9 if state.users.contains_key(&id) || kind == 6 => {
            let user = state.user(id);
            put("users", fixtures::user(&user));
            let mut member = fixtures::member(&user);
            if let Some(map) = member.as_object_mut() {
                map.remove("user");
                map.remove("deaf");
                map.remove("mute");
            }
            put("members", member);
        }
        7 => {
            if let Some(channel) = state.channels.get(&id) {
                put("channels", fixtures::partial_channel(channel, state));
            }
        }
        8 | 9 => put(
            "roles",
            json!({
                "id": id.to_string(), "name": format!("role{id}"), "color": 0,
                "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null },
                "hoist": false, "icon": null, "unicode_emoji": null, "position": 1, "permissions": "0",
                "managed": false, "mentionable": true, "flags": 0,
            }),
        ),
        _ => {}
    }
}

/// The `data` of a modal submit: one action row per text input.
pub(crate) fn modal_data(custom_id: &str, fields: &[(&str, &str)]) -> Value {
    let rows: Vec<Value> = fields
        .iter()
        .enumerate()
        .map(|(i, (field, value))| {
            json!({
                "type": 1,
                "id": 2 * i + 1,
                "components": [{ "type": 4, "id": 2 * i + 2, "custom_id": field, "value": value }],
            })
        })
        .collect();
    json!({ "custom_id": custom_id, "components": rows })
}

/// Finds the component with `custom_id` in a message's components (nested rows included).
pub(crate) fn find_component(components: &Value, custom_id: &str) -> Option<Value> {
    let list = components.as_array()?;
    for component in list {
        if component.get("custom_id").and_then(Value::as_str) == Some(custom_id) {
            return Some(component.clone());
        }
        if let Some(found) = component
            .get("components")
            .and_then(|c| find_component(c, custom_id))
        {
            return Some(found);
        }
    }
    None
}
