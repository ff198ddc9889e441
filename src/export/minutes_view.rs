//! The one view of a meeting's minutes (referat) that every format renders: the meeting, who
//! was there, each sak with its account and outcome, the briefs under "round the table",
//! "Eventuelt", the follow-up items, and, once approved, the approval and its corrections.
//!
//! The app builds it (`Roundtable::minutes_view`); the renderers only read it. Its field names
//! are the JSON form's; change them only with a new format version there.

use super::view::{AttendanceView, GroupView, MeetingView};
use crate::domain::StandingItem;
use chrono::NaiveDate;
use serde::Serialize;

/// A meeting's minutes, as a draft or as approved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MinutesView {
    pub group: GroupView,
    pub meeting: MeetingView,
    pub status: MinutesStatus,
    pub attendance: MinutesAttendance,
    /// The agenda's items in order, each with what was said and concluded.
    pub items: Vec<MinutesItem>,
    /// Every follow-up item of the meeting, for the table at the end.
    pub follow_ups: Vec<FollowUpView>,
    /// Who wrote the minutes ("Referent").
    pub minute_taker: Option<String>,
    /// Corrections (rettelser) appended after approval, oldest first.
    pub corrections: Vec<CorrectionView>,
}

/// Where the minutes are in their cycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum MinutesStatus {
    /// A draft out for comments until the deadline (a date in the group's time zone).
    Draft { comments_by: Option<NaiveDate> },
    /// Approved, and locked.
    Approved(ApprovalView),
}

/// The approval of the minutes: "Referatet ble godkjent i møte 6. februar 2025, sak 2/25."
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApprovalView {
    /// The date of the meeting that approved them.
    pub meeting_date: NaiveDate,
    /// The sak under which they were approved, e.g. "2/25" or "2"; `None` when approved
    /// outside a meeting.
    pub sak: Option<String>,
    /// The SHA-256 (hex) of the approved content, for the document properties (not the text).
    pub sha256: String,
}

/// Who was there, as the minutes list them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MinutesAttendance {
    /// "Til stede", "Forfall", "Vara", each "Name (Organisation)".
    #[serde(flatten)]
    pub members: AttendanceView,
    /// "Fra sekretariatet": the secretariat's own people.
    pub secretariat: Vec<String>,
    /// "Observatører" / others present who are not members.
    pub observers: Vec<String>,
}

/// One sak of the minutes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MinutesItem {
    /// The item's number on the agenda.
    pub number: u32,
    /// The sak's label as the group numbers them: "1" or, numbered per year, "1/25".
    pub label: String,
    pub title: String,
    /// Which of the group's standing items this is, if any: "Eventuelt"
    /// ([`StandingItem::AnyOtherBusiness`]) says "Ingen saker." when nothing was raised.
    pub standing: Option<StandingItem>,
    /// The "round the table" item, under which the regions' briefs stand.
    pub collects_briefs: bool,
    /// What was said, in the secretariat's words; `None` when nothing is recorded.
    pub account: Option<String>,
    pub conclusion: Option<ConclusionView>,
    /// The briefs, under the "round the table" item only, in speaking order.
    pub briefs: Vec<MinutesBrief>,
    /// Matters raised under "Eventuelt" (only under that item).
    pub raised: Vec<RaisedMatter>,
    /// The follow-up items this sak decided, with their owner and date.
    pub follow_ups: Vec<FollowUpView>,
}

/// The kind of outcome of a sak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConclusionKind {
    /// "Vedtak": a decision.
    Decision,
    /// "Konklusjon": a conclusion without a formal decision.
    Conclusion,
    /// "Orientering tatt til etterretning": information received.
    Noted,
}

/// The outcome of a sak: its kind and its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConclusionView {
    pub kind: ConclusionKind,
    pub text: String,
}

/// A region's paragraph under "round the table".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MinutesBrief {
    pub region: String,
    pub author: String,
    /// The paragraph as it stands (the brief as written, or an accepted correction).
    pub text: String,
    /// A note the minutes carry with it, e.g. that the brief was withdrawn after the draft
    /// went out, or that the paragraph was corrected in the comment round.
    pub note: Option<String>,
}

/// A matter raised under "Eventuelt".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RaisedMatter {
    pub title: String,
    pub account: Option<String>,
    pub conclusion: Option<ConclusionView>,
}

/// A follow-up item (oppfølgingspunkt): what, who, by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUpView {
    pub what: String,
    /// A region or a named person.
    pub owner: String,
    pub due: Option<NaiveDate>,
    /// The label of the sak that decided it.
    pub sak: Option<String>,
}

/// A dated correction after approval, with its own approval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CorrectionView {
    pub dated: NaiveDate,
    pub text: String,
    /// "Godkjent i møte 3. april 2025, sak 2/25", once approved.
    pub approval: Option<ApprovalView>,
}
