//! The secretariat's changes to meetings, whichever front end makes them: each is previewed
//! first and kept until the person who asked confirms it (within [`PENDING_FOR`]), then
//! written together with its entry in the change log, and the meeting's schedule re-planned.

mod apply;
mod preview;

use preview::check_keys;

pub use apply::PreparedImport;

use super::AppError;
use crate::app::Roundtable;
use crate::domain::fingerprint::plan_fingerprint;
use crate::domain::meeting_diff::MeetingDiff;
use crate::domain::meeting_edit::EditError;
use crate::domain::records::CurrentMeeting;
use crate::domain::MeetingPlan;
use crate::store::{ChangeTarget, StoreError};
use serde::{Deserialize, Serialize};

/// How long a preview can be confirmed.
pub const PENDING_FOR: chrono::Duration = chrono::Duration::minutes(15);

/// What kind of change it is, as the change log names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A meeting file (and invitees CSV).
    Import,
    /// A new meeting after the group's last one.
    Create,
    Agenda,
    Invitees,
    Move,
    Cancel,
    /// A cancelled meeting is on again.
    Restore,
    /// Who speaks for a region (`/representative add|remove`).
    Representative,
    /// A member linked to an invitee (`/attendance link`).
    Link,
    /// A meeting made or changed by the group's meeting plan.
    Plan,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Import => "import",
            Self::Create => "create",
            Self::Agenda => "agenda",
            Self::Invitees => "invitees",
            Self::Move => "move",
            Self::Cancel => "cancel",
            Self::Restore => "restore",
            Self::Representative => "representative",
            Self::Link => "link",
            Self::Plan => "plan",
        }
    }
}

/// A previewed change as it is stored until confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub kind: ChangeKind,
    /// The plan to write; `None` for a cancellation or a restoration.
    pub plan: Option<MeetingPlan>,
    /// The meeting as it was previewed ([`plan_fingerprint`]); `None`: it did not exist.
    pub base: Option<String>,
    pub meeting_id: Option<i64>,
    pub diff: MeetingDiff,
}

/// What the secretariat is shown before confirming.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// The stored change to confirm; `None` when there is nothing to change.
    pub pending: Option<i64>,
    pub proposal: Proposal,
    /// The meeting's key and title.
    pub key: String,
    pub title: String,
    /// Briefs the meeting has, which the change keeps.
    pub briefs_kept: i64,
    /// Regions whose brief is in but which the change drops from the meeting: their briefs
    /// stay stored, but no longer show (in /briefs, the exports, the reminders).
    pub briefs_hidden: Vec<String>,
    /// Invitees the change removes who had answered the notice or been linked to a Discord
    /// user: their answer and link go with them.
    pub answers_dropped: Vec<String>,
    /// Invitees kept under a corrected name (by their key) who had answered or been linked:
    /// `before → after`; their answer and link move with them.
    pub answers_moved: Vec<String>,
    /// An import of a meeting that has already ended: no notice and no reminders are sent.
    pub past: bool,
}

/// Who makes a change: a Discord user, or the command line (`id: None`, no name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeActor {
    pub id: Option<u64>,
    pub name: String,
}

/// A change that was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub kind: ChangeKind,
    pub meeting_id: i64,
    pub title: String,
    pub diff: MeetingDiff,
}

