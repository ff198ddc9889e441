//! The real roundtable bot, started against a fresh simulator and a fresh database.

use super::sim::Sim;
use super::store::{example_meeting, TestDb};
use roundtable::bot::{self, BotHandle, BotSettings};
use roundtable::clock::ManualClock;
use roundtable::config::Registration;
use roundtable::domain::local_time::OSLO;
use roundtable::i18n::Language;
use roundtable::meeting_file::read_meeting_file;
use roundtable::service::Roundtable;
use secrecy::SecretString;

/// The secretariat's role in the simulated guild.
pub const SECRETARIAT_ROLE: u64 = 1_187_000_000_000_000_900;

/// A bot under test with its simulator and database.
pub struct TestBot {
    pub sim: Sim,
    _db: TestDb,
    pub app: Roundtable,
    pub clock: ManualClock,
    handle: Option<BotHandle>,
}

impl TestBot {
    /// Starts the bot at `now` (RFC 3339) with the example meeting imported into the sim's
    /// default channel, and waits until it has identified.
    pub async fn start(now: &str) -> Self {
        Self::start_with(now, |_| {}).await
    }

    /// The same, with the bot's settings changed by `adjust` first.
    pub async fn start_with(now: &str, adjust: impl FnOnce(&mut BotSettings)) -> Self {
        let sim = Sim::start().await;
        let db = TestDb::new().await;
        let (app, clock) = db.app(now);
        let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("the example is valid");
        plan.group.discord_channel_id = Some(sim.default_channel());
        db.store.import_plan(&plan).await.expect("import");
        let mut settings = settings(&sim);
        adjust(&mut settings);
        let handle = bot::start(settings, app.clone())
            .await
            .expect("the bot starts");
        sim.wait_ready().await;
        Self {
            sim,
            _db: db,
            app,
            clock,
            handle: Some(handle),
        }
    }

    /// Stops the bot the way SIGTERM does; the simulator stays up for a last look.
    pub async fn stop(mut self) -> Sim {
        if let Some(handle) = self.handle.take() {
            handle.shutdown().await;
        }
        self.sim
    }
}

/// The settings `roundtable run` would take from a configuration pointing at the simulator.
pub fn settings(sim: &Sim) -> BotSettings {
    BotSettings {
        token: SecretString::from(sim.token().to_owned()),
        api_base: Some(sim.api_base().to_owned()),
        guild_id: Some(sim.guild_id()),
        register: Registration::Guild,
        secretariat_role_id: Some(SECRETARIAT_ROLE),
        default_language: Language::Nb,
    }
}
