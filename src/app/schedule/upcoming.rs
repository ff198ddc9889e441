//! The messages the schedule foresees and has not sent yet (what `roundtable doctor` lists).

use super::super::{AppError, Roundtable};
use crate::schedule::{plan, MeetingTimes, MessageKind, SendState};
use chrono::{DateTime, Utc};

/// A message the bot will send on its own, not yet sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upcoming {
    pub due_at: DateTime<Utc>,
    pub kind: MessageKind,
    pub meeting_title: String,
}

impl Roundtable {
    /// The next `limit` messages the schedule foresees from `now`, soonest first (cancelled
    /// meetings and what is already sent or given up left out).
    pub async fn upcoming_messages(
        &self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Upcoming>, AppError> {
        let mut next = Vec::new();
        for scheduled in self.store.meetings_to_schedule(now).await? {
            let meeting = self.store.meeting_summary(scheduled.meeting_id).await?;
            if meeting.cancelled_at.is_some() {
                continue;
            }
            let stored = self.store.scheduled_messages(meeting.id).await?;
            let times = MeetingTimes::of(&meeting);
            for planned in plan(&times, &self.settings.schedule, self.tz) {
                let done = stored.iter().any(|s| {
                    s.kind == planned.kind
                        && s.slot == planned.slot
                        && !matches!(s.state, SendState::Due | SendState::Sending)
                });
                if !done && planned.due_at >= now {
                    next.push(Upcoming {
                        due_at: planned.due_at,
                        kind: planned.kind,
                        meeting_title: meeting.title.clone(),
                    });
                }
            }
        }
        next.sort_by_key(|u| u.due_at);
        next.truncate(limit);
        Ok(next)
    }
}
