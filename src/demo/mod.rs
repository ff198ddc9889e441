//! `roundtable demo`: a meeting's week without Discord. The real bot runs against the Discord
//! simulator in the same process, over a fresh database and with a manual clock moved through
//! the week; the channel is printed as it happens and written as one web page with the
//! exported files beside it. Any request Discord would refuse ends the demo with an error.

mod cast;
mod html;
mod markup;
mod script;
mod stage;
mod transcript;

pub use transcript::{Entry, FileRef, Posted, Transcript};

use crate::app::{AppError, AttendanceError};
use crate::bot::StartError;
use crate::domain::local_time::OSLO;
use crate::i18n::{errors, io_reason, t, Language};
use crate::meeting_file::ImportError;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The page's file name in the demo's folder.
pub const PAGE: &str = "channel.html";

/// What the command line asks for.
#[derive(Debug, Clone)]
pub struct DemoOptions {
    /// The folder for the database, the page and the files.
    pub dir: PathBuf,
    pub lang: Language,
}

/// What a demo left behind.
pub struct DemoRun {
    pub transcript: Transcript,
    pub page: PathBuf,
    /// The exported files, in the demo's folder.
    pub exports: Vec<PathBuf>,
    pub elapsed: Duration,
}

/// Why the demo stopped.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    App(#[from] AppError),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Change(#[from] crate::app::meeting_admin::ChangeError),
    #[error(transparent)]
    Attendance(#[from] AttendanceError),
    #[error(transparent)]
    Start(#[from] StartError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the bot did not answer {what} within {seconds} s")]
    NoAnswer { what: String, seconds: u64 },
    #[error("the scheduler's step failed")]
    Step,
    /// A message due was not posted (its Fluent key).
    #[error("not posted: {0}")]
    NotPosted(&'static str),
    #[error("the bot did not do what the demo expected: {0}")]
    Unexpected(String),
    /// Requests the simulator found Discord would refuse.
    #[error("{} Discord API violation(s): {}", .0.len(), .0.join("; "))]
    Violations(Vec<String>),
}

impl DemoError {
    /// The error in words for the person at the terminal.
    pub fn describe(&self, lang: Language) -> String {
        match self {
            Self::App(e) => e.describe(lang),
            Self::Import(e) => errors::import_error(e, lang),
            Self::Change(e) => crate::change_report::change_error(e, lang),
            Self::Attendance(e) => errors::attendance_error(e, OSLO, lang),
            Self::Start(e) => crate::bot::describe_start_error(e, lang),
            Self::Write { path, source } => t(
                lang,
                "demo-error-write",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", io_reason(source, lang).into()),
                ],
            ),
            Self::NoAnswer { what, seconds } => t(
                lang,
                "demo-error-no-answer",
                &[
                    ("what", what.as_str().into()),
                    ("seconds", (*seconds).into()),
                ],
            ),
            Self::Step => t(lang, "demo-error-step", &[]),
            Self::NotPosted(key) => {
                let what = t(lang, key, &[]);
                t(lang, "demo-error-not-posted", &[("what", what.into())])
            }
            Self::Unexpected(what) => t(
                lang,
                "demo-error-unexpected",
                &[("what", what.as_str().into())],
            ),
            Self::Violations(list) => format!(
                "{}\n  {}",
                t(
                    lang,
                    "demo-error-violations",
                    &[("count", list.len().into())]
                ),
                list.join("\n  ")
            ),
        }
    }
}

/// Plays the week, printing the channel to `out` as it happens, and writes the page.
pub async fn run(options: &DemoOptions, out: &mut dyn Write) -> Result<DemoRun, DemoError> {
    let started = Instant::now();
    let (dir, lang) = (options.dir.as_path(), options.lang);
    fresh_folder(dir)?;
    let _ = writeln!(
        out,
        "{}\n{}",
        t(lang, "demo-title", &[]),
        t(lang, "demo-intro", &[])
    );
    let start = cast::oslo(script::START)?;
    let mut stage = stage::Stage::start(dir, lang, start, script::CHANNELS, &mut *out).await?;
    let played = script::week(&mut stage).await;
    // The bot is stopped whatever happened; the first error is the one told.
    let finished = stage.finish().await;
    let played = played?;
    let transcript = finished?;

    let channels = [script::CHANNELS.0.to_owned(), script::CHANNELS.1.to_owned()];
    let page = html::Page {
        title: &played.title,
        server: &played.server,
        channels: &channels,
        exports: &played.exports,
    };
    let page_path = dir.join(PAGE);
    write(&page_path, html::render(&transcript, &page).as_bytes())?;
    let exports: Vec<PathBuf> = played.exports.iter().map(|f| dir.join(&f.name)).collect();
    let _ = writeln!(out);
    for path in exports.iter().chain([&page_path]) {
        let path = path.display().to_string();
        let _ = writeln!(out, "{}", t(lang, "demo-wrote", &[("path", path.into())]));
    }
    let elapsed = started.elapsed();
    let mut seconds = format!("{:.1}", elapsed.as_secs_f64());
    if lang == Language::Nb {
        seconds = seconds.replace('.', ",");
    }
    let path = page_path.display().to_string();
    let args = [("seconds", seconds.into()), ("path", path.into())];
    let _ = writeln!(out, "{}", t(lang, "demo-done", &args));
    Ok(DemoRun {
        transcript,
        page: page_path,
        exports,
        elapsed,
    })
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), DemoError> {
    std::fs::write(path, bytes).map_err(|source| DemoError::Write {
        path: path.to_owned(),
        source,
    })
}

/// Creates the folder, and removes the database of an earlier run (the demo starts afresh).
fn fresh_folder(dir: &Path) -> Result<(), DemoError> {
    let failed = |path: &Path, source| DemoError::Write {
        path: path.to_owned(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(|e| failed(dir, e))?;
    for suffix in ["", "-wal", "-shm"] {
        let path = dir.join(format!("{}{suffix}", stage::DATABASE));
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(failed(&path, e)),
            _ => {}
        }
    }
    Ok(())
}
