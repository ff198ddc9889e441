//! The minutes' draft and comment round: the draft sent out with its comment deadline, each
//! region's representative confirming their paragraph or proposing a correction, and the
//! secretariat's decision. (The approval item on the next meeting: `minutes_agenda.rs`.)

use super::minutes::{change_kind, logged, MinutesFailure};
use super::{Actor, AppError, Roundtable};
use crate::domain::minutes::{
    paragraph_fingerprint, parse_paragraph, MinutesError, RoundAnswer, Step,
};
use crate::domain::minutes_records::{CorrectionRecord, DraftRecord, ParagraphRecord};
use crate::domain::MeetingSummary;
use crate::export::MinutesView;
use crate::store::{CorrectionWrite, NewParagraph};

/// The draft as it went out.
#[derive(Debug, Clone)]
pub struct DraftOut {
    pub draft: DraftRecord,
    pub view: MinutesView,
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
