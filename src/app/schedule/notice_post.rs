//! `/notice post`: the secretariat makes a meeting's notice due now.

use super::super::{AppError, Roundtable};
use crate::schedule::{MessageKind, SendState};

/// What `/notice post` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticePost {
    /// The notice is due now and goes out at the scheduler's next step.
    Posted,
    /// It was posted (or is being posted) already.
    AlreadyPosted,
    /// The meeting is cancelled: no notice.
    Cancelled,
}

impl Roundtable {
    /// Makes the meeting's notice due now (the secretariat's `/notice post`).
    pub async fn post_notice_now(&self, meeting_id: i64) -> Result<NoticePost, AppError> {
        let meeting = self.store.meeting_details(meeting_id).await?;
        if meeting.summary.cancelled_at.is_some() {
            return Ok(NoticePost::Cancelled);
        }
        self.plan_meeting(&meeting).await?;
        let sent = self
            .store
            .scheduled_messages(meeting_id)
            .await?
            .iter()
            .any(|r| {
                r.kind == MessageKind::Notice
                    && matches!(r.state, SendState::Sent | SendState::Sending)
            });
        Ok(
            if !sent && self.store.post_notice_now(meeting_id, self.now()).await? {
                NoticePost::Posted
            } else {
                NoticePost::AlreadyPosted
            },
        )
    }
}
