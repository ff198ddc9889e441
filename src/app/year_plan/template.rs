//! The secretariat's edits of a group's standing agenda from Discord: previewed like a plan,
//! with the group's planned meetings whose notice is not yet posted given the new template.

use super::{PlanOutcome, PlanPreview, PlanProposal};
use crate::app::meeting_admin::ChangeError;
use crate::app::Roundtable;
use crate::domain::local_time::local_date;
use crate::domain::standing_edit::TemplateEdit;
use crate::domain::{Group, Template};
use crate::store::ChangeTarget;
use chrono::Datelike;

impl Roundtable {
    /// The group's standing agenda, and the language of its meetings.
    pub async fn template_of_group(
        &self,
        group_id: i64,
    ) -> Result<(Template, String), ChangeError> {
        let (group, template) = self.group_and_template(group_id).await?;
        Ok((template, group.language))
    }

    /// The group as its latest meeting has it, and its standing agenda;
    /// [`ChangeError::NoEarlierMeeting`] when it has no meeting.
    async fn group_and_template(&self, group_id: i64) -> Result<(Group, Template), ChangeError> {
        let latest = self
            .store
            .latest_meeting_of_group(group_id)
            .await?
            .ok_or(ChangeError::NoEarlierMeeting)?;
        let group = self.store.meeting_details(latest).await?.group;
        let template = self.group_template(&group.slug, &group.language).await?;
        Ok((group, template))
    }

    /// Previews an edit of the group's standing agenda, for `user` to confirm: the new
    /// template, and each meeting of the group's plans (this year and the next) that has not
    /// started, is not cancelled and whose notice is not yet posted, with its new agenda.
    pub async fn propose_template_edit(
        &self,
        group_id: i64,
        edit: &TemplateEdit,
        user: u64,
    ) -> Result<PlanPreview, ChangeError> {
        let (group, old) = self.group_and_template(group_id).await?;
        let new = old.edited(edit)?;
        let now = self.now();
        let year = local_date(now, self.tz).year();
        let mut meetings = Vec::new();
        for y in [year, year + 1] {
            for row in self.store.plan_meetings(&group.slug, y, true).await? {
                if row.cancelled || row.starts_at <= now || self.notice_posted(row.id).await? {
                    continue;
                }
                let Some(current) = self.store.current_meeting(ChangeTarget::Id(row.id)).await?
                else {
                    continue;
                };
                let mut plan = current.plan.clone();
                plan.agenda = new.agenda_with(&old.own_items(&plan.agenda));
                let change = self.change_of(plan, Some(&current), now).await?;
                if change.outcome != PlanOutcome::Unchanged {
                    meetings.push(change);
                }
            }
        }
        let proposal = PlanProposal {
            group_slug: group.slug.clone(),
            group_name: group.name.clone(),
            year,
            meetings,
            template: (new != old).then_some(new),
            numbering: None,
        };
        let pending = self.keep_proposal(&proposal, user).await?;
        Ok(PlanPreview {
            pending,
            proposal,
            warnings: Vec::new(),
        })
    }
}
