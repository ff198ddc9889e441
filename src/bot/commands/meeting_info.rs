//! `/meeting list` and `/meeting log` (secretariat): the group's upcoming and recent meetings
//! with their brief counts, and who changed a meeting, when, and how.

use super::secretariat::secretariat_only;
use super::{private_reply, secretariat_meeting};
use crate::bot::discord_text::{fit, timestamp, MAX_CONTENT};
use crate::bot::localize::user_language;
use crate::bot::{BotError, Context};
use crate::change_report::{log_line, Style};
use crate::domain::records::ListedMeeting;
use crate::i18n::{t, Language};

/// How many meetings each part of the list shows.
const UPCOMING: i64 = 10;
const RECENT: i64 = 5;
/// How many changes the log shows.
const LOG_ENTRIES: i64 = 15;

fn line(m: &ListedMeeting, lang: Language) -> String {
    t(
        lang,
        "meeting-list-line",
        &[
            ("id", m.id.into()),
            ("timestamp", timestamp(m.starts_at, 'f').into()),
            ("title", m.title.as_str().into()),
            ("briefs", m.briefs.into()),
            ("regions", m.regions.into()),
            ("cancelled", m.cancelled.to_string().into()),
        ],
    )
}

/// The group's upcoming and recent meetings, with how many briefs are in.
#[poise::command(slash_command)]
pub(super) async fn list(ctx: Context<'_>) -> Result<(), BotError> {
    let lang = user_language(ctx);
    secretariat_only(ctx)?;
    let app = &ctx.data().app;
    let Some(group) = app.channel_group(ctx.channel_id().get()).await? else {
        let message = t(lang, "error-channel-without-group", &[]);
        ctx.send(private_reply(message)).await?;
        return Ok(());
    };
    let name = app
        .group_in_channel(ctx.channel_id().get())
        .await?
        .unwrap_or(group.slug);
    let (upcoming, recent) = app
        .group_meetings(group.id, app.now(), UPCOMING, RECENT)
        .await?;
    let mut out = vec![t(lang, "meeting-list-heading", &[("group", name.into())])];
    for (key, part) in [
        ("meeting-list-upcoming", &upcoming),
        ("meeting-list-recent", &recent),
    ] {
        out.push(format!("\n**{}**", t(lang, key, &[])));
        if part.is_empty() {
            out.push(t(lang, "meeting-list-none", &[]));
        }
        out.extend(part.iter().map(|m| line(m, lang)));
    }
    ctx.send(private_reply(fit(&out.join("\n"), MAX_CONTENT)))
        .await?;
    Ok(())
}

/// Who changed the meeting, when, and what (newest first).
#[poise::command(slash_command)]
pub(super) async fn log(
    ctx: Context<'_>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = secretariat_meeting(ctx, meeting).await?;
    let app = &ctx.data().app;
    let entries = app.meeting_changes(meeting.id, LOG_ENTRIES).await?;
    let title = meeting.title.as_str();
    let content = if entries.is_empty() {
        t(lang, "change-log-empty", &[("title", title.into())])
    } else {
        let mut out = vec![t(lang, "change-log-heading", &[("title", title.into())])];
        out.extend(
            entries
                .iter()
                .map(|e| fit(&log_line(e, app.tz, lang, Style::Discord), 400)),
        );
        fit(&out.join("\n"), MAX_CONTENT)
    };
    ctx.send(private_reply(content)).await?;
    Ok(())
}
