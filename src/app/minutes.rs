//! The minutes (referat) through the service: recording each item's outcome, matters raised
//! under "Eventuelt" and who was there, the stage the minutes are at and who may do what at
//! it. The view is built in `minutes_view.rs`, the comment round is in `minutes_round.rs`,
//! its reminder in `minutes_reminder.rs`, the approval in `minutes_approval.rs`.

use super::{Actor, AppError, Roundtable};
use crate::domain::minutes::{check_step, MinutesError, Outcome, Raised, Stage, Step};
use crate::domain::minutes_records::MinutesPeople;
use crate::domain::records::MeetingDetails;
use crate::domain::{AgendaItem, MeetingSummary};
use crate::i18n::Language;
use crate::store::{NewChange, StoreError};

/// Why something was not done to the minutes.
#[derive(Debug, thiserror::Error)]
pub enum MinutesFailure {
    #[error(transparent)]
    Rule(#[from] MinutesError),
    #[error("only the secretariat may do this")]
    NotSecretariat,
    #[error("the user does not speak for {region:?}")]
    NotRepresentative { region: String },
    #[error("the user speaks for no region with a paragraph in the draft")]
    NoRegion,
    #[error("the minutes cannot be rendered: {0}")]
    Render(String),
    /// The approval item could not be put on the next meeting.
    #[error(transparent)]
    Change(Box<super::meeting_admin::ChangeError>),
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<StoreError> for MinutesFailure {
    fn from(e: StoreError) -> Self {
        Self::App(e.into())
    }
}

/// The kinds of change the minutes write to the meeting's change log.
pub(super) mod change_kind {
    pub const OUTCOME: &str = "minutes_outcome";
    pub const RAISED: &str = "minutes_raised";
    pub const PEOPLE: &str = "minutes_people";
    pub const DRAFT: &str = "minutes_draft";
    pub const CONFIRMED: &str = "minutes_confirmed";
    pub const CORRECTION: &str = "minutes_correction";
    pub const DECIDED: &str = "minutes_correction_decided";
    pub const APPROVED: &str = "minutes_approved";
    pub const RETTELSE: &str = "minutes_rettelse";
}

/// The sak's label in the minutes: "3", or numbered per year "12/25", as the notice and the
/// agenda label it (`MeetingDetails::sak_label`).
pub fn sak_label(item: &AgendaItem, meeting: &MeetingDetails) -> String {
    meeting.sak_label(item).to_string()
}

impl Actor {
    /// The command line: the secretariat, with no Discord user.
    pub fn command_line() -> Self {
        Self {
            discord_user_id: 0,
            name: String::new(),
            secretariat: true,
        }
    }
}

/// A change log entry for `actor` (no Discord id for the command line).
pub(super) fn logged<'a>(
    actor: &'a Actor,
    at: chrono::DateTime<chrono::Utc>,
    kind: &'a str,
    diff: &'a str,
) -> NewChange<'a> {
    NewChange {
        at,
        actor_id: (actor.discord_user_id != 0).then_some(actor.discord_user_id),
        actor_name: &actor.name,
        kind,
        diff,
    }
}

/// The language of the group's documents.
pub(super) fn document_language(code: &str) -> Language {
    Language::from_code(code).unwrap_or(Language::Nb)
}

impl Roundtable {
    /// Where the meeting's minutes are: approved (since the first approval), a draft out, or
    /// being recorded.
    pub async fn minutes_stage(&self, meeting_id: i64) -> Result<Stage, AppError> {
        if let Some(first) = self.store.minutes_versions(meeting_id).await?.first() {
            return Ok(Stage::Approved {
                at: first.approved_at,
            });
        }
        Ok(match self.store.minutes_draft(meeting_id).await? {
            Some(_) => Stage::Draft,
            None => Stage::Recording,
        })
    }

    /// Refuses anyone but the secretariat, and a step the minutes' stage does not allow.
    pub(super) async fn minutes_step(
        &self,
        meeting_id: i64,
        actor: &Actor,
        step: Step,
    ) -> Result<Stage, MinutesFailure> {
        let needs_secretariat = !matches!(step, Step::Answer);
        if needs_secretariat && !actor.secretariat {
            return Err(MinutesFailure::NotSecretariat);
        }
        let stage = self.minutes_stage(meeting_id).await?;
        check_step(stage, step)?;
        Ok(stage)
    }

    /// Refuses opening a form to record what the minutes may no longer take (or not from
    /// this actor), before anything is typed.
    pub async fn check_minutes_record(
        &self,
        meeting: &MeetingSummary,
        actor: &Actor,
    ) -> Result<(), MinutesFailure> {
        self.minutes_step(meeting.id, actor, Step::Record).await?;
        Ok(())
    }

