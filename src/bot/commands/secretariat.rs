//! The secretariat's commands: `/briefs` (who has sent theirs) and `/representative`
//! (who speaks for which region). Hidden from others by Discord's default permissions, and
//! refused here to anyone without the secretariat's role, whatever Discord shows.

use super::{private_reply, secretariat_meeting};
use crate::app::DiscordUser;
use crate::bot::access::command_actor;
use crate::bot::discord_text::timestamp;
use crate::bot::localize::user_language;
use crate::bot::Refusal;
use crate::bot::{BotError, Context};
use crate::i18n::t;
use poise::serenity_prelude as serenity;
use std::fmt::Write;

/// Refuses a user who is not the secretariat (checked on the server at every use, whatever
/// Discord shows them).
pub fn secretariat_only(ctx: Context<'_>) -> Result<(), BotError> {
    if command_actor(ctx).secretariat {
        return Ok(());
    }
    tracing::info!(user = %ctx.author().id, "refused: not the secretariat");
    Err(Refusal::new("error-secretariat-only").into())
}

/// Which regions have sent their brief, by whom and when (secretariat).
#[poise::command(slash_command, default_member_permissions = "MANAGE_GUILD")]
pub async fn briefs(
    ctx: Context<'_>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = secretariat_meeting(ctx, meeting).await?;
    let regions = ctx.data().app.region_briefs(meeting.id).await?;
    let received = regions.iter().filter(|r| r.brief.is_some()).count();
    let mut out = t(
        lang,
        "briefs-heading",
        &[
            ("title", meeting.title.as_str().into()),
            ("received", received.into()),
            ("total", regions.len().into()),
            ("deadline", timestamp(meeting.brief_deadline, 'f').into()),
        ],
    );
    for region in &regions {
        let line = match &region.brief {
            Some(b) => t(
                lang,
                "briefs-in",
                &[
                    ("region", region.region.as_str().into()),
                    ("author", b.author.as_str().into()),
                    ("timestamp", timestamp(b.updated_at, 'f').into()),
                    ("late", b.is_late(meeting.brief_deadline).to_string().into()),
                ],
            ),
            None => t(
                lang,
                "briefs-missing",
                &[("region", region.region.as_str().into())],
            ),
        };
        let _ = write!(out, "\n{line}");
    }
    ctx.send(private_reply(out)).await?;
    Ok(())
}

/// Who speaks for which region (secretariat).
#[poise::command(
    slash_command,
    subcommands("add", "remove", "list"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn representative(_ctx: Context<'_>) -> Result<(), BotError> {
    Ok(())
}

/// Changes a representative link: `add` or remove.
async fn change(
    ctx: Context<'_>,
    user: serenity::User,
    region: String,
    add: bool,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = secretariat_meeting(ctx, None).await?;
    let app = &ctx.data().app;
    let region = super::choice::region_name(app, meeting.id, &region).await?;
    let by = command_actor(ctx);
    let linked = DiscordUser {
        id: user.id.get(),
        name: user
            .global_name
            .clone()
            .unwrap_or_else(|| user.name.clone()),
    };
    let result = if add {
        app.add_representative_logged(meeting.id, region.trim(), &linked, &by)
            .await
    } else {
        app.remove_representative_logged(meeting.id, region.trim(), &linked, &by)
            .await
    };
    let args = [
        ("user", format!("<@{}>", user.id).into()),
        ("region", region.trim().into()),
    ];
    let message = match (result, add) {
        (Ok(true), true) => t(lang, "representative-added", &args),
        (Ok(false), true) => t(lang, "representative-already", &args),
        (Ok(true), false) => t(lang, "representative-removed", &args),
        (Ok(false), false) => t(lang, "representative-not-linked", &args),
        (Err(e), _) => e.describe(lang),
    };
    ctx.send(private_reply(message)).await?;
    Ok(())
}

/// Let a member speak for a region.
#[poise::command(slash_command)]
async fn add(
    ctx: Context<'_>,
    #[description = "The member"] user: serenity::User,
    #[description = "The region"]
    #[autocomplete = "super::autocomplete::region"]
    region: String,
) -> Result<(), BotError> {
    change(ctx, user, region, true).await
}

/// Stop a member speaking for a region.
#[poise::command(slash_command)]
async fn remove(
    ctx: Context<'_>,
    #[description = "The member"] user: serenity::User,
    #[description = "The region"]
    #[autocomplete = "super::autocomplete::region"]
    region: String,
) -> Result<(), BotError> {
    change(ctx, user, region, false).await
}

/// Who speaks for each region.
#[poise::command(slash_command)]
async fn list(ctx: Context<'_>) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = secretariat_meeting(ctx, None).await?;
    let store = &ctx.data().app;
    let reps = store.representatives(meeting.id).await?;
    let mut out = t(lang, "representative-list-heading", &[]);
    for region in store.meeting_regions(meeting.id).await? {
        let people: Vec<String> = reps
            .iter()
            .filter(|r| r.region == region.name)
            .map(|r| format!("<@{}>", r.discord_user_id))
            .collect();
        let people = if people.is_empty() {
            t(lang, "representative-none", &[])
        } else {
            people.join(", ")
        };
        let _ = write!(out, "\n**{}**: {people}", region.name);
    }
    ctx.send(private_reply(out)).await?;
    Ok(())
}
