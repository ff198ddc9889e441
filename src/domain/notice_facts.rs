//! What a posted notice tells its readers (time, place, deadline, whether the meeting is
//! cancelled), kept with the posted notice so that a change note can say what changed.

use super::records::MeetingDetails;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The facts of a notice that its readers act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeFacts {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub brief_deadline: DateTime<Utc>,
    pub cancelled: bool,
}

/// One fact that changed, with its new value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeChange {
    Time {
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
    },
    Place(String),
    Deadline(DateTime<Utc>),
}

impl NoticeFacts {
    pub fn of(meeting: &MeetingDetails) -> Self {
        let s = &meeting.summary;
        Self {
            starts_at: s.starts_at,
            ends_at: s.ends_at,
            place: s.place.clone(),
            brief_deadline: s.brief_deadline,
            cancelled: s.cancelled_at.is_some(),
        }
    }

    /// As stored with the notice.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// From what was stored; `None` for nothing, or for what an older version stored.
    pub fn from_json(text: Option<&str>) -> Option<Self> {
        serde_json::from_str(text?).ok()
    }

    /// What changed from `self` to `now`, in the order a reader looks for it.
    pub fn changes_to(&self, now: &NoticeFacts) -> Vec<NoticeChange> {
        let mut out = Vec::new();
        if (self.starts_at, self.ends_at) != (now.starts_at, now.ends_at) {
            out.push(NoticeChange::Time {
                starts_at: now.starts_at,
                ends_at: now.ends_at,
            });
        }
        if self.place != now.place {
            out.push(NoticeChange::Place(now.place.clone()));
        }
        if self.brief_deadline != now.brief_deadline {
            out.push(NoticeChange::Deadline(now.brief_deadline));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> NoticeFacts {
        NoticeFacts {
            starts_at: "2024-11-07T11:00:00Z".parse().expect("time"),
            ends_at: "2024-11-07T12:00:00Z".parse().expect("time"),
            place: "Oslo rådhus".into(),
            brief_deadline: "2024-11-08T22:59:59Z".parse().expect("time"),
            cancelled: false,
        }
    }

    #[test]
    fn only_what_changed_is_named() {
        let before = facts();
        let mut after = facts();
        after.place = "Bystyresalen".into();
        assert_eq!(
            before.changes_to(&after),
            vec![NoticeChange::Place("Bystyresalen".into())]
        );
        assert!(before.changes_to(&before).is_empty());
    }

    #[test]
    fn the_facts_survive_the_round_trip_and_old_records_are_none() {
        let f = facts();
        assert_eq!(NoticeFacts::from_json(Some(&f.to_json())), Some(f));
        assert_eq!(NoticeFacts::from_json(Some("abc123")), None);
        assert_eq!(NoticeFacts::from_json(None), None);
    }
}
