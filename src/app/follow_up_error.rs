//! Why a follow-up item was not written or changed, and those reasons in words.

use super::AppError;
use crate::domain::follow_up::FollowUpTextError;
use crate::i18n::{t, Language};
use crate::store::StoreError;

/// Why a follow-up item was not written.
#[derive(Debug, thiserror::Error)]
pub enum FollowUpError {
    #[error(transparent)]
    Text(#[from] FollowUpTextError),
    #[error("only the secretariat may create follow-up items")]
    SecretariatOnly,
    #[error("the user does not own follow-up item {item}")]
    NotOwner { item: i64 },
    #[error("no such follow-up item in this group")]
    NotFound { given: String },
    #[error("{region:?} is not a region of the group")]
    UnknownRegion { region: String, known: Vec<String> },
    #[error("no agenda item {given:?} at the meeting")]
    UnknownAgendaItem { given: String },
    #[error("the meeting is not one of the group's")]
    OtherGroup,
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<StoreError> for FollowUpError {
    fn from(e: StoreError) -> Self {
        Self::App(e.into())
    }
}

impl FollowUpError {
    /// Whether this is a refusal to put in words (not a failure of the database).
    pub fn is_refusal(&self) -> bool {
        !matches!(self, Self::App(AppError::Storage(_)))
    }

    /// The error in words for a person, in their language.
    pub fn describe(&self, lang: Language) -> String {
        let field = |f: &str| t(lang, &format!("followup-field-{f}"), &[]);
        match self {
            Self::Text(FollowUpTextError::Blank { field: f }) => {
                t(lang, "followup-error-blank", &[("field", field(f).into())])
            }
            Self::Text(FollowUpTextError::TooLong { field: f, max }) => t(
                lang,
                "followup-error-too-long",
                &[("field", field(f).into()), ("max", (*max).into())],
            ),
            Self::Text(FollowUpTextError::BadDate { given }) => t(
                lang,
                "followup-error-date",
                &[("given", given.as_str().into())],
            ),
            Self::SecretariatOnly => t(lang, "error-secretariat-only", &[]),
            Self::NotOwner { item } => t(
                lang,
                "followup-error-not-owner",
                &[("item", (*item).into())],
            ),
            Self::NotFound { given } => t(
                lang,
                "followup-error-not-found",
                &[("given", given.as_str().into())],
            ),
            Self::UnknownRegion { region, known } => t(
                lang,
                "followup-error-unknown-region",
                &[
                    ("region", region.as_str().into()),
                    ("known", known.join(", ").into()),
                ],
            ),
            Self::UnknownAgendaItem { given } => t(
                lang,
                "followup-error-agenda-item",
                &[("given", given.as_str().into())],
            ),
            Self::OtherGroup => t(lang, "followup-error-other-group", &[]),
            Self::App(e) => e.describe(lang),
        }
    }
}
