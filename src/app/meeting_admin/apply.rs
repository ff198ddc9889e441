//! Making a previewed change: checking who confirms it and when, then, in one database
//! transaction, that the meeting is as it was previewed and writing it with its log entry;
//! then re-planning the schedule. Also the command line's import, checked the same way.

use super::{Applied, ChangeActor, ChangeError, ChangeKind, Proposal, PENDING_FOR};
use crate::app::Roundtable;
use crate::domain::fingerprint::plan_fingerprint;
use crate::domain::meeting_diff::MeetingDiff;
use crate::domain::meeting_edit::EditError;
use crate::domain::records::{CurrentMeeting, ImportOutcome};
use crate::domain::MeetingPlan;
use crate::store::{ChangeTarget, ChangeWrite, Checked, NewChange, PendingRow, StoreError};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// Whether `proposal` may be made on the meeting as it stands at `now`: unchanged since the
/// preview, and (time having passed since) not a move into the past nor the cancellation or
/// restoration of a meeting that has ended meanwhile.
fn still_valid(
    proposal: &Proposal,
    current: Option<&CurrentMeeting>,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<(), ChangeError> {
    let base = current.map(|c| plan_fingerprint(&c.plan, c.cancelled));
    if base != proposal.base {
        return Err(ChangeError::Stale);
    }
    let ended = current.is_some_and(|c| c.plan.ends_at <= now);
    match (&proposal.plan, proposal.kind) {
        (Some(plan), ChangeKind::Move) if plan.starts_at <= now => Err(EditError::InPast {
            field: "starts",
            at: plan.starts_at.with_timezone(&tz).naive_local(),
        }
        .into()),
        (None, ChangeKind::Cancel | ChangeKind::Restore) if ended => Err(ChangeError::Ended),
        _ => Ok(()),
    }
}

/// The secretariat who made a change, as the minutes' actor (no Discord id: the command line).
fn by_secretariat(actor: &ChangeActor) -> crate::app::Actor {
    crate::app::Actor {
        discord_user_id: actor.id.unwrap_or_default(),
        name: actor.name.clone(),
        secretariat: true,
    }
}

/// An import from the command line, read and shown before it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedImport {
    pub plan: MeetingPlan,
    pub diff: MeetingDiff,
    /// The meeting has already ended: no notice and no reminders will be sent.
    pub past: bool,
    /// The meeting as it was read ([`plan_fingerprint`]); `None`: it did not exist.
    base: Option<String>,
}

