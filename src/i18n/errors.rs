//! Core errors turned into messages for people, in their language.

pub use super::import_errors::{import_error, plan_error};
use super::{format_date_long, t, Language};
use crate::config::ConfigError;
use crate::domain::brief::BriefTextError;
use crate::export::ExportError;
use crate::service::BriefError;
use crate::store::StoreError;
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
                ("reason", source.to_string().into()),
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

pub fn store_error(e: &StoreError, lang: Language) -> String {
    match e {
        StoreError::MeetingNotFound { named: Some(name) } => t(
            lang,
            "error-meeting-not-found",
            &[("meeting", name.as_str().into())],
        ),
        StoreError::MeetingNotFound { named: None } => t(lang, "error-no-meetings", &[]),
        StoreError::UnknownRegion { region, known } => t(
            lang,
            "error-unknown-region",
            &[
                ("region", region.as_str().into()),
                ("known", known.join(", ").into()),
            ],
        ),
        StoreError::Open { url, source } if database_problem(url, source).is_some() => {
            let (key, path, folder) = database_problem(url, source).unwrap_or_default();
            t(
                lang,
                key,
                &[
                    ("path", path.into()),
                    ("folder", folder.into()),
                    ("reason", source.to_string().into()),
                ],
            )
        }
        StoreError::BadUrl { url, source } | StoreError::Open { url, source } => t(
            lang,
            "error-database-open",
            &[
                ("url", url.as_str().into()),
                ("reason", source.to_string().into()),
            ],
        ),
        StoreError::Migrate {
            url,
            source:
                sqlx::migrate::MigrateError::Execute(source)
                | sqlx::migrate::MigrateError::ExecuteMigration(source, _),
        } if database_problem(url, source).is_some() => {
            let (key, path, folder) = database_problem(url, source).unwrap_or_default();
            t(
                lang,
                key,
                &[
                    ("path", path.into()),
                    ("folder", folder.into()),
                    ("reason", source.to_string().into()),
                ],
            )
        }
        StoreError::Migrate { url, source } => t(
            lang,
            "error-database-migrate",
            &[
                ("url", url.as_str().into()),
                ("reason", source.to_string().into()),
            ],
        ),
        StoreError::Db(_) | StoreError::Write(_) => t(lang, "error-database", &[]),
    }
}

/// The message for a database file that cannot be used as it is (its folder missing, the file
/// read-only or not a database), with the file, its folder, and SQLite's own words.
fn database_problem(url: &str, e: &sqlx::Error) -> Option<(&'static str, String, String)> {
    let code = e.as_database_error()?.code()?.parse::<u32>().ok()?;
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = std::path::Path::new(path.split('?').next().unwrap_or(path));
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let key = match code & 0xff {
        14 if !folder.is_dir() => "error-database-no-folder",
        8 => "error-database-read-only",
        11 | 26 => "error-database-corrupt",
        _ => return None,
    };
    Some((
        key,
        path.display().to_string(),
        folder.display().to_string(),
    ))
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
        BriefError::Store(e) => store_error(e, lang),
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

pub fn attendance_error(e: &crate::service::AttendanceError, tz: Tz, lang: Language) -> String {
    use crate::service::AttendanceError as E;
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
        E::Store(e) => store_error(e, lang),
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
