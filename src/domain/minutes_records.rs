//! The minutes' records as the store returns them: recorded outcomes, raised matters, the
//! people the minutes list, the draft with each region's paragraph and its corrections, the
//! approved versions and the rettelser. Plain data with no storage in it.

use super::minutes::{Outcome, Raised, RoundAnswer};
use chrono::{DateTime, NaiveDate, Utc};

/// An agenda item's recorded outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeRecord {
    pub item_number: u32,
    pub outcome: Outcome,
    pub recorded_at: DateTime<Utc>,
    pub recorded_by: String,
}

/// The people the minutes list besides the invitees.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MinutesPeople {
    /// "Fra sekretariatet".
    pub secretariat: Vec<String>,
    pub observers: Vec<String>,
    /// "Referent".
    pub minute_taker: Option<String>,
}

/// The draft sent out for comments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRecord {
    pub meeting_id: i64,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    pub comments_by: DateTime<Utc>,
    pub message_id: Option<u64>,
    /// The meeting whose agenda got the approval item for this draft, once done.
    pub approval_item_meeting_id: Option<i64>,
}

/// Where a proposed correction stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorrectionStatus {
    Proposed,
    Accepted,
    Rejected,
}

impl CorrectionStatus {
    pub fn code(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Accepted => "accepted",
            Self::Rejected => "rejected",
        }
    }

    pub fn from_code(code: &str) -> Self {
        match code {
            "accepted" => Self::Accepted,
            "rejected" => Self::Rejected,
            _ => Self::Proposed,
        }
    }
}

/// A correction of a region's paragraph, proposed in the comment round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrectionRecord {
    pub id: i64,
    pub meeting_id: i64,
    pub region: String,
    /// The fingerprint of the paragraph it was made against.
    pub base: String,
    pub body: String,
    pub proposed_by: u64,
    pub proposed_name: String,
    pub proposed_at: DateTime<Utc>,
    pub status: CorrectionStatus,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
}

/// A region's paragraph in the draft, with its corrections (oldest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParagraphRecord {
    pub id: i64,
    pub region_id: i64,
    pub region: String,
    pub author: String,
    pub body: String,
    pub confirmed_by: Option<u64>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub corrections: Vec<CorrectionRecord>,
}

impl ParagraphRecord {
    /// The region's answer in the comment round.
    pub fn answer(&self) -> RoundAnswer {
        let pending = self
            .corrections
            .iter()
            .filter(|c| c.status == CorrectionStatus::Proposed)
            .count();
        RoundAnswer::of(
            self.confirmed_at.is_some(),
            pending,
            self.corrections.len() - pending,
        )
    }
}

/// An approved version of the minutes, stored whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRecord {
    pub id: i64,
    pub version: i64,
    pub sha256: String,
    /// The view the files were rendered from (JSON).
    pub view_json: String,
    pub approved_at: DateTime<Utc>,
    pub approved_by: String,
    pub approving_meeting_id: Option<i64>,
    pub approving_sak: Option<String>,
}

/// A dated correction (rettelse) to approved minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RettelseRecord {
    pub id: i64,
    pub dated: NaiveDate,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    /// The version its approval stored; `None`: not yet approved.
    pub version_id: Option<i64>,
}

/// A raised matter as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RaisedRecord {
    pub id: i64,
    pub raised: Raised,
}
