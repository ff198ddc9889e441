//! `/minutes draft` and `/minutes approve` (nb `/referat utkast`, `/referat godkjenn`): the
//! two that post files to the group's channel, the draft with its comment deadline and
//! buttons, and the approved minutes as PDF/A and Word.

use super::minutes::minutes_meeting;
use super::private_reply;
use crate::app::minutes_agenda::day_month_year;
use crate::bot::access::command_actor;
use crate::bot::discord_text::{fit, MAX_CONTENT};
use crate::bot::localize::user_language;
use crate::bot::minutes_forms::draft_buttons;
use crate::bot::{BotError, Context};
use crate::domain::MeetingSummary;
use crate::export::{render_minutes, Format};
use crate::i18n::{format_date_long, t, Language};
use poise::serenity_prelude as serenity;
use std::fmt::Write;

/// The file name of the minutes of a meeting, e.g. `referat-naeringssamarbeid-2024-11-07.pdf`.
fn file_name(ctx: Context<'_>, meeting: &MeetingSummary, draft: bool, format: Format) -> String {
    let stem = crate::domain::meeting_edit::meeting_key(
        &meeting.group_slug,
        meeting.starts_at,
        ctx.data().app.tz,
    );
    let kind = if draft { "utkast-" } else { "" };
    format!("referat-{kind}{stem}.{}", format.extension())
}

/// Post the draft to the group's channel with the comment deadline.
#[poise::command(slash_command)]
pub(super) async fn draft(
    ctx: Context<'_>,
    #[description = "Days for comments (default 7)"]
    #[min = 1]
    #[max = 60]
    days: Option<u32>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = minutes_meeting(ctx, meeting, false).await?;
    ctx.defer_ephemeral().await?;
    let app = &ctx.data().app;
    let actor = command_actor(ctx);
    // Where it goes, before the draft is written: nothing is drafted that cannot be posted.
    let Some(channel) = app.meeting_channel(meeting.id).await? else {
        ctx.send(private_reply(t(lang, "minutes-error-no-channel", &[])))
            .await?;
        return Ok(());
    };
    let out = app.start_draft(&meeting, days, &actor).await?;
    let view = out.view.clone();
    let rendered = tokio::task::spawn_blocking(move || {
        [Format::Docx, Format::Pdf].map(|f| render_minutes(&view, f).map(|b| (f, b)))
    })
    .await;
    let Ok([Ok(docx), Ok(pdf)]) = rendered else {
        tracing::error!(
            meeting = meeting.id,
            "the minutes draft could not be rendered"
        );
        ctx.send(private_reply(t(lang, "minutes-error-internal", &[])))
            .await?;
        return Ok(());
    };
    let group_lang = Language::from_code(&out.view.group.language).unwrap_or(Language::Nb);
    let deadline = out.draft.comments_by.with_timezone(&app.tz).date_naive();
    let date = meeting.starts_at.with_timezone(&app.tz).date_naive();
    let text = t(
        group_lang,
        "minutes-draft-posted",
        &[
            ("title", meeting.title.as_str().into()),
            ("date", day_month_year(date, group_lang).into()),
            ("deadline", format_date_long(deadline, group_lang).into()),
        ],
    );
    let files = [docx, pdf].map(|(f, bytes)| {
        serenity::CreateAttachment::bytes(bytes, file_name(ctx, &meeting, true, f))
    });
    let message = serenity::CreateMessage::new()
        .content(fit(&text, MAX_CONTENT))
        .files(files)
        .components(vec![draft_buttons(meeting.id, group_lang)])
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    let posted = serenity::ChannelId::new(channel)
        .send_message(ctx.serenity_context(), message)
        .await?;
    let link = posted.link();
    let next = match app
        .draft_posted(&meeting, posted.id.get(), &link, &actor)
        .await
    {
        Ok(next) => next,
        Err(e) => {
            tracing::warn!(error = %e, "the approval item could not be put on the next meeting");
            None
        }
    };
    let mut reply = t(
        lang,
        "minutes-draft-sent",
        &[
            ("link", link.into()),
            ("deadline", format_date_long(deadline, lang).into()),
        ],
    );
    if let Some(next) = next {
        let next = app.meeting_summary(next).await?;
        let day = crate::i18n::meeting_day(next.starts_at, app.tz, lang);
        let _ = write!(
            reply,
            "\n{}",
            t(lang, "minutes-approval-item-added", &[("date", day.into())])
        );
    }
    ctx.send(private_reply(reply)).await?;
    Ok(())
}

/// Approve the minutes or a rettelse: locked, stored, posted as PDF/A and Word.
#[poise::command(slash_command)]
pub(super) async fn approve(
    ctx: Context<'_>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = minutes_meeting(ctx, meeting, true).await?;
    ctx.defer_ephemeral().await?;
    let app = &ctx.data().app;
    let approved = app.approve_minutes(&meeting, &command_actor(ctx)).await?;
    let group_lang = Language::from_code(&approved.view.group.language).unwrap_or(Language::Nb);
    let date = meeting.starts_at.with_timezone(&app.tz).date_naive();
    let approved_on = day_month_year(approved.approval.meeting_date, group_lang);
    let place = match &approved.approval.sak {
        Some(sak) => t(
            group_lang,
            "minutes-approved-in",
            &[("date", approved_on.into()), ("sak", sak.as_str().into())],
        ),
        None => t(
            group_lang,
            "minutes-approved-on",
            &[("date", approved_on.into())],
        ),
    };
    let text = t(
        group_lang,
        "minutes-approved-posted",
        &[
            ("title", meeting.title.as_str().into()),
            ("date", day_month_year(date, group_lang).into()),
            ("where", place.into()),
            ("version", approved.version.into()),
            ("sha", approved.sha256.as_str().into()),
        ],
    );
    let files: Vec<_> = approved
        .files
        .iter()
        .filter(|(f, _)| matches!(f, Format::Pdf | Format::Docx))
        .map(|(f, bytes)| {
            serenity::CreateAttachment::bytes(bytes.clone(), file_name(ctx, &meeting, false, *f))
        })
        .collect();
    if let Some(channel) = app.meeting_channel(meeting.id).await? {
        let message = serenity::CreateMessage::new()
            .content(fit(&text, MAX_CONTENT))
            .files(files)
            .allowed_mentions(serenity::CreateAllowedMentions::new());
        serenity::ChannelId::new(channel)
            .send_message(ctx.serenity_context(), message)
            .await?;
    }
    let reply = t(
        lang,
        "minutes-approved",
        &[
            ("version", approved.version.into()),
            ("sha", approved.sha256.as_str().into()),
        ],
    );
    ctx.send(private_reply(reply)).await?;
    Ok(())
}
