//! The simulator's shared state: ids, clock, records, and the change signal waiters poll on.
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;
use tokio::sync::{mpsc, watch};

use super::channels::SentNonce;
use super::model::{InteractionKind, Response, SimMessage, User, BOT_PERMISSIONS};
use super::records::{Fault, GatewayStats, RecordedRequest, Violation};
use super::SimOptions;

/// Discord's epoch (2015-01-01) in Unix milliseconds.
const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

/// Everything the servers and the test API share.
pub(crate) struct Shared {
    pub opts: SimOptions,
    pub application_id: u64,
    pub guild_id: u64,
    pub bot_user_id: u64,
    pub default_channel: u64,
    pub token: String,
    pub api_base: String,
    pub gateway_url: String,
    pub started: Instant,
    state: Mutex<State>,
    changed: watch::Sender<u64>,
}

/// What a guild or DM channel is.
#[derive(Clone, Debug)]
pub(crate) struct ChannelInfo {
    pub id: u64,
    pub name: String,
    /// `None` for DMs.
    pub guild_id: Option<u64>,
    /// The other user of a DM channel.
    pub recipient: Option<u64>,
    /// What the bot may do here (guild channels; see `permissions`).
    pub bot_permissions: u64,
}

/// Per interaction: its token, timing, acknowledgement and what the bot answered.
pub(crate) struct InteractionRecord {
    pub id: u64,
    pub token: String,
    pub kind: InteractionKind,
    pub channel_id: u64,
    pub user_id: u64,
    pub command_name: Option<String>,
    /// The message a component sat on.
    pub source_message: Option<u64>,
    pub created: Instant,
    pub callback: Option<u8>,
    pub original_message: Option<u64>,
    pub followups: Vec<u64>,
    pub responses: Vec<Response>,
}

pub(crate) struct FaultRule {
    pub method: Option<String>,
    pub pattern: String,
    pub fault: Fault,
    pub remaining: usize,
    /// Matching requests let through before the fault starts.
    pub passing: usize,
}

/// Messages sent to a live gateway connection.
pub(crate) enum Outgoing {
    Frame(String),
    Close(u16),
    Drop,
}

pub(crate) struct Session {
    pub id: String,
    pub seq: u64,
    pub log: Vec<(u64, String)>,
}

#[derive(Default)]
pub(crate) struct GatewayState {
    pub session: Option<Session>,
    /// The connection bound to the session: its id and sender.
    pub conn: Option<(u64, mpsc::UnboundedSender<Outgoing>)>,
    pub stats: GatewayStats,
    pub next_conn: u64,
    /// The `d` of the last accepted IDENTIFY, token redacted.
    pub last_identify: Option<Value>,
}

#[derive(Default)]
pub(crate) struct State {
    pub requests: Vec<RecordedRequest>,
    pub violations: Vec<Violation>,
    pub global_commands: Vec<Value>,
    pub guild_commands: BTreeMap<u64, Vec<Value>>,
    pub channels: BTreeMap<u64, ChannelInfo>,
    pub messages: BTreeMap<u64, Vec<SimMessage>>,
    pub interactions: HashMap<u64, InteractionRecord>,
    pub tokens: HashMap<String, u64>,
    pub users: HashMap<u64, User>,
    pub faults: Vec<FaultRule>,
    pub gateway: GatewayState,
    pub clock_offset: Duration,
    /// Files a user attached to a command option, by attachment id.
    pub uploads: HashMap<u64, Upload>,
    /// How many bytes of each upload the CDN has served.
    pub served: HashMap<u64, u64>,
    /// Messages created with `enforce_nonce`, oldest first.
    pub nonces: Vec<SentNonce>,
    /// Roles and channel permission overwrites tests set up (`guild_setup.rs`).
    pub guild_setup: super::guild_setup::GuildSetup,
}

/// A file a user attached to a command (an ATTACHMENT option), served from the sim's CDN.
#[derive(Clone, Debug)]
pub(crate) struct Upload {
    /// The attachment object as Discord puts it in `resolved.attachments`.
    pub json: Value,
    pub bytes: Vec<u8>,
    pub content_type: String,
    /// Served as `bytes` repeated without end and without a length (a file that is much
    /// larger than it claims).
    pub endless: bool,
}

static SNOWFLAKE_SEQ: AtomicU64 = AtomicU64::new(0);

