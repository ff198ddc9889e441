//! Attendance through the service: members answer the notice until the meeting starts; the
//! secretariat records who was there.

use super::AppError;
use super::{Actor, Roundtable};
use crate::domain::attendance::Rsvp;
use crate::domain::records::InviteeRef;
use crate::domain::MeetingSummary;
use crate::store::StoreError;
use chrono::{DateTime, Utc};

/// Why an answer or a record was not taken.
#[derive(Debug, thiserror::Error)]
pub enum AttendanceError {
    #[error("the user is not on the meeting's invitee list")]
    NotInvited,
    #[error("answers close when the meeting starts ({starts})")]
    Closed { starts: DateTime<Utc> },
    #[error("a deputy needs a name")]
    DeputyWithoutName,
    #[error("no invitee is called {name:?}")]
    UnknownInvitee { name: String },
    #[error("several invitees are called {name:?}; add the organisation")]
    AmbiguousInvitee { name: String },
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<StoreError> for AttendanceError {
    fn from(e: StoreError) -> Self {
        Self::App(e.into())
    }
}

impl Roundtable {
    /// Records a member's answer to the notice; returns whom it was recorded for.
    pub async fn answer_notice(
        &self,
        meeting: &MeetingSummary,
        actor: &Actor,
        rsvp: Rsvp,
    ) -> Result<InviteeRef, AttendanceError> {
        if self.now() >= meeting.starts_at {
            return Err(AttendanceError::Closed {
                starts: meeting.starts_at,
            });
        }
        if let Rsvp::Deputy { name, .. } = &rsvp {
            if name.trim().is_empty() {
                return Err(AttendanceError::DeputyWithoutName);
            }
        }
        // One statement: the invitee the member is, and their answer.
        let invitee = self
            .store
            .record_rsvp_of_user(meeting.id, actor.discord_user_id, &rsvp, self.now())
            .await?
            .ok_or(AttendanceError::NotInvited)?;
        tracing::info!(
            meeting = meeting.id,
            answer = rsvp.code(),
            "attendance answered"
        );
        Ok(invitee)
    }

    /// The one invitee a name means ("First Last", or "First Last, Organisation").
    pub async fn find_invitee(
        &self,
        meeting: &MeetingSummary,
        name: &str,
    ) -> Result<InviteeRef, AttendanceError> {
        let mut found = self.store.invitees_named(meeting.id, name).await?;
        match found.len() {
            0 => Err(AttendanceError::UnknownInvitee { name: name.into() }),
            1 => Ok(found.remove(0)),
            _ => Err(AttendanceError::AmbiguousInvitee { name: name.into() }),
        }
    }

    /// Records (as the secretariat) whether an invitee was at the meeting.
    pub async fn mark_presence(
        &self,
        meeting: &MeetingSummary,
        name: &str,
        present: bool,
        by: Option<u64>,
    ) -> Result<InviteeRef, AttendanceError> {
        let invitee = self.find_invitee(meeting, name).await?;
        self.store
            .record_presence(invitee.id, present, by, self.now())
            .await?;
        Ok(invitee)
    }
}
