//! Autocompletion of command options from the channel's next meeting: its regions, its
//! invitees, their organisations, and the regions the user may write for.

use super::super::access::command_actor;
use crate::bot::discord_text::fit;
use crate::bot::Context;
use crate::domain::records::MeetingSelector;
use crate::domain::MeetingSummary;
use poise::serenity_prelude as serenity;

/// The channel's next meeting, if it has one.
async fn channel_meeting(ctx: Context<'_>) -> Option<MeetingSummary> {
    let selector = MeetingSelector::UpcomingInChannel(ctx.channel_id().get());
    ctx.data().app.meeting(&selector).await.ok()
}

/// The names that contain what has been typed (any case), at most Discord's 25.
pub fn matching(
    names: impl IntoIterator<Item = String>,
    partial: &str,
) -> serenity::CreateAutocompleteResponse {
    let partial = partial.to_lowercase();
    let choices = names
        .into_iter()
        .filter(|n| n.to_lowercase().contains(&partial))
        .take(25)
        .map(|n| serenity::AutocompleteChoice::new(fit(&n, 100), n))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// Every region of the meeting.
pub async fn region(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let store = &ctx.data().app;
    let regions = match channel_meeting(ctx).await {
        Some(m) => store.meeting_regions(m.id).await.unwrap_or_default(),
        None => Vec::new(),
    };
    matching(regions.into_iter().map(|r| r.name), partial)
}

/// The regions the user may write for (all of them for the secretariat).
pub async fn own_region(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let app = &ctx.data().app;
    let regions = match channel_meeting(ctx).await {
        Some(m) => app
            .regions_for(&m, &command_actor(ctx))
            .await
            .unwrap_or_default(),
        None => Vec::new(),
    };
    matching(regions.into_iter().map(|r| r.name), partial)
}

/// The invitees, as "Name, Organisation".
pub async fn invitee(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let store = &ctx.data().app;
    let invitees = match channel_meeting(ctx).await {
        Some(m) => store.invitees(m.id).await.unwrap_or_default(),
        None => Vec::new(),
    };
    matching(
        invitees
            .iter()
            .map(crate::domain::meeting_edit::invitee_label),
        partial,
    )
}

/// The invitees' organisations, in Norwegian order.
pub async fn organisation(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let store = &ctx.data().app;
    let invitees = match channel_meeting(ctx).await {
        Some(m) => store.invitees(m.id).await.unwrap_or_default(),
        None => Vec::new(),
    };
    matching(crate::domain::Invitee::organisations(&invitees), partial)
}
