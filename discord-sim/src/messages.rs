//! Stored messages: turning request bodies into Discord message objects, edits and deletes.
use serde_json::{json, Value};

use super::fixtures;
use super::message_parts::{attachments, components, embeds};
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
