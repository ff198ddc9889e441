//! The Discord front end: a serenity client with poise commands over the same service the
//! CLI uses. Every message it sends pings nobody unless it names the users to ping.

mod access;
mod attendance_flow;
mod brief_flow;
mod commands;
mod components;
mod custom_id;
mod discord_text;
mod download;
mod error;
mod follow_up_flow;
mod follow_up_text;
mod guild_gate;
mod localize;
mod meeting_flow;
mod minutes_flow;
mod minutes_forms;
mod notice;
mod notice_buttons;
mod plan_flow;
mod preview_click;
mod registration;
mod reply;
mod retry;
pub mod scheduler;
mod spans;
mod uploads;

use crate::app::Roundtable;
use crate::config::Registration;
use crate::i18n::{t, Language};
use crate::settings::{DiscordSettings, Settings};
use poise::serenity_prelude as serenity;
use secrecy::{ExposeSecret, SecretString};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::RwLock;

pub use error::{BotError, Refusal};

/// How long shutdown waits for interactions under way to be answered.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// Every Fluent key that the commands' names, descriptions and options are read from.
pub fn command_keys() -> Vec<String> {
    localize::command_keys(&commands::all())
}

/// What every command can reach.
pub struct Data {
    pub app: Roundtable,
    pub default_language: Language,
    pub secretariat_role: Option<serenity::RoleId>,
    /// The secretariat's channel, where a correction proposed to the minutes is put before it.
    pub secretariat_channel: Option<serenity::ChannelId>,
    /// Which server is served, and whose meetings it may see.
    pub gate: Arc<guild_gate::GuildGate>,
    in_flight: Arc<RwLock<()>>,
}

impl Data {
    /// Marks an interaction as under way until the guard is dropped, so that shutdown waits
    /// for its answer.
    pub async fn begin_interaction(&self) -> tokio::sync::OwnedRwLockReadGuard<()> {
        self.in_flight.clone().read_owned().await
    }
}

pub type Context<'a> = poise::Context<'a, Data, BotError>;

/// Why the bot could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("DISCORD_TOKEN is not set")]
    MissingToken,
    #[error("cannot connect to Discord: {0}")]
    Discord(Box<serenity::Error>),
}

impl From<serenity::Error> for StartError {
    fn from(e: serenity::Error) -> Self {
        Self::Discord(Box::new(e))
    }
}

/// The error in words for the person who started the bot.
pub fn describe_start_error(e: &StartError, lang: Language) -> String {
    match e {
        StartError::MissingToken => t(lang, "error-missing-token", &[]),
        StartError::Discord(e) => t(
            lang,
            "error-discord-connect",
            &[("reason", e.to_string().into())],
        ),
    }
}

/// What the bot needs to start: the settings' Discord part and the token.
#[derive(Debug, Clone)]
pub struct BotSettings {
    pub token: SecretString,
    pub discord: DiscordSettings,
    pub default_language: Language,
    /// How often the scheduler takes a step; `None`: only when asked ([`BotHandle::step`]).
    pub tick: Option<Duration>,
    pub remind_by_dm: bool,
}

impl BotSettings {
    pub fn new(settings: &Settings, token: SecretString) -> Self {
        Self {
            token,
            discord: settings.discord.clone(),
            default_language: settings.language,
            tick: Some(settings.tick),
            remind_by_dm: settings.remind_by_dm,
        }
    }

    fn notifier(&self, http: Arc<serenity::Http>, tz: chrono_tz::Tz) -> scheduler::DiscordNotifier {
        let d = &self.discord;
        scheduler::DiscordNotifier {
            http,
            tz,
            settings: scheduler::NotifierSettings {
                guild_id: d.guild_id,
                secretariat_channel_id: d.secretariat_channel_id,
                secretariat_user_ids: d.secretariat_user_ids.clone(),
                default_language: self.default_language,
            },
        }
    }
}

/// A running bot.
pub struct BotHandle {
    shard_manager: Arc<serenity::ShardManager>,
    stop_scheduler: tokio::sync::watch::Sender<bool>,
    scheduler: tokio::task::JoinHandle<()>,
    client: tokio::task::JoinHandle<Result<(), serenity::Error>>,
    in_flight: Arc<RwLock<()>>,
    app: Roundtable,
    notifier: scheduler::DiscordNotifier,
    registration: registration::Registration,
}

impl BotHandle {
    /// Takes one step of the scheduler now (the app's clock), as the timer would.
    pub async fn step(&self) -> Option<crate::app::schedule::StepOutcome> {
        scheduler::step(&self.app, &self.notifier).await
    }

