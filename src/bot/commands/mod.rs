//! The slash commands, and what the user is told when one fails.

mod agenda;
mod attendance;
mod autocomplete;
mod brief;
mod choice;
mod export;
mod followup;
mod invitee;
mod invitees;
mod meeting;
mod meeting_agenda;
mod meeting_edit;
mod meeting_info;
mod meeting_plan;
mod minutes;
mod minutes_files;
mod notice;
mod secretariat;

pub use crate::bot::reply::{private_reply, refusal_words};
pub use agenda::render_agenda;
pub use invitees::{first_page as invitees_first_page, invitees_page};

use super::localize::user_language;
use super::{BotError, Context, Data, Refusal};
use crate::app::AppError;
use crate::domain::records::MeetingSelector;
use crate::domain::MeetingSummary;
use crate::i18n::t;
use poise::serenity_prelude as serenity;

/// Every command the bot registers.
pub fn all() -> Vec<poise::Command<Data, BotError>> {
    vec![
        agenda::agenda(),
        brief::brief(),
        invitees::invitees(),
        secretariat::briefs(),
        secretariat::representative(),
        notice::notice(),
        export::export(),
        meeting::meeting(),
        invitee::invitee(),
        attendance::attendance(),
        followup::followup(),
        minutes::minutes(),
    ]
}

/// The meeting a command means: the one named (only from its group's server), or the next of
/// the channel's group; refused in a DM, in a channel without a group, or for an unknown
/// meeting. Records the meeting in the current tracing span.
pub async fn find_meeting(
    ctx: Context<'_>,
    meeting: Option<String>,
) -> Result<MeetingSummary, BotError> {
    let app = &ctx.data().app;
    if ctx.guild_id().is_none() {
        return Err(Refusal::new("error-not-in-dm").into());
    }
    let channel = ctx.channel_id().get();
    let selector = match &meeting {
        Some(name) => MeetingSelector::NamedInChannel {
            name: name.trim().to_owned(),
            channel,
        },
        None => MeetingSelector::UpcomingInChannel(channel),
    };
    match app.meeting(&selector).await {
        Ok(summary) => {
            if let Some(named) = &meeting {
                let http = &ctx.serenity_context().http;
                let gate = &ctx.data().gate;
                gate.check_meeting(http, summary.id, ctx.guild_id(), named)
                    .await?;
            }
            tracing::Span::current().record("meeting", summary.id);
            Ok(summary)
        }
        Err(AppError::MeetingNotFound { .. }) => {
            let key = match (&meeting, app.group_in_channel(channel).await?) {
                (Some(_), _) => "error-meeting-unknown",
                (None, None) => "error-channel-without-group",
                (None, Some(_)) => "error-group-without-meetings",
            };
            Err(Refusal::new(key)
                .with("meeting", meeting.unwrap_or_default())
                .into())
        }
        Err(e) => Err(e.into()),
    }
}

/// For the secretariat's commands: the meeting meant, refused to anyone else.
pub async fn secretariat_meeting(
    ctx: Context<'_>,
    meeting: Option<String>,
) -> Result<MeetingSummary, BotError> {
    secretariat::secretariat_only(ctx)?;
    find_meeting(ctx, meeting).await
}

/// Answers a command with a form (a modal must be the first answer).
pub async fn open_modal(ctx: Context<'_>, modal: serenity::CreateModal) -> Result<(), BotError> {
    let poise::Context::Application(actx) = ctx else {
        return Ok(());
    };
    actx.interaction
        .create_response(
            ctx.serenity_context(),
            serenity::CreateInteractionResponse::Modal(modal),
        )
        .await?;
    actx.has_sent_initial_response
        .store(true, std::sync::atomic::Ordering::SeqCst);
    Ok(())
}

/// Logs a failed command and tells the user, in their language, that it failed.
pub async fn on_error(error: poise::FrameworkError<'_, Data, BotError>) {
    match error {
        poise::FrameworkError::Command { error, ctx, .. } => {
            let lang = user_language(ctx);
            if let Some(words) = refusal_words(&error, ctx.data().app.tz, lang) {
                tracing::info!(interaction = %ctx.id(), refused = %error, "refused");
                if let Err(e) = ctx.send(private_reply(words)).await {
                    tracing::warn!(error = %e, "cannot tell the user why they were refused");
                }
                return;
            }
            tracing::error!(
                error = %error,
                interaction = %ctx.id(),
                command = %ctx.command().qualified_name,
                "command failed"
            );
            let lang = user_language(ctx);
            if let Err(e) = ctx
                .send(private_reply(t(lang, "error-internal", &[])))
                .await
            {
                tracing::warn!(error = %e, "cannot tell the user that the command failed");
            }
        }
        poise::FrameworkError::ArgumentParse { ctx, error, .. } => {
            tracing::info!(error = %error, interaction = %ctx.id(), "bad command arguments");
            let lang = user_language(ctx);
            let _ = ctx
                .send(private_reply(t(lang, "error-arguments", &[])))
                .await;
        }
        // Anything else that happened while answering someone (a panic, a failed check) gets
        // the same answer in their language, not poise's English.
        other => match other.ctx() {
            Some(ctx) => {
                tracing::error!(error = %other, interaction = %ctx.id(), "command failed");
                let lang = user_language(ctx);
                let _ = ctx
                    .send(private_reply(t(lang, "error-internal", &[])))
                    .await;
            }
            None => {
                if let Err(e) = poise::builtins::on_error(other).await {
                    tracing::warn!(error = %e, "cannot handle a framework error");
                }
            }
        },
    }
}
