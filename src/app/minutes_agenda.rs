//! The minutes' draft on the next meeting's agenda: "Godkjenning av referat fra møte <date>"
//! put on the group's next meeting as item 2 (or its own minutes-approval item retitled),
//! linking the draft, once per draft, when the draft goes out or when the next meeting is
//! made afterwards.

use super::minutes::{document_language, MinutesFailure};
use super::{Actor, Roundtable};
use crate::domain::minutes::MinutesError;
use crate::domain::{AgendaItem, MeetingSummary, StandingItem};
use crate::i18n::{t, Language};
use chrono::{Datelike, NaiveDate};

/// `12. september 2024`: a meeting's date as the approval item names it.
pub fn day_month_year(date: NaiveDate, lang: Language) -> String {
    let month = t(lang, "month", &[("n", date.month().into())]);
    t(
        lang,
        "minutes-date",
        &[
            ("day", date.day().into()),
            ("month", month.into()),
            ("year", date.year().into()),
        ],
    )
}

impl Roundtable {
    /// The draft was posted as `message` (at `link`): recorded, and the group's next meeting
    /// gets its approval item, if it exists and has not had it for this draft.
    pub async fn draft_posted(
        &self,
        meeting: &MeetingSummary,
        message: u64,
        link: &str,
        actor: &Actor,
    ) -> Result<Option<i64>, MinutesFailure> {
        self.store.set_draft_message(meeting.id, message).await?;
        self.put_approval_item(meeting, Some(link), actor).await
    }

    /// Puts "Godkjenning av referat fra møte <date>" on the group's next meeting as item 2
    /// (or retitles its minutes-approval item), once per draft: an item the secretariat
    /// removes afterwards is not put back. Returns the meeting changed.
    pub async fn put_approval_item(
        &self,
        meeting: &MeetingSummary,
        link: Option<&str>,
        actor: &Actor,
    ) -> Result<Option<i64>, MinutesFailure> {
        let Some(draft) = self.store.minutes_draft(meeting.id).await? else {
            return Err(MinutesError::NoDraft.into());
        };
        if draft.approval_item_meeting_id.is_some() {
            return Ok(None);
        }
        let Some(next) = self.store.next_meeting_of_group(meeting.id).await? else {
            return Ok(None);
        };
        let mut plan = self.store.meeting_plan(next).await?;
        let lang = document_language(&plan.group.language);
        let date = meeting.starts_at.with_timezone(&self.tz).date_naive();
        let title = t(
            lang,
            "minutes-approval-item",
            &[("date", day_month_year(date, lang).into())],
        );
        let description =
            link.map(|l| t(lang, "minutes-approval-item-link", &[("link", l.into())]));
        match plan
            .agenda
            .iter_mut()
            .find(|i| i.standing == Some(StandingItem::MinutesApproval))
        {
            Some(item) => {
                item.title = title;
                item.description = description;
            }
            None => {
                let at = plan.agenda.len().min(1);
                plan.agenda.insert(
                    at,
                    AgendaItem {
                        number: 0,
                        title,
                        description,
                        collects_briefs: false,
                        standing: Some(StandingItem::MinutesApproval),
                    },
                );
                for (number, item) in (1..).zip(plan.agenda.iter_mut()) {
                    item.number = number;
                }
            }
        }
        let by = super::meeting_admin::ChangeActor {
            id: (actor.discord_user_id != 0).then_some(actor.discord_user_id),
            name: actor.name.clone(),
        };
        self.apply_agenda_now(plan, &by)
            .await
            .map_err(|e| MinutesFailure::Change(Box::new(e)))?;
        self.store.mark_approval_item(meeting.id, next).await?;
        tracing::info!(
            meeting = meeting.id,
            next,
            "minutes approval item on the next meeting"
        );
        Ok(Some(next))
    }

    /// A group's new meeting: if the meeting before it has a draft out whose approval item
    /// was not put anywhere yet, this meeting gets it (a failure is logged, not the change's).
    pub(crate) async fn approval_item_for_new_meeting(&self, meeting_id: i64, by: &Actor) {
        let done = async {
            let Some(previous) = self.store.previous_meeting_of_group(meeting_id).await? else {
                return Ok(None);
            };
            let draft = self.store.minutes_draft(previous).await?;
            let waiting = draft.is_some_and(|d| d.approval_item_meeting_id.is_none());
            if !waiting || !self.store.minutes_versions(previous).await?.is_empty() {
                return Ok(None);
            }
            let previous = self.store.meeting_summary(previous).await?;
            self.put_approval_item(&previous, None, by).await
        };
        if let Err(e) = done.await {
            tracing::warn!(meeting = meeting_id, error = %e, "the minutes' approval item was not added");
        }
    }
}
