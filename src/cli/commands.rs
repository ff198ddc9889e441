//! What each CLI command does, over the same service the bot uses.

use super::{BriefCommand, CliError, Command};
use crate::app::{Roundtable, Submitter};
use crate::clock::SystemClock;
use crate::domain::records::{Author, MeetingSelector};
use crate::export::{render, Format};
use crate::i18n::{t, Language};
use crate::meeting_file::read_meeting_file;
use crate::settings::Settings;
use crate::status_report::{render_changes, render_status};
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
        Command::Doctor => Ok(()),
        #[cfg(feature = "demo")]
        Command::Demo { .. } => Ok(()),
        Command::Backup { out: path } => super::backup::execute(&app, &path, lang, out).await,
        Command::Attendance(command) => super::attendance::execute(&app, command, lang, out).await,
        Command::Status { meeting } => status(&app, meeting, lang, out).await,
        Command::Brief(BriefCommand::Add {
            meeting,
            region,
            file,
            author,
        }) => add_brief(&app, meeting, &region, &file, author, lang, out).await,
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
    let details = app.meeting_details(summary.id).await?;
    let briefs = app.region_briefs(summary.id).await?;
    let _ = write!(out, "{}", render_status(&details, &briefs, app.tz, lang));
    let changes = app.meeting_changes(summary.id, 10).await?;
    let _ = write!(out, "{}", render_changes(&changes, app.tz, lang));
    Ok(())
}

async fn add_brief(
    app: &Roundtable,
    meeting: Option<String>,
    region: &str,
    file: &Path,
    author: Option<String>,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let bytes = std::fs::read(file).map_err(|e| CliError::BriefFile {
        path: file.to_owned(),
        reason: crate::i18n::io_reason(&e, lang),
    })?;
    let text = String::from_utf8(bytes).map_err(|_| CliError::BriefFile {
        path: file.to_owned(),
        reason: t(lang, "error-not-utf8", &[]),
    })?;
    let meeting = app.meeting(&selector(meeting)).await?;
    let author = Author {
        name: author.unwrap_or_else(|| t(lang, "author-secretariat", &[])),
        discord_user_id: None,
    };
    let receipt = app
        .submit_brief(
            &meeting,
            region,
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
    std::fs::write(path, &bytes).map_err(|e| CliError::WriteExport {
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
