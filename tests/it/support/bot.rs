//! The real roundtable bot, started against a fresh simulator and a fresh database.

use super::sim::{Sim, User};
use super::store::{example_meeting, TestDb};
use roundtable::app::schedule::StepOutcome;
use roundtable::app::Roundtable;
use roundtable::bot::{self, BotHandle, BotSettings};
use roundtable::clock::ManualClock;
use roundtable::config::Registration;
use roundtable::domain::local_time::OSLO;
use roundtable::domain::records::MeetingSelector;
use roundtable::domain::MeetingSummary;
use roundtable::i18n::Language;
use roundtable::meeting_file::read_meeting_file;
use roundtable::settings::DiscordSettings;
use secrecy::SecretString;

/// The secretariat's role in the simulated guild.
pub const SECRETARIAT_ROLE: u64 = 1_187_000_000_000_000_900;

/// A bot under test with its simulator and database.
pub struct TestBot {
    pub sim: Sim,
    pub db: TestDb,
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
            db,
            app,
            clock,
            handle: Some(handle),
        }
    }

    /// Stops the bot the way SIGTERM does; the simulator stays up for a last look.
    /// Stops the bot and starts it again on the same simulator and database, as after a
    /// crash or a restart.
    pub async fn restart(mut self) -> Self {
        if let Some(handle) = self.handle.take() {
            handle.shutdown().await;
        }
        self.start_again().await
    }

    /// Starts the bot (again) after `stop_only`, as a new process would: the database opened
    /// anew, the clock where the test left it.
    pub async fn start_again(mut self) -> Self {
        let store = roundtable::store::Store::open(&self.db.url)
            .await
            .expect("the database opens again");
        let clock: roundtable::clock::SharedClock = std::sync::Arc::new(self.clock.clone());
        self.db.store = store.clone();
        self.app = Roundtable::new(store, clock, OSLO);
        let sessions = {
            let s = self.sim.gateway_stats();
            s.identifies + s.resumes
        };
        let handle = bot::start(settings(&self.sim), self.app.clone())
            .await
            .expect("the bot starts again");
        self.sim.wait_identified(sessions + 1).await;
        self.handle = Some(handle);
        self
    }

    /// Stops the bot but keeps the simulator and database, to start it again later.
    pub async fn stop_only(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.shutdown().await;
        }
    }

    /// The secretariat's channel in the simulated guild.
    pub fn secretariat_channel(&self) -> u64 {
        self.sim.channel(SECRETARIAT_CHANNEL)
    }

    /// The upcoming meeting (the example, unless a test imported another).
    pub async fn upcoming(&self) -> MeetingSummary {
        self.app
            .meeting(&MeetingSelector::Upcoming)
            .await
            .expect("an upcoming meeting")
    }

    /// Links `user` to `region` of the upcoming meeting, as the secretariat would.
    pub async fn link(&self, user: &User, region: &str) {
        let meeting = self.upcoming().await;
        self.db
            .store
            .add_representative(meeting.id, region, user.id, 1, self.app.now())
            .await
            .expect("link");
    }

    /// Ends a test: the bot sent nothing Discord would refuse.
    pub fn finish(&self) {
        self.sim.assert_no_violations();
    }

    /// Takes one step of the bot's scheduler at the clock's time, as its timer would.
    pub async fn step(&self) -> StepOutcome {
        let handle = self.handle.as_ref().expect("the bot is running");
        handle
            .step()
            .await
            .expect("the scheduler's step reads the database")
    }

    pub async fn stop(mut self) -> Sim {
        if let Some(handle) = self.handle.take() {
            handle.shutdown().await;
        }
        self.sim
    }
}

/// The name of the secretariat's channel in the simulated guild.
pub const SECRETARIAT_CHANNEL: &str = "sekretariatet";

/// The settings `roundtable run` would take from a configuration pointing at the simulator,
/// with no scheduler timer: a test takes each step itself ([`TestBot::step`]) after setting the
/// clock, so nothing depends on how fast the machine is.
pub fn settings(sim: &Sim) -> BotSettings {
    BotSettings {
        token: SecretString::from(sim.token().to_owned()),
        discord: DiscordSettings {
            guild_id: Some(sim.guild_id()),
            register: Registration::Guild,
            secretariat_role_id: Some(SECRETARIAT_ROLE),
            api_base: Some(sim.api_base().to_owned()),
            secretariat_channel_id: Some(sim.channel(SECRETARIAT_CHANNEL)),
            secretariat_user_ids: Vec::new(),
        },
        default_language: Language::Nb,
        tick: None,
        remind_by_dm: false,
    }
}
