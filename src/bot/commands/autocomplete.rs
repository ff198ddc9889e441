//! Autocompletion of command options from the channel's next meeting: its regions, its
//! invitees, their organisations, and the regions the user may write for. Each choice shows
//! the name (cut to Discord's 100 characters) and carries a key ([`super::choice`]).

use super::super::access::command_actor;
use super::choice::key;
use crate::bot::discord_text::fit;
use crate::bot::Context;
use crate::domain::meeting_edit::invitee_label;
use crate::domain::records::MeetingSelector;
use crate::domain::MeetingSummary;
use poise::serenity_prelude as serenity;

/// The channel's next meeting, if it has one.
async fn channel_meeting(ctx: Context<'_>) -> Option<MeetingSummary> {
    let selector = MeetingSelector::UpcomingInChannel(ctx.channel_id().get());
    ctx.data().app.meeting(&selector).await.ok()
}

/// The most characters of a choice's name and value.
const CHOICE_CHARS: usize = 100;

/// The names that contain what has been typed (any case), at most Discord's 25, each with
/// the key of what it names.
pub fn matching(
    names: impl IntoIterator<Item = (String, String)>,
    partial: &str,
) -> serenity::CreateAutocompleteResponse {
    let partial = partial.to_lowercase();
    let choices = names
        .into_iter()
        .filter(|(n, _)| n.to_lowercase().contains(&partial))
        .take(25)
        .map(|(n, key)| serenity::AutocompleteChoice::new(fit(&n, CHOICE_CHARS), key))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// Regions as choices.
fn regions(list: Vec<crate::domain::records::RegionRow>) -> impl Iterator<Item = (String, String)> {
    list.into_iter().map(|r| (r.name, key(r.id)))
}

/// Every region of the meeting.
pub async fn region(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let store = &ctx.data().app;
    let regions = match channel_meeting(ctx).await {
        Some(m) => store.meeting_regions(m.id).await.unwrap_or_default(),
        None => Vec::new(),
    };
    matching(self::regions(regions), partial)
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
    matching(self::regions(regions), partial)
}

/// The invitees, as "Name, Organisation".
pub async fn invitee(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let store = &ctx.data().app;
    let entries = match channel_meeting(ctx).await {
        Some(m) => store.attendance(m.id).await.unwrap_or_default(),
        None => Vec::new(),
    };
    let labels = entries
        .iter()
        .map(|e| (invitee_label(&e.invitee), key(e.invitee_id)));
    matching(labels, partial)
}

/// The invitees' organisations, in Norwegian order.
pub async fn organisation(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let store = &ctx.data().app;
    let invitees = match channel_meeting(ctx).await {
        Some(m) => store.invitees(m.id).await.unwrap_or_default(),
        None => Vec::new(),
    };
    let organisations = crate::domain::Invitee::organisations(&invitees);
    let keyed = organisations
        .into_iter()
        .enumerate()
        .map(|(i, o)| (o, key(i)));
    matching(keyed, partial)
}
