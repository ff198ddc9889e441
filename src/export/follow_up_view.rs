//! The follow-up items in the export views: as the agenda shows them (what the meeting takes
//! up, as each stands), and as the minutes' table lists the items a meeting decided.

use crate::domain::follow_up::{FollowUpItem, FollowUpOwner};
use chrono::NaiveDate;
use serde::Serialize;

/// A follow-up item the meeting takes up, as it stands (the minutes' table of the items a
/// meeting decided is [`crate::export::minutes_view::FollowUpView`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUpStatusView {
    /// The item's number (`#3`).
    pub number: i64,
    pub what: String,
    /// The region's or the person's name.
    pub owner: String,
    /// `region` or `person`.
    pub owner_kind: &'static str,
    /// `YYYY-MM-DD`.
    pub due: NaiveDate,
    /// The owner's latest line of status (empty: none yet).
    pub status: String,
    pub done: bool,
    /// The meeting that decided it, and its agenda item number there.
    pub from_meeting: Option<String>,
    pub from_agenda_number: Option<u32>,
}

/// An item as the minutes' table lists it: what, who, by when, and the sak's number (the
/// minutes cycle labels its saks; the plain number until it does).
impl From<&FollowUpItem> for crate::export::minutes_view::FollowUpView {
    fn from(item: &FollowUpItem) -> Self {
        Self {
            what: item.what.clone(),
            owner: item.owner.name().to_owned(),
            due: Some(item.due),
            sak: item
                .origin
                .as_ref()
                .and_then(|o| o.agenda_number)
                .map(|n| n.to_string()),
        }
    }
}

impl From<&FollowUpItem> for FollowUpStatusView {
    fn from(item: &FollowUpItem) -> Self {
        FollowUpStatusView {
            number: item.id,
            what: item.what.clone(),
            owner: item.owner.name().to_owned(),
            owner_kind: match item.owner {
                FollowUpOwner::Region { .. } => "region",
                FollowUpOwner::Person { .. } => "person",
            },
            due: item.due,
            status: item.status.clone(),
            done: !item.is_open(),
            from_meeting: item.origin.as_ref().map(|o| o.meeting_title.clone()),
            from_agenda_number: item.origin.as_ref().and_then(|o| o.agenda_number),
        }
    }
}
