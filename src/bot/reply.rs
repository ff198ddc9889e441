//! How the bot answers: a private reply that pings nobody (to a command or a component), the
//! clicked message replaced by its outcome, a field of a submitted form, and a refusal in the
//! user's language. A leaf: it imports no other module of the bot but its text helpers.

use super::discord_text::{fit, MAX_CONTENT};
use super::BotError;
use crate::app::{AppError, BriefError, MinutesFailure};
use crate::i18n::Language;
use poise::serenity_prelude as serenity;

/// An answer: text, and maybe a file (the user's own text, when it could not be saved).
pub struct Reply {
    pub content: String,
    pub file: Option<serenity::CreateAttachment>,
}

impl Reply {
    pub fn text(content: String) -> Self {
        Self {
            content,
            file: None,
        }
    }

    pub fn into_poise(self) -> poise::CreateReply {
        let mut reply = private_reply(self.content);
        if let Some(file) = self.file {
            reply = reply.attachment(file);
        }
        reply
    }

    pub fn into_message(self) -> serenity::CreateInteractionResponseMessage {
        let mut message = serenity::CreateInteractionResponseMessage::new()
            .content(fit(&self.content, MAX_CONTENT))
            .ephemeral(true)
            .allowed_mentions(serenity::CreateAllowedMentions::new());
        if let Some(file) = self.file {
            message = message.add_file(file);
        }
        message
    }
}

/// A private answer to an interaction, pinging nobody.
pub fn private(content: String) -> serenity::CreateInteractionResponse {
    serenity::CreateInteractionResponse::Message(Reply::text(content).into_message())
}

/// The message under the clicked buttons replaced by the outcome of the click: its buttons
/// gone, pinging nobody.
pub fn outcome(content: String) -> serenity::CreateInteractionResponse {
    serenity::CreateInteractionResponse::UpdateMessage(
        serenity::CreateInteractionResponseMessage::new()
            .content(content)
            .components(Vec::new())
            .allowed_mentions(serenity::CreateAllowedMentions::new()),
    )
}

/// What was typed into a modal's text field, exactly (empty if the field is missing).
pub fn modal_field(modal: &serenity::ModalInteraction, id: &str) -> String {
    modal
        .data
        .components
        .iter()
        .flat_map(|row| &row.components)
        .find_map(|c| match c {
            serenity::ActionRowComponent::InputText(input) if input.custom_id == id => {
                input.value.clone()
            }
            _ => None,
        })
        .unwrap_or_default()
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

/// What the user is told for an error that is a refusal (not a failure), in their language.
pub fn refusal_words(error: &BotError, tz: chrono_tz::Tz, lang: Language) -> Option<String> {
    match error {
        BotError::Refused(refusal) => Some(refusal.words(lang)),
        BotError::Brief(e) if matches!(**e, BriefError::App(AppError::Storage(_))) => None,
        BotError::Brief(e) => Some(crate::i18n::errors::brief_error(e, tz, lang)),
        BotError::FollowUp(e) if e.is_refusal() => Some(e.describe(lang)),
        BotError::Minutes(e)
            if matches!(
                **e,
                MinutesFailure::App(AppError::Storage(_))
                    | MinutesFailure::Render(_)
                    | MinutesFailure::Change(_)
            ) =>
        {
            None
        }
        BotError::Minutes(e) => Some(crate::i18n::minutes_errors::minutes_error(e, tz, lang)),
        BotError::App(e)
            if matches!(
                **e,
                AppError::MeetingNotFound { .. }
                    | AppError::UnknownRegion { .. }
                    | AppError::Busy(_)
            ) =>
        {
            Some(e.describe(lang))
        }
        _ => None,
    }
}
