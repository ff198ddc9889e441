//! `/meeting agenda add|edit|move|remove` (secretariat): editing a meeting's agenda, each
//! edit previewed with the new agenda before it is confirmed. (`/agenda` itself is the
//! members' command that shows it, and Discord allows no subcommands beside its options.)

use super::meeting_edit::propose_edit;
use crate::app::meeting_admin::ChangeKind;
use crate::bot::{BotError, Context};
use crate::domain::meeting_edit;

/// Edit the meeting's agenda.
#[poise::command(
    slash_command,
    subcommands("add", "edit", "move_item", "remove"),
    subcommand_required
)]
pub(super) async fn agenda(_ctx: Context<'_>) -> Result<(), BotError> {
    Ok(())
}

/// Add an item to the agenda.
#[poise::command(slash_command)]
async fn add(
    ctx: Context<'_>,
    #[description = "The item's title"] title: String,
    #[description = "A description under the title"] description: Option<String>,
    #[description = "Its number (default: before the round of briefs and Eventuelt)"]
    #[min = 1]
    position: Option<u32>,
    #[description = "The item that collects the regions' briefs"] briefs: Option<bool>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    propose_edit(ctx, meeting, ChangeKind::Agenda, |plan| {
        let briefs = briefs.unwrap_or(false);
        meeting_edit::add_item(plan, &title, description, position, briefs)
    })
    .await
}

/// Change an item's title or description.
#[poise::command(slash_command)]
async fn edit(
    ctx: Context<'_>,
    #[description = "The item's number"]
    #[min = 1]
    number: u32,
    #[description = "The new title"] title: Option<String>,
    #[description = "The new description (a single - removes it)"] description: Option<String>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let description = description.map(|d| if d.trim() == "-" { String::new() } else { d });
    propose_edit(ctx, meeting, ChangeKind::Agenda, |plan| {
        meeting_edit::edit_item(plan, number, title, description)
    })
    .await
}

/// Move an item to another number.
#[poise::command(slash_command, rename = "move")]
async fn move_item(
    ctx: Context<'_>,
    #[description = "The item's number"]
    #[min = 1]
    number: u32,
    #[description = "Its new number"]
    #[min = 1]
    to: u32,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    propose_edit(ctx, meeting, ChangeKind::Agenda, |plan| {
        meeting_edit::move_item(plan, number, to)
    })
    .await
}

/// Remove an item from the agenda.
#[poise::command(slash_command)]
async fn remove(
    ctx: Context<'_>,
    #[description = "The item's number"]
    #[min = 1]
    number: u32,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    propose_edit(ctx, meeting, ChangeKind::Agenda, |plan| {
        meeting_edit::remove_item(plan, number).map(|_| ())
    })
    .await
}
