//! `/brief send|show|withdraw|history`: a region's representative writes, reads, withdraws
//! and traces the region's brief for the "round the table" item.

use super::{find_meeting, private_reply};
use crate::app::Actor;
use crate::bot::access::command_actor;
use crate::bot::brief_flow;
use crate::bot::custom_id::CustomId;
use crate::bot::discord_text::{fit, timestamp, MAX_CONTENT};
use crate::bot::localize::user_language;
use crate::bot::{BotError, Context};
use crate::domain::records::{RegionRow, RevisionKind};
use crate::domain::{MeetingSummary, SpeakingEstimate};
use crate::i18n::t;
use poise::serenity_prelude as serenity;
use std::fmt::Write;

/// Briefs for "round the table".
#[poise::command(
    slash_command,
    subcommands("send", "show", "withdraw", "history"),
    subcommand_required
)]
pub async fn brief(_ctx: Context<'_>) -> Result<(), BotError> {
    Ok(())
}

/// The meeting, the acting user and the region a brief command is about (refused when the
/// user may write for none, or must choose).
async fn target(
    ctx: Context<'_>,
    region: Option<String>,
    meeting: Option<String>,
) -> Result<(MeetingSummary, Actor, RegionRow), BotError> {
    let meeting = find_meeting(ctx, meeting).await?;
    let actor = command_actor(ctx);
    let app = &ctx.data().app;
    let region = match region {
        Some(value) => Some(super::choice::region_name(app, meeting.id, &value).await?),
        None => None,
    };
    let region = app
        .choose_region(&meeting, &actor, region.as_deref())
        .await?;
    Ok((meeting, actor, region))
}

/// Write or edit your region's brief.
#[poise::command(slash_command)]
async fn send(
    ctx: Context<'_>,
    #[description = "The region"]
    #[autocomplete = "super::autocomplete::own_region"]
    region: Option<String>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
    #[description = "A .txt or .md file"] file: Option<serenity::Attachment>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let (meeting, actor, region) = target(ctx, region, meeting).await?;
    let app = &ctx.data().app;
    app.check_deadline(&meeting, actor.submitter())?;
    if let Some(file) = file {
        // Fetching the file may take a while: Discord gets its answer within 3 s.
        ctx.defer_ephemeral().await?;
        let reply = match brief_flow::read_attachment(&file, lang).await {
            Ok(text) => {
                let interaction = Some(ctx.id());
                brief_flow::save_and_reply(app, &meeting, &region, &actor, &text, interaction, lang)
                    .await
            }
            Err(message) => brief_flow::Reply::text(message),
        };
        ctx.send(reply.into_poise()).await?;
        return Ok(());
    }
    match brief_flow::form_for(app, &meeting, &region, lang).await? {
        Ok(form) => super::open_modal(ctx, form).await?,
        Err(message) => {
            ctx.send(private_reply(message)).await?;
        }
    }
    Ok(())
}

/// Show your region's current brief.
#[poise::command(slash_command)]
async fn show(
    ctx: Context<'_>,
    #[description = "The region"]
    #[autocomplete = "super::autocomplete::own_region"]
    region: Option<String>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let (meeting, _, region) = target(ctx, region, meeting).await?;
    let briefs = ctx.data().app.region_briefs(meeting.id).await?;
    let brief = briefs
        .into_iter()
        .find(|b| b.region == region.name)
        .and_then(|b| b.brief);
    let Some(brief) = brief else {
        let message = t(
            lang,
            "brief-none",
            &[("region", region.name.as_str().into())],
        );
        ctx.send(private_reply(message)).await?;
        return Ok(());
    };
    let header = t(
        lang,
        "brief-show-header",
        &[
            ("region", region.name.as_str().into()),
            ("author", brief.author.as_str().into()),
            ("timestamp", timestamp(brief.updated_at, 'f').into()),
            ("revision", brief.revisions.into()),
        ],
    );
    let whole = format!("{header}\n\n{}", brief.body);
    let mut reply = private_reply(fit(&whole, MAX_CONTENT));
    if whole.chars().count() > MAX_CONTENT {
        reply = reply.attachment(serenity::CreateAttachment::bytes(
            brief.body.into_bytes(),
            brief_flow::file_name(&region.name),
        ));
    }
    ctx.send(reply).await?;
    Ok(())
}

/// Withdraw your region's brief.
#[poise::command(slash_command)]
async fn withdraw(
    ctx: Context<'_>,
    #[description = "The region"]
    #[autocomplete = "super::autocomplete::own_region"]
    region: Option<String>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let (meeting, actor, region) = target(ctx, region, meeting).await?;
    let app = &ctx.data().app;
    app.check_deadline(&meeting, actor.submitter())?;
    let question = t(
        lang,
        "brief-withdraw-confirm",
        &[("region", region.name.as_str().into())],
    );
    let confirm = CustomId::WithdrawConfirm {
        meeting: meeting.id,
        region: region.id,
        user: actor.discord_user_id,
    };
    let cancel = CustomId::WithdrawCancel {
        user: actor.discord_user_id,
    };
    let buttons = serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(confirm.encode())
            .label(t(lang, "brief-withdraw-yes", &[]))
            .style(serenity::ButtonStyle::Danger),
        serenity::CreateButton::new(cancel.encode())
            .label(t(lang, "brief-withdraw-no", &[]))
            .style(serenity::ButtonStyle::Secondary),
    ]);
    ctx.send(private_reply(question).components(vec![buttons]))
        .await?;
    Ok(())
}

/// Every version of your region's brief, with who and when.
#[poise::command(slash_command)]
async fn history(
    ctx: Context<'_>,
    #[description = "The region"]
    #[autocomplete = "super::autocomplete::own_region"]
    region: Option<String>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let (meeting, _, region) = target(ctx, region, meeting).await?;
    let revisions = ctx
        .data()
        .app
        .brief_revisions(meeting.id, &region.name)
        .await?;
    if revisions.is_empty() {
        let message = t(
            lang,
            "brief-none",
            &[("region", region.name.as_str().into())],
        );
        ctx.send(private_reply(message)).await?;
        return Ok(());
    }
    let mut out = t(
        lang,
        "brief-history-header",
        &[("region", region.name.as_str().into())],
    );
    for r in revisions.iter().rev() {
        let key = match r.kind {
            RevisionKind::Saved => "brief-history-saved",
            RevisionKind::Withdrawn => "brief-history-withdrawn",
        };
        let words = SpeakingEstimate::of(&r.body, crate::domain::brief::WORDS_PER_MINUTE).words;
        let line = t(
            lang,
            key,
            &[
                ("revision", r.revision.into()),
                ("author", r.author.as_str().into()),
                ("timestamp", timestamp(r.saved_at, 'f').into()),
                ("words", words.into()),
            ],
        );
        let _ = write!(out, "\n{line}");
    }
    ctx.send(private_reply(out)).await?;
    Ok(())
}
