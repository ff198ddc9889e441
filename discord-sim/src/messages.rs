//! Stored messages: turning request bodies into Discord message objects, edits and deletes.
use serde_json::{json, Value};

use super::fixtures;
use super::model::{SimMessage, StoredFile};
use super::state::{snowflake, Shared, State};

/// Who made a message and how, which decides `type`, `webhook_id` and interaction metadata.
pub(crate) enum Origin<'a> {
    /// `POST /channels/{id}/messages`.
    Channel,
    /// An interaction's original response (`command` names the slash command, if any).
    InteractionOriginal {
        interaction_id: u64,
        kind: u8,
        user_id: u64,
        command: Option<&'a str>,
    },
    /// A follow-up of an interaction.
    FollowUp {
        interaction_id: u64,
        kind: u8,
        user_id: u64,
    },
}

/// Creates and stores a message from a request body; returns its id.
pub(crate) fn create(
    shared: &Shared,
    state: &mut State,
    channel_id: u64,
    body: &Value,
    files: Vec<StoredFile>,
    origin: Origin<'_>,
) -> u64 {
    let id = snowflake();
    let mut message = json!({
        "id": id.to_string(),
        "channel_id": channel_id.to_string(),
        "author": fixtures::bot_user(shared),
        "content": body.get("content").and_then(Value::as_str).unwrap_or(""),
        "timestamp": fixtures::timestamp(state),
        "edited_timestamp": null,
        "tts": body.get("tts").and_then(Value::as_bool).unwrap_or(false),
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": embeds(body),
        "components": components(body),
        "pinned": false,
        "type": 0,
        "flags": body.get("flags").and_then(Value::as_u64).unwrap_or(0) & (4 | 64 | 4096 | 32768),
    });
    let mut interaction_id = None;
    match origin {
        Origin::Channel => {
            if let Some(reference) = body.get("message_reference").filter(|r| !r.is_null()) {
                message["type"] = json!(19);
                message["message_reference"] = json!({
                    "type": 0,
                    "channel_id": channel_id.to_string(),
                    "message_id": reference.get("message_id").cloned().unwrap_or(Value::Null),
                });
            }
        }
        Origin::InteractionOriginal {
            interaction_id: iid,
            kind,
            user_id,
            command,
        } => {
            interaction_id = Some(iid);
            message["type"] = json!(if kind == 2 { 20 } else { 0 });
            add_interaction_fields(shared, state, &mut message, iid, kind, user_id, command);
        }
        Origin::FollowUp {
            interaction_id: iid,
            kind,
            user_id,
        } => {
            interaction_id = Some(iid);
            add_interaction_fields(shared, state, &mut message, iid, kind, user_id, None);
        }
    }
    if let Some(guild_id) = state.channels.get(&channel_id).and_then(|c| c.guild_id) {
        message["guild_id"] = json!(guild_id.to_string());
    }
    message["attachments"] = attachments(body, &files, channel_id, &[]);
    let stored = SimMessage {
        id,
        channel_id,
        json: message,
        files,
        history: Vec::new(),
        deleted: false,
        interaction_id,
    };
    state.messages.entry(channel_id).or_default().push(stored);
    id
}

fn add_interaction_fields(
    shared: &Shared,
    state: &State,
    message: &mut Value,
    iid: u64,
    kind: u8,
    user_id: u64,
    command: Option<&str>,
) {
    let user = fixtures::user(&state.user(user_id));
    message["webhook_id"] = json!(shared.application_id.to_string());
    message["application_id"] = json!(shared.application_id.to_string());
    let mut metadata = json!({
        "id": iid.to_string(),
        "type": kind,
        "user": user,
        "authorizing_integration_owners": { "0": shared.guild_id.to_string() },
    });
    if let Some(name) = command {
        metadata["name"] = json!(name);
        message["interaction"] =
            json!({ "id": iid.to_string(), "type": kind, "name": name, "user": user });
    }
    add_source_metadata(shared, state, &mut metadata, iid, kind, user_id);
    message["interaction_metadata"] = metadata;
}

/// What Discord's spec requires besides: a component's message, and for a modal submit the
/// metadata of the interaction that opened the modal (the user's latest one answered by 9).
fn add_source_metadata(
    shared: &Shared,
    state: &State,
    metadata: &mut Value,
    iid: u64,
    kind: u8,
    user_id: u64,
) {
    let record = |id: u64| state.interactions.get(&id);
    if kind == 3 {
        if let Some(source) = record(iid).and_then(|r| r.source_message) {
            metadata["interacted_message_id"] = json!(source.to_string());
        }
    }
    if kind != 5 {
        return;
    }
    let opener = state
        .interactions
        .values()
        .filter(|r| r.user_id == user_id && r.id != iid && r.callback == Some(9))
        .max_by_key(|r| r.created);
    if let Some(opener) = opener {
        let opener_kind = opener.kind as u8;
        let mut triggering = json!({
            "id": opener.id.to_string(),
            "type": opener_kind,
            "user": fixtures::user(&state.user(user_id)),
            "authorizing_integration_owners": { "0": shared.guild_id.to_string() },
        });
        if let Some(name) = &opener.command_name {
            triggering["name"] = json!(name);
        }
        if let Some(source) = opener.source_message.filter(|_| opener_kind == 3) {
            triggering["interacted_message_id"] = json!(source.to_string());
        }
        metadata["triggering_interaction_metadata"] = triggering;
    }
}

