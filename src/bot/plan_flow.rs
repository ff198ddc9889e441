//! A meeting plan (or an edit of the standing agenda) on Discord: its preview with Confirm
//! and Cancel buttons, and what the buttons do.

use super::custom_id::CustomId;
use super::discord_text::{fit, MAX_CONTENT};
use super::preview_click::{self, failure_words};
use crate::app::meeting_admin::{ChangeActor, ChangeError};
use crate::app::year_plan::PlanPreview;
use crate::app::Roundtable;
use crate::change_report::Style;
use crate::i18n::Language;
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
            return (
                failure_words(&e, "prepare a meeting plan", lang),
                Vec::new(),
            )
        }
    };
    let lines = crate::plan_report::preview_lines(&preview, tz, lang, Style::Discord);
    let Some(change) = preview.pending else {
        return (lines.join("\n"), Vec::new());
    };
    preview_click::with_buttons(
        lines,
        CustomId::PlanConfirm { change, user },
        CustomId::PlanDiscard { change, user },
        lang,
    )
}

/// Confirm under a plan's preview (the click checked in `preview_click.rs`): the plan
/// written, and the words for it.
pub async fn confirmed(app: &Roundtable, change: i64, by: &ChangeActor, lang: Language) -> String {
    match app.confirm_year_plan(change, by).await {
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
        Err(e) => failure_words(&e, "write a meeting plan", lang),
    }
}