/// Why a change is not made.
#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error("the meeting is cancelled")]
    Cancelled,
    #[error("the meeting is not cancelled")]
    NotCancelled,
    #[error("the meeting has already ended")]
    Ended,
    #[error("the previewed change is no longer there (confirmed or cancelled)")]
    Gone,
    #[error("the preview is older than 15 minutes")]
    Expired,
    #[error("the change was previewed by someone else")]
    NotYours,
    #[error("the meeting changed after the preview")]
    Stale,
    #[error("the group has no meeting to copy the agenda from")]
    NoEarlierMeeting,
    #[error("{title} on {date} has already started: a plan cannot make or change it")]
    PlannedInPast {
        title: String,
        date: chrono::NaiveDate,
    },
    #[error(transparent)]
    Template(#[from] crate::domain::standing_edit::TemplateEditError),
    #[error("no invitee of the meeting has the key {key} ({name})")]
    UnknownInviteeKey { key: i64, name: String },
    #[error(transparent)]
    Edit(#[from] EditError),
    #[error(transparent)]
    App(#[from] AppError),
    #[error("the stored change cannot be read: {0}")]
    Payload(#[from] serde_json::Error),
}

impl From<StoreError> for ChangeError {
    fn from(e: StoreError) -> Self {
        Self::App(e.into())
    }
}

impl Roundtable {
    async fn current(&self, key: &str) -> Result<Option<CurrentMeeting>, StoreError> {
        self.store.current_meeting(ChangeTarget::Key(key)).await
    }

    /// A meeting's plan to edit; refused if the meeting is cancelled.
    pub async fn editable_plan(&self, meeting_id: i64) -> Result<MeetingPlan, ChangeError> {
        if self
            .store
            .find_meeting_by_id(meeting_id)
            .await?
            .cancelled_at
            .is_some()
        {
            return Err(ChangeError::Cancelled);
        }
        Ok(self.store.meeting_plan(meeting_id).await?)
    }

    /// Previews writing `plan` over the meeting with its key (or creating it), and stores it
    /// for `user` to confirm, unless it changes nothing.
    pub async fn propose_plan(
        &self,
        kind: ChangeKind,
        plan: MeetingPlan,
        user: u64,
    ) -> Result<Preview, ChangeError> {
        let current = self.current(&plan.key).await?;
        if current.as_ref().is_some_and(|c| c.cancelled) {
            return Err(ChangeError::Cancelled);
        }
        if let Some(c) = &current {
            check_keys(&c.plan, &plan)?;
        }
        let diff = MeetingDiff::between(current.as_ref().map(|c| &c.plan), &plan);
        let (key, title) = (plan.key.clone(), plan.title.clone());
        let proposal = Proposal {
            kind,
            base: current.as_ref().map(|c| plan_fingerprint(&c.plan, false)),
            meeting_id: current.as_ref().map(|c| c.id),
            plan: Some(plan),
            diff,
        };
        self.store_proposal(proposal, user, key, title).await
    }

    /// Previews cancelling a meeting (one that has not ended), for `user` to confirm.
    pub async fn propose_cancel(&self, meeting_id: i64, user: u64) -> Result<Preview, ChangeError> {
        let plan = self.editable_plan(meeting_id).await?;
        if plan.ends_at <= self.now() {
            return Err(ChangeError::Ended);
        }
        let proposal = Proposal {
            kind: ChangeKind::Cancel,
            base: Some(plan_fingerprint(&plan, false)),
            meeting_id: Some(meeting_id),
            plan: None,
            diff: MeetingDiff::cancellation(),
        };
        self.store_proposal(proposal, user, plan.key, plan.title)
            .await
    }

    /// Previews putting a cancelled meeting (one that has not ended) back on, for `user` to
    /// confirm: its notice gets its buttons back and the messages still useful are sent.
    pub async fn propose_restore(
        &self,
        meeting_id: i64,
        user: u64,
    ) -> Result<Preview, ChangeError> {
        let summary = self.store.meeting_summary(meeting_id).await?;
        if summary.cancelled_at.is_none() {
            return Err(ChangeError::NotCancelled);
        }
        if summary.ends_at <= self.now() {
            return Err(ChangeError::Ended);
        }
        let plan = self.store.meeting_plan(meeting_id).await?;
        let proposal = Proposal {
            kind: ChangeKind::Restore,
            base: Some(plan_fingerprint(&plan, true)),
            meeting_id: Some(meeting_id),
            plan: None,
            diff: MeetingDiff::restoration(),
        };
        self.store_proposal(proposal, user, plan.key, plan.title)
            .await
    }
}

impl Roundtable {
    /// Writes an agenda change the app makes itself (the minutes' approval item on the next
    /// meeting) at once, through the same checked write, change log and re-plan as a
    /// confirmed change, so a posted notice gets its change note.
    pub(crate) async fn apply_agenda_now(
        &self,
        plan: MeetingPlan,
        actor: &ChangeActor,
    ) -> Result<(), ChangeError> {
        let current = self.current(&plan.key).await?;
        let base = current
            .as_ref()
            .map(|c| plan_fingerprint(&c.plan, c.cancelled));
        let diff = MeetingDiff::between(current.as_ref().map(|c| &c.plan), &plan);
        if diff.is_empty() {
            return Ok(());
        }
        let diff_json = serde_json::to_string(&diff)?;
        let change = crate::store::NewChange {
            at: self.now(),
            actor_id: actor.id,
            actor_name: &actor.name,
            kind: ChangeKind::Agenda.as_str(),
            diff: &diff_json,
        };
        let check = |now: Option<&CurrentMeeting>| {
            if now.map(|c| plan_fingerprint(&c.plan, c.cancelled)) == base {
                Ok(())
            } else {
                Err(ChangeError::Stale)
            }
        };
        let target = ChangeTarget::Key(&plan.key);
        let write = crate::store::ChangeWrite::Plan(&plan);
        match self
            .store
            .apply_checked(None, target, check, write, Some(&change))
            .await?
        {
            crate::store::Checked::Made(outcome) => {
                if let Err(e) = self.replan(outcome.meeting_id).await {
                    tracing::warn!(meeting = outcome.meeting_id, error = %e, "re-planning after a change failed");
                }
                Ok(())
            }
            crate::store::Checked::Gone => Err(ChangeError::Gone),
            crate::store::Checked::Refused(e) => Err(e),
        }
    }
}