/// Embeds as Discord echoes them: `type: "rich"`, no nulls, fields with `inline`.
fn embeds(body: &Value) -> Value {
    let list = body
        .get("embeds")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    Value::Array(
        list.into_iter()
            .map(|mut embed| {
                strip_nulls_deep(&mut embed);
                if embed.get("type").is_none() {
                    embed["type"] = json!("rich");
                }
                for field in embed
                    .get_mut("fields")
                    .and_then(Value::as_array_mut)
                    .into_iter()
                    .flatten()
                {
                    if field.get("inline").is_none() {
                        field["inline"] = json!(false);
                    }
                }
                embed
            })
            .collect(),
    )
}

fn strip_nulls_deep(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(strip_nulls_deep);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_nulls_deep),
        _ => {}
    }
}

/// Components as Discord echoes them: unchanged, except every component gets its numeric `id`.
fn components(body: &Value) -> Value {
    let mut list = body
        .get("components")
        .cloned()
        .filter(Value::is_array)
        .unwrap_or_else(|| json!([]));
    let mut next = 1;
    number_components(&mut list, &mut next);
    list
}

fn number_components(list: &mut Value, next: &mut u64) {
    for component in list.as_array_mut().into_iter().flatten() {
        strip_nulls(component);
        if component.get("id").is_none() {
            component["id"] = json!(*next);
        }
        *next += 1;
        if let Some(children) = component.get_mut("components") {
            number_components(children, next);
        }
    }
}

fn strip_nulls(value: &mut Value) {
    if let Some(map) = value.as_object_mut() {
        map.retain(|_, v| !v.is_null());
    }
}

/// Attachment objects: existing ones kept by id, new ones from the uploaded files.
fn attachments(body: &Value, files: &[StoredFile], channel_id: u64, existing: &[Value]) -> Value {
    let requested = body.get("attachments").and_then(Value::as_array);
    let mut out: Vec<Value> = match requested {
        Some(list) => existing
            .iter()
            .filter(|a| {
                list.iter()
                    .any(|r| r.get("id").map(value_id) == a.get("id").map(value_id))
            })
            .cloned()
            .collect(),
        None => existing.to_vec(),
    };
    for file in files {
        let id = snowflake();
        let index = file
            .field
            .trim_start_matches("files[")
            .trim_end_matches(']')
            .to_owned();
        let described = requested
            .and_then(|list| {
                list.iter()
                    .find(|r| r.get("id").map(value_id).as_deref() == Some(index.as_str()))
            })
            .and_then(|r| r.get("description"))
            .cloned()
            .unwrap_or(Value::Null);
        let url = format!(
            "https://cdn.discordapp.com/attachments/{channel_id}/{id}/{}",
            file.filename
        );
        let mut attachment = json!({
            "id": id.to_string(),
            "filename": file.filename,
            "size": file.bytes.len(),
            "url": url,
            "proxy_url": url.replace("cdn.discordapp.com", "media.discordapp.net"),
        });
        if let Some(content_type) = &file.content_type {
            attachment["content_type"] = json!(content_type);
        }
        if let Some(description) = described.as_str() {
            attachment["description"] = json!(description);
        }
        out.push(attachment);
    }
    Value::Array(out)
}

fn value_id(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Applies an edit body (PATCH) to a stored message, keeping the old version in `history`.
pub(crate) fn edit(
    state: &mut State,
    message_id: u64,
    body: &Value,
    files: Vec<StoredFile>,
) -> Option<Value> {
    let timestamp = fixtures::timestamp(state);
    let message = state.find_message_mut(message_id)?;
    message.history.push(message.json.clone());
    let json = &mut message.json;
    if let Some(content) = body.get("content") {
        json["content"] = json!(content.as_str().unwrap_or(""));
    }
    if body.get("embeds").is_some() {
        json["embeds"] = embeds(body);
    }
    if body.get("components").is_some() {
        json["components"] = components(body);
    }
    if let Some(flags) = body.get("flags").and_then(Value::as_u64) {
        let kept = json["flags"].as_u64().unwrap_or(0) & 64;
        json["flags"] = json!(kept | (flags & (4 | 4096 | 32768)));
    }
    // A deferred ("thinking") message stops loading once it is edited.
    if let Some(flags) = json["flags"].as_u64() {
        json["flags"] = json!(flags & !128);
    }
    let existing = json["attachments"].as_array().cloned().unwrap_or_default();
    json["attachments"] = attachments(body, &files, message.channel_id, &existing);
    json["edited_timestamp"] = json!(timestamp);
    message.files.extend(files);
    Some(message.json.clone())
}

/// Marks a message deleted; false if there was none.
pub(crate) fn delete(state: &mut State, message_id: u64) -> bool {
    match state.find_message_mut(message_id) {
        Some(message) => {
            message.deleted = true;
            true
        }
        None => false,
    }
}
