//! The records the app layer hands to its front ends: meetings, regions, briefs, revisions
//! and changes as read, plain data with no storage in it.

use super::meeting::DocumentsLink;
use super::{AgendaItem, Group, Invitee, MeetingSummary};
use chrono::{DateTime, NaiveDate, Utc};

/// Who wrote a brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    pub discord_user_id: Option<u64>,
}

/// The outcome of saving a brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedBrief {
    pub brief_id: i64,
    /// 1 for a new brief, higher for a replaced one.
    pub revision: i64,
    pub saved_at: DateTime<Utc>,
    /// The interaction had been stored already (Discord retried it): nothing new was written.
    pub duplicate: bool,
}

/// What a revision records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevisionKind {
    /// A version of the text.
    Saved,
    /// The brief was withdrawn.
    Withdrawn,
}

/// A region's current brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefRecord {
    pub region: String,
    pub author: String,
    pub author_discord_id: Option<u64>,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub revisions: i64,
}

/// One saved version of a brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub revision: i64,
    pub kind: RevisionKind,
    pub author: String,
    pub body: String,
    pub saved_at: DateTime<Utc>,
}

/// The regions of a meeting, each with its brief if one is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionBriefs {
    pub region: String,
    pub brief: Option<BriefRecord>,
}

/// Which meeting a command means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeetingSelector {
    /// The meeting with this id (digits) or key, else the one this day, title, or day and
    /// title name (`domain::meeting_name`), the next (not cancelled) first.
    Named(String),
    /// The same, the meetings of the group whose Discord channel this is first.
    NamedInChannel { name: String, channel: u64 },
    /// The next meeting that has not ended, else the latest, of any group.
    Upcoming,
    /// The same, among the meetings of the group whose Discord channel this is.
    UpcomingInChannel(u64),
    /// The next cancelled meeting that has not ended, of the group whose channel this is (the
    /// one a restoration means).
    CancelledInChannel(u64),
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOutcome {
    pub meeting_id: i64,
    pub created: bool,
}

/// A member region asked for a brief at a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionRow {
    pub id: i64,
    pub name: String,
}

impl RegionRow {
    /// Whether a name someone typed means this region: spacing around it and case do not
    /// matter (on Discord and on the command line alike).
    pub fn is_named(&self, typed: &str) -> bool {
        self.name.trim().to_lowercase() == typed.trim().to_lowercase()
    }
}

/// Everything stored about one meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingDetails {
    pub summary: MeetingSummary,
    pub group: Group,
    pub notice_text: String,
    pub preparation: String,
    pub documents: Option<DocumentsLink>,
    pub notice_date: NaiveDate,
    pub agenda: Vec<AgendaItem>,
    pub regions: Vec<RegionRow>,
    pub invitees: Vec<Invitee>,
    /// How its agenda items are labelled ([`super::standing::sak_label`]).
    pub numbering: super::standing::AgendaNumbering,
}

impl MeetingDetails {
    /// An agenda item's label: `3`, or numbered per year `12/25`.
    pub fn sak_label(&self, item: &AgendaItem) -> super::standing::SakLabel {
        super::standing::sak_label(&self.numbering, item.number)
    }
}

/// A meeting as it stands when a change is checked against it: its id, its whole plan, and
/// whether it is cancelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentMeeting {
    pub id: i64,
    pub plan: super::MeetingPlan,
    pub cancelled: bool,
}

/// A meeting in a group's list, with how many briefs are in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedMeeting {
    pub id: i64,
    pub key: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub cancelled: bool,
    pub briefs: i64,
    pub regions: i64,
}

/// The working group whose channel this is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelGroup {
    pub id: i64,
    pub slug: String,
}

/// A Discord user who speaks for a region at a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Representative {
    pub region: String,
    pub discord_user_id: u64,
    /// Linked by the secretariat (`true`) or through the invitee list (`false`).
    pub linked_by_secretariat: bool,
}

