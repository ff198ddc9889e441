//! The test-facing API of `Sim` for the simulated world: users, channels, registered commands,
//! and reading back what the bot answered and posted.
use std::time::Duration;

use serde_json::Value;

use super::model::{InteractionRef, Response, SimMessage, User};
use super::state::{snowflake, ChannelInfo};
use super::Sim;

impl Sim {
    /// Introduces a user (done implicitly when they interact); needed for DMs or USER options
    /// naming someone who has not interacted yet.
    pub fn add_user(&self, user: &User) {
        self.shared
            .update(|s| s.users.insert(user.id, user.clone()));
    }

    /// A file a user attaches to a command option: pass the returned id as the ATTACHMENT
    /// option's value. The bot downloads it from the simulator's CDN route.
    pub fn upload(&self, filename: &str, content_type: &str, bytes: &[u8]) -> u64 {
        self.upload_claiming(filename, content_type, bytes, bytes.len())
    }

    /// The same, with the attachment object claiming `size` bytes (as a client may get wrong).
    pub fn upload_claiming(
        &self,
        filename: &str,
        content_type: &str,
        bytes: &[u8],
        size: usize,
    ) -> u64 {
        self.add_upload(filename, content_type, bytes, size, false)
    }

    /// A file that claims `size` bytes and is served as `chunk` repeated without end (and
    /// without a `Content-Length`): a client that reads it whole never finishes.
    pub fn upload_endless(
        &self,
        filename: &str,
        content_type: &str,
        chunk: &[u8],
        size: usize,
    ) -> u64 {
        self.add_upload(filename, content_type, chunk, size, true)
    }

    /// How many bytes of an upload the simulator's CDN has served so far.
    pub fn bytes_served(&self, upload: u64) -> u64 {
        self.shared.lock().served.get(&upload).copied().unwrap_or(0)
    }

    fn add_upload(
        &self,
        filename: &str,
        content_type: &str,
        bytes: &[u8],
        size: usize,
        endless: bool,
    ) -> u64 {
        let id = super::state::snowflake();
        let url = format!("{}/attachments/{id}/{filename}", self.shared.api_base);
        let json = serde_json::json!({
            "id": id.to_string(),
            "filename": filename,
            "size": size,
            "url": url,
            "proxy_url": url,
            "content_type": content_type,
            "ephemeral": true,
        });
        let upload = super::state::Upload {
            json,
            bytes: bytes.to_vec(),
            content_type: content_type.to_owned(),
            endless,
        };
        self.shared.update(|s| s.uploads.insert(id, upload));
        id
    }

    /// A guild text channel by name, created on first use (`"general"` is the default one).
    pub fn channel(&self, name: &str) -> u64 {
        self.channel_in(self.shared.guild_id, name)
    }

    /// A text channel of another server the bot was added to ([`super::OTHER_GUILD_ID`]), by
    /// name, created on first use: its interactions carry that server's id, and only globally
    /// registered commands are offered there.
    pub fn other_guild_channel(&self, name: &str) -> u64 {
        self.channel_in(super::OTHER_GUILD_ID, name)
    }

    fn channel_in(&self, guild_id: u64, name: &str) -> u64 {
        self.shared.update(|s| {
            if let Some(existing) = s
                .channels
                .values()
                .find(|c| c.name == name && c.guild_id == Some(guild_id))
            {
                return existing.id;
            }
            let id = snowflake();
            s.channels.insert(
                id,
                ChannelInfo {
                    id,
                    name: name.to_owned(),
                    guild_id: Some(guild_id),
                    recipient: None,
                    bot_permissions: crate::model::BOT_PERMISSIONS,
                },
            );
            id
        })
    }

    /// The DM channel between the bot and `user` (the same one `POST /users/@me/channels` opens).
    pub fn dm_channel(&self, user: &User) -> u64 {
        self.shared.update(|s| {
            s.users.insert(user.id, user.clone());
            s.dm_channel(user.id)
        })
    }

    /// Every command the bot registered: guild commands first, then global ones.
    pub fn registered_commands(&self) -> Vec<Value> {
        let state = self.shared.lock();
        let mut all: Vec<Value> = state.guild_commands.values().flatten().cloned().collect();
        all.extend(state.global_commands.iter().cloned());
        all
    }

    /// What the bot has answered so far: the callback, follow-ups, edits and deletes, in order.
    pub async fn responses_to(&self, interaction: &InteractionRef) -> Vec<Response> {
        self.shared
            .lock()
            .interactions
            .get(&interaction.id)
            .map(|r| r.responses.clone())
            .unwrap_or_default()
    }

    /// Waits for the initial callback of `interaction`; panics after `timeout`.
    /// A deferred first callback (type 5 or 6) is not the answer: then the response after it
    /// (the follow-up or the edit that carries the answer) is returned.
    pub async fn wait_response(&self, interaction: &InteractionRef, timeout: Duration) -> Response {
        let mut all = self.wait_responses(interaction, 1, timeout).await;
        if matches!(all[0].callback_type(), Some(5 | 6)) {
            all = self.wait_responses(interaction, 2, timeout).await;
            return all.remove(1);
        }
        all.remove(0)
    }

    /// Waits until the bot made at least `n` responses to `interaction`; panics after `timeout`.
    pub async fn wait_responses(
        &self,
        interaction: &InteractionRef,
        n: usize,
        timeout: Duration,
    ) -> Vec<Response> {
        let found = self
            .shared
            .wait_for(timeout, |s| {
                s.interactions
                    .get(&interaction.id)
                    .map(|r| r.responses.clone())
                    .filter(|r| r.len() >= n)
            })
            .await;
        found.unwrap_or_else(|| {
            let recent: Vec<String> = self.requests().iter().rev().take(8).map(|r| format!("{} -> {}", r.route_key(), r.status)).collect();
            panic!(
                "no {n} response(s) to interaction {} ({:?}) within {timeout:?}; violations: {:?}; recent requests: {recent:?}",
                interaction.id,
                interaction.kind,
                self.violations()
            )
        })
    }

    /// The channel's messages, oldest first, without deleted ones (ephemeral ones included).
    pub fn channel_messages(&self, channel: u64) -> Vec<SimMessage> {
        let state = self.shared.lock();
        state
            .messages
            .get(&channel)
            .map(|m| m.iter().filter(|m| !m.deleted).cloned().collect())
            .unwrap_or_default()
    }

    /// A message by id, deleted or not.
    pub fn message(&self, id: u64) -> Option<SimMessage> {
        self.shared
            .lock()
            .messages
            .values()
            .flatten()
            .find(|m| m.id == id)
            .cloned()
    }

    /// Waits for a (non-deleted) message in `channel` matching `predicate`; panics after `timeout`.
    pub async fn wait_message(
        &self,
        channel: u64,
        timeout: Duration,
        predicate: impl Fn(&SimMessage) -> bool,
    ) -> SimMessage {
        let found = self
            .shared
            .wait_for(timeout, |s| {
                s.messages
                    .get(&channel)
                    .and_then(|m| m.iter().find(|m| !m.deleted && predicate(m)).cloned())
            })
            .await;
        found.unwrap_or_else(|| {
            panic!("no matching message in channel {channel} within {timeout:?}")
        })
    }

    /// Moves the simulator's clock forward (interaction deadlines, token expiry, timestamps).
    pub fn advance_time(&self, by: Duration) {
        self.shared.update(|s| s.clock_offset += by);
    }
}
