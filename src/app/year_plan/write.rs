//! Writing a confirmed meeting plan: checked against every meeting it touches and written
//! in one transaction, then each meeting's messages re-planned.

use super::{PlanApplied, PlanOutcome, PlanProposal, PENDING_KIND};
use crate::app::meeting_admin::{ChangeActor, ChangeError, ChangeKind};
use crate::app::Roundtable;
use crate::domain::fingerprint::plan_fingerprint;
use crate::domain::records::CurrentMeeting;
use crate::store::{NewChange, PlanChecked, PlanStep};
use std::collections::HashMap;

impl Roundtable {
    /// Writes a previewed plan: only its author, within
    /// [`PENDING_FOR`](crate::app::meeting_admin::PENDING_FOR), and only if no meeting it
    /// touches changed since the preview (checked in the transaction that writes).
    pub async fn confirm_year_plan(
        &self,
        pending: i64,
        actor: &ChangeActor,
    ) -> Result<PlanApplied, ChangeError> {
        let row = self
            .pending_to_confirm(pending, Some(PENDING_KIND), actor)
            .await?;
        let proposal: PlanProposal = serde_json::from_str(&row.payload)?;
        self.write_year_plan(Some(pending), proposal, actor).await
    }

    /// Writes a plan read on the command line, if no meeting changed since it was read.
    pub async fn apply_year_plan(
        &self,
        proposal: PlanProposal,
    ) -> Result<PlanApplied, ChangeError> {
        let cli = ChangeActor {
            id: None,
            name: String::new(),
        };
        self.write_year_plan(None, proposal, &cli).await
    }

    async fn write_year_plan(
        &self,
        pending: Option<i64>,
        proposal: PlanProposal,
        actor: &ChangeActor,
    ) -> Result<PlanApplied, ChangeError> {
        let now = self.now();
        let diffs: Vec<String> = proposal
            .meetings
            .iter()
            .map(|m| serde_json::to_string(&m.diff))
            .collect::<Result<_, _>>()?;
        let steps: Vec<_> = proposal
            .meetings
            .iter()
            .zip(&diffs)
            .map(|(m, diff)| {
                let step = match &m.plan {
                    Some(plan) => PlanStep::Write(plan),
                    None => PlanStep::Cancel(&m.key),
                };
                let kind = match m.outcome {
                    PlanOutcome::Dropped => ChangeKind::Cancel,
                    _ => ChangeKind::Plan,
                };
                let change = (m.outcome != PlanOutcome::Unchanged).then_some(NewChange {
                    at: now,
                    actor_id: actor.id,
                    actor_name: &actor.name,
                    kind: kind.as_str(),
                    diff,
                });
                (step, change)
            })
            .collect();
        let bases: HashMap<&str, Option<&String>> = proposal
            .meetings
            .iter()
            .map(|m| (m.key.as_str(), m.base.as_ref()))
            .collect();
        let check = |key: &str, current: Option<&CurrentMeeting>| {
            let now_base = current.map(|c| plan_fingerprint(&c.plan, c.cancelled));
            match bases.get(key) {
                Some(base) if now_base.as_ref() == *base => Ok(()),
                _ => Err(ChangeError::Stale),
            }
        };
        let written = self
            .store
            .apply_year_plan(
                pending,
                proposal.year,
                &steps,
                &proposal.group_slug,
                proposal.template.as_ref(),
                proposal.numbering,
                check,
            )
            .await?;
        let meeting_ids = match written {
            PlanChecked::Made(ids) => ids,
            PlanChecked::Gone => return Err(ChangeError::Gone),
            PlanChecked::Refused(e) => return Err(e),
        };
        // Written: a failed re-plan is the scheduler's to redo on its next tick.
        for id in &meeting_ids {
            let planned = async {
                let details = self.store.meeting_details(*id).await?;
                self.plan_meeting(&details).await
            };
            if let Err(e) = planned.await {
                tracing::warn!(meeting = id, error = %e, "planning after a meeting plan failed");
            }
        }
        tracing::info!(
            group = proposal.group_slug.as_str(),
            year = proposal.year,
            meetings = meeting_ids.len(),
            "meeting plan written"
        );
        Ok(PlanApplied {
            proposal,
            meeting_ids,
        })
    }
}
