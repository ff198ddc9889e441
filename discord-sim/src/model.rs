//! Plain data the simulator hands to tests: users, interactions, responses, messages, records.
use std::time::Duration;

use serde_json::Value;

/// A Discord user as the simulator knows them: enough to build `member`/`user` objects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub id: u64,
    pub name: String,
    /// The user's client language (`locale` of interactions), e.g. "no" or "en-US".
    pub locale: String,
    pub roles: Vec<u64>,
    /// Member permissions in the channel, as Discord's bit set.
    pub permissions: u64,
    /// Whether the bot may send them direct messages (false: 50007, a closed inbox).
    pub accepts_dms: bool,
}

/// Permissions of an ordinary member: view, send, history, embed, attach, reactions, slash.
pub const MEMBER_PERMISSIONS: u64 =
    (1 << 10) | (1 << 11) | (1 << 16) | (1 << 14) | (1 << 15) | (1 << 6) | (1 << 31);
/// `ADMINISTRATOR` plus everything an ordinary member has.
pub const ADMIN_PERMISSIONS: u64 = MEMBER_PERMISSIONS | (1 << 3);
/// What the bot may do in a guild channel unless a test says otherwise
/// (`Sim::set_bot_permissions`): the member set plus manage messages and threads.
pub const BOT_PERMISSIONS: u64 = MEMBER_PERMISSIONS | (1 << 13) | (1 << 34) | (1 << 38);

impl User {
    /// An ordinary guild member; the id is derived from the name, so it is stable across runs.
    pub fn member(name: &str) -> Self {
        // FNV-1a over the name, pushed above 2^40 so it looks like a snowflake.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in name.bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        let id = (hash % 900_000_000_000_000_000) + 100_000_000_000_000_000;
        Self {
            id,
            name: name.to_owned(),
            locale: "en-US".into(),
            roles: Vec::new(),
            permissions: MEMBER_PERMISSIONS,
            accepts_dms: true,
        }
    }

    /// A member with `ADMINISTRATOR`.
    pub fn admin(name: &str) -> Self {
        Self::member(name).with_permissions(ADMIN_PERMISSIONS)
    }

    pub fn with_locale(mut self, locale: &str) -> Self {
        self.locale = locale.to_owned();
        self
    }

    pub fn with_role(mut self, role_id: u64) -> Self {
        self.roles.push(role_id);
        self
    }

    pub fn with_permissions(mut self, permissions: u64) -> Self {
        self.permissions = permissions;
        self
    }

    /// A user who does not accept direct messages from the bot (its DMs answer 50007).
    pub fn with_closed_dms(mut self) -> Self {
        self.accepts_dms = false;
        self
    }

    pub fn with_id(mut self, id: u64) -> Self {
        self.id = id;
        self
    }
}

/// The four interaction types the simulator dispatches (Discord's `type` numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InteractionKind {
    Command = 2,
    Component = 3,
    Autocomplete = 4,
    ModalSubmit = 5,
}

/// A dispatched interaction, as a test refers to it afterwards.
#[derive(Clone, Debug)]
pub struct InteractionRef {
    pub id: u64,
    pub token: String,
    pub kind: InteractionKind,
    pub channel_id: u64,
    pub guild_id: Option<u64>,
    pub user_id: u64,
    /// The full INTERACTION_CREATE `d` payload as sent.
    pub payload: Value,
}

/// What the bot did in answer to an interaction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResponseKind {
    /// `POST /interactions/{id}/{token}/callback` with this callback `type`.
    Callback(u8),
    FollowUp,
    EditOriginal,
    DeleteOriginal,
    EditFollowUp(u64),
    DeleteFollowUp(u64),
}

/// One accepted response of the bot to an interaction.
#[derive(Clone, Debug)]
pub struct Response {
    pub kind: ResponseKind,
    /// The JSON body (for multipart requests: the `payload_json` part).
    pub body: Value,
    /// The message this response created or changed, if any.
    pub message_id: Option<u64>,
    pub files: Vec<StoredFile>,
    /// Time since the interaction was dispatched.
    pub after: Duration,
}

impl Response {
    /// The callback type, if this is the initial callback.
    pub fn callback_type(&self) -> Option<u8> {
        match self.kind {
            ResponseKind::Callback(t) => Some(t),
            _ => None,
        }
    }

    /// The message-ish part of the body: `data` for callbacks, the body itself otherwise.
    pub fn data(&self) -> &Value {
        match self.kind {
            ResponseKind::Callback(_) => self.body.get("data").unwrap_or(&Value::Null),
            _ => &self.body,
        }
    }

    pub fn content(&self) -> Option<&str> {
        self.data().get("content").and_then(Value::as_str)
    }

    pub fn flags(&self) -> u64 {
        self.data()
            .get("flags")
            .and_then(Value::as_u64)
            .unwrap_or(0)
    }

    pub fn is_ephemeral(&self) -> bool {
        self.flags() & 64 != 0
    }

    pub fn embeds(&self) -> Vec<Value> {
        array_of(self.data(), "embeds")
    }

    pub fn components(&self) -> Vec<Value> {
        array_of(self.data(), "components")
    }

    /// Autocomplete choices (callback type 8).
    pub fn choices(&self) -> Vec<Value> {
        array_of(self.data(), "choices")
    }
}

fn array_of(value: &Value, key: &str) -> Vec<Value> {
    value
        .get(key)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// A file uploaded with a multipart request (`files[n]` part).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredFile {
    /// The multipart field name, e.g. `files[0]`.
    pub field: String,
    pub filename: String,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

/// A message as stored by the simulator (created by callbacks, follow-ups or channel posts).
#[derive(Clone, Debug)]
pub struct SimMessage {
    pub id: u64,
    pub channel_id: u64,
    /// The Discord message object, as the API would return it now.
    pub json: Value,
    pub files: Vec<StoredFile>,
    /// Earlier versions of `json`, oldest first (one per edit).
    pub history: Vec<Value>,
    pub deleted: bool,
    /// The interaction this message answers, if any.
    pub interaction_id: Option<u64>,
}

impl SimMessage {
    pub fn content(&self) -> &str {
        self.json
            .get("content")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    pub fn flags(&self) -> u64 {
        self.json.get("flags").and_then(Value::as_u64).unwrap_or(0)
    }

    pub fn is_ephemeral(&self) -> bool {
        self.flags() & 64 != 0
    }

    pub fn embeds(&self) -> Vec<Value> {
        array_of(&self.json, "embeds")
    }

    pub fn components(&self) -> Vec<Value> {
        array_of(&self.json, "components")
    }

    pub fn edited(&self) -> bool {
        !self.history.is_empty()
    }
}
