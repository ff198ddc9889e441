//! A meeting plan (or an edit of the standing agenda) on Discord: its preview with Confirm
//! and Cancel buttons, and what the buttons do.

use super::access::actor;
use super::custom_id::CustomId;
use super::discord_text::{fit, MAX_CONTENT};
use super::{BotError, Data};
use crate::app::meeting_admin::{ChangeActor, ChangeError};
use crate::app::year_plan::PlanPreview;
use crate::change_report::{self, Style};
use crate::i18n::{t, Language};
use chrono_tz::Tz;
use poise::serenity_prelude as serenity;

/// The preview of a plan, with its buttons (none when it changes nothing), or why it
/// cannot be made.
pub fn plan_reply(
    result: Result<PlanPreview, ChangeError>,
    user: u64,
    tz: Tz,
    lang: Language,
) -> (String, Vec<serenity::CreateActionRow>) {
    let preview = match result {
        Ok(preview) => preview,
        Err(e) => {
            if let ChangeError::App(_) | ChangeError::Payload(_) = e {
                tracing::error!(error = %e, "cannot prepare a meeting plan");
            }
            return (change_report::change_error(&e, lang), Vec::new());
        }
    };
    let mut lines = crate::plan_report::preview_lines(&preview, tz, lang, Style::Discord);
    let Some(change) = preview.pending else {
        return (lines.join("\n"), Vec::new());
    };
    lines.push(format!("\n{}", t(lang, "change-expires", &[])));
    let buttons = serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(CustomId::PlanConfirm { change, user }.encode())
            .label(t(lang, "change-confirm-button", &[]))
            .style(serenity::ButtonStyle::Success),
        serenity::CreateButton::new(CustomId::PlanDiscard { change, user }.encode())
            .label(t(lang, "change-discard-button", &[]))
            .style(serenity::ButtonStyle::Secondary),
    ]);
    (lines.join("\n"), vec![buttons])
}

/// Confirm or Cancel under a plan's preview: only the one who asked (and still the
/// secretariat).
pub async fn clicked(
    data: &Data,
    click: &serenity::ComponentInteraction,
    id: &CustomId,
    lang: Language,
) -> Result<serenity::CreateInteractionResponse, BotError> {
    let (change, user, confirm) = match *id {
        CustomId::PlanConfirm { change, user } => (change, user, true),
        CustomId::PlanDiscard { change, user } => (change, user, false),
        _ => return Ok(super::reply::private(t(lang, "error-internal", &[]))),
    };
    let who = actor(data, &click.user, click.member.as_ref());
    if user != who.discord_user_id {
        return Ok(super::reply::private(t(lang, "error-not-your-button", &[])));
    }
    if !who.secretariat {
        return Ok(super::reply::private(t(
            lang,
            "error-secretariat-only",
            &[],
        )));
    }
    let app = &data.app;
    let content = if confirm {
        let by = ChangeActor {
            id: Some(who.discord_user_id),
            name: who.name,
        };
        match app.confirm_year_plan(change, &by).await {
            Ok(done) => {
                let mut lines = vec![crate::plan_report::done_line(&done, lang)];
                lines.extend(crate::plan_report::meeting_lines(
                    &done.proposal,
                    app.tz,
                    lang,
                    Style::Discord,
                ));
                fit(&lines.join("\n"), MAX_CONTENT)
            }
            Err(e) => {
                if let ChangeError::App(_) | ChangeError::Payload(_) = e {
                    tracing::error!(error = %e, "cannot write a meeting plan");
                }
                change_report::change_error(&e, lang)
            }
        }
    } else {
        match app.discard_change(change, user).await {
            Ok(()) | Err(ChangeError::Gone) => t(lang, "change-discarded", &[]),
            Err(e) => change_report::change_error(&e, lang),
        }
    };
    Ok(serenity::CreateInteractionResponse::UpdateMessage(
        serenity::CreateInteractionResponseMessage::new()
            .content(content)
            .components(Vec::new())
            .allowed_mentions(serenity::CreateAllowedMentions::new()),
    ))
}
