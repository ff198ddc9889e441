//! The test-facing API of `Sim` that makes users interact: commands, autocomplete, components,
//! modals, each dispatched as INTERACTION_CREATE.
use serde_json::{json, Map, Value};

use super::interactions::{self, Envelope};
use super::model::{InteractionKind, InteractionRef, ResponseKind, User};
use super::state::{snowflake, token_for, InteractionRecord};
use super::{gateway, Sim};

/// What `create_interaction` needs beyond the user and channel.
struct NewInteraction {
    kind: InteractionKind,
    data: Value,
    command_name: Option<String>,
    source_message: Option<u64>,
    message: Option<Value>,
}

impl Sim {
    /// Runs `/command` as `user` in `channel`. `options` is Discord's option list, e.g.
    /// `json!([{"name": "add", "options": [{"name": "title", "value": "Budget"}]}])`; each
    /// option's `type` is filled in from the registered command. Waits (up to
    /// `SimOptions::registration_timeout`) for the bot to register the command.
    pub async fn invoke(
        &self,
        user: &User,
        channel: u64,
        command: &str,
        options: Value,
    ) -> InteractionRef {
        let data = self.command_data(channel, command, &options).await;
        let spec = NewInteraction {
            kind: InteractionKind::Command,
            data,
            command_name: Some(command.to_owned()),
            source_message: None,
            message: None,
        };
        self.create_interaction(user, channel, spec)
    }

    /// Sends an autocomplete request; exactly one option (possibly inside a subcommand) must
    /// carry `"focused": true` and the partial `value` typed so far.
    pub async fn autocomplete(
        &self,
        user: &User,
        channel: u64,
        command: &str,
        options: Value,
    ) -> InteractionRef {
        assert!(
            options.to_string().contains("\"focused\":true"),
            "autocomplete needs an option with \"focused\": true"
        );
        let data = self.command_data(channel, command, &options).await;
        let spec = NewInteraction {
            kind: InteractionKind::Autocomplete,
            data,
            command_name: Some(command.to_owned()),
            source_message: None,
            message: None,
        };
        self.create_interaction(user, channel, spec)
    }

    async fn command_data(&self, channel: u64, name: &str, options: &Value) -> Value {
        let guild_id = self
            .shared
            .lock()
            .channels
            .get(&channel)
            .and_then(|c| c.guild_id);
        let timeout = self.shared.opts.registration_timeout;
        let found = self
            .shared
            .wait_for(timeout, |s| {
                s.commands_for(guild_id)
                    .into_iter()
                    .find(|c| c["name"] == name && c["type"] == 1)
            })
            .await;
        let Some(command) = found else {
            let names: Vec<String> = self
                .registered_commands()
                .iter()
                .filter_map(|c| c["name"].as_str().map(str::to_owned))
                .collect();
            panic!("the bot did not register /{name} within {timeout:?} (registered: {names:?})");
        };
        // Discord only offers a command where its contexts allow it (0 guild, 1 bot DM).
        let context = if guild_id.is_some() { 0 } else { 1 };
        let contexts = command["contexts"].as_array();
        let offered = contexts.is_none_or(|c| c.contains(&json!(context)))
            && !(guild_id.is_none() && command["dm_permission"] == false);
        assert!(
            offered,
            "/{name} is not available in this context: {command}"
        );
        let mut resolved = Map::new();
        let options =
            interactions::complete_options(&command, options, &self.shared.lock(), &mut resolved);
        let mut data = json!({ "id": command["id"], "name": name, "type": 1, "options": options });
        if let Some(guild) = command.get("guild_id") {
            data["guild_id"] = guild.clone();
        }
        if !resolved.is_empty() {
            data["resolved"] = Value::Object(resolved);
        }
        data
    }

