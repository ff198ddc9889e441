//! A local Discord for tests, benches and demos: a REST server and a gateway on 127.0.0.1 that a
//! real serenity client talks to, validating every request against Discord's OpenAPI spec.
//!
//! ```ignore
//! let sim = Sim::start().await;
//! let bot = ping_bot::start(&sim).await;
//! sim.wait_ready().await;
//! let ping = sim.invoke(&User::member("Kari"), sim.default_channel(), "ping", json!([])).await;
//! let reply = sim.wait_response(&ping, Duration::from_secs(2)).await;
//! assert_eq!(reply.content(), Some("pong"));
//! sim.assert_no_violations();
//! ```
//!
//! The bot must use `HttpBuilder::new(sim.token()).proxy(sim.api_base()).ratelimiter_disabled(true)`
//! and `ClientBuilder::new_with_http`; the gateway URL comes from `GET /gateway`.
//!
//! The API, all on [`Sim`]:
//! - start: [`Sim::start`], [`Sim::start_with`] ([`SimOptions`]), [`Sim::wait_ready`];
//! - the world: [`Sim::channel`], [`Sim::other_guild_channel`], [`Sim::dm_channel`],
//!   [`Sim::add_user`] ([`User`], also with closed direct messages),
//!   [`Sim::set_bot_permissions`], [`Sim::upload`] (also [`Sim::upload_endless`]),
//!   [`Sim::advance_time`];
//! - a member's interactions: [`Sim::invoke`], [`Sim::autocomplete`], [`Sim::click`],
//!   [`Sim::select`], [`Sim::submit_modal`];
//! - what the bot did: [`Sim::wait_response`], [`Sim::responses_to`], [`Sim::channel_messages`],
//!   [`Sim::wait_message`], [`Sim::registered_commands`], [`Sim::requests`];
//! - faults: [`Sim::fail_next`] ([`Fault`]), [`Sim::fail_after`], [`Sim::drop_gateway`],
//!   [`Sim::close_gateway`], [`Sim::send_reconnect`], [`Sim::send_invalid_session`];
//! - the contract: [`Sim::assert_no_violations`], [`Sim::take_violations`] ([`Violation`]).
//!
//! Besides the spec's schemas, the simulator refuses what Discord's documentation refuses and the
//! spec lets through (command names, locales and sizes, autocomplete choices, components,
//! allowed mentions, file sizes), de-duplicates `enforce_nonce` sends only within its nonce
//! window, and answers channel requests from its permission model (50001, 50013, 50007).

mod api;
mod cdn;
mod channels;
mod command_rules;
mod commands;
mod component_rules;
mod control;
mod fixtures;
#[cfg(test)]
mod fixtures_tests;
mod gateway;
mod guards;
mod guild_setup;
mod handlers;
mod interactions;
mod message_parts;
mod messages;
pub mod model;
pub mod permissions;
pub mod ping_bot;
mod reading;
pub mod records;
mod rest;
mod rules;
mod spec;
mod state;
mod validate;
mod webhooks;

use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

pub use command_rules::{LOCALES, MAX_CHOICES, MAX_CHOICE_CHARS, MAX_COMMAND_SIZE};
pub use component_rules::MAX_ACTION_ROWS;
pub use control::RawResponse;
pub use guild_setup::{Overwrite, BOT_ROLE_ID};
pub use model::{
    InteractionKind, InteractionRef, Response, ResponseKind, SimMessage, StoredFile, User,
    ADMIN_PERMISSIONS, BOT_PERMISSIONS, MEMBER_PERMISSIONS,
};
pub use records::{Fault, GatewayStats, RecordedRequest, Violation, ViolationKind};
pub use rules::{MAX_ATTACHMENT_SIZE, MAX_REQUEST_SIZE};
use state::Shared;

/// The simulated application's id (also the bot user's id, as for every modern Discord app).
pub const APPLICATION_ID: u64 = 1_187_654_321_098_765_432;
/// The bot user's id.
pub const BOT_USER_ID: u64 = APPLICATION_ID;
/// The one guild the bot is in.
pub const GUILD_ID: u64 = 1_187_000_000_000_000_100;
/// Another server the bot was added to, not the group's ([`Sim::other_guild_channel`]).
pub const OTHER_GUILD_ID: u64 = 1_187_000_000_000_000_101;
/// The guild's `#general` text channel.
pub const DEFAULT_CHANNEL_ID: u64 = 1_187_000_000_000_000_200;