    /// The meeting the minutes commands mean in a group's channel when none is named: the
    /// group's latest meeting that has started; with `awaiting_approval`, the latest whose
    /// minutes have a draft out or a rettelse waiting.
    pub async fn minutes_meeting_in_channel(
        &self,
        channel: u64,
        awaiting_approval: bool,
    ) -> Result<Option<MeetingSummary>, AppError> {
        let Some(group) = self.store.channel_group(channel).await? else {
            return Ok(None);
        };
        let now = self.now();
        let (soon, past) = self.store.group_meetings(group.id, now, 50, 50).await?;
        let started = soon
            .into_iter()
            .rev()
            .chain(past)
            .filter(|m| m.starts_at <= now && !m.cancelled);
        for m in started {
            if !awaiting_approval || self.awaits_approval(m.id).await? {
                return Ok(Some(self.store.meeting_summary(m.id).await?));
            }
        }
        Ok(None)
    }

    /// Whether a meeting's minutes have something to approve: a draft not yet approved, or a
    /// rettelse.
    async fn awaits_approval(&self, meeting_id: i64) -> Result<bool, AppError> {
        Ok(match self.minutes_stage(meeting_id).await? {
            Stage::Draft => true,
            Stage::Recording => false,
            Stage::Approved { .. } => self
                .store
                .rettelser(meeting_id)
                .await?
                .iter()
                .any(|r| r.version_id.is_none()),
        })
    }

    /// The outcome recorded for an agenda item, if any (to pre-fill the form).
    pub async fn item_outcome(
        &self,
        meeting_id: i64,
        number: u32,
    ) -> Result<Option<Outcome>, AppError> {
        let all = self.store.outcomes(meeting_id).await?;
        Ok(all
            .into_iter()
            .find(|o| o.item_number == number)
            .map(|o| o.outcome))
    }

    /// The agenda item with this number, or the refusal naming how many there are.
    pub async fn agenda_item(
        &self,
        meeting_id: i64,
        number: u32,
    ) -> Result<AgendaItem, MinutesFailure> {
        let agenda = self.store.meeting_details(meeting_id).await?.agenda;
        let count = agenda.len();
        agenda
            .into_iter()
            .find(|i| i.number == number)
            .ok_or(MinutesError::NoSuchItem { number, count }.into())
    }

    /// Records (as the secretariat) an agenda item's outcome; refused once approved.
    /// An agenda item's label as the agenda shows it: "3", or numbered per year "12/25".
    pub async fn item_label(&self, meeting_id: i64, item: &AgendaItem) -> Result<String, AppError> {
        let agenda = self.store.meeting_agenda(meeting_id).await?;
        Ok(agenda.sak_label(item).to_string())
    }

    pub async fn record_outcome(
        &self,
        meeting: &MeetingSummary,
        number: u32,
        outcome: &Outcome,
        actor: &Actor,
    ) -> Result<AgendaItem, MinutesFailure> {
        self.minutes_step(meeting.id, actor, Step::Record).await?;
        let item = self.agenda_item(meeting.id, number).await?;
        let diff = serde_json::json!({ "item": number }).to_string();
        let change = logged(actor, self.now(), change_kind::OUTCOME, &diff);
        if !self
            .store
            .save_outcome(meeting.id, number, outcome, &change)
            .await?
        {
            return Err(self.locked(meeting.id).await);
        }
        tracing::info!(
            meeting = meeting.id,
            item = number,
            "minutes outcome recorded"
        );
        Ok(item)
    }

    /// Adds (as the secretariat) a matter raised under "Eventuelt"; refused once approved.
    pub async fn add_raised(
        &self,
        meeting: &MeetingSummary,
        raised: &Raised,
        actor: &Actor,
    ) -> Result<(), MinutesFailure> {
        self.minutes_step(meeting.id, actor, Step::Record).await?;
        let diff = serde_json::json!({ "raised": raised.title }).to_string();
        let change = logged(actor, self.now(), change_kind::RAISED, &diff);
        if !self.store.add_raised(meeting.id, raised, &change).await? {
            return Err(self.locked(meeting.id).await);
        }
        Ok(())
    }

    /// Sets (as the secretariat) the secretariat's people, observers and minute taker.
    pub async fn set_minutes_people(
        &self,
        meeting: &MeetingSummary,
        people: &MinutesPeople,
        actor: &Actor,
    ) -> Result<(), MinutesFailure> {
        self.minutes_step(meeting.id, actor, Step::Record).await?;
        let change = logged(actor, self.now(), change_kind::PEOPLE, "{}");
        if !self
            .store
            .set_minutes_people(meeting.id, people, &change)
            .await?
        {
            return Err(self.locked(meeting.id).await);
        }
        Ok(())
    }

    /// The people the minutes list besides the invitees.
    pub async fn minutes_people(&self, meeting_id: i64) -> Result<MinutesPeople, AppError> {
        Ok(self.store.minutes_people(meeting_id).await?)
    }

    /// The refusal for a write the store found locked.
    pub(super) async fn locked(&self, meeting_id: i64) -> MinutesFailure {
        match self.minutes_stage(meeting_id).await {
            Ok(Stage::Approved { at }) => MinutesError::Locked { at }.into(),
            Ok(_) => MinutesError::NoDraft.into(),
            Err(e) => e.into(),
        }
    }
}
