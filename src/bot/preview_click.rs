//! The Confirm and Cancel buttons under the preview of a pending change (a meeting change or a
//! meeting plan) and their click: who may click (only the one who asked, and only while still
//! the secretariat), the discard, the words for a change that failed, and the preview's
//! message becoming the outcome. What a preview says and what Confirm makes and says are the
//! flows' own (`meeting_flow.rs`, `plan_flow.rs`).

use super::access::actor;
use super::custom_id::CustomId;
use super::reply::{outcome, private};
use super::{meeting_flow, plan_flow, Data};
use crate::app::meeting_admin::{ChangeActor, ChangeError};
use crate::change_report;
use crate::i18n::{t, Language};
use poise::serenity_prelude as serenity;

/// What the preview under the buttons is of.
enum Previewed {
    MeetingChange,
    MeetingPlan,
}

/// A preview of a pending change as a message: its lines, when it expires, and its Confirm
/// and Cancel buttons.
pub fn with_buttons(
    mut lines: Vec<String>,
    confirm: CustomId,
    cancel: CustomId,
    lang: Language,
) -> (String, Vec<serenity::CreateActionRow>) {
    lines.push(format!("\n{}", t(lang, "change-expires", &[])));
    let buttons = serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(confirm.encode())
            .label(t(lang, "change-confirm-button", &[]))
            .style(serenity::ButtonStyle::Success),
        serenity::CreateButton::new(cancel.encode())
            .label(t(lang, "change-discard-button", &[]))
            .style(serenity::ButtonStyle::Secondary),
    ]);
    (lines.join("\n"), vec![buttons])
}

/// The answer to a click on Confirm or Cancel under a preview. Someone else than the one who
/// asked, or one no longer in the secretariat, is refused privately; Confirm makes the change
/// as the clicker, Cancel discards it; the preview's message becomes that outcome, its
/// buttons gone.
pub async fn clicked(
    data: &Data,
    click: &serenity::ComponentInteraction,
    id: &CustomId,
    lang: Language,
) -> serenity::CreateInteractionResponse {
    use Previewed::{MeetingChange, MeetingPlan};
    let (previewed, change, asked_by, confirm) = match *id {
        CustomId::ChangeConfirm { change, user } => (MeetingChange, change, user, true),
        CustomId::ChangeDiscard { change, user } => (MeetingChange, change, user, false),
        CustomId::PlanConfirm { change, user } => (MeetingPlan, change, user, true),
        CustomId::PlanDiscard { change, user } => (MeetingPlan, change, user, false),
        _ => return private(t(lang, "error-internal", &[])),
    };
    let who = actor(data, &click.user, click.member.as_ref());
    if asked_by != who.discord_user_id {
        return private(t(lang, "error-not-your-button", &[]));
    }
    if !who.secretariat {
        return private(t(lang, "error-secretariat-only", &[]));
    }
    let app = &data.app;
    let by = ChangeActor {
        id: Some(who.discord_user_id),
        name: who.name,
    };
    let content = match (confirm, previewed) {
        (true, MeetingChange) => meeting_flow::confirmed(app, change, &by, lang).await,
        (true, MeetingPlan) => plan_flow::confirmed(app, change, &by, lang).await,
        (false, _) => match app.discard_change(change, asked_by).await {
            Ok(()) | Err(ChangeError::Gone) => t(lang, "change-discarded", &[]),
            Err(e) => change_report::change_error(&e, lang),
        },
    };
    outcome(content)
}

/// The words for a change that could not be prepared or made; a failure of ours (not a
/// refusal) is logged as `cannot <doing>`.
pub fn failure_words(e: &ChangeError, doing: &str, lang: Language) -> String {
    if let ChangeError::App(_) | ChangeError::Payload(_) = e {
        tracing::error!(error = %e, "cannot {doing}");
    }
    change_report::change_error(e, lang)
}
