//! What can go wrong while answering an interaction (`BotError`), and a refusal the user is
//! told in their language (`Refusal`).

use crate::app::AppError;
use crate::i18n::{t, Language};
use poise::serenity_prelude as serenity;

/// What can go wrong while answering an interaction.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    /// Boxed: serenity's error is large, and every command returns this.
    #[error(transparent)]
    Discord(Box<serenity::Error>),
    #[error(transparent)]
    App(Box<AppError>),
    /// A brief the user may not write now (a refusal, unless the database failed).
    #[error(transparent)]
    Brief(Box<crate::app::BriefError>),
    /// A follow-up item not written (a refusal, unless the database failed).
    #[error(transparent)]
    FollowUp(Box<crate::app::FollowUpError>),
    /// A refusal the user is told in their language (see [`Refusal`]).
    #[error("refused: {}", .0.key)]
    Refused(Refusal),
    /// Something not done to the minutes (a refusal, unless the database or a renderer
    /// failed).
    #[error(transparent)]
    Minutes(Box<crate::app::MinutesFailure>),
}

/// What a user is told when the bot will not do what they asked: a Fluent key and its
/// arguments, put into words in the user's language at the edge ([`commands::on_error`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Refusal {
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The refusal in words.
    pub fn words(&self, lang: Language) -> String {
        let args: Vec<(&str, fluent_bundle::FluentValue)> = self
            .args
            .iter()
            .map(|(k, v)| (*k, v.as_str().into()))
            .collect();
        t(lang, self.key, &args)
    }
}

impl From<serenity::Error> for BotError {
    fn from(e: serenity::Error) -> Self {
        Self::Discord(Box::new(e))
    }
}

impl From<crate::app::FollowUpError> for BotError {
    fn from(e: crate::app::FollowUpError) -> Self {
        Self::FollowUp(Box::new(e))
    }
}

impl From<AppError> for BotError {
    fn from(e: AppError) -> Self {
        Self::App(Box::new(e))
    }
}

impl From<crate::app::BriefError> for BotError {
    fn from(e: crate::app::BriefError) -> Self {
        Self::Brief(Box::new(e))
    }
}

impl From<crate::app::MinutesFailure> for BotError {
    fn from(e: crate::app::MinutesFailure) -> Self {
        Self::Minutes(Box::new(e))
    }
}

impl From<Refusal> for BotError {
    fn from(r: Refusal) -> Self {
        Self::Refused(r)
    }
}
