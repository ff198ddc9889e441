//! Modal submits and button clicks, handled statelessly by their `custom_id`.

use super::access::actor;
use super::brief_flow::{save_and_reply, text_back, Reply, TEXT_FIELD};
use super::custom_id::CustomId;
use super::reply::outcome;
use super::{BotError, Data};
use crate::app::{Actor, BriefError};
use crate::domain::records::RegionRow;
use crate::domain::MeetingSummary;
use crate::i18n::{errors, t, Language};
use poise::serenity_prelude as serenity;

/// Handles the gateway events poise leaves to us: our modals and buttons. A failure is
/// logged and the user told, in their language, that it failed.
pub async fn handle_event(
    framework: poise::FrameworkContext<'_, Data, BotError>,
    event: &serenity::FullEvent,
) -> Result<(), BotError> {
    let serenity::FullEvent::InteractionCreate { interaction } = event else {
        return Ok(());
    };
    let (ctx, data) = (framework.serenity_context, framework.user_data);
    let Err(error) = dispatch(ctx, data, interaction).await else {
        return Ok(());
    };
    let refused = super::reply::refusal_words(&error, data.app.tz, data.default_language);
    if refused.is_some() {
        tracing::info!(refused = %error, "refused");
    } else {
        tracing::error!(error = %error, interaction = %interaction.id(), "interaction failed");
    }
    if matches!(error, BotError::Discord(_)) {
        // The answer itself failed: another one would fail too, or contradict what was done.
        return Ok(());
    }
    let failed = |locale: &str| {
        let lang = language(data, locale);
        let text = super::reply::refusal_words(&error, data.app.tz, lang)
            .unwrap_or_else(|| t(lang, "error-internal", &[]));
        serenity::CreateInteractionResponse::Message(Reply::text(text).into_message())
    };
    let told = match interaction {
        serenity::Interaction::Modal(m) => m.create_response(&ctx.http, failed(&m.locale)).await,
        serenity::Interaction::Component(c) => {
            c.create_response(&ctx.http, failed(&c.locale)).await
        }
        _ => Ok(()),
    };
    if let Err(e) = told {
        tracing::warn!(error = %e, "cannot tell the user that the interaction failed");
    }
    Ok(())
}

async fn dispatch(
    ctx: &serenity::Context,
    data: &Data,
    interaction: &serenity::Interaction,
) -> Result<(), BotError> {
    match interaction {
        serenity::Interaction::Modal(modal) => {
            let Some(id) = CustomId::parse(&modal.data.custom_id) else {
                return Ok(());
            };
            let _answering = data.begin_interaction().await;
            in_this_server(ctx, data, &id, modal.guild_id).await?;
            match id {
                CustomId::MeetingNewModal { .. } => {
                    super::meeting_flow::new_meeting_submitted(ctx, data, modal).await
                }
                CustomId::DeputyModal { meeting } => {
                    tracing::Span::current().record("meeting", meeting);
                    let lang = language(data, &modal.locale);
                    let actor = actor(data, &modal.user, modal.member.as_ref());
                    let response = super::attendance_flow::deputy_submitted(
                        data, modal, meeting, &actor, lang,
                    )
                    .await?;
                    modal.create_response(&ctx.http, response).await?;
                    Ok(())
                }
                CustomId::FollowUpNewModal {
                    meeting,
                    owner,
                    user,
                } => {
                    super::follow_up_flow::new_submitted(ctx, data, modal, (meeting, owner, user))
                        .await
                }
                CustomId::FollowUpStatusModal { item, done } => {
                    super::follow_up_flow::status_submitted(ctx, data, modal, (item, done)).await
                }
                CustomId::BriefModal { meeting, region } => {
                    tracing::Span::current().record("meeting", meeting);
                    brief_submitted(ctx, data, modal, meeting, region).await
                }
                CustomId::MinutesItemModal { .. }
                | CustomId::MinutesRaisedModal { .. }
                | CustomId::MinutesFixModal { .. } => {
                    let lang = language(data, &modal.locale);
                    super::minutes_flow::submitted(ctx, data, modal, id, lang).await
                }
                _ => Ok(()),
            }
        }
        serenity::Interaction::Component(click) => {
            let Some(id) = CustomId::parse(&click.data.custom_id) else {
                return Ok(());
            };
            let _answering = data.begin_interaction().await;
            in_this_server(ctx, data, &id, click.guild_id).await?;
            clicked(ctx, data, click, id).await
        }
        _ => Ok(()),
    }
}

/// Refuses a button or form that names a meeting of another server.
async fn in_this_server(
    ctx: &serenity::Context,
    data: &Data,
    id: &CustomId,
    guild: Option<serenity::GuildId>,
) -> Result<(), BotError> {
    match id.meeting() {
        Some(meeting) => {
            let named = meeting.to_string();
            data.gate
                .check_meeting(&ctx.http, meeting, guild, &named)
                .await
        }
        None => Ok(()),
    }
}

