//! The notice's buttons: "Send brief" opens the brief form for the member's region, "Agenda"
//! and "Invitees" answer privately, as the commands would.

use super::brief_flow::{self, private};
use super::{BotError, Data};
use crate::app::Actor;
use crate::i18n::Language;
use poise::serenity_prelude as serenity;

/// "Send brief": the form for the member's one region, or why not.
pub async fn send_brief(
    data: &Data,
    meeting: i64,
    actor: &Actor,
    lang: Language,
) -> Result<serenity::CreateInteractionResponse, BotError> {
    let app = &data.app;
    let meeting = app.meeting_summary(meeting).await?;
    let region = app.choose_region(&meeting, actor, None).await?;
    app.check_deadline(&meeting, actor.submitter())?;
    Ok(
        match brief_flow::form_for(app, &meeting, &region, lang).await? {
            Ok(form) => serenity::CreateInteractionResponse::Modal(form),
            Err(message) => private(message),
        },
    )
}

/// "Agenda": the agenda, privately.
pub async fn agenda(
    data: &Data,
    meeting: i64,
    lang: Language,
) -> Result<serenity::CreateInteractionResponse, BotError> {
    let app = &data.app;
    let agenda = app.meeting_agenda(meeting).await?;
    let follow_ups = app.follow_ups_on_agenda(&agenda).await?;
    let text = super::commands::render_agenda(&agenda, (&follow_ups, app.today()), app.tz, lang);
    Ok(private(text))
}