impl Roundtable {
    /// Makes a previewed change: only its author, within [`PENDING_FOR`], and only if the
    /// meeting is as it was previewed, checked in the transaction that writes it. Re-plans
    /// the meeting's schedule.
    pub async fn confirm_change(
        &self,
        pending: i64,
        actor: &ChangeActor,
    ) -> Result<Applied, ChangeError> {
        let row = self.pending_to_confirm(pending, None, actor).await?;
        let proposal: Proposal = serde_json::from_str(&row.payload)?;
        let target = match proposal.meeting_id {
            Some(id) => ChangeTarget::Id(id),
            None => ChangeTarget::Key(&row.meeting_key),
        };
        let write = match (&proposal.plan, proposal.kind) {
            (Some(plan), _) => ChangeWrite::Plan(plan),
            (None, ChangeKind::Cancel) => ChangeWrite::Cancel,
            (None, ChangeKind::Restore) => ChangeWrite::Restore,
            (None, _) => return Err(ChangeError::Gone),
        };
        let diff = serde_json::to_string(&proposal.diff)?;
        let (now, tz) = (self.now(), self.tz);
        let change = NewChange {
            at: now,
            actor_id: actor.id,
            actor_name: &actor.name,
            kind: proposal.kind.as_str(),
            diff: &diff,
        };
        let check = |current: Option<&CurrentMeeting>| still_valid(&proposal, current, now, tz);
        let meeting_id = match self
            .store
            .apply_checked(Some(pending), target, check, write, Some(&change))
            .await?
        {
            Checked::Made(outcome) => outcome.meeting_id,
            Checked::Gone => return Err(ChangeError::Gone),
            Checked::Refused(e) => return Err(e),
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
        if proposal.kind == ChangeKind::Create {
            self.approval_item_for_new_meeting(meeting_id, &by_secretariat(actor))
                .await;
        }
        let title = match &proposal.plan {
            Some(plan) => plan.title.clone(),
            None => self.store.meeting_summary(meeting_id).await?.title,
        };
        Ok(Applied {
            kind: proposal.kind,
            meeting_id,
            title,
            diff: proposal.diff,
        })
    }

    /// The previewed change `pending` (only of `kind`, when given) for `actor` to confirm:
    /// [`ChangeError::Gone`] when it is not there, `NotYours` when another asked for it, and
    /// `Expired` (and dropped) after [`PENDING_FOR`].
    pub(crate) async fn pending_to_confirm(
        &self,
        pending: i64,
        kind: Option<&str>,
        actor: &ChangeActor,
    ) -> Result<PendingRow, ChangeError> {
        let row = self
            .store
            .pending_change(pending)
            .await?
            .filter(|r| kind.is_none_or(|kind| r.kind == kind))
            .ok_or(ChangeError::Gone)?;
        if Some(row.user_id) != actor.id {
            return Err(ChangeError::NotYours);
        }
        if row.created_at + PENDING_FOR < self.now() {
            self.store.discard_pending_change(pending).await?;
            return Err(ChangeError::Expired);
        }
        Ok(row)
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
    pub(super) async fn replan(&self, meeting_id: i64) -> Result<(), StoreError> {
        let details = self.store.meeting_details(meeting_id).await?;
        self.plan_meeting(&details).await
    }

    /// Imports `plan` at once (prepared and applied), logging what changed.
    pub async fn import_logged(&self, plan: &MeetingPlan) -> Result<ImportOutcome, ChangeError> {
        let prepared = self.prepare_import(plan.clone()).await?;
        self.apply_import(&prepared).await
    }

    /// Reads what importing `plan` from the command line would change, to show it before
    /// [`Self::apply_import`] writes it.
    pub async fn prepare_import(&self, plan: MeetingPlan) -> Result<PreparedImport, ChangeError> {
        let current = self.current(&plan.key).await?;
        if let Some(c) = &current {
            super::check_keys(&c.plan, &plan)?;
        }
        let diff = MeetingDiff::between(current.as_ref().map(|c| &c.plan), &plan);
        let base = current.map(|c| plan_fingerprint(&c.plan, c.cancelled));
        let past = plan.ends_at <= self.now();
        Ok(PreparedImport {
            plan,
            diff,
            past,
            base,
        })
    }

    /// Writes a prepared import, logging what changed (nothing for an import that changes
    /// nothing), only if the meeting is still as it was read: if a change was confirmed on
    /// Discord meanwhile, the import is refused as stale.
    pub async fn apply_import(
        &self,
        prepared: &PreparedImport,
    ) -> Result<ImportOutcome, ChangeError> {
        let diff = serde_json::to_string(&prepared.diff)?;
        let change = NewChange {
            at: self.now(),
            actor_id: None,
            actor_name: "",
            kind: ChangeKind::Import.as_str(),
            diff: &diff,
        };
        let check = |current: Option<&CurrentMeeting>| {
            let base = current.map(|c| plan_fingerprint(&c.plan, c.cancelled));
            if base == prepared.base {
                Ok(())
            } else {
                Err(ChangeError::Stale)
            }
        };
        let plan = &prepared.plan;
        let logged = (!prepared.diff.is_empty()).then_some(&change);
        match self
            .store
            .apply_checked(
                None,
                ChangeTarget::Key(&plan.key),
                check,
                ChangeWrite::Plan(plan),
                logged,
            )
            .await?
        {
            Checked::Made(outcome) => {
                // Planned now, so a meeting imported after it ended is known as such to the
                // scheduler (no notice, no reminders) whenever the bot next looks.
                if let Err(e) = self.replan(outcome.meeting_id).await {
                    tracing::warn!(meeting = outcome.meeting_id, error = %e, "planning after an import failed");
                }
                if outcome.created {
                    let by = by_secretariat(&ChangeActor {
                        id: None,
                        name: String::new(),
                    });
                    self.approval_item_for_new_meeting(outcome.meeting_id, &by)
                        .await;
                }
                Ok(outcome)
            }
            Checked::Gone => Err(ChangeError::Gone),
            Checked::Refused(e) => Err(e),
        }
    }
}
