//! `roundtable referat record|raised|draft|approve|export`: the minutes from the command line,
//! over the same service the bot uses; `export` writes an approved version's bytes exactly.

use super::CliError;
use crate::app::{Actor, Roundtable};
use crate::domain::minutes::{ConclusionKind, Outcome, Raised};
use crate::domain::records::MeetingSelector;
use crate::export::{render_minutes, Format};
use crate::i18n::{t, Language};
use clap::Subcommand;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum MinutesCommand {
    /// Records an agenda item's outcome (replacing what was recorded).
    Record {
        /// The meeting the minutes are from: its date (e.g. 2024-11-07), title, number or key.
        #[arg(long)]
        meeting: String,
        /// The item's number on the agenda.
        #[arg(long)]
        item: u32,
        /// vedtak, konklusjon or orientering (decision, conclusion, noted).
        #[arg(long, default_value = "vedtak")]
        kind: String,
        /// What was said.
        #[arg(long, default_value = "")]
        account: String,
        /// The decision or conclusion.
        #[arg(long, default_value = "")]
        conclusion: String,
    },
    /// Records a matter raised under "Eventuelt".
    Raised {
        /// The meeting the minutes are from.
        #[arg(long)]
        meeting: String,
        /// The matter's title.
        #[arg(long)]
        title: String,
        /// vedtak, konklusjon or orientering.
        #[arg(long, default_value = "orientering")]
        kind: String,
        #[arg(long, default_value = "")]
        account: String,
        #[arg(long, default_value = "")]
        conclusion: String,
    },
    /// Writes the minutes as they stand (the draft) in a format.
    Draft {
        #[arg(long)]
        meeting: String,
        /// md, docx, pdf, csv or json.
        #[arg(long, default_value = "md")]
        format: String,
        /// The file to write (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Approves the minutes (or a rettelse waiting): locked and stored. They are not posted
    /// to Discord from here; `/referat godkjenn` does both.
    Approve {
        #[arg(long)]
        meeting: String,
    },
    /// Writes the approved (locked) minutes exactly as stored, for the archive.
    Export {
        #[arg(long)]
        meeting: String,
        /// pdf (PDF/A), docx, md, csv, csv-plain or json.
        #[arg(long, default_value = "pdf")]
        format: String,
        /// The approved version (default: the latest).
        #[arg(long)]
        version: Option<i64>,
        /// The file to write (default: standard output, not a terminal for pdf and docx).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

fn kind(code: &str) -> Result<ConclusionKind, CliError> {
    ConclusionKind::from_code(code).ok_or_else(|| CliError::UnknownKind {
        given: code.to_owned(),
    })
}

pub async fn execute(
    app: &Roundtable,
    command: MinutesCommand,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let actor = Actor::command_line();
    let find = |m: String| async move { app.meeting(&MeetingSelector::Named(m)).await };
    let message = match command {
        MinutesCommand::Record {
            meeting,
            item,
            kind: k,
            account,
            conclusion,
        } => {
            let meeting = find(meeting).await?;
            let outcome = Outcome::parse(&account, kind(&k)?, &conclusion)
                .map_err(crate::app::MinutesFailure::from)?;
            let item = app.record_outcome(&meeting, item, &outcome, &actor).await?;
            t(
                lang,
                "minutes-item-saved",
                &[("number", item.number.into()), ("title", item.title.into())],
            )
        }
        MinutesCommand::Raised {
            meeting,
            title,
            kind: k,
            account,
            conclusion,
        } => {
            let meeting = find(meeting).await?;
            let raised = Raised::parse(&title, &account, kind(&k)?, &conclusion)
                .map_err(crate::app::MinutesFailure::from)?;
            app.add_raised(&meeting, &raised, &actor).await?;
            t(
                lang,
                "minutes-raised-saved",
                &[("title", raised.title.into())],
            )
        }
        MinutesCommand::Draft {
            meeting,
            format,
            out: path,
        } => {
            let meeting = find(meeting).await?;
            let format = format.parse::<Format>()?;
            let view = app.minutes_view(meeting.id).await?;
            let bytes = render_minutes(&view, format)?;
            return write(&bytes, format, path, lang, out);
        }
        MinutesCommand::Approve { meeting } => {
            let meeting = find(meeting).await?;
            let approved = app.approve_minutes(&meeting, &actor).await?;
            t(
                lang,
                "minutes-cli-approved",
                &[
                    ("version", approved.version.into()),
                    ("sha", approved.sha256.into()),
                ],
            )
        }
        MinutesCommand::Export {
            meeting,
            format,
            version,
            out: path,
        } => {
            let meeting = find(meeting).await?;
            let format = format.parse::<Format>()?;
            let (_, bytes) = app.locked_minutes(meeting.id, format, version).await?;
            return write(&bytes, format, path, lang, out);
        }
    };
    let _ = writeln!(out, "{message}");
    Ok(())
}

/// Writes the bytes to the file, or to `out` (not a terminal for a binary format).
fn write(
    bytes: &[u8],
    format: Format,
    path: Option<PathBuf>,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let Some(path) = path else {
        if !format.is_text() && std::io::stdout().is_terminal() {
            return Err(CliError::BinaryToTerminal { format });
        }
        return out
            .write_all(bytes)
            .and_then(|()| out.flush())
            .map_err(|e| CliError::WriteExport {
                path: "stdout".into(),
                reason: e.to_string(),
            });
    };
    super::write_file::replace(&path, bytes).map_err(|e| CliError::WriteExport {
        path: path.clone(),
        reason: crate::i18n::io_reason(&e, lang),
    })?;
    let message = t(
        lang,
        "minutes-cli-written",
        &[
            ("path", path.display().to_string().into()),
            ("bytes", bytes.len().into()),
        ],
    );
    let _ = writeln!(out, "{message}");
    Ok(())
}
