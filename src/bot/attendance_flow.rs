//! Answering the notice on Discord: the attendance buttons, and the modal that asks for the
//! deputy's name and organisation.

use super::custom_id::CustomId;
use super::discord_text::fit;
use super::reply::{modal_field, private};
use super::{BotError, Data};
use crate::app::Actor;
use crate::domain::attendance::Rsvp;
use crate::i18n::{errors, t, Language};
use poise::serenity_prelude as serenity;

/// The deputy modal's fields.
pub const DEPUTY_NAME: &str = "name";
pub const DEPUTY_ORGANISATION: &str = "organisation";

/// The modal asking who attends instead.
fn deputy_modal(meeting: i64, lang: Language) -> serenity::CreateModal {
    let field = |label: &str, id: &str| {
        serenity::CreateActionRow::InputText(
            serenity::CreateInputText::new(
                serenity::InputTextStyle::Short,
                fit(&t(lang, label, &[]), 45),
                id,
            )
            .max_length(100)
            .required(true),
        )
    };
    serenity::CreateModal::new(
        CustomId::DeputyModal { meeting }.encode(),
        fit(&t(lang, "deputy-modal-title", &[]), 45),
    )
    .components(vec![
        field("deputy-modal-name", DEPUTY_NAME),
        field("deputy-modal-organisation", DEPUTY_ORGANISATION),
    ])
}

/// Records an answer and says what was recorded.
pub async fn answer(
    data: &Data,
    meeting: i64,
    actor: &Actor,
    rsvp: Rsvp,
    lang: Language,
) -> Result<serenity::CreateInteractionResponse, BotError> {
    let app = &data.app;
    let meeting = app.meeting_summary(meeting).await?;
    let key = match &rsvp {
        Rsvp::Attending => "rsvp-attending",
        Rsvp::Absent => "rsvp-absent",
        Rsvp::Deputy { .. } => "rsvp-deputy",
    };
    let deputy = match &rsvp {
        Rsvp::Deputy { name, organisation } => format!("{name} ({organisation})"),
        _ => String::new(),
    };
    Ok(match app.answer_notice(&meeting, actor, rsvp).await {
        Ok(invitee) => private(t(
            lang,
            key,
            &[
                ("name", invitee.name.into()),
                ("title", meeting.title.as_str().into()),
                ("deputy", deputy.into()),
            ],
        )),
        Err(e) => private(errors::attendance_error(&e, app.tz, lang)),
    })
}

/// A click on an answer button: attending or not at once; a deputy through the modal.
pub async fn clicked(
    data: &Data,
    meeting: i64,
    answer_code: char,
    actor: &Actor,
    lang: Language,
) -> Result<serenity::CreateInteractionResponse, BotError> {
    match answer_code {
        'y' => answer(data, meeting, actor, Rsvp::Attending, lang).await,
        'n' => answer(data, meeting, actor, Rsvp::Absent, lang).await,
        _ => {
            // Tell a non-invitee or a late answer at once, before they fill in the form.
            let app = &data.app;
            let summary = app.meeting_summary(meeting).await?;
            if app.now() >= summary.starts_at {
                let e = crate::app::AttendanceError::Closed {
                    starts: summary.starts_at,
                };
                return Ok(private(errors::attendance_error(&e, app.tz, lang)));
            }
            if app
                .invitee_of_user(meeting, actor.discord_user_id)
                .await?
                .is_none()
            {
                let e = crate::app::AttendanceError::NotInvited;
                return Ok(private(errors::attendance_error(&e, app.tz, lang)));
            }
            Ok(serenity::CreateInteractionResponse::Modal(deputy_modal(
                meeting, lang,
            )))
        }
    }
}

/// The deputy modal, submitted.
pub async fn deputy_submitted(
    data: &Data,
    modal: &serenity::ModalInteraction,
    meeting: i64,
    actor: &Actor,
    lang: Language,
) -> Result<serenity::CreateInteractionResponse, BotError> {
    let field = |id: &str| modal_field(modal, id).trim().to_owned();
    let rsvp = Rsvp::Deputy {
        name: field(DEPUTY_NAME),
        organisation: field(DEPUTY_ORGANISATION),
    };
    answer(data, meeting, actor, rsvp, lang).await
}
