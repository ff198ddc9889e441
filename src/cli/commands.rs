//! What each CLI command does, over the same service the bot uses.

use super::{BriefCommand, CliError, Command};
use crate::clock::{ManualClock, SystemClock};
use crate::config::Config;
use crate::domain::brief_entry::{parse_received, unwrap_lines};
use crate::export::{render, ExportView, Format};
use crate::i18n::{t, Language};
use crate::meeting_file::read_meeting_file;
use crate::service::{Roundtable, Submitter};
use crate::status_report::{render_changes, render_status};
use crate::store::{Author, MeetingSelector, Store};
use chrono::{DateTime, Utc};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;

/// Runs one command, writing what it has to say to `out`.
pub async fn execute(
    command: Command,
    config: &Config,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let tz = config
        .time_zone()
        .unwrap_or(crate::domain::local_time::OSLO);
    let store = Store::open(&config.database.url).await?;
    let app = Roundtable::new(store.clone(), Arc::new(SystemClock), tz);
    let result = match command {
        Command::Run => crate::bot::run(config.clone(), app)
            .await
            .map_err(|e| CliError::Bot(crate::bot::describe_start_error(&e, lang))),
        Command::Import { path } => import(&app, &path, lang, out).await,
        Command::Attendance(command) => super::attendance::execute(&app, command, lang, out).await,
        Command::Status { meeting } => status(&app, meeting, lang, out).await,
        Command::Brief(command) => add_brief(&app, command, lang, out).await,
        Command::Export {
            meeting,
            format,
            csv,
            out: path,
        } => match format.parse::<Format>() {
            Ok(format) => {
                let format = format.with_plain_csv(csv.is_some());
                export(&app, meeting, format, path.as_deref(), lang, out).await
            }
            Err(e) => Err(e.into()),
        },
    };
    store.close().await;
    result
}

fn selector(meeting: Option<String>) -> MeetingSelector {
    meeting.map_or(MeetingSelector::Upcoming, MeetingSelector::Named)
}

async fn import(
    app: &Roundtable,
    path: &Path,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let plan = read_meeting_file(path, app.tz)?;
    let outcome = app.import_logged(&plan).await?;
    let key = if outcome.created {
        "import-created"
    } else {
        "import-updated"
    };
    let message = t(
        lang,
        key,
        &[
            ("title", plan.title.as_str().into()),
            ("key", plan.key.as_str().into()),
            ("id", outcome.meeting_id.into()),
            ("agenda", plan.agenda.len().into()),
            ("regions", plan.regions.len().into()),
            ("invitees", plan.invitees.len().into()),
        ],
    );
    let _ = writeln!(out, "{message}");
    Ok(())
}

async fn status(
    app: &Roundtable,
    meeting: Option<String>,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let summary = app.meeting(&selector(meeting)).await?;
    let details = app.store.meeting_details(summary.id).await?;
    let briefs = app.store.region_briefs(summary.id).await?;
    let _ = write!(out, "{}", render_status(&details, &briefs, app.tz, lang));
    let changes = app.store.meeting_changes(summary.id, 10).await?;
    let _ = write!(out, "{}", render_changes(&changes, app.tz, lang));
    Ok(())
}

/// Enters a brief as the secretariat: saved as of its arrival time (`--received`, else now),
/// with a warning first when that is after the deadline; with `--unwrap`, the text's wrapped
/// lines joined, and the text saved shown.
async fn add_brief(
    app: &Roundtable,
    command: BriefCommand,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let BriefCommand::Add {
        meeting,
        region,
        file,
        author,
        received,
        unwrap,
    } = command;
    let bytes = std::fs::read(&file).map_err(|e| CliError::BriefFile {
        path: file.clone(),
        reason: e.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|_| CliError::BriefFile {
        path: file.clone(),
        reason: t(lang, "error-not-utf8", &[]),
    })?;
    let text = if unwrap { unwrap_lines(&text) } else { text };
    let meeting = app.meeting(&selector(meeting)).await?;
    let at = match received {
        Some(received) => parse_received(&received, app.tz, app.now())?,
        None => app.now(),
    };
    if at > meeting.brief_deadline {
        let local = |at: DateTime<Utc>| at.with_timezone(&app.tz).format("%d.%m.%Y %H:%M");
        let args = [
            ("received", local(at).to_string().into()),
            ("deadline", local(meeting.brief_deadline).to_string().into()),
        ];
        let _ = writeln!(out, "{}", t(lang, "brief-late-warning", &args));
    }
    let author = Author {
        name: author.unwrap_or_else(|| t(lang, "author-secretariat", &[])),
        discord_user_id: None,
    };
    // Saved as of its arrival: the overview and the CSV judge it by that time.
    let arrived = Roundtable::new(app.store.clone(), Arc::new(ManualClock::new(at)), app.tz);
    let receipt = arrived
        .submit_brief(
            &meeting,
            &region,
            &text,
            &author,
            Submitter::Secretariat,
            None,
        )
        .await?;
    let message = t(
        lang,
        "brief-added",
        &[
            ("region", receipt.region.as_str().into()),
            ("title", meeting.title.as_str().into()),
            ("revision", receipt.saved.revision.into()),
            ("words", receipt.estimate.words.into()),
            ("minutes", receipt.estimate.minutes().into()),
        ],
    );
    let _ = writeln!(out, "{message}");
    if unwrap {
        let _ = writeln!(
            out,
            "{}\n{}",
            t(lang, "brief-unwrapped", &[]),
            text.trim_end()
        );
    }
    Ok(())
}

/// Writes the meeting's agenda with its briefs in a format: to `path`, or else to `out`
/// (standard output), which for a .docx must not be a terminal.
async fn export(
    app: &Roundtable,
    meeting: Option<String>,
    format: Format,
    path: Option<&Path>,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    if path.is_none() && !format.is_text() && std::io::stdout().is_terminal() {
        return Err(CliError::BinaryToTerminal { format });
    }
    let meeting = app.meeting(&selector(meeting)).await?;
    let view = ExportView::load(&app.store, meeting.id, app.tz).await?;
    let bytes = render(&view, format)?;
    let Some(path) = path else {
        return out
            .write_all(&bytes)
            .and_then(|()| out.flush())
            .map_err(|e| CliError::WriteExport {
                path: "stdout".into(),
                reason: e.to_string(),
            });
    };
    std::fs::write(path, &bytes).map_err(|e| CliError::WriteExport {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
    let summary = view.summary();
    let message = t(
        lang,
        "export-written",
        &[
            ("title", meeting.title.as_str().into()),
            ("format", format.name().into()),
            ("path", path.display().to_string().into()),
            ("received", summary.received.into()),
            ("late", summary.late.into()),
            ("missing", summary.missing.into()),
        ],
    );
    let _ = writeln!(out, "{message}");
    Ok(())
}