/// A fresh snowflake: current time in Discord's layout, unique within the process.
pub(crate) fn snowflake() -> u64 {
    let now_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let since_epoch = u64::try_from(now_ms)
        .unwrap_or(u64::MAX)
        .saturating_sub(DISCORD_EPOCH_MS);
    let seq = SNOWFLAKE_SEQ.fetch_add(1, Ordering::Relaxed);
    (since_epoch << 22) | (seq & 0x3f_ffff)
}

/// An interaction token: long, url-safe, unguessable enough for tests.
pub(crate) fn token_for(id: u64) -> String {
    format!("aW50ZXJhY3Rpb246{id:x}{:016x}", snowflake().rotate_left(17))
}

impl Shared {
    pub fn new(opts: SimOptions, token: String, api_base: String, gateway_url: String) -> Self {
        let guild_id = super::GUILD_ID;
        let default_channel = super::DEFAULT_CHANNEL_ID;
        let mut state = State::default();
        state.channels.insert(
            default_channel,
            ChannelInfo {
                id: default_channel,
                name: "general".into(),
                guild_id: Some(guild_id),
                recipient: None,
                bot_permissions: BOT_PERMISSIONS,
            },
        );
        Self {
            opts,
            application_id: super::APPLICATION_ID,
            guild_id,
            bot_user_id: super::BOT_USER_ID,
            default_channel,
            token,
            api_base,
            gateway_url,
            started: Instant::now(),
            state: Mutex::new(state),
            changed: watch::channel(0).0,
        }
    }

    /// Locks the state. A poisoned lock (a panicking test thread) still yields the data.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Runs `f` on the state and wakes every waiter.
    pub fn update<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        let out = f(&mut self.lock());
        self.changed.send_modify(|v| *v += 1);
        out
    }

    /// Waits until `check` returns `Some`, re-checking after every state change.
    pub async fn wait_for<T>(
        &self,
        timeout: Duration,
        mut check: impl FnMut(&State) -> Option<T>,
    ) -> Option<T> {
        let mut rx = self.changed.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if let Some(found) = check(&self.lock()) {
                return Some(found);
            }
            match tokio::time::timeout_at(deadline, rx.changed()).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) | Err(_) => return check(&self.lock()),
            }
        }
    }
}

impl State {
    /// The simulator's "now": real time plus what tests advanced the clock by.
    pub fn now(&self) -> Instant {
        Instant::now() + self.clock_offset
    }

    /// Wall-clock time on the simulator's clock, for message timestamps.
    pub fn wall_clock(&self) -> chrono::DateTime<chrono::Utc> {
        chrono::Utc::now() + chrono::Duration::from_std(self.clock_offset).unwrap_or_default()
    }

    pub fn message_mut(&mut self, channel_id: u64, message_id: u64) -> Option<&mut SimMessage> {
        self.messages
            .get_mut(&channel_id)?
            .iter_mut()
            .find(|m| m.id == message_id && !m.deleted)
    }

    pub fn find_message(&self, message_id: u64) -> Option<&SimMessage> {
        self.messages
            .values()
            .flatten()
            .find(|m| m.id == message_id && !m.deleted)
    }

    pub fn find_message_mut(&mut self, message_id: u64) -> Option<&mut SimMessage> {
        self.messages
            .values_mut()
            .flatten()
            .find(|m| m.id == message_id && !m.deleted)
    }

    /// The DM channel with `user_id`, created on first use.
    pub fn dm_channel(&mut self, user_id: u64) -> u64 {
        if let Some(existing) = self
            .channels
            .values()
            .find(|c| c.recipient == Some(user_id))
        {
            return existing.id;
        }
        let id = snowflake();
        self.channels.insert(
            id,
            ChannelInfo {
                id,
                name: String::new(),
                guild_id: None,
                recipient: Some(user_id),
                bot_permissions: BOT_PERMISSIONS,
            },
        );
        id
    }

    /// The user with this id, or a placeholder for ids nobody introduced.
    pub fn user(&self, id: u64) -> User {
        self.users
            .get(&id)
            .cloned()
            .unwrap_or_else(|| User::member(&format!("user{id}")).with_id(id))
    }

    /// Commands visible in a channel: the guild's plus the global ones.
    pub fn commands_for(&self, guild_id: Option<u64>) -> Vec<Value> {
        let mut all = guild_id
            .and_then(|g| self.guild_commands.get(&g))
            .cloned()
            .unwrap_or_default();
        all.extend(self.global_commands.iter().cloned());
        all
    }
}
