//! `/attendance show|mark|link`: who comes and who has not answered (everyone); who was there,
//! and which Discord user is which invitee (secretariat).

use super::{find_meeting, private_reply, secretariat_meeting};
use crate::bot::localize::user_language;
use crate::bot::{BotError, Context};
use crate::domain::attendance::{AttendanceEntry, Rsvp};
use crate::i18n::{errors, t, Language};
use poise::serenity_prelude as serenity;
use std::fmt::Write;

/// Attendance at the meeting.
#[poise::command(
    slash_command,
    subcommands("show", "mark", "link"),
    subcommand_required
)]
pub async fn attendance(_ctx: Context<'_>) -> Result<(), BotError> {
    Ok(())
}

/// The overview: counts and names per answer, and who has not answered.
fn overview(title: &str, entries: &[AttendanceEntry], lang: Language) -> String {
    let mut groups: [(&str, Vec<String>); 4] = [
        ("attendance-attending", Vec::new()),
        ("attendance-absent", Vec::new()),
        ("attendance-deputy", Vec::new()),
        ("attendance-unanswered", Vec::new()),
    ];
    for e in entries {
        let name = e.invitee.full_name();
        let (slot, line) = match (&e.rsvp, e.present) {
            (_, Some(true)) => (0, format!("{name} ✓")),
            (_, Some(false)) => (1, format!("{name} ✓")),
            (Some(Rsvp::Attending), None) => (0, name),
            (Some(Rsvp::Absent), None) => (1, name),
            (
                Some(Rsvp::Deputy {
                    name: d,
                    organisation,
                }),
                None,
            ) => {
                let args = [
                    ("deputy", d.as_str().into()),
                    ("organisation", organisation.as_str().into()),
                    ("name", name.into()),
                ];
                (2, t(lang, "attendance-deputy-line", &args))
            }
            (None, None) => (3, name),
        };
        groups[slot].1.push(line);
    }
    let mut out = t(lang, "attendance-heading", &[("title", title.into())]);
    for (key, names) in &groups {
        let list = if names.is_empty() {
            "–".to_owned()
        } else {
            names.join(", ")
        };
        let _ = write!(out, "\n**{}** ({}): {list}", t(lang, key, &[]), names.len());
    }
    out
}

/// Who comes, who does not, and who has not answered.
#[poise::command(slash_command)]
async fn show(
    ctx: Context<'_>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = find_meeting(ctx, meeting).await?;
    let entries = ctx.data().app.attendance(meeting.id).await?;
    ctx.send(private_reply(overview(&meeting.title, &entries, lang)))
        .await?;
    Ok(())
}

/// Record who was at the meeting (secretariat).
#[poise::command(slash_command, default_member_permissions = "MANAGE_GUILD")]
async fn mark(
    ctx: Context<'_>,
    #[description = "The invitee"]
    #[autocomplete = "super::autocomplete::invitee"]
    invitee: String,
    #[description = "Was there"] present: bool,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = secretariat_meeting(ctx, meeting).await?;
    let app = &ctx.data().app;
    let invitee = super::choice::invitee_name(app, meeting.id, &invitee).await?;
    let by = Some(ctx.author().id.get());
    let message = match app.mark_presence(&meeting, &invitee, present, by).await {
        Ok(who) => {
            let key = if present {
                "attendance-marked-present"
            } else {
                "attendance-marked-absent"
            };
            t(lang, key, &[("name", who.name.into())])
        }
        Err(e) => errors::attendance_error(&e, app.tz, lang),
    };
    ctx.send(private_reply(message)).await?;
    Ok(())
}

/// Tell the bot which invitee a member is (secretariat).
#[poise::command(slash_command, default_member_permissions = "MANAGE_GUILD")]
async fn link(
    ctx: Context<'_>,
    #[description = "The member"] user: serenity::User,
    #[description = "The invitee"]
    #[autocomplete = "super::autocomplete::invitee"]
    invitee: String,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = secretariat_meeting(ctx, None).await?;
    let app = &ctx.data().app;
    let invitee = super::choice::invitee_name(app, meeting.id, &invitee).await?;
    let message = match app.find_invitee(&meeting, &invitee).await {
        Ok(who) => {
            let linked = crate::app::DiscordUser {
                id: user.id.get(),
                name: user
                    .global_name
                    .clone()
                    .unwrap_or_else(|| user.name.clone()),
            };
            let by = crate::bot::access::command_actor(ctx);
            app.link_invitee_logged(&who, &linked, &by).await?;
            let mention = format!("<@{}>", user.id);
            t(
                lang,
                "attendance-linked",
                &[("user", mention.into()), ("name", who.name.into())],
            )
        }
        Err(e) => errors::attendance_error(&e, app.tz, lang),
    };
    ctx.send(private_reply(message)).await?;
    Ok(())
}
