//! The stage the demo's week plays on: the Discord simulator, a fresh database, the real bot
//! with a manual clock, and the members' hands (commands, clicks, forms), each followed by
//! what the bot posted, into the transcript; any request Discord would refuse stops the demo.

mod hands;
mod seen;

use super::transcript::{Entry, FileRef, Transcript};
use super::DemoError;
use crate::app::schedule::StepOutcome;
use crate::app::Roundtable;
use crate::bot::{self, BotHandle, BotSettings};
use crate::clock::{Clock, ManualClock};
use crate::config::Registration;
use crate::domain::local_time::OSLO;
use crate::i18n::Language;
use crate::settings::{DiscordSettings, Settings};
use chrono::{DateTime, Utc};
use discord_sim::{Sim, SimOptions, User};
use secrecy::SecretString;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The secretariat's role in the simulated server.
pub const SECRETARIAT_ROLE: u64 = 1_187_000_000_000_000_900;
/// The database's file in the demo's folder.
pub const DATABASE: &str = "roundtable.db";
/// How long the bot may take to connect, or to answer one interaction.
const WAIT: Duration = Duration::from_secs(20);

/// A channel of the simulated server.
#[derive(Debug, Clone)]
pub struct Channel {
    pub id: u64,
    pub name: String,
}

/// A button on a message: what a member clicks.
#[derive(Debug, Clone)]
pub struct Button {
    pub custom_id: String,
    pub label: String,
}

/// The simulator, the database and the bot of one demo, and what has been seen so far.
pub struct Stage<'o> {
    pub sim: Sim,
    pub app: Roundtable,
    pub lang: Language,
    pub group: Channel,
    pub secretariat: Channel,
    pub transcript: Transcript,
    clock: ManualClock,
    bot: Option<BotHandle>,
    dir: PathBuf,
    /// Each message seen, with its number of edits then.
    seen: HashMap<u64, usize>,
    out: &'o mut dyn Write,
}

/// The Discord locale of a member who reads `lang`.
pub fn locale(lang: Language) -> &'static str {
    match lang {
        Language::Nb => "no",
        Language::English => "en-US",
    }
}

impl<'o> Stage<'o> {
    /// The simulator, a fresh database in `dir` with the clock at `now`, and the bot
    /// connected to the simulator with its commands registered.
    pub async fn start(
        dir: &Path,
        lang: Language,
        now: DateTime<Utc>,
        channels: (&str, &str),
        out: &'o mut dyn Write,
    ) -> Result<Stage<'o>, DemoError> {
        let sim = Sim::start_with(SimOptions {
            guild_locale: locale(lang).into(),
            // Violations are checked after every step, and end the demo with an error.
            panic_on_unchecked_violations: false,
            ..SimOptions::default()
        })
        .await;
        let channel = |name: &str| Channel {
            id: sim.channel(name),
            name: name.to_owned(),
        };
        let (group, secretariat) = (channel(channels.0), channel(channels.1));
        let clock = ManualClock::new(now);
        let settings = Settings {
            database_url: format!("sqlite://{}", dir.join(DATABASE).display()),
            language: lang,
            ..Settings::default()
        };
        let app = Roundtable::open(&settings, Arc::new(clock.clone())).await?;
        let bot_settings = BotSettings {
            token: SecretString::from(sim.token().to_owned()),
            discord: DiscordSettings {
                guild_id: Some(sim.guild_id()),
                register: Registration::Guild,
                secretariat_role_id: Some(SECRETARIAT_ROLE),
                api_base: Some(sim.api_base().to_owned()),
                secretariat_channel_id: Some(secretariat.id),
                secretariat_user_ids: Vec::new(),
            },
            default_language: lang,
            // No timer: the demo takes each step of the scheduler at its clock.
            tick: None,
            remind_by_dm: false,
        };
        let bot = bot::start(bot_settings, app.clone()).await?;
        until("the bot's connection", || {
            let stats = sim.gateway_stats();
            let registered = sim
                .registered_commands()
                .iter()
                .any(|c| c["name"] == "export");
            (stats.connected && stats.identifies > 0 && registered).then_some(())
        })
        .await?;
        Ok(Stage {
            sim,
            app,
            lang,
            group,
            secretariat,
            transcript: Transcript::new(lang, OSLO),
            clock,
            bot: Some(bot),
            dir: dir.to_owned(),
            seen: HashMap::new(),
            out,
        })
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Moves the bot's clock (and the simulator's) forward to `at`.
    pub fn set_time(&mut self, at: DateTime<Utc>) {
        if let Ok(by) = (at - self.now()).to_std() {
            self.sim.advance_time(by);
        }
        self.clock.set(at);
    }

    /// Introduces a member: mentions of them read as their name.
    pub fn meet(&mut self, user: &User) {
        self.sim.add_user(user);
        self.transcript.names.insert(user.id, &user.name);
    }

    /// The demo's own words.
    pub fn note(&mut self, text: String) {
        let entry = Entry::Note {
            at: self.now(),
            text,
        };
        self.transcript.push(entry, self.out);
    }

    fn action(
        &mut self,
        channel: &Channel,
        text: String,
        fields: Vec<(String, String)>,
        files: Vec<FileRef>,
    ) {
        let entry = Entry::Action {
            at: self.now(),
            channel: channel.name.clone(),
            text,
            fields,
            files,
        };
        self.transcript.push(entry, self.out);
    }

    /// One step of the bot's scheduler at the clock's time, as its timer would take it.
    pub async fn step(&mut self) -> Result<StepOutcome, DemoError> {
        let bot = self.bot.as_ref().ok_or(DemoError::Step)?;
        let outcome = bot.step().await.ok_or(DemoError::Step)?;
        self.collect()?;
        Ok(outcome)
    }

    pub async fn finish(mut self) -> Result<Transcript, DemoError> {
        if let Some(bot) = self.bot.take() {
            bot.shutdown().await;
        }
        self.collect()?;
        Ok(self.transcript)
    }
}

/// Waits until `probe` finds something, or fails after [`WAIT`].
async fn until<T>(what: &str, mut probe: impl FnMut() -> Option<T>) -> Result<T, DemoError> {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(found) = probe() {
            return Ok(found);
        }
        if Instant::now() >= deadline {
            return Err(no_answer(what));
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

pub(super) fn no_answer(what: &str) -> DemoError {
    DemoError::NoAnswer {
        what: what.to_owned(),
        seconds: WAIT.as_secs(),
    }
}
