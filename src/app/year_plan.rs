//! A group's meeting plan for a year (and its standing agenda): what importing it would
//! change, meeting by meeting (created, moved or changed, dropped), with the days to warn
//! of; kept for its author to confirm like every other change, then written in one
//! transaction and each meeting's messages re-planned.

mod calendar;
mod template;
mod write;

pub use calendar::PlanMeetings;

use super::meeting_admin::{ChangeError, PENDING_FOR};
use super::Roundtable;
use crate::domain::fingerprint::plan_fingerprint;
use crate::domain::holidays::DayWarning;
use crate::domain::local_time::local_date;
use crate::domain::meeting_diff::MeetingDiff;
use crate::domain::records::CurrentMeeting;
use crate::domain::standing::{SakNumbering, Template};
use crate::domain::year_plan::YearPlan;
use crate::domain::MeetingPlan;
use crate::schedule::{MessageKind, SendState};
use crate::store::ChangeTarget;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The kind a previewed plan is stored under, until confirmed.
pub(super) const PENDING_KIND: &str = "plan";

/// What the plan does to one meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanOutcome {
    Created,
    Updated,
    /// It was cancelled (dropped from an earlier plan): it is on again.
    Restored,
    Unchanged,
    /// No longer in the plan: cancelled.
    Dropped,
}

/// One meeting's part of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanMeetingChange {
    pub key: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub outcome: PlanOutcome,
    /// What is written; `None` for a dropped meeting.
    pub plan: Option<MeetingPlan>,
    /// The meeting as it was read ([`plan_fingerprint`]); `None`: it did not exist.
    pub base: Option<String>,
    pub diff: MeetingDiff,
    /// Its notice has been posted (a dropped meeting's is then marked cancelled).
    pub notice_posted: bool,
}

/// A plan (or a change of the standing agenda) as it is kept until confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanProposal {
    pub group_slug: String,
    pub group_name: String,
    pub year: i32,
    pub meetings: Vec<PlanMeetingChange>,
    /// The group's new standing agenda; `None`: unchanged.
    pub template: Option<Template>,
    /// The group's new numbering; `None`: unchanged.
    pub numbering: Option<SakNumbering>,
}

impl PlanProposal {
    /// Whether confirming it would change anything.
    pub fn is_empty(&self) -> bool {
        self.template.is_none()
            && self.numbering.is_none()
            && self
                .meetings
                .iter()
                .all(|m| m.outcome == PlanOutcome::Unchanged)
    }
}

/// A day of the plan to warn of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanDayWarning {
    pub title: String,
    pub date: NaiveDate,
    pub warning: DayWarning,
}

/// What the secretariat is shown before confirming a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanPreview {
    /// The stored plan to confirm; `None` on the command line, or when nothing changes.
    pub pending: Option<i64>,
    pub proposal: PlanProposal,
    pub warnings: Vec<PlanDayWarning>,
}

/// A plan that was written: how many meetings of each outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanApplied {
    pub proposal: PlanProposal,
    pub meeting_ids: Vec<i64>,
}

impl Roundtable {
    /// The group's standing agenda: its own, else the default one in its language.
    pub async fn group_template(&self, slug: &str, lang: &str) -> Result<Template, ChangeError> {
        Ok(self
            .store
            .template(slug)
            .await?
            .unwrap_or_else(|| Template::default_for(lang)))
    }