/// An invitee found by their Discord user or name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteeRef {
    pub id: i64,
    pub name: String,
    pub organisation: String,
}

/// An entry of the change log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeEntry {
    pub at: DateTime<Utc>,
    pub actor_id: Option<u64>,
    pub actor_name: String,
    pub kind: String,
    pub diff: String,
}

/// A working group and its channel, if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupChannel {
    pub slug: String,
    pub name: String,
    pub channel_id: Option<u64>,
}

/// Whether something done at `at` counts as after the deadline: the one rule for "late" (a
/// brief last updated after it) and for "closed" (a member's brief refused after it).
pub fn after_deadline(at: DateTime<Utc>, deadline: DateTime<Utc>) -> bool {
    at > deadline
}

impl BriefRecord {
    /// Last updated after the deadline.
    pub fn is_late(&self, deadline: DateTime<Utc>) -> bool {
        after_deadline(self.updated_at, deadline)
    }
}

/// How many briefs are in, how many of them late, and which regions sent none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefTally {
    pub received: usize,
    pub late: usize,
    pub missing: Vec<String>,
}

impl BriefTally {
    pub fn of(briefs: &[RegionBriefs], deadline: DateTime<Utc>) -> Self {
        let received: Vec<&BriefRecord> = briefs.iter().filter_map(|b| b.brief.as_ref()).collect();
        Self {
            received: received.len(),
            late: received.iter().filter(|b| b.is_late(deadline)).count(),
            missing: briefs
                .iter()
                .filter(|b| b.brief.is_none())
                .map(|b| b.region.clone())
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().expect("time")
    }

    fn brief(region: &str, updated: &str) -> RegionBriefs {
        RegionBriefs {
            region: region.into(),
            brief: Some(BriefRecord {
                region: region.into(),
                author: "A".into(),
                author_discord_id: None,
                body: "Tekst.".into(),
                created_at: at("2024-11-01T10:00:00Z"),
                updated_at: at(updated),
                revisions: 1,
            }),
        }
    }

    #[test]
    fn late_is_after_the_deadline_not_at_it() {
        let deadline = at("2024-11-08T22:59:59Z");
        assert!(!after_deadline(deadline, deadline));
        assert!(after_deadline(
            deadline + chrono::Duration::seconds(1),
            deadline
        ));
    }

    #[test]
    fn the_tally_counts_in_late_and_missing() {
        let deadline = at("2024-11-08T22:59:59Z");
        let briefs = vec![
            brief("Asker", "2024-11-05T10:00:00Z"),
            brief("Bærum", "2024-11-09T08:00:00Z"),
            RegionBriefs {
                region: "Drammen".into(),
                brief: None,
            },
        ];
        let tally = BriefTally::of(&briefs, deadline);
        assert_eq!(tally.received, 2);
        assert_eq!(tally.late, 1);
        assert_eq!(tally.missing, vec!["Drammen".to_owned()]);
    }
}

/// What `/agenda` shows: the meeting, its numbered items, and each region in speaking order
/// with whether its brief is in (read at once, without the briefs' text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingAgenda {
    pub summary: MeetingSummary,
    pub group_id: i64,
    pub agenda: Vec<AgendaItem>,
    pub regions: Vec<RegionBriefState>,
    /// How its agenda items are labelled ([`super::standing::sak_label`]).
    pub numbering: super::standing::AgendaNumbering,
    /// When the group's meeting before this one started (not cancelled), if it had one.
    pub previous_start: Option<DateTime<Utc>>,
    /// Whether the group has any follow-up items at all (if not, none need reading).
    pub has_follow_ups: bool,
}

impl MeetingAgenda {
    /// An agenda item's label: `3`, or numbered per year `12/25`.
    pub fn sak_label(&self, item: &AgendaItem) -> super::standing::SakLabel {
        super::standing::sak_label(&self.numbering, item.number)
    }
}

/// A region, and whether its brief (not withdrawn) is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionBriefState {
    pub region: String,
    pub brief_in: bool,
}
