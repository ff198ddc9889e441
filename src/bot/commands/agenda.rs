//! `/agenda [meeting]`: the meeting's time, place and numbered agenda, and which regions have
//! sent their brief.

use super::{find_meeting, private_reply};
use crate::bot::discord_text::{time_and_place, timestamp};
use crate::bot::follow_up_text;
use crate::bot::localize::user_language;
use crate::bot::{BotError, Context};
use crate::domain::follow_up::FollowUpItem;
use crate::domain::records::{MeetingAgenda, RegionBriefState};
use crate::i18n::{format_date_long, t, Language};
use chrono::NaiveDate;
use chrono_tz::Tz;
use std::fmt::Write;

/// Shows a meeting's agenda.
#[poise::command(slash_command)]
pub async fn agenda(
    ctx: Context<'_>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let Some(text) = agenda_text(ctx, meeting, lang).await? else {
        return Ok(());
    };
    ctx.send(private_reply(text)).await?;
    Ok(())
}

/// The agenda in words, or `None` when the user has been told why there is none.
async fn agenda_text(
    ctx: Context<'_>,
    meeting: Option<String>,
    lang: Language,
) -> Result<Option<String>, BotError> {
    let app = &ctx.data().app;
    let summary = find_meeting(ctx, meeting).await?;
    let agenda = app.meeting_agenda(summary.id).await?;
    let follow_ups = app.follow_ups_on_agenda(&agenda).await?;
    let today = app.today();
    Ok(Some(render_agenda(
        &agenda,
        (&follow_ups, today),
        app.tz,
        lang,
    )))
}

/// The agenda message: title, time, place, numbered items, the briefs in and missing, and
/// the follow-up items the meeting takes up (flagged when overdue on the day given).
pub fn render_agenda(
    meeting: &MeetingAgenda,
    (follow_ups, today): (&[FollowUpItem], NaiveDate),
    tz: Tz,
    lang: Language,
) -> String {
    let (s, briefs) = (&meeting.summary, &meeting.regions);
    let mut out = String::new();
    let _ = writeln!(out, "**{}**", s.title);
    if s.cancelled_at.is_some() {
        let _ = writeln!(out, "{}", t(lang, "agenda-cancelled", &[]));
    }
    let _ = writeln!(out, "{}", time_and_place(s, tz, lang));
    let _ = writeln!(out, "\n**{}**", t(lang, "agenda-heading", &[]));
    for item in &meeting.agenda {
        let label = crate::i18n::sak_prefix(meeting.sak_label(item), lang);
        let _ = writeln!(out, "{label} {}", item.title);
        if item.collects_briefs {
            let (sent, missing): (Vec<_>, Vec<_>) = briefs.iter().partition(|b| b.brief_in);
            let names = |list: &[&RegionBriefState]| -> String {
                if list.is_empty() {
                    "–".into()
                } else {
                    list.iter()
                        .map(|b| b.region.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            let args = [
                ("count", sent.len().into()),
                ("total", briefs.len().into()),
                ("regions", names(&sent).into()),
            ];
            let _ = writeln!(out, "   {}", t(lang, "agenda-briefs-in", &args));
            let args = [
                ("count", missing.len().into()),
                ("regions", names(&missing).into()),
            ];
            let _ = writeln!(out, "   {}", t(lang, "agenda-briefs-missing", &args));
        }
        follow_up_text::write_under(&mut out, item, follow_ups, Some(today), lang);
    }
    follow_up_text::write_section(&mut out, &meeting.agenda, follow_ups, Some(today), lang);
    let deadline = s.brief_deadline.with_timezone(&tz);
    let _ = write!(
        out,
        "\n{}",
        t(
            lang,
            "agenda-deadline",
            &[
                ("timestamp", timestamp(s.brief_deadline, 'f').into()),
                ("date", format_date_long(deadline.date_naive(), lang).into()),
                ("time", deadline.format("%H:%M").to_string().into()),
            ],
        )
    );
    out
}
