//! The notice's buttons: "Send brief" opens the brief form for the member's region, "Agenda"
//! and "Invitees" answer privately, as the commands would.

use super::brief_flow::{self, private};
use super::custom_id::CustomId;
use super::{BotError, Data};
use crate::i18n::{errors, t, Language};
use crate::service::Actor;
use crate::store::MeetingSelector;
use poise::serenity_prelude as serenity;

/// "Send brief": the form for the member's one region, or why not.
pub async fn send_brief(
    data: &Data,
    meeting: i64,
    actor: &Actor,
    lang: Language,
) -> Result<serenity::CreateInteractionResponse, BotError> {
    let app = &data.app;
    let meeting = app
        .meeting(&MeetingSelector::Named(meeting.to_string()))
        .await?;
    let region = match app.choose_region(&meeting, actor, None).await {
        Ok(region) => region,
        Err(e) => return Ok(private(errors::brief_error(&e, app.tz, lang))),
    };
    if let Err(e) = app.check_deadline(&meeting, actor.submitter()) {
        return Ok(private(errors::brief_error(&e, app.tz, lang)));
    }
    let current = app
        .store
        .region_briefs(meeting.id)
        .await?
        .into_iter()
        .find(|b| b.region == region.name)
        .and_then(|b| b.brief)
        .map(|b| b.body);
    if current
        .as_ref()
        .is_some_and(|t| t.chars().count() > brief_flow::MODAL_MAX_CHARS)
    {
        let max = crate::domain::brief::MAX_BRIEF_CHARS;
        return Ok(private(t(
            lang,
            "brief-too-long-for-modal",
            &[("max", max.into())],
        )));
    }
    let id = CustomId::BriefModal {
        meeting: meeting.id,
        region: region.id,
    };
    let modal = brief_flow::modal(&id, &region.name, current.as_deref(), lang);
    Ok(serenity::CreateInteractionResponse::Modal(modal))
}

/// "Agenda": the agenda, privately.
pub async fn agenda(
    data: &Data,
    meeting: i64,
    lang: Language,
) -> Result<serenity::CreateInteractionResponse, BotError> {
    let app = &data.app;
    let details = app.store.meeting_details(meeting).await?;
    let briefs = app.store.region_briefs(meeting).await?;
    let text = super::commands::render_agenda(&details, &briefs, app.tz, lang);
    Ok(private(text))
}