    /// Stops taking events, waits for the interactions under way to be answered, and closes
    /// the database.
    pub async fn shutdown(self) {
        let _ = self.stop_scheduler.send(true);
        self.registration.stop();
        if let Err(e) = self.scheduler.await {
            tracing::warn!(error = %e, "the scheduler ended badly");
        }
        self.shard_manager.shutdown_all().await;
        if tokio::time::timeout(DRAIN_TIMEOUT, self.in_flight.write())
            .await
            .is_err()
        {
            tracing::warn!("shutting down with interactions still unanswered");
        }
        self.client.abort();
        self.app.close().await;
        tracing::info!("bot stopped");
    }
}

/// Runs the bot until SIGINT or SIGTERM. The token comes from `DISCORD_TOKEN`.
pub async fn run(settings: &Settings, app: Roundtable) -> Result<(), StartError> {
    let token = std::env::var("DISCORD_TOKEN")
        .ok()
        .filter(|t| !t.trim().is_empty())
        .ok_or(StartError::MissingToken)?;
    if settings.discord.guild_id.is_none() {
        tracing::info!("no discord.guild_id: the commands are registered globally");
    }
    let settings = BotSettings::new(settings, SecretString::from(token));
    let bot = start(settings, app).await?;
    wait_for_signal().await;
    tracing::info!("signal received, shutting down");
    bot.shutdown().await;
    Ok(())
}

async fn wait_for_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot listen for SIGTERM");
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

/// Connects to Discord (or to `api_base`) and serves the commands in the background.
pub async fn start(settings: BotSettings, app: Roundtable) -> Result<BotHandle, StartError> {
    // The bot is what sends reminders: whether they also go by direct message is its setting.
    let app = app.with_dm_reminders(settings.remind_by_dm);
    let mut commands = commands::all();
    localize::localize_commands(&mut commands, settings.default_language);
    let in_flight = Arc::new(RwLock::new(()));
    let gate = Arc::new(guild_gate::GuildGate::new(
        settings.discord.guild_id,
        app.clone(),
    ));
    let data = Data {
        app: app.clone(),
        default_language: settings.default_language,
        secretariat_role: settings
            .discord
            .secretariat_role_id
            .map(serenity::RoleId::new),
        secretariat_channel: settings
            .discord
            .secretariat_channel_id
            .map(serenity::ChannelId::new),
        gate: gate.clone(),
        in_flight: in_flight.clone(),
    };
    let place = match (settings.discord.register, settings.discord.guild_id) {
        (Registration::Guild, Some(guild)) => {
            registration::Place::Guild(serenity::GuildId::new(guild))
        }
        _ => registration::Place::Global,
    };
    let registration = registration::Registration::default();
    let registering = registration.clone();
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands,
            on_error: |error| Box::pin(commands::on_error(error)),
            event_handler: |framework, event| Box::pin(components::handle_event(framework, event)),
            allowed_mentions: Some(serenity::CreateAllowedMentions::new()),
            // Every command holds a read guard until its invocation ends, so that shutdown
            // waits for its answer.
            pre_command: |ctx| {
                Box::pin(async move {
                    let answering = ctx.data().begin_interaction().await;
                    ctx.set_invocation_data(answering).await;
                })
            },
            initialize_owners: false,
            ..Default::default()
        })
        // Every event waits for the setup: it only starts the registration, which is retried
        // in the background while interactions are answered.
        .setup(move |ctx, _ready, framework| {
            Box::pin(async move {
                let commands =
                    poise::builtins::create_application_commands(&framework.options().commands);
                registering.start(ctx.http.clone(), commands, place);
                Ok(data)
            })
        })
        .build();

    let mut http = serenity::HttpBuilder::new(settings.token.expose_secret())
        .default_allowed_mentions(serenity::CreateAllowedMentions::new());
    if let Some(base) = &settings.discord.api_base {
        // The proxy is only honoured with the ratelimiter off (it would call Discord itself).
        http = http.proxy(base.as_str()).ratelimiter_disabled(true);
    }
    let mut client =
        serenity::ClientBuilder::new_with_http(http.build(), serenity::GatewayIntents::empty())
            .framework(spans::Spanned {
                framework,
                gate,
                default_language: settings.default_language,
            })
            .await?;
    let shard_manager = client.shard_manager.clone();
    let (stop_scheduler, stop) = tokio::sync::watch::channel(false);
    let notifier = settings.notifier(client.http.clone(), app.tz);
    let scheduler = scheduler::spawn(app.clone(), notifier.clone(), settings.tick, stop);
    let task = tokio::spawn(async move {
        let result = client.start().await;
        if let Err(e) = &result {
            tracing::error!(error = %e, "the Discord client stopped");
        }
        result
    });
    Ok(BotHandle {
        shard_manager,
        stop_scheduler,
        scheduler,
        client: task,
        in_flight,
        app,
        notifier,
        registration,
    })
}
