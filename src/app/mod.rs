//! The app layer, the only door: what a person (or the scheduler) can do with roundtable,
//! whichever front end asks. It owns the store and the clock; the bot, the CLI, the scheduler
//! and the exporter call it and nothing below it.

mod attendance;
mod error;
mod export;
mod follow_up_error;
mod follow_ups;
mod links;
pub mod meeting_admin;
mod meeting_names;
mod message_parts;
pub mod minutes;
pub mod minutes_agenda;
pub mod minutes_approval;
mod minutes_reminder;
pub mod minutes_round;
mod minutes_view;
mod reads;
pub mod schedule;
mod writers;
pub mod year_plan;

pub use crate::store::{BackupError, BackupInfo};
pub use attendance::AttendanceError;
pub use error::AppError;
pub use follow_ups::{parse_item_number, FollowUpError, FollowUpInput, OwnerInput};
pub use links::DiscordUser;
pub use message_parts::MessageParts;
pub use minutes::MinutesFailure;

use crate::clock::SharedClock;
use crate::domain::brief::BriefTextError;
use crate::domain::records::{after_deadline, Author, RegionRow, SavedBrief};
use crate::domain::{BriefText, MeetingSummary, SpeakingEstimate};
use crate::schedule::ScheduleRules;
use crate::settings::Settings;
use crate::store::{Store, StoreError};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// Who is submitting a brief, which decides whether the deadline applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Submitter {
    /// A region's representative: bound by the deadline.
    Member,
    /// The secretariat: may add or correct briefs after the deadline.
    Secretariat,
}

/// Why a brief was not saved.
#[derive(Debug, thiserror::Error)]
pub enum BriefError {
    #[error(transparent)]
    Text(#[from] BriefTextError),
    #[error("the deadline for briefs ({deadline}) has passed")]
    PastDeadline { deadline: DateTime<Utc> },
    #[error("the user does not speak for {region:?}")]
    NotRepresentative { region: String },
    #[error("the user speaks for no region of this meeting")]
    NoRegion,
    #[error("the user speaks for several regions; one must be chosen")]
    ChooseRegion { choices: Vec<String> },
    #[error("there is no brief from {region:?} to withdraw")]
    NothingToWithdraw { region: String },
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<StoreError> for BriefError {
    fn from(e: StoreError) -> Self {
        Self::App(e.into())
    }
}

/// A person acting on Discord: who they are, and whether they are the secretariat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub discord_user_id: u64,
    pub name: String,
    pub secretariat: bool,
}

impl Actor {
    pub fn author(&self) -> Author {
        Author {
            name: self.name.clone(),
            discord_user_id: Some(self.discord_user_id),
        }
    }

    pub fn submitter(&self) -> Submitter {
        if self.secretariat {
            Submitter::Secretariat
        } else {
            Submitter::Member
        }
    }
}

/// What the author is told when a brief is saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefReceipt {
    pub meeting: MeetingSummary,
    pub region: String,
    pub saved: SavedBrief,
    pub estimate: SpeakingEstimate,
    /// Saved after the deadline (only the secretariat can).
    pub late: bool,
}

/// What the app layer is configured with (parsed once, at start).
#[derive(Debug, Clone, Default)]
pub struct AppSettings {
    pub schedule: ScheduleRules,
    /// Reminders also go to each person they ping by direct message (`remind_by_dm`).
    pub remind_by_dm: bool,
}

/// The application: store, clock and time zone, shared by the CLI and the bot.
#[derive(Debug, Clone)]
pub struct Roundtable {
    store: Store,
    pub clock: SharedClock,
    pub tz: Tz,
    settings: AppSettings,
}

impl Roundtable {
    pub fn new(store: Store, clock: SharedClock, tz: Tz) -> Self {
        Self {
            store,
            clock,
            tz,
            settings: AppSettings::default(),
        }
    }

    /// Opens (creating and migrating) the database of `settings`, with their zone and rules.
    pub async fn open(settings: &Settings, clock: SharedClock) -> Result<Self, AppError> {
        let store = Store::open(&settings.database_url).await?;
        Ok(Self::new(store, clock, settings.tz).with_schedule(settings.schedule.clone()))
    }

    /// The same, planning messages by `rules` instead of the defaults.
    pub fn with_schedule(mut self, rules: ScheduleRules) -> Self {
        self.settings.schedule = rules;
        self
    }

