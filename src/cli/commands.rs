//! What each CLI command does, over the same service the bot uses.

use super::{BriefCommand, CliError, Command};
use crate::app::{Roundtable, Submitter};
use crate::change_report::{diff_lines, Style};
use crate::clock::SystemClock;
use crate::domain::brief_entry::{parse_received, unwrap_lines};
use crate::domain::records::{Author, MeetingSelector};
use crate::export::{render, Format};
use crate::i18n::{meeting_day, t, Language};
use crate::meeting_file::read_meeting_file;
use crate::settings::Settings;
use crate::status_report::{render_changes, render_invitees, render_status};
use chrono::{DateTime, Utc};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;

/// Runs one command, writing what it has to say to `out`.
pub async fn execute(
    command: Command,
    settings: &Settings,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    if let Command::Doctor = command {
        // The doctor opens the database itself: a database that does not open is one of its
        // findings, not the end of the run.
        return super::doctor::execute(settings, out).await;
    }
    #[cfg(feature = "demo")]
    if let Command::Demo { out: dir, lang } = &command {
        // The demo has a database, a clock and a Discord of its own.
        let lang = lang.map_or(settings.language, super::DemoLanguage::language);
        let options = crate::demo::DemoOptions {
            dir: dir.clone(),
            lang,
        };
        return crate::demo::run(&options, out)
            .await
            .map(|_| ())
            .map_err(Into::into);
    }
    let lang = settings.language;
    let app = Roundtable::open(settings, Arc::new(SystemClock)).await?;
    let result = match command {
        Command::Run => crate::bot::run(settings, app.clone())
            .await
            .map_err(|e| CliError::Bot(crate::bot::describe_start_error(&e, lang))),
        Command::Import { path } => import(&app, &path, lang, out).await,
        Command::Plan(command) => super::plan::execute(&app, command, lang, out).await,
        Command::Doctor => Ok(()),
        #[cfg(feature = "demo")]
        Command::Demo { .. } => Ok(()),
        Command::Backup { out: path } => super::backup::execute(&app, &path, lang, out).await,
        Command::Attendance(command) => super::attendance::execute(&app, command, lang, out).await,
        Command::Followup(command) => super::followup::execute(&app, command, lang, out).await,
        Command::Referat(command) => super::minutes::execute(&app, command, lang, out).await,
        Command::Status { meeting, invitees } => status(&app, meeting, invitees, lang, out).await,
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
    app.close().await;
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
    let prepared = app.prepare_import(plan).await?;
    // What changes is shown before it is written; the write is refused if the meeting changed
    // meanwhile (a change confirmed on Discord).
    if !prepared.diff.is_empty() {
        let _ = writeln!(out, "{}", t(lang, "import-changes", &[]));
        for line in diff_lines(&prepared.diff, app.tz, lang, Style::Plain) {
            let _ = writeln!(out, "  • {line}");
        }
    }
    if prepared.past {
        let date = meeting_day(prepared.plan.starts_at, app.tz, lang);
        let _ = writeln!(
            out,
            "{}",
            t(lang, "change-past-meeting", &[("date", date.into())])
        );
    }
    let _ = out.flush();
    let outcome = app.apply_import(&prepared).await?;
    let plan = &prepared.plan;
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
            ("date", meeting_day(plan.starts_at, app.tz, lang).into()),
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
    invitees: bool,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let summary = app.meeting(&selector(meeting)).await?;
    let details = app.meeting_details(summary.id).await?;
    let briefs = app.region_briefs(summary.id).await?;
    let _ = write!(out, "{}", render_status(&details, &briefs, app.tz, lang));
    if invitees {
        let _ = write!(out, "{}", render_invitees(&details.invitees, lang));
    }
    let changes = app.meeting_changes(summary.id, 10).await?;
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
        reason: crate::i18n::io_reason(&e, lang),
    })?;
    let text = String::from_utf8(bytes).map_err(|_| CliError::BriefFile {
        path: file.clone(),
        reason: t(lang, "error-not-utf8", &[]),
    })?;
    // A byte-order mark (Notepad's UTF-8) is not part of the brief.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
    let text = if unwrap { unwrap_lines(&text) } else { text };
    let meeting = app.meeting(&selector(meeting)).await?;
    let region = app.region_named(&meeting, &region).await?;
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
    let arrived = app.as_of(at);
    let receipt = arrived
        .submit_brief(
            &meeting,
            &region.name,
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
            (
                "time",
                crate::i18n::format_speaking_time(receipt.estimate.duration, lang).into(),
            ),
        ],
    );
    let _ = writeln!(out, "{message}");
    if receipt.estimate.over_limit() {
        let time = crate::i18n::format_speaking_time(receipt.estimate.duration, lang);
        let _ = writeln!(
            out,
            "{}",
            t(lang, "brief-receipt-over-limit", &[("time", time.into())])
        );
    }
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
    let view = app.export_view(meeting.id).await?;
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
    super::write_file::replace(path, &bytes).map_err(|e| CliError::WriteExport {
        path: path.to_owned(),
        reason: crate::i18n::io_reason(&e, lang),
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
