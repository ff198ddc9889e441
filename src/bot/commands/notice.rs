//! `/notice preview|post` (secretariat): see the notice before it goes out, or post it now.

use super::{interaction_span, private_reply, secretariat_meeting};
use crate::bot::localize::user_language;
use crate::bot::notice::{group_language, ics_file_name, notice_components, notice_content};
use crate::bot::{BotError, Context};
use crate::i18n::t;
use crate::schedule::SendState;
use crate::schedule::{plan, MeetingTimes, MessageKind};
use poise::serenity_prelude as serenity;
use tracing::Instrument;

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
    async move {
        let lang = user_language(ctx);
        let Some(meeting) = secretariat_meeting(ctx, meeting, lang).await? else {
            return Ok(());
        };
        let app = &ctx.data().app;
        let details = app.store.meeting_details(meeting.id).await?;
        let group_lang = group_language(&details, ctx.data().default_language);
        let ics = crate::calendar::meeting_ics(&details, app.tz, 0);
        let reply = private_reply(notice_content(&details, app.tz, group_lang))
            .components(notice_components(meeting.id, group_lang))
            .attachment(serenity::CreateAttachment::bytes(
                ics.into_bytes(),
                ics_file_name(&details),
            ));
        ctx.send(reply).await?;
        Ok(())
    }
    .instrument(interaction_span(ctx))
    .await
}

/// Post the notice in the channel now.
#[poise::command(slash_command)]
async fn post(
    ctx: Context<'_>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    async move {
        let lang = user_language(ctx);
        let Some(meeting) = secretariat_meeting(ctx, meeting, lang).await? else {
            return Ok(());
        };
        if meeting.cancelled_at.is_some() {
            let message = t(lang, "error-meeting-cancelled", &[]);
            ctx.send(private_reply(message)).await?;
            return Ok(());
        }
        let data = ctx.data();
        let (store, now) = (&data.app.store, data.app.now());
        let times = MeetingTimes {
            starts_at: meeting.starts_at,
            ends_at: meeting.ends_at,
            brief_deadline: meeting.brief_deadline,
            notice_at: meeting.notice_at,
            cancelled: meeting.cancelled_at.is_some(),
        };
        store
            .plan_messages(
                meeting.id,
                &plan(&times, &data.schedule_rules, data.app.tz),
                now,
            )
            .await?;
        let sent = store.scheduled_messages(meeting.id).await?.iter().any(|r| {
            r.kind == MessageKind::Notice && matches!(r.state, SendState::Sent | SendState::Sending)
        });
        let key = if !sent && store.post_notice_now(meeting.id, now).await? {
            "notice-posted"
        } else {
            "notice-already-posted"
        };
        ctx.send(private_reply(t(lang, key, &[]))).await?;
        Ok(())
    }
    .instrument(interaction_span(ctx))
    .await
}
