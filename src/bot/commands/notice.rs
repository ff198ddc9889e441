//! `/notice preview|post` (secretariat): see the notice before it goes out, or post it now.

use super::{private_reply, secretariat_meeting};
use crate::app::schedule::NoticePost;
use crate::bot::localize::user_language;
use crate::bot::notice::{group_language, ics_file_name, notice_buttons, notice_content};
use crate::bot::{BotError, Context, Refusal};
use crate::i18n::t;
use poise::serenity_prelude as serenity;

/// The meeting notice (secretariat).
#[poise::command(
    slash_command,
    subcommands("preview", "post"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn notice(_ctx: Context<'_>) -> Result<(), BotError> {
    Ok(())
}

/// See the notice as it will be posted.
#[poise::command(slash_command)]
async fn preview(
    ctx: Context<'_>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let meeting = secretariat_meeting(ctx, meeting).await?;
    let app = &ctx.data().app;
    let details = app.meeting_details(meeting.id).await?;
    let group_lang = group_language(&details, ctx.data().default_language);
    let ics = crate::calendar::meeting_ics(&details, app.tz, 0);
    let follow_ups = app.follow_ups_at(meeting.id).await?;
    let content = notice_content(&details, &follow_ups, app.tz, group_lang);
    let reply = private_reply(content)
        .components(notice_buttons(&details, group_lang))
        .attachment(serenity::CreateAttachment::bytes(
            ics.into_bytes(),
            ics_file_name(&details, app.tz),
        ));
    ctx.send(reply).await?;
    Ok(())
}

/// Post the notice in the channel now.
#[poise::command(slash_command)]
async fn post(
    ctx: Context<'_>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = secretariat_meeting(ctx, meeting).await?;
    let key = match ctx.data().app.post_notice_now(meeting.id).await? {
        NoticePost::Cancelled => return Err(Refusal::new("error-meeting-cancelled").into()),
        NoticePost::Posted => "notice-posted",
        NoticePost::AlreadyPosted => "notice-already-posted",
    };
    ctx.send(private_reply(t(lang, key, &[]))).await?;
    Ok(())
}
