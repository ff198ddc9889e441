//! The command line: `roundtable [--config FILE] [--database URL] <command>`.

mod attendance;
mod backup;
mod commands;
pub mod doctor;
mod followup;
mod minutes;
mod plan;
mod write_file;

pub use followup::FollowupCommand;

use crate::app::{AppError, BriefError};
use crate::config::ConfigError;
use crate::export::{ExportError, Format};
use crate::i18n::{errors, Language};
use crate::meeting_file::ImportError;
use crate::settings::Settings;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

pub use commands::execute;

/// Runs the paperwork of a working group's meetings: notice, briefs, minutes.
#[derive(Debug, Parser)]
#[command(name = "roundtable", version, about)]
pub struct Cli {
    /// The configuration file (default: roundtable.toml, if it exists).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The database, e.g. sqlite://roundtable.db (overrides the configuration).
    #[arg(long, global = true, value_name = "URL")]
    pub database: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the Discord bot (the token comes from DISCORD_TOKEN).
    Run,
    /// Imports (or updates) a meeting from a meeting file.
    Import {
        /// The meeting file (TOML).
        path: PathBuf,
    },
    /// A group's meeting plan for a year: import it from a plan file, or write it as one
    /// calendar file.
    #[command(subcommand)]
    Plan(PlanCommand),
    /// Shows a meeting: its agenda, invitees and which briefs are in.
    Status {
        /// The meeting: its date (e.g. 2024-11-14), title, number or key (default: the next
        /// upcoming one not cancelled, else the latest).
        #[arg(long)]
        meeting: Option<String>,
        /// List the invitees with their keys (a `Nøkkel` column that names one keeps an
        /// invitee, their answer and Discord link, under a corrected name).
        #[arg(long)]
        invitees: bool,
    },
    /// Works with briefs.
    #[command(subcommand)]
    Brief(BriefCommand),
    /// Records who was at a meeting.
    #[command(subcommand)]
    Attendance(AttendanceCommand),
    /// Works with follow-up items (oppfølgingspunkter).
    #[command(subcommand)]
    Followup(FollowupCommand),
    /// The minutes (referat): outcomes, the draft, the approval and the locked files.
    #[command(subcommand)]
    Referat(minutes::MinutesCommand),
    /// Checks that the bot can do its job: token, server, channels and permissions, the
    /// secretariat's role and channel, commands, database, and the next messages due.
    Doctor,
    /// Copies the database consistently (also while the bot runs), for a backup.
    Backup {
        /// The file to write (replaced if it exists; readable by its owner only).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Plays a meeting's week against a Discord simulator on this machine (no token, no
    /// network): prints the channel as it happens and writes it as a web page.
    #[cfg(feature = "demo")]
    Demo {
        /// The folder for the demo's database, page and files (created if missing).
        #[arg(long, value_name = "DIR", default_value = "roundtable-demo")]
        out: PathBuf,
        /// The language of the channel and the transcript (default: the configuration's).
        #[arg(long, value_enum, value_name = "nb|en")]
        lang: Option<DemoLanguage>,
    },
    /// Exports the agenda with the collected briefs, for the minutes.
    Export {
        /// The meeting: its date (e.g. 2024-11-14), title, number or key (default: the next
        /// upcoming one not cancelled, else the latest).
        #[arg(long)]
        meeting: Option<String>,
        /// md (Markdown), docx (Word), pdf (PDF/A, for the archive), csv (one row per brief)
        /// or json.
        #[arg(long, value_name = "md|docx|pdf|csv|json")]
        format: String,
        /// With --format csv: `plain` for RFC 4180 with commas, for programs (a Bokmål
        /// group otherwise gets the form Norwegian Excel opens: `;`, BOM, decimal comma).
        #[arg(long, value_enum, value_name = "plain")]
        csv: Option<CsvForm>,
        /// The file to write (default: standard output; a .docx or .pdf needs a file or a pipe).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// `roundtable plan …`.
#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Imports (or changes) a group's meetings for a year from a plan file: shows each
    /// meeting created, moved or dropped and the holidays to mind, then writes it unless a
    /// meeting changed meanwhile.
    Import {
        /// The plan file (TOML).
        path: PathBuf,
        /// Only show what would change.
        #[arg(long)]
        dry_run: bool,
    },
    /// Writes the group's plan as one calendar file (.ics), every meeting with the stable id
    /// of its own calendar entry.
    Ics {
        /// The group's short name (`slug` in the plan file).
        #[arg(long)]
        group: String,
        /// The plan's year (default: this year).
        #[arg(long)]
        year: Option<i32>,
        /// The file to write (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// The demo's language, as asked for on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DemoLanguage {
    /// Norwegian Bokmål.
    Nb,
    /// English.
    En,
}

impl DemoLanguage {
    pub fn language(self) -> Language {
        match self {
            Self::Nb => Language::Nb,
            Self::En => Language::English,
        }
    }
}

/// The CSV form asked for on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvForm {
    /// RFC 4180: commas, codes, ISO 8601 times.
    Plain,
}

#[derive(Debug, Subcommand)]
pub enum AttendanceCommand {
    /// Records whether an invitee was present (the answers to the notice stand otherwise).
    Mark {
        /// The meeting: its date (e.g. 2024-11-14), title, number or key (default: the next
        /// upcoming one not cancelled, else the latest).
        #[arg(long)]
        meeting: Option<String>,
        /// The invitee: "First Last", or "First Last, Organisation".
        #[arg(long)]
        invitee: String,
        /// Was present.
        #[arg(long, conflicts_with = "absent", required_unless_present = "absent")]
        present: bool,
        /// Was not present.
        #[arg(long)]
        absent: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum BriefCommand {
    /// Enters a brief that arrived by e-mail, as the secretariat (also after the deadline).
    Add {
        /// The meeting: its date (e.g. 2024-11-14), title, number or key (default: the next
        /// upcoming one not cancelled, else the latest).
        #[arg(long)]
        meeting: Option<String>,
        /// The member region the brief is from, as the meeting file names it.
        #[arg(long)]
        region: String,
        /// A UTF-8 text file with the brief.
        #[arg(long)]
        file: PathBuf,
        /// Who wrote it (default: the secretariat).
        #[arg(long)]
        author: Option<String>,
        /// When it arrived, in the group's time, e.g. "08.11.2024 09:12" (the e-mail's time;
        /// default: now). It counts as late after the deadline.
        #[arg(long, value_name = "DD.MM.YYYY HH:MM")]
        received: Option<String>,
        /// Join the lines of each paragraph that e-mail or PDF wrapping broke (blank lines,
        /// bullets, numbered and short lines stay); the text saved is shown.
        #[arg(long)]
        unwrap: bool,
    },
}

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    App(#[from] AppError),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Brief(#[from] BriefError),
    #[error(transparent)]
    Attendance(#[from] crate::app::AttendanceError),
    #[error(transparent)]
    FollowUp(#[from] crate::app::FollowUpError),
    /// An import refused (the meeting changed while it was read).
    #[error(transparent)]
    Change(#[from] crate::app::meeting_admin::ChangeError),
    #[error("{path}: cannot read the brief: {reason}")]
    BriefFile { path: PathBuf, reason: String },
    #[error("--received: {0}")]
    Received(#[from] crate::domain::brief_entry::ReceivedError),
    #[error("{0}")]
    Bot(String),
    #[error(transparent)]
    Export(#[from] ExportError),
    /// A binary format was asked for on a terminal, with no file to write it to.
    #[error("a {format} file cannot be written to a terminal; give --out FILE")]
    BinaryToTerminal { format: Format },
    #[error("cannot write {path}: {reason}")]
    WriteExport { path: PathBuf, reason: String },
    #[error(transparent)]
    Backup(#[from] crate::app::BackupError),
    #[cfg(feature = "demo")]
    #[error(transparent)]
    Demo(#[from] crate::demo::DemoError),
    /// `plan ics` for a group and year without a plan.
    #[error("{group} has no meeting plan for {year}")]
    NoPlan { group: String, year: i32 },
    #[error(transparent)]
    Minutes(#[from] crate::app::MinutesFailure),
    #[error("unknown kind of outcome {given:?}; choose vedtak, konklusjon or orientering")]
    UnknownKind { given: String },
    /// `doctor` found problems that stop the bot from doing its job.
    #[error("{problems} problem(s) must be fixed")]
    Doctor { problems: usize },
}

impl CliError {
    /// The error in words for the person at the terminal.
    pub fn localized(&self, settings: &Settings, lang: Language) -> String {
        let tz = settings.tz;
        match self {
            Self::Config(e) => errors::config_error(e, lang),
            Self::App(e) => e.describe(lang),
            Self::Import(e) => errors::import_error(e, lang),
            Self::Brief(e) => errors::brief_error(e, tz, lang),
            Self::Attendance(e) => errors::attendance_error(e, tz, lang),
            Self::FollowUp(e) => e.describe(lang),
            Self::Change(e) => crate::change_report::change_error(e, lang),
            Self::BriefFile { path, reason } => crate::i18n::t(
                lang,
                "error-brief-file",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", reason.as_str().into()),
                ],
            ),
            Self::Received(e) => errors::received_error(e, tz, lang),
            Self::Bot(message) => message.clone(),
            Self::Export(e) => errors::export_error(e, lang),
            Self::Backup(e) => backup::describe(e, lang),
            #[cfg(feature = "demo")]
            Self::Demo(e) => e.describe(lang),
            Self::Doctor { problems } => {
                crate::i18n::t(lang, "doctor-failed", &[("count", (*problems).into())])
            }
            Self::NoPlan { group, year } => plan::no_plan(group, *year, lang),
            Self::Minutes(e) => crate::i18n::minutes_errors::minutes_error(e, tz, lang),
            Self::UnknownKind { given } => crate::i18n::t(
                lang,
                "minutes-cli-unknown-kind",
                &[("given", given.as_str().into())],
            ),
            Self::BinaryToTerminal { .. } => crate::i18n::t(lang, "export-error-terminal", &[]),
            Self::WriteExport { path, reason } => crate::i18n::t(
                lang,
                "export-error-write",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", reason.as_str().into()),
                ],
            ),
        }
    }
}
