//! Interaction endpoints: the initial callback and the webhook follow-ups/edits, with Discord's
//! acknowledgement and timing rules.
use serde_json::{json, Value};

use super::messages::{self, Origin};
use super::model::{InteractionKind, Response, ResponseKind};
use super::rest::{Reply, Req, UNIMPLEMENTED};
use super::rules::{self, ApiError, INITIAL_RESPONSE_WINDOW, TOKEN_LIFETIME};
use super::state::{Shared, State};
use super::{command_rules, component_rules};

type Handled = Result<Reply, ApiError>;

/// `POST /interactions/{id}/{token}/callback`.
pub(crate) fn callback(shared: &Shared, req: &Req) -> Handled {
    let id = req.id("interaction_id");
    let token = req.param("interaction_token");
    let body = req.body_or_null();
    let callback_type = body["type"]
        .as_u64()
        .and_then(|t| u8::try_from(t).ok())
        .unwrap_or(0);
    let data = body.get("data").cloned().unwrap_or(Value::Null);
    shared.update(|state| {
        let now = state.now();
        let rec = state.interactions.get(&id).filter(|r| r.token == token).ok_or_else(ApiError::unknown_interaction)?;
        if now.duration_since(rec.created) > INITIAL_RESPONSE_WINDOW {
            return Err(ApiError::unknown_interaction());
        }
        if rec.callback.is_some() {
            return Err(ApiError::already_acknowledged());
        }
        let (kind, channel_id, user_id, source, created) = (rec.kind, rec.channel_id, rec.user_id, rec.source_message, rec.created);
        let command = rec.command_name.clone();
        if !rules::allowed_callbacks(kind).contains(&callback_type) {
            let allowed = rules::allowed_callbacks(kind);
            let message = format!("callback type {callback_type} is not valid for a {kind:?} interaction (allowed: {allowed:?})");
            return Err(ApiError::invalid_form(&[("type".into(), "INTERACTION_CALLBACK_TYPE_INVALID", message)]));
        }
        match callback_type {
            4 | 7 => rules::check_message_limits(&data, "data.")?,
            8 => command_rules::check_autocomplete(&data)?,
            9 => component_rules::check_modal(&data)?,
            _ => {}
        }
        if callback_type == 4 && !rules::has_visible_content(&data, req.files.len()) {
            return Err(ApiError::empty_message());
        }
        let origin = Origin::InteractionOriginal { interaction_id: id, kind: kind as u8, user_id, command: command.as_deref() };
        let message_id = match callback_type {
            4 => Some(messages::create(shared, state, channel_id, &data, req.files.clone(), origin)),
            5 => {
                let ephemeral = data.get("flags").and_then(Value::as_u64).unwrap_or(0) & 64;
                let thinking = json!({ "content": "", "flags": ephemeral });
                let id = messages::create(shared, state, channel_id, &thinking, Vec::new(), origin);
                // LOADING: the member sees "thinking…" until the answer replaces it.
                if let Some(message) = state.find_message_mut(id) {
                    message.json["flags"] = json!(ephemeral | 128);
                }
                Some(id)
            }
            6 => source,
            7 => {
                let source = source.filter(|m| state.find_message(*m).is_some()).ok_or_else(ApiError::unknown_message)?;
                messages::edit(state, source, &data, req.files.clone());
                Some(source)
            }
            _ => None,
        };
        let after = now.duration_since(created);
        let response = Response { kind: ResponseKind::Callback(callback_type), body: body.clone(), message_id, files: req.files.clone(), after };
        if let Some(rec) = state.interactions.get_mut(&id) {
            rec.callback = Some(callback_type);
            rec.original_message = message_id;
            rec.responses.push(response);
        }
        if req.query.as_deref().is_some_and(|q| q.contains("with_response=true")) {
            return Reply::ok(callback_response(state, id, kind, callback_type, message_id));
        }
        Reply::no_content()
    })
}

/// The `?with_response=true` body of a callback.
fn callback_response(
    state: &State,
    id: u64,
    kind: InteractionKind,
    callback_type: u8,
    message_id: Option<u64>,
) -> Value {
    let mut interaction = json!({ "id": id.to_string(), "type": kind as u8 });
    let mut out = json!({ "interaction": interaction.clone() });
    if let Some(message) = message_id.and_then(|m| state.find_message(m)) {
        interaction["response_message_id"] = json!(message.id.to_string());
        interaction["response_message_loading"] = json!(message.flags() & 128 != 0);
        interaction["response_message_ephemeral"] = json!(message.is_ephemeral());
        out = json!({ "interaction": interaction, "resource": { "type": callback_type, "message": message.json } });
    }
    out
}

/// Finds the interaction behind a webhook route and checks its token is still valid.
fn by_token(shared: &Shared, state: &State, req: &Req) -> Result<u64, ApiError> {
    if req.id("webhook_id") != shared.application_id {
        return Err(ApiError::unknown_webhook());
    }
    let id = *state
        .tokens
        .get(req.param("webhook_token"))
        .ok_or_else(ApiError::unknown_webhook)?;
    let rec = state
        .interactions
        .get(&id)
        .ok_or_else(ApiError::unknown_webhook)?;
    if state.now().duration_since(rec.created) > TOKEN_LIFETIME {
        return Err(ApiError::invalid_webhook_token());
    }
    Ok(id)
}

