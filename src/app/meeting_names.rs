//! Finding the meeting a person means: by its number or key (the store), else by its day
//! and title as a person reads them (a moved meeting's key keeps its first date).

use super::{AppError, Roundtable};
use crate::domain::meeting_name::names_meeting;
use crate::domain::records::MeetingSelector;
use crate::domain::MeetingSummary;
use crate::store::StoreError;

impl Roundtable {
    /// The meeting a selector means now.
    pub async fn meeting(&self, selector: &MeetingSelector) -> Result<MeetingSummary, AppError> {
        let now = self.now();
        let name = match self.store.find_meeting(selector, now).await {
            Err(StoreError::MeetingNotFound { named: Some(name) }) => name,
            other => return Ok(other?),
        };
        let channel = match selector {
            MeetingSelector::NamedInChannel { channel, .. } => Some(*channel),
            _ => None,
        };
        for (id, title, starts_at) in self.store.meetings_by_preference(channel, now).await? {
            if names_meeting(&name, &title, starts_at, self.tz) {
                return Ok(self.store.meeting_summary(id).await?);
            }
        }
        Err(AppError::MeetingNotFound { named: Some(name) })
    }
}
