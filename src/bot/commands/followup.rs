//! `/followup list|new|done|status` (`/oppfølging liste|ny|ferdig|status`): the group's
//! follow-up items; the secretariat adds one through a form, and an item's owner (or the
//! secretariat) reports on it through a form. The channel names the group.

use super::super::follow_up_flow::{done_buttons, new_modal, status_modal};
use super::super::follow_up_text;
use super::{find_meeting, open_modal, private_reply};
use crate::app::OwnerInput;
use crate::bot::access::command_actor;
use crate::bot::discord_text::fit;
use crate::bot::localize::user_language;
use crate::bot::{BotError, Context, Refusal};
use crate::domain::records::ChannelGroup;
use poise::serenity_prelude as serenity;

/// Follow-up items.
#[poise::command(
    slash_command,
    subcommands("list", "new", "done", "status"),
    subcommand_required
)]
pub async fn followup(_ctx: Context<'_>) -> Result<(), BotError> {
    Ok(())
}

/// The group whose channel this is; refused in a DM or a channel without a group.
async fn channel_group(ctx: Context<'_>) -> Result<ChannelGroup, BotError> {
    if ctx.guild_id().is_none() {
        return Err(Refusal::new("error-not-in-dm").into());
    }
    match ctx.data().app.channel_group(ctx.channel_id().get()).await? {
        Some(group) => Ok(group),
        None => Err(Refusal::new("error-channel-without-group").into()),
    }
}

/// The group's follow-up items, open first.
#[poise::command(slash_command)]
async fn list(ctx: Context<'_>) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let group = channel_group(ctx).await?;
    let app = &ctx.data().app;
    let name = app
        .group_in_channel(ctx.channel_id().get())
        .await?
        .unwrap_or(group.slug);
    let items = app.group_follow_ups(group.id).await?;
    let text = follow_up_text::list(&name, &items, app.today(), lang);
    // A "Done" button for each open item the user may close.
    let actor = command_actor(ctx);
    let mut mine = Vec::new();
    for item in items.iter().filter(|i| i.is_open()) {
        if app.check_follow_up_owner(item, Some(&actor)).await.is_ok() {
            mine.push(item);
        }
    }
    ctx.send(private_reply(text).components(done_buttons(&mine, lang)))
        .await?;
    Ok(())
}

/// Add a follow-up item (secretariat): the owner here, the rest in the form.
#[poise::command(slash_command)]
async fn new(
    ctx: Context<'_>,
    #[description = "The region that owns it"]
    #[autocomplete = "group_region"]
    region: Option<String>,
    #[description = "The person who owns it"] person: Option<String>,
    #[description = "The owner's Discord user"] user: Option<serenity::User>,
    #[description = "The meeting that decided it"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    super::secretariat::secretariat_only(ctx)?;
    let group = channel_group(ctx).await?;
    let app = &ctx.data().app;
    let meeting = match meeting {
        Some(named) => {
            let found = find_meeting(ctx, Some(named)).await?;
            if app.group_of_meeting(found.id).await? != group.id {
                return Err(Refusal::new("followup-error-other-group").into());
            }
            found.id
        }
        None => 0,
    };
    let person = person.filter(|p| !p.trim().is_empty());
    let (owner, prefill, user_id) = match (region, person, user) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
            return Err(Refusal::new("followup-error-owner-both").into())
        }
        (None, None, None) => return Err(Refusal::new("followup-error-owner-missing").into()),
        (Some(value), None, None) => {
            let name = region_name(ctx, group.id, &value).await?;
            (OwnerInput::Region(name.clone()), name, 0)
        }
        (None, person, user) => {
            let name = person.unwrap_or_else(|| {
                user.as_ref()
                    .map(|u| u.global_name.clone().unwrap_or_else(|| u.name.clone()))
                    .unwrap_or_default()
            });
            let id = user.map_or(0, |u| u.id.get());
            let owner = OwnerInput::Person {
                name: name.clone(),
                discord_user_id: (id > 0).then_some(id),
            };
            (owner, name, id)
        }
    };
    let kind = if matches!(owner, OwnerInput::Region(_)) {
        'r'
    } else {
        'p'
    };
    open_modal(ctx, new_modal(meeting, kind, user_id, &prefill, lang)).await
}

/// The group's region a value means (a chosen key or a typed name); refused when the group
/// has no such region.
async fn region_name(ctx: Context<'_>, group: i64, value: &str) -> Result<String, BotError> {
    let regions = ctx.data().app.group_regions(group).await?;
    let chosen = super::choice::parse_key(value).and_then(|id| regions.iter().find(|r| r.id == id));
    if let Some(region) = chosen.or_else(|| regions.iter().find(|r| r.is_named(value))) {
        return Ok(region.name.clone());
    }
    Err(crate::app::FollowUpError::UnknownRegion {
        region: value.trim().to_owned(),
        known: regions.into_iter().map(|r| r.name).collect(),
    }
    .into())
}

/// Mark a follow-up item done, with a line of status.
#[poise::command(slash_command)]
async fn done(
    ctx: Context<'_>,
    #[description = "The follow-up item"]
    #[autocomplete = "own_item"]
    item: String,
) -> Result<(), BotError> {
    report(ctx, &item, true).await
}

/// Write a new line of status on a follow-up item.
#[poise::command(slash_command)]
async fn status(
    ctx: Context<'_>,
    #[description = "The follow-up item"]
    #[autocomplete = "own_item"]
    item: String,
) -> Result<(), BotError> {
    report(ctx, &item, false).await
}

/// Opens the status form for an item its owner (or the secretariat) reports on.
async fn report(ctx: Context<'_>, given: &str, done: bool) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let group = channel_group(ctx).await?;
    let app = &ctx.data().app;
    let item = app.follow_up_in(group.id, given).await?;
    app.check_follow_up_owner(&item, Some(&command_actor(ctx)))
        .await?;
    open_modal(ctx, status_modal(&item, done, lang)).await
}

/// The group's regions, for the owner.
async fn group_region(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let app = &ctx.data().app;
    let regions = match app.channel_group(ctx.channel_id().get()).await {
        Ok(Some(group)) => app.group_regions(group.id).await.unwrap_or_default(),
        _ => Vec::new(),
    };
    let choices = regions
        .into_iter()
        .map(|r| (r.name, super::choice::key(r.id)));
    super::autocomplete::matching(choices, partial)
}

/// The open items the user may report on (all of them for the secretariat).
async fn own_item(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let app = &ctx.data().app;
    let actor = command_actor(ctx);
    let mut choices = Vec::new();
    if let Ok(Some(group)) = app.channel_group(ctx.channel_id().get()).await {
        for item in app.open_follow_ups(group.id).await.unwrap_or_default() {
            if app.check_follow_up_owner(&item, Some(&actor)).await.is_ok() {
                let label = fit(&format!("#{} {}", item.id, item.what), 100);
                choices.push((label, super::choice::key(item.id)));
            }
        }
    }
    super::autocomplete::matching(choices, partial)
}