/// The language of the user behind an interaction.
fn language(data: &Data, locale: &str) -> Language {
    Language::for_discord_locale(locale, data.default_language)
}

/// The meeting and region an id names, if the actor may write for that region (one read:
/// this runs for every submitted brief).
async fn resolve(
    data: &Data,
    meeting: i64,
    region: i64,
    actor: &Actor,
) -> Result<(MeetingSummary, RegionRow), BriefError> {
    data.app.region_to_write(meeting, region, actor).await
}

async fn brief_submitted(
    ctx: &serenity::Context,
    data: &Data,
    modal: &serenity::ModalInteraction,
    meeting: i64,
    region: i64,
) -> Result<(), BotError> {
    let lang = language(data, &modal.locale);
    let text = super::reply::modal_field(modal, TEXT_FIELD);
    let actor = actor(data, &modal.user, modal.member.as_ref());
    let reply = match resolve(data, meeting, region, &actor).await {
        Ok((meeting, region)) => {
            let id = Some(modal.id.get());
            save_and_reply(&data.app, &meeting, &region, &actor, &text, id, lang).await
        }
        Err(e) => text_back(
            errors::brief_error(&e, data.app.tz, lang),
            "brief",
            &text,
            lang,
        ),
    };
    // The brief is saved: the receipt is worth a retry if Discord asks for one.
    let receipt = serenity::CreateInteractionResponse::Message(reply.into_message());
    super::retry::with_retries(|| modal.create_response(&ctx.http, receipt.clone())).await?;
    Ok(())
}

async fn clicked(
    ctx: &serenity::Context,
    data: &Data,
    click: &serenity::ComponentInteraction,
    id: CustomId,
) -> Result<(), BotError> {
    let lang = language(data, &click.locale);
    let response = match id {
        CustomId::WithdrawConfirm { user, .. } | CustomId::WithdrawCancel { user }
            if user != click.user.id.get() =>
        {
            serenity::CreateInteractionResponse::Message(
                Reply::text(t(lang, "error-not-your-button", &[])).into_message(),
            )
        }
        CustomId::WithdrawCancel { .. } => outcome(t(lang, "brief-withdraw-cancelled", &[])),
        CustomId::WithdrawConfirm {
            meeting, region, ..
        } => {
            let actor = actor(data, &click.user, click.member.as_ref());
            let result = match resolve(data, meeting, region, &actor).await {
                Ok((meeting, region)) => data
                    .app
                    .withdraw_brief(&meeting, &region.name, &actor)
                    .await
                    .map(|()| region.name),
                Err(e) => Err(e),
            };
            match result {
                Ok(region) => outcome(t(lang, "brief-withdrawn", &[("region", region.into())])),
                Err(e) => outcome(errors::brief_error(&e, data.app.tz, lang)),
            }
        }
        CustomId::InviteesPage { .. } => {
            super::commands::invitees_page(data, click, id, lang).await?
        }
        CustomId::NoticeBrief { meeting } => {
            let actor = actor(data, &click.user, click.member.as_ref());
            super::notice_buttons::send_brief(data, meeting, &actor, lang).await?
        }
        CustomId::NoticeAgenda { meeting } => {
            super::notice_buttons::agenda(data, meeting, lang).await?
        }
        CustomId::NoticeInvitees { meeting } => serenity::CreateInteractionResponse::Message(
            super::commands::invitees_first_page(data, meeting, click.user.id.get(), lang).await?,
        ),
        CustomId::Rsvp { meeting, answer } => {
            let actor = actor(data, &click.user, click.member.as_ref());
            super::attendance_flow::clicked(data, meeting, answer, &actor, lang).await?
        }
        CustomId::FollowUpDone { item } => {
            let actor = actor(data, &click.user, click.member.as_ref());
            let channel = click.channel_id.get();
            super::follow_up_flow::done_clicked(data, channel, item, &actor, lang).await?
        }
        CustomId::ChangeConfirm { .. }
        | CustomId::ChangeDiscard { .. }
        | CustomId::PlanConfirm { .. }
        | CustomId::PlanDiscard { .. } => {
            super::preview_click::clicked(data, click, &id, lang).await
        }
        CustomId::MinutesConfirm { .. }
        | CustomId::MinutesFix { .. }
        | CustomId::MinutesDecide { .. } => {
            super::minutes_flow::clicked(data, click, &id, lang).await?
        }
        CustomId::BriefModal { .. }
        | CustomId::DeputyModal { .. }
        | CustomId::MeetingNewModal { .. }
        | CustomId::FollowUpNewModal { .. }
        | CustomId::FollowUpStatusModal { .. }
        | CustomId::MinutesItemModal { .. }
        | CustomId::MinutesRaisedModal { .. }
        | CustomId::MinutesFixModal { .. } => return Ok(()),
    };
    click.create_response(&ctx.http, response).await?;
    Ok(())
}
