//! Making a previewed change: checking who confirms it, when, and that the meeting is as it
//! was previewed; then writing it with its log entry and re-planning the schedule. Also the
//! command line's logged import.

use super::{Applied, ChangeActor, ChangeError, ChangeKind, Proposal, PENDING_FOR};
use crate::domain::fingerprint::plan_fingerprint;
use crate::domain::meeting_diff::MeetingDiff;
use crate::domain::meeting_edit::EditError;
use crate::domain::MeetingPlan;

use crate::app::AppError;
use crate::app::Roundtable;
use crate::domain::records::ImportOutcome;
use crate::store::{NewChange, StoreError};

impl Roundtable {
    /// Makes a previewed change: only its author, within [`PENDING_FOR`], and only if the
    /// meeting is as it was previewed. Re-plans the meeting's schedule.
    pub async fn confirm_change(
        &self,
        pending: i64,
        actor: &ChangeActor,
    ) -> Result<Applied, ChangeError> {
        let _one_at_a_time = self.changes.lock().await;
        let row = self
            .store
            .pending_change(pending)
            .await?
            .ok_or(ChangeError::Gone)?;
        if Some(row.user_id) != actor.id {
            return Err(ChangeError::NotYours);
        }
        if row.created_at + PENDING_FOR < self.now() {
            self.store.discard_pending_change(pending).await?;
            return Err(ChangeError::Expired);
        }
        let proposal: Proposal = serde_json::from_str(&row.payload)?;
        let current = match proposal.meeting_id {
            Some(id) => Some(self.store.meeting_plan(id).await?),
            None => self.current(&row.meeting_key).await?.map(|c| c.plan),
        };
        let cancelled = match proposal.meeting_id {
            Some(id) => self.store.find_meeting_by_id(id).await?.cancelled_at,
            None => None,
        };
        let now_base = current
            .as_ref()
            .map(|p| plan_fingerprint(p, cancelled.is_some()));
        if now_base != proposal.base {
            self.store.discard_pending_change(pending).await?;
            return Err(ChangeError::Stale);
        }
        // Time has passed since the preview: a move into what is now the past, or cancelling
        // a meeting that has ended meanwhile, is refused as the preview would have been.
        let now = self.now();
        match (&proposal.plan, proposal.kind) {
            (Some(plan), ChangeKind::Move) if plan.starts_at <= now => {
                self.store.discard_pending_change(pending).await?;
                let at = plan.starts_at.with_timezone(&self.tz).naive_local();
                return Err(EditError::InPast {
                    field: "starts",
                    at,
                }
                .into());
            }
            (None, ChangeKind::Cancel) if current.as_ref().is_some_and(|p| p.ends_at <= now) => {
                self.store.discard_pending_change(pending).await?;
                return Err(ChangeError::Ended);
            }
            _ => {}
        }
        let diff = serde_json::to_string(&proposal.diff)?;
        let change = NewChange {
            at: self.now(),
            actor_id: actor.id,
            actor_name: &actor.name,
            kind: proposal.kind.as_str(),
            diff: &diff,
        };
        let (meeting_id, title) = match (&proposal.plan, proposal.meeting_id) {
            (Some(plan), _) => {
                let outcome = self.store.apply_plan(Some(pending), plan, &change).await?;
                let outcome = outcome.ok_or(ChangeError::Gone)?;
                (outcome.meeting_id, plan.title.clone())
            }
            (None, Some(id)) => {
                if !self.store.apply_cancel(pending, id, &change).await? {
                    return Err(ChangeError::Gone);
                }
                let title = current.map(|p| p.title).unwrap_or_default();
                (id, title)
            }
            (None, None) => return Err(ChangeError::Gone),
        };
        // The change is made: a failed re-plan is the scheduler's to redo on its next tick,
        // not the user's to see as a failure.
        if let Err(e) = self.replan(meeting_id).await {
            tracing::warn!(meeting = meeting_id, error = %e, "re-planning after a change failed");
        }
        tracing::info!(
            meeting = meeting_id,
            kind = proposal.kind.as_str(),
            "change made"
        );
        Ok(Applied {
            kind: proposal.kind,
            meeting_id,
            title,
            diff: proposal.diff,
        })
    }

    /// Drops a previewed change (only its author may).
    pub async fn discard_change(&self, pending: i64, user: u64) -> Result<(), ChangeError> {
        let row = self
            .store
            .pending_change(pending)
            .await?
            .ok_or(ChangeError::Gone)?;
        if row.user_id != user {
            return Err(ChangeError::NotYours);
        }
        self.store.discard_pending_change(pending).await?;
        Ok(())
    }

    /// Moves the meeting's scheduled messages not yet sent to its times now (its group must
    /// have a channel; the scheduler does the same on its next tick).
    async fn replan(&self, meeting_id: i64) -> Result<(), StoreError> {
        let details = self.store.meeting_details(meeting_id).await?;
        self.plan_meeting(&details).await
    }

    /// Imports a plan from the command line, logging what changed (nothing is logged for an
    /// import that changes nothing).
    pub async fn import_logged(&self, plan: &MeetingPlan) -> Result<ImportOutcome, AppError> {
        let current = self.current(&plan.key).await?;
        let diff = MeetingDiff::between(current.as_ref().map(|c| &c.plan), plan);
        if diff.is_empty() {
            return Ok(self.store.import_plan(plan).await?);
        }
        let diff = serde_json::to_string(&diff).unwrap_or_default();
        let change = NewChange {
            at: self.now(),
            actor_id: None,
            actor_name: "",
            kind: ChangeKind::Import.as_str(),
            diff: &diff,
        };
        let outcome = self.store.apply_plan(None, plan, &change).await?;
        outcome.ok_or(AppError::MeetingNotFound { named: None })
    }
}