fn record(state: &mut State, id: u64, kind: ResponseKind, req: &Req, message_id: Option<u64>) {
    let now = state.now();
    if let Some(rec) = state.interactions.get_mut(&id) {
        let after = now.duration_since(rec.created);
        let body = req.body_or_null();
        rec.responses.push(Response {
            kind,
            body,
            message_id,
            files: req.files.clone(),
            after,
        });
    }
}

/// `POST /webhooks/{application_id}/{token}`: a follow-up message (`wait` is implied).
pub(crate) fn follow_up(shared: &Shared, req: &Req) -> Handled {
    let body = req.body_or_null();
    rules::check_message_limits(&body, "")?;
    if !rules::has_visible_content(&body, req.files.len()) {
        return Err(ApiError::empty_message());
    }
    shared.update(|state| {
        let id = by_token(shared, state, req)?;
        let (callback, channel_id, kind, user_id) = {
            let rec = &state.interactions[&id];
            (rec.callback, rec.channel_id, rec.kind, rec.user_id)
        };
        // Before the initial response the webhook does not exist yet.
        if callback.is_none() {
            return Err(ApiError::unknown_webhook());
        }
        if let Some(deferred) = still_deferred(state, id) {
            let edited = messages::edit(state, deferred, &body, req.files.clone());
            record(state, id, ResponseKind::FollowUp, req, Some(deferred));
            return Reply::ok(edited.unwrap_or(Value::Null));
        }
        let origin = Origin::FollowUp {
            interaction_id: id,
            kind: kind as u8,
            user_id,
        };
        let message_id =
            messages::create(shared, state, channel_id, &body, req.files.clone(), origin);
        if let Some(rec) = state.interactions.get_mut(&id) {
            rec.followups.push(message_id);
        }
        record(state, id, ResponseKind::FollowUp, req, Some(message_id));
        Reply::ok(
            state
                .find_message(message_id)
                .map(|m| m.json.clone())
                .unwrap_or(Value::Null),
        )
    })
}

/// The loading message of a DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE (5) nothing answered yet.
/// Discord: a follow-up "directly after" such a deferral edits it instead of creating a message
/// (its ephemeral flag stays as the deferral set it).
fn still_deferred(state: &State, id: u64) -> Option<u64> {
    let rec = state.interactions.get(&id)?;
    let original = rec.original_message.filter(|_| rec.callback == Some(5))?;
    let loading = state
        .find_message(original)
        .is_some_and(|m| m.flags() & 128 != 0);
    (loading && rec.followups.is_empty()).then_some(original)
}

/// `GET/PATCH/DELETE /webhooks/{application_id}/{token}/messages/@original`.
pub(crate) fn original(shared: &Shared, req: &Req) -> Handled {
    shared.update(|state| {
        let id = by_token(shared, state, req)?;
        let message_id = state.interactions[&id]
            .original_message
            .ok_or_else(ApiError::unknown_message)?;
        let kinds = (ResponseKind::EditOriginal, ResponseKind::DeleteOriginal);
        message_op(state, id, message_id, req, kinds)
    })
}

/// `GET/PATCH/DELETE /webhooks/{application_id}/{token}/messages/{message_id}`.
pub(crate) fn follow_up_message(shared: &Shared, req: &Req) -> Handled {
    let message_id = req.id("message_id");
    shared.update(|state| {
        let id = by_token(shared, state, req)?;
        let rec = &state.interactions[&id];
        if !rec.followups.contains(&message_id) && rec.original_message != Some(message_id) {
            return Err(ApiError::unknown_message());
        }
        let kinds = (
            ResponseKind::EditFollowUp(message_id),
            ResponseKind::DeleteFollowUp(message_id),
        );
        message_op(state, id, message_id, req, kinds)
    })
}

fn message_op(
    state: &mut State,
    id: u64,
    message_id: u64,
    req: &Req,
    (edit, delete): (ResponseKind, ResponseKind),
) -> Handled {
    let current = state
        .find_message(message_id)
        .map(|m| m.json.clone())
        .ok_or_else(ApiError::unknown_message)?;
    match req.method.as_str() {
        "GET" => Reply::ok(current),
        "PATCH" => {
            let body = req.body_or_null();
            rules::check_message_limits(&body, "")?;
            let edited =
                messages::edit(state, message_id, &body, req.files.clone()).unwrap_or(Value::Null);
            record(state, id, edit, req, Some(message_id));
            Reply::ok(edited)
        }
        "DELETE" => {
            messages::delete(state, message_id);
            record(state, id, delete, req, Some(message_id));
            Reply::no_content()
        }
        _ => Err(ApiError::new(
            UNIMPLEMENTED,
            0,
            "not implemented by the simulator",
        )),
    }
}
