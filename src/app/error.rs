//! The app layer's errors: what front ends are told when the app cannot do what was asked
//! (no such meeting, no such region, the database failed), and those errors in words.

use crate::i18n::{t, Language};
use crate::store::StoreError;

/// What went wrong in the app layer, as its front ends see it.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No meeting has this id or key; or, for `named: None`, there is no meeting to default to.
    #[error("no meeting matches {named:?}")]
    MeetingNotFound { named: Option<String> },
    #[error("{region:?} is not a region of this meeting")]
    UnknownRegion { region: String, known: Vec<String> },
    /// Another writer held the database too long: nothing was written, try again.
    #[error("the database is busy: {0}")]
    Busy(String),
    /// The database failed (its own words are for the log and the CLI's message).
    #[error(transparent)]
    Storage(StoreError),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::MeetingNotFound { named } => Self::MeetingNotFound { named },
            StoreError::UnknownRegion { region, known } => Self::UnknownRegion { region, known },
            StoreError::Busy(e) => Self::Busy(e),
            other => Self::Storage(other),
        }
    }
}

impl AppError {
    /// The error in words for a person, in their language.
    pub fn describe(&self, lang: Language) -> String {
        match self {
            Self::MeetingNotFound { named: Some(name) } => t(
                lang,
                "error-meeting-not-found",
                &[("meeting", name.as_str().into())],
            ),
            Self::MeetingNotFound { named: None } => t(lang, "error-no-meetings", &[]),
            Self::UnknownRegion { region, known } => t(
                lang,
                "error-unknown-region",
                &[
                    ("region", region.as_str().into()),
                    ("known", known.join(", ").into()),
                ],
            ),
            Self::Busy(_) => t(lang, "error-busy", &[]),
            Self::Storage(e) => store_error(e, lang),
        }
    }
}

/// The words for a database file that cannot be used as it is, if that is the problem.
fn file_problem(url: &str, source: &sqlx::Error, lang: Language) -> Option<String> {
    let (key, path, folder) = database_problem(url, source)?;
    Some(t(
        lang,
        key,
        &[
            ("path", path.into()),
            ("folder", folder.into()),
            ("reason", source.to_string().into()),
        ],
    ))
}

fn store_error(e: &StoreError, lang: Language) -> String {
    let (url, source) = match e {
        StoreError::Open { url, source }
        | StoreError::Migrate {
            url,
            source:
                sqlx::migrate::MigrateError::Execute(source)
                | sqlx::migrate::MigrateError::ExecuteMigration(source, _),
        } => (url, source),
        _ => return other_store_error(e, lang),
    };
    file_problem(url, source, lang).unwrap_or_else(|| other_store_error(e, lang))
}

fn other_store_error(e: &StoreError, lang: Language) -> String {
    match e {
        StoreError::BadUrl { url, source } | StoreError::Open { url, source } => t(
            lang,
            "error-database-open",
            &[
                ("url", url.as_str().into()),
                ("reason", source.to_string().into()),
            ],
        ),
        StoreError::Migrate { url, source } => t(
            lang,
            "error-database-migrate",
            &[
                ("url", url.as_str().into()),
                ("reason", source.to_string().into()),
            ],
        ),
        StoreError::Busy(_) => t(lang, "error-busy", &[]),
        StoreError::Db(_)
        | StoreError::Write(_)
        | StoreError::MeetingNotFound { .. }
        | StoreError::UnknownRegion { .. } => t(lang, "error-database", &[]),
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