    /// Reads what importing `plan` would change: each meeting created, updated (moved,
    /// re-planned) or unchanged, the meetings of the year's earlier plan it drops, and the
    /// days to warn of. A new or changed meeting that has already started is refused.
    pub async fn prepare_year_plan(&self, plan: YearPlan) -> Result<PlanPreview, ChangeError> {
        let (slug, lang) = (plan.group.slug.clone(), plan.group.language.clone());
        let stored_template = self.group_template(&slug, &lang).await?;
        let template = plan.template.clone().unwrap_or(stored_template.clone());
        let now = self.now();
        let mut meetings = Vec::with_capacity(plan.meetings.len());
        for m in &plan.meetings {
            let current = self
                .store
                .current_meeting(ChangeTarget::Key(&m.key))
                .await?;
            let own = current.as_ref().map_or_else(Vec::new, |c| {
                template.own_items(&stored_template.own_items(&c.plan.agenda))
            });
            let meeting = plan.meeting_plan(m, &template, &own, self.tz);
            meetings.push(self.change_of(meeting, current.as_ref(), now).await?);
        }
        let kept: Vec<&str> = plan.meetings.iter().map(|m| m.key.as_str()).collect();
        for row in self.store.plan_meetings(&slug, plan.year, true).await? {
            if kept.contains(&row.key.as_str()) || row.cancelled || row.ends_at <= now {
                continue;
            }
            meetings.push(self.dropped(row.id).await?);
        }
        let numbering = match plan.sak_numbering {
            Some(n) if n != self.store.sak_numbering(&slug).await? => Some(n),
            _ => None,
        };
        let warnings = plan
            .warnings(self.tz)
            .into_iter()
            .map(|w| PlanDayWarning {
                title: plan.meetings[w.meeting].title.clone(),
                date: w.date,
                warning: w.warning,
            })
            .collect();
        let proposal = PlanProposal {
            group_slug: slug,
            group_name: plan.group.name.clone(),
            year: plan.year,
            meetings,
            template: plan.template.filter(|t| *t != stored_template),
            numbering,
        };
        Ok(PlanPreview {
            pending: None,
            proposal,
            warnings,
        })
    }

    /// One meeting of the plan as a change: created, updated, restored or unchanged.
    async fn change_of(
        &self,
        meeting: MeetingPlan,
        current: Option<&CurrentMeeting>,
        now: DateTime<Utc>,
    ) -> Result<PlanMeetingChange, ChangeError> {
        let diff = MeetingDiff::between(current.map(|c| &c.plan), &meeting);
        let outcome = match current {
            None => PlanOutcome::Created,
            Some(c) if c.cancelled => PlanOutcome::Restored,
            Some(_) if diff.is_empty() => PlanOutcome::Unchanged,
            Some(_) => PlanOutcome::Updated,
        };
        if outcome != PlanOutcome::Unchanged && meeting.starts_at <= now {
            return Err(ChangeError::PlannedInPast {
                title: meeting.title.clone(),
                date: local_date(meeting.starts_at, self.tz),
            });
        }
        let notice_posted = match current {
            Some(c) => self.notice_posted(c.id).await?,
            None => false,
        };
        Ok(PlanMeetingChange {
            key: meeting.key.clone(),
            title: meeting.title.clone(),
            starts_at: meeting.starts_at,
            outcome,
            base: current.map(|c| plan_fingerprint(&c.plan, c.cancelled)),
            plan: Some(meeting),
            diff,
            notice_posted,
        })
    }

    /// A meeting of the year's plan that the new plan no longer has.
    async fn dropped(&self, id: i64) -> Result<PlanMeetingChange, ChangeError> {
        let plan = self.store.meeting_plan(id).await?;
        Ok(PlanMeetingChange {
            key: plan.key.clone(),
            title: plan.title.clone(),
            starts_at: plan.starts_at,
            outcome: PlanOutcome::Dropped,
            base: Some(plan_fingerprint(&plan, false)),
            plan: None,
            diff: MeetingDiff::cancellation(),
            notice_posted: self.notice_posted(id).await?,
        })
    }

    async fn notice_posted(&self, meeting_id: i64) -> Result<bool, ChangeError> {
        Ok(self
            .store
            .scheduled_messages(meeting_id)
            .await?
            .iter()
            .any(|m| m.kind == MessageKind::Notice && m.state == SendState::Sent))
    }

    /// Previews `plan` and keeps it for `user` to confirm (unless it changes nothing).
    pub async fn propose_year_plan(
        &self,
        plan: YearPlan,
        user: u64,
    ) -> Result<PlanPreview, ChangeError> {
        let mut preview = self.prepare_year_plan(plan).await?;
        preview.pending = self.keep_proposal(&preview.proposal, user).await?;
        Ok(preview)
    }

    pub(super) async fn keep_proposal(
        &self,
        proposal: &PlanProposal,
        user: u64,
    ) -> Result<Option<i64>, ChangeError> {
        if proposal.is_empty() {
            return Ok(None);
        }
        let payload = serde_json::to_string(proposal)?;
        let (now, key) = (
            self.now(),
            format!("{}/{}", proposal.group_slug, proposal.year),
        );
        let id = self
            .store
            .save_pending_change(user, PENDING_KIND, &key, &payload, now, now - PENDING_FOR)
            .await?;
        Ok(Some(id))
    }
}