    /// The same app with its clock stopped at `at` (an e-mailed brief saved as of its arrival).
    pub fn as_of(&self, at: DateTime<Utc>) -> Self {
        Self {
            clock: std::sync::Arc::new(crate::clock::ManualClock::new(at)),
            ..self.clone()
        }
    }

    /// The same, also sending each reminder by direct message to those it pings.
    pub fn with_dm_reminders(mut self, on: bool) -> Self {
        self.settings.remind_by_dm = on;
        self
    }

    /// The rules messages are planned by.
    pub fn schedule_rules(&self) -> &ScheduleRules {
        &self.settings.schedule
    }

    /// Closes the database once the statements under way have finished.
    pub async fn close(&self) {
        self.store.close().await;
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The regions an actor may write for: all of the meeting's for the secretariat, else those
    /// they represent.
    pub async fn regions_for(
        &self,
        meeting: &MeetingSummary,
        actor: &Actor,
    ) -> Result<Vec<RegionRow>, AppError> {
        Ok(if actor.secretariat {
            self.store.meeting_regions(meeting.id).await?
        } else {
            self.store
                .regions_of_user(meeting.id, actor.discord_user_id)
                .await?
        })
    }

    /// The region an actor means: the one named (if they may write for it), or the only one
    /// they represent.
    pub async fn choose_region(
        &self,
        meeting: &MeetingSummary,
        actor: &Actor,
        named: Option<&str>,
    ) -> Result<RegionRow, BriefError> {
        let allowed = self.regions_for(meeting, actor).await?;
        match named.map(str::trim) {
            Some(name) => {
                if let Some(region) = allowed.iter().find(|r| r.is_named(name)) {
                    return Ok(region.clone());
                }
                let region = self.region_named(meeting, name).await?;
                Err(BriefError::NotRepresentative {
                    region: region.name,
                })
            }
            None => match allowed.as_slice() {
                [only] => Ok(only.clone()),
                [] => Err(BriefError::NoRegion),
                several => Err(BriefError::ChooseRegion {
                    choices: several.iter().map(|r| r.name.clone()).collect(),
                }),
            },
        }
    }

    /// The meeting's region a typed name means ([`RegionRow::is_named`]).
    pub async fn region_named(
        &self,
        meeting: &MeetingSummary,
        name: &str,
    ) -> Result<RegionRow, AppError> {
        let all = self.store.meeting_regions(meeting.id).await?;
        match all.iter().find(|r| r.is_named(name)) {
            Some(region) => Ok(region.clone()),
            None => Err(AppError::UnknownRegion {
                region: name.trim().to_owned(),
                known: all.into_iter().map(|r| r.name).collect(),
            }),
        }
    }

    /// Whether briefs to this meeting are still taken from this submitter.
    pub fn check_deadline(
        &self,
        meeting: &MeetingSummary,
        submitter: Submitter,
    ) -> Result<(), BriefError> {
        if submitter == Submitter::Member && after_deadline(self.now(), meeting.brief_deadline) {
            return Err(BriefError::PastDeadline {
                deadline: meeting.brief_deadline,
            });
        }
        Ok(())
    }

    /// Withdraws a region's brief (members only before the deadline).
    pub async fn withdraw_brief(
        &self,
        meeting: &MeetingSummary,
        region: &str,
        actor: &Actor,
    ) -> Result<(), BriefError> {
        self.check_deadline(meeting, actor.submitter())?;
        let withdrawn = self
            .store
            .withdraw_brief(meeting.id, region, &actor.author(), self.now())
            .await?;
        if !withdrawn {
            return Err(BriefError::NothingToWithdraw {
                region: region.to_owned(),
            });
        }
        tracing::info!(meeting = meeting.id, region, "brief withdrawn");
        Ok(())
    }

    /// Saves a region's brief, checking the text and the deadline first.
    pub async fn submit_brief(
        &self,
        meeting: &MeetingSummary,
        region: &str,
        text: &str,
        author: &Author,
        submitter: Submitter,
        interaction: Option<u64>,
    ) -> Result<BriefReceipt, BriefError> {
        let text = BriefText::parse(text)?;
        self.check_deadline(meeting, submitter)?;
        let now = self.now();
        let late = after_deadline(now, meeting.brief_deadline);
        let saved = self
            .store
            .save_brief(meeting.id, region, &text, author, now, interaction)
            .await?;
        tracing::info!(
            meeting = meeting.id,
            region,
            revision = saved.revision,
            "brief saved"
        );
        Ok(BriefReceipt {
            meeting: meeting.clone(),
            region: region.to_owned(),
            saved,
            estimate: text.estimate(),
            late,
        })
    }
}
