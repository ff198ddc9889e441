//! What the secretariat is shown before confirming a change: the briefs it keeps or hides,
//! and the invitees' answers it drops or moves with a corrected name; the change is kept for
//! its author to confirm.

use super::{ChangeError, ChangeKind, Preview, Proposal, PENDING_FOR};
use crate::app::Roundtable;
use crate::domain::invitee_keys::{pair_invitees, unknown_key};
use crate::domain::meeting_edit::invitee_label;
use crate::domain::MeetingPlan;

/// Refuses a plan whose invitees name a key the meeting's invitees do not have.
pub(super) fn check_keys(current: &MeetingPlan, plan: &MeetingPlan) -> Result<(), ChangeError> {
    match unknown_key(&current.invitees, &plan.invitees) {
        Some((key, name)) => Err(ChangeError::UnknownInviteeKey { key, name }),
        None => Ok(()),
    }
}

impl Roundtable {
    pub(super) async fn store_proposal(
        &self,
        proposal: Proposal,
        user: u64,
        key: String,
        title: String,
    ) -> Result<Preview, ChangeError> {
        let (mut briefs_kept, mut briefs_hidden) = (0, Vec::new());
        let (mut answers_dropped, mut answers_moved) = (Vec::new(), Vec::new());
        if let Some(id) = proposal.meeting_id {
            briefs_kept = self.store.brief_count(id).await?;
            if let Some(plan) = &proposal.plan {
                let entries = self.store.attendance(id).await?;
                let before: Vec<_> = entries.iter().map(|e| e.invitee.clone()).collect();
                let pairs = pair_invitees(&before, &plan.invitees);
                for (b, entry) in entries.iter().enumerate() {
                    let answered = entry.rsvp.is_some() || entry.present.is_some();
                    if !answered && entry.invitee.discord_user_id.is_none() {
                        continue;
                    }
                    match pairs.iter().position(|p| *p == Some(b)) {
                        None => answers_dropped.push(entry.invitee.full_name()),
                        Some(a) => {
                            let (old, new) = (
                                invitee_label(&entry.invitee),
                                invitee_label(&plan.invitees[a]),
                            );
                            if old != new {
                                answers_moved.push(format!("{old} → {new}"));
                            }
                        }
                    }
                }
                for region in self.store.region_briefs(id).await? {
                    if region.brief.is_some() && !plan.regions.contains(&region.region) {
                        briefs_hidden.push(region.region);
                    }
                }
            }
        }
        let briefs_kept = briefs_kept - i64::try_from(briefs_hidden.len()).unwrap_or(0);
        let past = proposal.kind == ChangeKind::Import
            && proposal
                .plan
                .as_ref()
                .is_some_and(|p| p.ends_at <= self.now());
        let pending = if proposal.diff.is_empty() {
            None
        } else {
            let payload = serde_json::to_string(&proposal)?;
            let now = self.now();
            let kind = proposal.kind.as_str();
            let id = self
                .store
                .save_pending_change(user, kind, &key, &payload, now, now - PENDING_FOR)
                .await?;
            Some(id)
        };
        Ok(Preview {
            pending,
            proposal,
            key,
            title,
            briefs_kept,
            briefs_hidden,
            answers_dropped,
            answers_moved,
            past,
        })
    }
}
