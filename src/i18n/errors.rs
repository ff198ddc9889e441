//! Core errors turned into messages for people, in their language.

pub use super::import_errors::{import_error, plan_error, template_error, year_plan_error};
use super::{format_date_long, t, Language};
use crate::app::BriefError;
use crate::config::ConfigError;
use crate::domain::brief::BriefTextError;
use crate::export::ExportError;
use chrono_tz::Tz;
use fluent_bundle::FluentValue;

fn path_arg(path: &std::path::Path) -> FluentValue<'static> {
    path.display().to_string().into()
}

pub fn config_error(e: &ConfigError, lang: Language) -> String {
    match e {
        ConfigError::Read { path, source } => t(
            lang,
            "error-config-read",
            &[
                ("path", path_arg(path)),
                ("reason", super::io_reason(source, lang).into()),
            ],
        ),
        ConfigError::Syntax {
            path,
            line,
            message,
        } => t(
            lang,
            "error-config-syntax",
            &[
                ("path", path_arg(path)),
                ("line", (*line).into()),
                ("reason", message.as_str().into()),
            ],
        ),
        ConfigError::Invalid { path, key, message } => t(
            lang,
            "error-config-invalid",
            &[
                ("path", path_arg(path)),
                ("key", (*key).into()),
                ("reason", message.as_str().into()),
            ],
        ),
    }
}

pub fn brief_text_error(e: &BriefTextError, lang: Language) -> String {
    match e {
        BriefTextError::Empty => t(lang, "error-brief-empty", &[]),
        BriefTextError::TooLong { chars, max } => t(
            lang,
            "error-brief-too-long",
            &[("chars", (*chars).into()), ("max", (*max).into())],
        ),
    }
}

pub fn brief_error(e: &BriefError, tz: Tz, lang: Language) -> String {
    match e {
        BriefError::Text(e) => brief_text_error(e, lang),
        BriefError::PastDeadline { deadline } => {
            let local = deadline.with_timezone(&tz);
            t(
                lang,
                "error-brief-past-deadline",
                &[
                    ("date", format_date_long(local.date_naive(), lang).into()),
                    ("time", local.format("%H:%M").to_string().into()),
                ],
            )
        }
        BriefError::NotRepresentative { region } => t(
            lang,
            "error-not-representative",
            &[("region", region.as_str().into())],
        ),
        BriefError::NoRegion => t(lang, "error-no-region", &[]),
        BriefError::ChooseRegion { choices } => t(
            lang,
            "error-choose-region",
            &[("regions", choices.join(", ").into())],
        ),
        BriefError::NothingToWithdraw { region } => t(
            lang,
            "error-nothing-to-withdraw",
            &[("region", region.as_str().into())],
        ),
        BriefError::App(e) => e.describe(lang),
    }
}

pub fn export_error(e: &ExportError, lang: Language) -> String {
    match e {
        ExportError::UnknownFormat { given } => t(
            lang,
            "export-error-format",
            &[("format", given.as_str().into())],
        ),
        other => t(
            lang,
            "export-error-render",
            &[("reason", other.to_string().into())],
        ),
    }
}

pub fn attendance_error(e: &crate::app::AttendanceError, tz: Tz, lang: Language) -> String {
    use crate::app::AttendanceError as E;
    match e {
        E::NotInvited => t(lang, "error-not-invited", &[]),
        E::Closed { starts } => {
            let local = starts.with_timezone(&tz);
            t(
                lang,
                "error-attendance-closed",
                &[("time", local.format("%H:%M").to_string().into())],
            )
        }
        E::DeputyWithoutName => t(lang, "error-deputy-name", &[]),
        E::UnknownInvitee { name } => t(
            lang,
            "error-unknown-invitee",
            &[("name", name.as_str().into())],
        ),
        E::AmbiguousInvitee { name } => t(
            lang,
            "error-ambiguous-invitee",
            &[("name", name.as_str().into())],
        ),
        E::App(e) => e.describe(lang),
    }
}

/// Why `brief add --received` cannot use a time.
pub fn received_error(
    e: &crate::domain::brief_entry::ReceivedError,
    tz: Tz,
    lang: Language,
) -> String {
    use crate::domain::brief_entry::ReceivedError as E;
    match e {
        E::NotATime { given } => t(
            lang,
            "error-received-format",
            &[("given", given.as_str().into())],
        ),
        E::LocalTime(e) => t(
            lang,
            "error-received-local",
            &[("reason", e.to_string().into())],
        ),
        E::InTheFuture { at } => {
            let local = at.with_timezone(&tz);
            t(
                lang,
                "error-received-future",
                &[("at", local.format("%d.%m.%Y %H:%M").to_string().into())],
            )
        }
    }
}
