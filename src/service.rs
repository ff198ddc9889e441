//! What a person can do with roundtable, whichever front end they use: the rules (deadlines,
//! who may write) over the store and the clock.

use crate::clock::SharedClock;
use crate::domain::brief::BriefTextError;
use crate::domain::{BriefText, MeetingPlan, MeetingSummary, SpeakingEstimate};
use crate::store::{Author, ImportOutcome, MeetingSelector, SavedBrief, Store, StoreError};
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
    #[error(transparent)]
    Store(#[from] StoreError),
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

/// The application: store, clock and time zone, shared by the CLI and the bot.
#[derive(Debug, Clone)]
pub struct Roundtable {
    pub store: Store,
    pub clock: SharedClock,
    pub tz: Tz,
}

impl Roundtable {
    pub fn new(store: Store, clock: SharedClock, tz: Tz) -> Self {
        Self { store, clock, tz }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Writes a meeting read from a meeting file.
    pub async fn import(&self, plan: &MeetingPlan) -> Result<ImportOutcome, StoreError> {
        self.store.import_plan(plan).await
    }

    /// The meeting a selector means now.
    pub async fn meeting(&self, selector: &MeetingSelector) -> Result<MeetingSummary, StoreError> {
        self.store.find_meeting(selector, self.now()).await
    }

    /// Saves a region's brief, checking the text and the deadline first.
    pub async fn submit_brief(
        &self,
        meeting: &MeetingSummary,
        region: &str,
        text: &str,
        author: &Author,
        submitter: Submitter,
    ) -> Result<BriefReceipt, BriefError> {
        let text = BriefText::parse(text)?;
        let now = self.now();
        let late = now > meeting.brief_deadline;
        if late && submitter == Submitter::Member {
            return Err(BriefError::PastDeadline {
                deadline: meeting.brief_deadline,
            });
        }
        let saved = self
            .store
            .save_brief(meeting.id, region, &text, author, now)
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
