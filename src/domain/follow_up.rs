//! Follow-up items (oppfølgingspunkter): what a meeting decided someone should do by a date,
//! who owns it, whether it is open or overdue, which meeting takes it up, and their order.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// The most characters of what is to be done.
pub const MAX_WHAT_CHARS: usize = 1000;
/// The most characters of a line of status.
pub const MAX_STATUS_CHARS: usize = 500;
/// The most characters of a named owner.
pub const MAX_OWNER_CHARS: usize = 100;

/// Who owns a follow-up item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FollowUpOwner {
    /// A region of the group: its representatives answer for it.
    Region { name: String },
    /// A named person, with their Discord user if the secretariat gave one.
    Person {
        name: String,
        discord_user_id: Option<u64>,
    },
}

impl FollowUpOwner {
    /// The owner's name, as shown (the region's or the person's).
    pub fn name(&self) -> &str {
        match self {
            Self::Region { name } | Self::Person { name, .. } => name,
        }
    }
}

/// The meeting that decided an item, and the agenda item (sak) it came under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUpOrigin {
    pub meeting_id: i64,
    pub meeting_title: String,
    pub meeting_starts_at: DateTime<Utc>,
    pub agenda_number: Option<u32>,
}

/// A follow-up item as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUpItem {
    pub id: i64,
    pub what: String,
    pub owner: FollowUpOwner,
    pub due: NaiveDate,
    pub origin: Option<FollowUpOrigin>,
    /// The owner's latest line of status; empty until one is written.
    pub status: String,
    /// When it was marked done; `None`: open.
    pub done_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// What a change of a follow-up item was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUpChangeKind {
    Create,
    /// A new line of status, the item still open.
    Status,
    /// Marked done, with a line of status.
    Done,
}

impl FollowUpChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Status => "status",
            Self::Done => "done",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Create, Self::Status, Self::Done]
            .into_iter()
            .find(|k| k.as_str() == text)
    }
}

/// An entry of a follow-up item's change log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpChange {
    pub at: DateTime<Utc>,
    /// `None`: the command line.
    pub actor_id: Option<u64>,
    pub actor_name: String,
    pub kind: FollowUpChangeKind,
    pub status: String,
}

/// A follow-up item's text that cannot be taken as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FollowUpTextError {
    #[error("{field} is empty")]
    Blank { field: &'static str },
    #[error("{field} is longer than {max} characters")]
    TooLong { field: &'static str, max: usize },
    /// (The text typed is not in the message: it goes to the log.)
    #[error("the due date is not a date written dd.mm.yyyy")]
    BadDate { given: String },
}

impl FollowUpItem {
    pub fn is_open(&self) -> bool {
        self.done_at.is_none()
    }

    /// Open and past its due date on `today` (the group's calendar day): due today is not
    /// overdue.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due < today
    }

    /// Whether the meeting starting at `starts_at` takes the item up under "Oppfølging fra
    /// forrige møte": it was decided before that meeting (at an earlier one, or, without a
    /// meeting, created before it starts), and it is open, or it was done after the group's
    /// meeting before (`previous_start`), so that each item done is reported once.
    pub fn comes_up_at(
        &self,
        starts_at: DateTime<Utc>,
        previous_start: Option<DateTime<Utc>>,
    ) -> bool {
        let decided_before = match &self.origin {
            Some(origin) => origin.meeting_starts_at < starts_at,
            None => self.created_at < starts_at,
        };
        let reported = match (self.done_at, previous_start) {
            (None, _) => true,
            (Some(done), Some(previous)) => done > previous,
            (Some(_), None) => true,
        };
        decided_before && reported
    }
}

/// The order items are listed in: open before done, then by due date, then as created.
pub fn sort_for_list(items: &mut [FollowUpItem]) {
    items.sort_by_key(|i| (!i.is_open(), i.due, i.id));
}

/// A due date as people write it: `dd.mm.yyyy` (also `d.m.yyyy`, and `-` or `/` between).
pub fn parse_due_date(text: &str) -> Result<NaiveDate, FollowUpTextError> {
    let given = text.trim();
    let bad = || FollowUpTextError::BadDate {
        given: given.to_owned(),
    };
    let parts: Vec<&str> = given.split(['.', '/', '-']).collect();
    let [day, month, year] = parts.as_slice() else {
        return Err(bad());
    };
    let number = |s: &str| s.trim().parse::<u32>().ok();
    let (Some(day), Some(month), Some(year)) = (number(day), number(month), number(year)) else {
        return Err(bad());
    };
    if !(2000..=2100).contains(&year) {
        return Err(bad());
    }
    let year = i32::try_from(year).map_err(|_| bad())?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)
}

/// Checks a text a person wrote: not blank, and at most `max` characters. Returns it trimmed.
pub fn checked_text(
    text: &str,
    field: &'static str,
    max: usize,
) -> Result<String, FollowUpTextError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(FollowUpTextError::Blank { field });
    }
    if trimmed.chars().count() > max {
        return Err(FollowUpTextError::TooLong { field, max });
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
#[path = "follow_up_tests.rs"]
mod tests;
