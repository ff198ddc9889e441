//! A group's meeting plan for its calendar file: every meeting of the year's plan with how
//! often it has changed (the SEQUENCE of its calendar entry).

use crate::app::{AppError, Roundtable};
use crate::domain::records::MeetingDetails;

/// How many changes of a meeting the calendar's SEQUENCE counts at most.
const CHANGES_COUNTED: i64 = 10_000;

/// The meetings of a group's plan for a year, for `calendar::plan_ics`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanMeetings {
    pub group_name: String,
    /// Each meeting (cancelled ones too) with its changes since it was made.
    pub meetings: Vec<(MeetingDetails, u32)>,
}

impl Roundtable {
    /// The meetings of the group's plan for `year`, by start; `None` if that year has none.
    pub async fn plan_meetings(
        &self,
        group_slug: &str,
        year: i32,
    ) -> Result<Option<PlanMeetings>, AppError> {
        let ids = self.store.plan_meeting_ids(group_slug, year).await?;
        let mut meetings = Vec::with_capacity(ids.len());
        for id in ids {
            let details = self.store.meeting_details(id).await?;
            let changes = self.store.meeting_changes(id, CHANGES_COUNTED).await?.len();
            let sequence = u32::try_from(changes.saturating_sub(1)).unwrap_or(u32::MAX);
            meetings.push((details, sequence));
        }
        let Some((first, _)) = meetings.first() else {
            return Ok(None);
        };
        Ok(Some(PlanMeetings {
            group_name: first.group.name.clone(),
            meetings,
        }))
    }
}
