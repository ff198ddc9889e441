//! A local Discord simulator for tests: a REST server and a gateway on 127.0.0.1 that a real
//! serenity client talks to, validating every request against Discord's OpenAPI spec.
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

// A test-support API: each test uses only part of it.
#![allow(dead_code)]

mod api;
mod commands;
mod control;
mod fixtures;
#[cfg(test)]
mod fixtures_tests;
mod gateway;
mod guards;
mod guild_setup;
mod handlers;
mod interactions;
mod messages;
pub mod model;
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

#[allow(unused_imports)]
pub use model::{
    InteractionKind, InteractionRef, Response, ResponseKind, SimMessage, StoredFile, User,
    ADMIN_PERMISSIONS, MEMBER_PERMISSIONS,
};
#[allow(unused_imports)]
pub use records::{Fault, GatewayStats, RecordedRequest, Violation, ViolationKind};

#[allow(unused_imports)]
pub use control::RawResponse;
#[allow(unused_imports)]
pub use guild_setup::{Overwrite, BOT_ROLE_ID};
use state::Shared;

/// The simulated application's id (also the bot user's id, as for every modern Discord app).
pub const APPLICATION_ID: u64 = 1_187_654_321_098_765_432;
/// The bot user's id.
pub const BOT_USER_ID: u64 = APPLICATION_ID;
/// The one guild the bot is in.
pub const GUILD_ID: u64 = 1_187_000_000_000_000_100;
/// The guild's `#general` text channel.
pub const DEFAULT_CHANNEL_ID: u64 = 1_187_000_000_000_000_200;

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