/// The default `SimOptions::nonce_window`: two minutes.
pub const NONCE_WINDOW: Duration = Duration::from_secs(120);

/// Knobs of a simulator instance.
#[derive(Clone, Debug)]
pub struct SimOptions {
    /// `heartbeat_interval` sent in HELLO.
    pub heartbeat_ms: u64,
    /// The guild's preferred locale (`guild_locale` of interactions).
    pub guild_locale: String,
    /// Send GUILD_CREATE after READY when the bot asks for the GUILDS intent.
    pub send_guild_create: bool,
    /// How long `invoke`/`autocomplete` wait for the bot to register the command.
    pub registration_timeout: Duration,
    /// Privileged intents the app may request (GUILD_MEMBERS `1 << 1`, GUILD_PRESENCES `1 << 8`,
    /// MESSAGE_CONTENT `1 << 15`); IDENTIFY asking for others is closed with 4014, like Discord.
    pub privileged_intents: u64,
    /// Panic when the `Sim` is dropped with violations nobody took (`take_violations`).
    pub panic_on_unchecked_violations: bool,
    /// How long a message sent with `enforce_nonce` is remembered (on the simulator's clock).
    /// Discord documents only "the past few minutes"; the default takes the short end, so a bot
    /// that counts on more is caught.
    pub nonce_window: Duration,
}

impl Default for SimOptions {
    fn default() -> Self {
        Self {
            heartbeat_ms: 1000,
            guild_locale: "no".into(),
            send_guild_create: true,
            registration_timeout: Duration::from_secs(10),
            privileged_intents: 0,
            panic_on_unchecked_violations: true,
            nonce_window: NONCE_WINDOW,
        }
    }
}

/// A running simulator. Dropping it stops both servers (and, by default, fails the test if
/// violations were recorded and never taken or asserted).
pub struct Sim {
    shared: Arc<Shared>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    http: reqwest::Client,
}

impl Sim {
    /// Starts a simulator with default options on ephemeral ports.
    pub async fn start() -> Self {
        Self::start_with(SimOptions::default()).await
    }

    pub async fn start_with(opts: SimOptions) -> Self {
        let rest = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the sim REST port");
        let ws = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the sim gateway port");
        let api_base = format!(
            "http://{}",
            rest.local_addr().expect("REST listener has an address")
        );
        let gateway_url = format!(
            "ws://{}",
            ws.local_addr().expect("gateway listener has an address")
        );
        let token = format!("MTE4NzY1NDMyMTA5ODc2NTQzMg.sim.{:x}", state::snowflake());
        let shared = Arc::new(Shared::new(opts, token, api_base, gateway_url));
        // Compile the validators' spec once, outside the first request's latency.
        let _ = spec::spec();
        let tasks = vec![
            rest::spawn(rest, Arc::clone(&shared)),
            gateway::spawn(ws, Arc::clone(&shared)),
        ];
        let http = reqwest::Client::builder()
            .tcp_nodelay(true)
            .build()
            .expect("build the raw HTTP client");
        Self {
            shared,
            tasks,
            http,
        }
    }

    /// `http://127.0.0.1:PORT`: pass to `HttpBuilder::proxy`.
    pub fn api_base(&self) -> &str {
        &self.shared.api_base
    }

    /// `ws://127.0.0.1:PORT`: what `GET /gateway` hands out.
    pub fn gateway_url(&self) -> &str {
        &self.shared.gateway_url
    }

    /// The bot token the simulator accepts (any other Authorization gets 401).
    pub fn token(&self) -> &str {
        &self.shared.token
    }

    pub fn application_id(&self) -> u64 {
        self.shared.application_id
    }

    pub fn guild_id(&self) -> u64 {
        self.shared.guild_id
    }

    pub fn bot_user_id(&self) -> u64 {
        self.shared.bot_user_id
    }

    /// The guild's `#general` text channel.
    pub fn default_channel(&self) -> u64 {
        self.shared.default_channel
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
        let leftover = std::mem::take(&mut self.shared.lock().violations);
        if self.shared.opts.panic_on_unchecked_violations
            && !leftover.is_empty()
            && !std::thread::panicking()
        {
            let list: Vec<String> = leftover.iter().map(ToString::to_string).collect();
            panic!(
                "the Discord simulator recorded {} violation(s):\n  {}",
                list.len(),
                list.join("\n  ")
            );
        }
    }
}
