//! `/export format [meeting]` (secretariat): the collected briefs as a file, the basis for the
//! minutes, with a one-line summary.

use super::{private_reply, secretariat_meeting};
use crate::bot::localize::user_language;
use crate::bot::{BotError, Context};
use crate::export::{render, Format};
use crate::i18n::t;
use poise::serenity_prelude as serenity;

/// The formats offered (names are the same in every language).
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum ExportFormat {
    #[name = "Word (.docx)"]
    Docx,
    #[name = "Markdown (.md)"]
    Markdown,
    #[name = "PDF/A (.pdf, for the archive)"]
    Pdf,
    #[name = "CSV (Excel)"]
    Csv,
    #[name = "CSV (RFC 4180, for programs)"]
    CsvPlain,
    #[name = "JSON"]
    Json,
}

impl From<ExportFormat> for Format {
    fn from(f: ExportFormat) -> Self {
        match f {
            ExportFormat::Docx => Format::Docx,
            ExportFormat::Markdown => Format::Markdown,
            ExportFormat::Pdf => Format::Pdf,
            ExportFormat::Csv => Format::Csv,
            ExportFormat::CsvPlain => Format::CsvPlain,
            ExportFormat::Json => Format::Json,
        }
    }
}

/// Export the collected briefs (secretariat).
#[poise::command(slash_command, default_member_permissions = "MANAGE_GUILD")]
pub async fn export(
    ctx: Context<'_>,
    #[description = "The file format"] format: ExportFormat,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    super::secretariat::secretariat_only(ctx)?;
    // Rendering takes a while (a Word file of many briefs, most of a second): Discord gets
    // its answer within 3 s, and the file follows.
    ctx.defer_ephemeral().await?;
    let meeting = secretariat_meeting(ctx, meeting).await?;
    let app = &ctx.data().app;
    let view = app.export_view(meeting.id).await?;
    let format = Format::from(format);
    let rendered = tokio::task::spawn_blocking({
        let view = view.clone();
        move || render(&view, format)
    })
    .await;
    let rendered = match rendered {
        Ok(rendered) => rendered,
        Err(e) => {
            tracing::error!(error = %e, "the export's rendering stopped");
            ctx.send(private_reply(t(lang, "error-internal", &[])))
                .await?;
            return Ok(());
        }
    };
    let bytes = match rendered {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!(error = %e, "export failed");
            let message = t(
                lang,
                "export-error-render",
                &[("reason", e.to_string().into())],
            );
            ctx.send(private_reply(message)).await?;
            return Ok(());
        }
    };
    let summary = view.summary();
    let message = t(
        lang,
        "export-summary",
        &[
            ("title", meeting.title.as_str().into()),
            ("received", summary.received.into()),
            ("late", summary.late.into()),
            ("missing", summary.missing.into()),
        ],
    );
    // Named by the day the meeting is held, not by its key (which keeps its first date).
    let stem =
        crate::domain::meeting_edit::meeting_key(&meeting.group_slug, meeting.starts_at, app.tz);
    let name = format!("{stem}.{}", format.extension());
    let reply = private_reply(message).attachment(serenity::CreateAttachment::bytes(bytes, name));
    ctx.send(reply).await?;
    Ok(())
}
