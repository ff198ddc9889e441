//! The slash commands, and what the user is told when one fails.

mod agenda;

use super::localize::user_language;
use super::{BotError, Data};
use crate::i18n::t;
use poise::serenity_prelude as serenity;

/// Every command the bot registers.
pub fn all() -> Vec<poise::Command<Data, BotError>> {
    vec![agenda::agenda()]
}

/// An ephemeral answer that pings nobody.
pub fn private_reply(content: impl Into<String>) -> poise::CreateReply {
    poise::CreateReply::default()
        .content(super::discord_text::fit(
            &content.into(),
            super::discord_text::MAX_CONTENT,
        ))
        .ephemeral(true)
        .allowed_mentions(serenity::CreateAllowedMentions::new())
}

/// Logs a failed command and tells the user, in their language, that it failed.
pub async fn on_error(error: poise::FrameworkError<'_, Data, BotError>) {
    match error {
        poise::FrameworkError::Command { error, ctx, .. } => {
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
        other => {
            if let Err(e) = poise::builtins::on_error(other).await {
                tracing::warn!(error = %e, "cannot handle a framework error");
            }
        }
    }
}