    /// Submits the modal the bot opened (callback type 9) with `custom_id`, filling its text
    /// inputs. Panics if the bot never opened such a modal or a field is not one of its inputs.
    pub async fn submit_modal(
        &self,
        user: &User,
        channel: u64,
        custom_id: &str,
        fields: &[(&str, &str)],
    ) -> InteractionRef {
        let (source_message, message) = {
            let state = self.shared.lock();
            let opened = state
                .interactions
                .values()
                .filter(|r| r.user_id == user.id)
                .filter_map(|r| {
                    r.responses
                        .iter()
                        .find(|x| x.kind == ResponseKind::Callback(9))
                        .map(|x| (r, x))
                })
                .filter(|(_, x)| x.data()["custom_id"] == custom_id)
                .max_by_key(|(r, _)| r.created);
            let Some((rec, modal)) = opened else {
                panic!("the bot opened no modal `{custom_id}` for {}", user.name)
            };
            for (field, _) in fields {
                if interactions::find_component(&modal.data()["components"], field).is_none() {
                    panic!(
                        "modal `{custom_id}` has no input `{field}`: {}",
                        modal.data()
                    );
                }
            }
            let source = rec.source_message;
            (
                source,
                source
                    .and_then(|m| state.find_message(m))
                    .map(|m| m.json.clone()),
            )
        };
        let data = interactions::modal_data(custom_id, fields);
        self.create_interaction(
            user,
            channel,
            NewInteraction {
                kind: InteractionKind::ModalSubmit,
                data,
                command_name: None,
                source_message,
                message,
            },
        )
    }

    /// Clicks the button `custom_id` on a stored message.
    pub async fn click(
        &self,
        user: &User,
        channel: u64,
        message_id: u64,
        custom_id: &str,
    ) -> InteractionRef {
        self.component(user, channel, message_id, custom_id, None)
    }

    /// Picks `values` in the select menu `custom_id` on a stored message.
    pub async fn select(
        &self,
        user: &User,
        channel: u64,
        message_id: u64,
        custom_id: &str,
        values: &[&str],
    ) -> InteractionRef {
        self.component(user, channel, message_id, custom_id, Some(values))
    }

    fn component(
        &self,
        user: &User,
        channel: u64,
        message_id: u64,
        custom_id: &str,
        values: Option<&[&str]>,
    ) -> InteractionRef {
        let message = self
            .message(message_id)
            .unwrap_or_else(|| panic!("no message {message_id} to interact with"));
        assert_eq!(
            message.channel_id, channel,
            "message {message_id} is not in channel {channel}"
        );
        let component = interactions::find_component(&message.json["components"], custom_id)
            .unwrap_or_else(|| {
                panic!(
                    "message {message_id} has no component `{custom_id}`: {}",
                    message.json["components"]
                )
            });
        let mut data = json!({ "custom_id": custom_id, "component_type": component["type"], "id": component["id"] });
        if let Some(values) = values {
            data["values"] = json!(values);
        }
        let spec = NewInteraction {
            kind: InteractionKind::Component,
            data,
            command_name: None,
            source_message: Some(message_id),
            message: Some(message.json),
        };
        self.create_interaction(user, channel, spec)
    }

    fn create_interaction(
        &self,
        user: &User,
        channel: u64,
        spec: NewInteraction,
    ) -> InteractionRef {
        let channel_info = self.shared.lock().channels.get(&channel).cloned();
        let channel_info = channel_info.unwrap_or_else(|| {
            panic!("unknown channel {channel}: use sim.channel(..) or sim.dm_channel(..)")
        });
        let shared = &self.shared;
        shared.update(|s| {
            s.users.insert(user.id, user.clone());
            let id = snowflake();
            let token = token_for(id);
            let env = Envelope {
                id,
                token: &token,
                kind: spec.kind,
                data: spec.data,
                channel: &channel_info,
                user,
                message: spec.message,
            };
            let payload = interactions::payload(shared, s, env);
            let record = InteractionRecord {
                id,
                token: token.clone(),
                kind: spec.kind,
                channel_id: channel,
                user_id: user.id,
                command_name: spec.command_name,
                source_message: spec.source_message,
                created: s.now(),
                callback: None,
                original_message: None,
                followups: Vec::new(),
                responses: Vec::new(),
            };
            s.interactions.insert(id, record);
            s.tokens.insert(token.clone(), id);
            gateway::dispatch(s, "INTERACTION_CREATE", payload.clone());
            InteractionRef {
                id,
                token,
                kind: spec.kind,
                channel_id: channel,
                guild_id: channel_info.guild_id,
                user_id: user.id,
                payload,
            }
        })
    }
}
