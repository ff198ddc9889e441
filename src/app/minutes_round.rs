//! The minutes' draft and comment round: the draft sent out with its comment deadline (and
//! the approval item put on the group's next meeting, once), each region's representative
//! confirming their paragraph or proposing a correction, and the secretariat's decision.

use super::minutes::{change_kind, document_language, logged, MinutesFailure};
use super::{Actor, AppError, Roundtable};
use crate::domain::minutes::{
    paragraph_fingerprint, parse_paragraph, MinutesError, RoundAnswer, Step,
};
use crate::domain::minutes_records::{CorrectionRecord, DraftRecord, ParagraphRecord};
use crate::domain::{AgendaItem, MeetingSummary, StandingItem};
use crate::export::MinutesView;
use crate::i18n::{t, Language};
use crate::store::{CorrectionWrite, NewParagraph};
use chrono::{Datelike, NaiveDate};

/// The draft as it went out.
#[derive(Debug, Clone)]
pub struct DraftOut {
    pub draft: DraftRecord,
    pub view: MinutesView,
}

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
    /// Makes (or, a draft being out, renews the deadline of) the draft: each region's brief
    /// becomes its paragraph for the comment round, which ends after `days` days (default:
    /// the configuration's `schedule.minutes_comment_days`).
    pub async fn start_draft(
        &self,
        meeting: &MeetingSummary,
        days: Option<u32>,
        actor: &Actor,
    ) -> Result<DraftOut, MinutesFailure> {
        self.minutes_step(meeting.id, actor, Step::PostDraft)
            .await?;
        let days = days
            .unwrap_or(self.settings.schedule.minutes_comment_days)
            .clamp(1, 60);
        let comments_by = self.now() + chrono::Duration::days(i64::from(days));
        let regions = self.store.meeting_regions(meeting.id).await?;
        let briefs = self.store.region_briefs(meeting.id).await?;
        let paragraphs: Vec<NewParagraph> = briefs
            .into_iter()
            .filter_map(|r| {
                let brief = r.brief?;
                let region = regions.iter().find(|x| x.name == r.region)?;
                Some(NewParagraph {
                    region_id: region.id,
                    author: brief.author,
                    body: brief.body,
                })
            })
            .collect();
        let diff = serde_json::json!({ "comments_by": comments_by.timestamp() }).to_string();
        let change = logged(actor, self.now(), change_kind::DRAFT, &diff);
        if !self
            .store
            .start_draft(meeting.id, comments_by, &paragraphs, &change)
            .await?
        {
            return Err(self.locked(meeting.id).await);
        }
        let draft = self
            .store
            .minutes_draft(meeting.id)
            .await?
            .ok_or(MinutesError::NoDraft)?;
        self.plan_minutes_reminder(meeting.id, &draft).await?;
        tracing::info!(meeting = meeting.id, "minutes draft made");
        Ok(DraftOut {
            draft,
            view: self.minutes_view(meeting.id).await?,
        })
    }

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

    /// The draft and its paragraphs with their answers, if a draft is out.
    pub async fn comment_round(
        &self,
        meeting_id: i64,
    ) -> Result<Option<(DraftRecord, Vec<ParagraphRecord>)>, AppError> {
        let Some(draft) = self.store.minutes_draft(meeting_id).await? else {
            return Ok(None);
        };
        Ok(Some((
            draft,
            self.store.minutes_paragraphs(meeting_id).await?,
        )))
    }

    /// The paragraph of a region the actor speaks for: of several, the first not yet answered
    /// (else the first).
    pub async fn own_paragraph(
        &self,
        meeting: &MeetingSummary,
        actor: &Actor,
    ) -> Result<ParagraphRecord, MinutesFailure> {
        self.minutes_step(meeting.id, actor, Step::Answer).await?;
        let own = self
            .store
            .regions_of_user(meeting.id, actor.discord_user_id)
            .await?;
        let mut paragraphs: Vec<ParagraphRecord> = self
            .store
            .minutes_paragraphs(meeting.id)
            .await?
            .into_iter()
            .filter(|p| own.iter().any(|r| r.id == p.region_id))
            .collect();
        let at = paragraphs
            .iter()
            .position(|p| p.answer() == RoundAnswer::Silent)
            .unwrap_or(0);
        if paragraphs.is_empty() {
            return Err(MinutesFailure::NoRegion);
        }
        Ok(paragraphs.swap_remove(at))
    }

    /// A representative confirms their region's paragraph.
    pub async fn confirm_paragraph(
        &self,
        meeting: &MeetingSummary,
        actor: &Actor,
    ) -> Result<ParagraphRecord, MinutesFailure> {
        let paragraph = self.own_paragraph(meeting, actor).await?;
        let diff = serde_json::json!({ "region": paragraph.region }).to_string();
        let change = logged(actor, self.now(), change_kind::CONFIRMED, &diff);
        if !self
            .store
            .confirm_paragraph(meeting.id, paragraph.id, actor.discord_user_id, &change)
            .await?
        {
            return Err(self.locked(meeting.id).await);
        }
        Ok(paragraph)
    }

    /// A representative proposes a correction of their region's paragraph, made against the
    /// paragraph with fingerprint `base`; refused as stale if it changed meanwhile.
    pub async fn propose_correction(
        &self,
        meeting: &MeetingSummary,
        region_id: i64,
        base: &str,
        text: &str,
        actor: &Actor,
    ) -> Result<CorrectionRecord, MinutesFailure> {
        self.minutes_step(meeting.id, actor, Step::Answer).await?;
        let paragraphs = self.store.minutes_paragraphs(meeting.id).await?;
        let Some(paragraph) = paragraphs.iter().find(|p| p.region_id == region_id) else {
            return Err(MinutesFailure::NoRegion);
        };
        let own = self
            .store
            .regions_of_user(meeting.id, actor.discord_user_id)
            .await?;
        if !own.iter().any(|r| r.id == region_id) {
            return Err(MinutesFailure::NotRepresentative {
                region: paragraph.region.clone(),
            });
        }
        let body = parse_paragraph(text)?;
        if body == paragraph.body {
            return Err(MinutesError::Empty.into());
        }
        let diff = serde_json::json!({ "region": paragraph.region }).to_string();
        let change = logged(actor, self.now(), change_kind::CORRECTION, &diff);
        let written = self
            .store
            .propose_correction(
                meeting.id,
                paragraph.id,
                base,
                &body,
                actor.discord_user_id,
                &change,
            )
            .await?;
        let id = match written {
            CorrectionWrite::Done(id) => id,
            CorrectionWrite::Stale => return Err(MinutesError::Stale.into()),
            CorrectionWrite::AlreadyDecided => return Err(MinutesError::AlreadyDecided.into()),
            CorrectionWrite::Locked => return Err(self.locked(meeting.id).await),
        };
        tracing::info!(
            meeting = meeting.id,
            correction = id,
            "minutes correction proposed"
        );
        self.store
            .minutes_correction(id)
            .await?
            .ok_or_else(|| MinutesError::AlreadyDecided.into())
    }

    /// A correction by its id.
    pub async fn minutes_correction(&self, id: i64) -> Result<Option<CorrectionRecord>, AppError> {
        Ok(self.store.minutes_correction(id).await?)
    }

    /// The secretariat accepts (the paragraph takes its text) or rejects a correction.
    pub async fn decide_correction(
        &self,
        id: i64,
        accept: bool,
        actor: &Actor,
    ) -> Result<CorrectionRecord, MinutesFailure> {
        let Some(correction) = self.store.minutes_correction(id).await? else {
            return Err(MinutesError::AlreadyDecided.into());
        };
        self.minutes_step(correction.meeting_id, actor, Step::Decide)
            .await?;
        let diff =
            serde_json::json!({ "region": correction.region, "accepted": accept }).to_string();
        let change = logged(actor, self.now(), change_kind::DECIDED, &diff);
        match self
            .store
            .decide_correction(&correction, accept, &change)
            .await?
        {
            CorrectionWrite::Done(_) => {}
            CorrectionWrite::Stale => return Err(MinutesError::Stale.into()),
            CorrectionWrite::AlreadyDecided => return Err(MinutesError::AlreadyDecided.into()),
            CorrectionWrite::Locked => return Err(self.locked(correction.meeting_id).await),
        }
        Ok(correction)
    }
}

/// The fingerprint a correction form carries of the paragraph it shows.
pub fn paragraph_base(paragraph: &ParagraphRecord) -> String {
    paragraph_fingerprint(&paragraph.body)
}
