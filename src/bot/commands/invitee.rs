//! `/invitee add|edit|remove|import` (secretariat): changing a meeting's invitee list, each
//! change previewed before it is confirmed. (`/invitees` is the members' list; Discord allows no
//! subcommands beside its options, so editing lives here.)

use super::meeting_edit::{answer, propose_edit};
use super::secretariat::secretariat_only;
use super::{find_meeting, private_reply};
use crate::app::meeting_admin::ChangeKind;
use crate::bot::localize::user_language;
use crate::bot::uploads::read_upload;
use crate::bot::{BotError, Context};
use crate::domain::invitee_keys::{self, InviteeChange};
use crate::domain::meeting_edit;
use crate::domain::Invitee;
use crate::i18n::errors;
use crate::meeting_file::parse_invitees_csv;
use poise::serenity_prelude as serenity;
use std::path::Path;

/// The meeting's invitee list (secretariat).
#[poise::command(
    slash_command,
    subcommands("add", "edit", "remove", "import"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn invitee(_ctx: Context<'_>) -> Result<(), BotError> {
    Ok(())
}

/// Invite someone to the meeting.
#[poise::command(slash_command)]
async fn add(
    ctx: Context<'_>,
    #[description = "First name"] first_name: String,
    #[description = "Last name"] last_name: String,
    #[description = "Organisation"] organisation: String,
    #[description = "The region they speak for"]
    #[autocomplete = "super::autocomplete::region"]
    region: Option<String>,
    #[description = "Their Discord user"] user: Option<serenity::User>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let region = match region {
        Some(value) => Some(match key_meeting(ctx, &meeting, &value).await? {
            Some(id) => super::choice::region_name(&ctx.data().app, id, &value).await?,
            None => value,
        }),
        None => None,
    };
    let person = Invitee {
        first_name: clean(&first_name),
        last_name: clean(&last_name),
        organisation: clean(&organisation),
        region: region.map(|r| clean(&r)).filter(|r| !r.is_empty()),
        discord_user_id: user.map(|u| u.id.get()),
        key: None,
    };
    propose_edit(ctx, meeting, ChangeKind::Invitees, |plan| {
        meeting_edit::add_invitee(plan, person)
    })
    .await
}

/// Correct an invitee's name or organisation; their answer and Discord link stay.
///
/// They stay the same invitee (their key), so their answer and link move with the name.
#[poise::command(slash_command)]
#[allow(clippy::too_many_arguments)]
async fn edit(
    ctx: Context<'_>,
    #[description = "The invitee: name, organisation"]
    #[autocomplete = "super::autocomplete::invitee"]
    name: String,
    #[description = "The corrected first name"] first_name: Option<String>,
    #[description = "The corrected last name"] last_name: Option<String>,
    #[description = "The corrected organisation"] organisation: Option<String>,
    #[description = "The region they speak for"]
    #[autocomplete = "super::autocomplete::region"]
    region: Option<String>,
    #[description = "Their Discord user"] user: Option<serenity::User>,
    #[description = "The meeting's id, key or date"] meeting: Option<String>,
) -> Result<(), BotError> {
    let change = InviteeChange {
        first_name,
        last_name,
        organisation,
        region,
        discord_user_id: user.map(|u| u.id.get()),
    };
    propose_edit(ctx, meeting, ChangeKind::Invitees, |plan| {
        invitee_keys::edit_invitee(plan, &name, change)
    })
    .await
}

/// Take someone off the invitee list.
#[poise::command(slash_command)]
async fn remove(
    ctx: Context<'_>,
    #[description = "The invitee: name, organisation"]
    #[autocomplete = "super::autocomplete::invitee"]
    name: String,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let name = match key_meeting(ctx, &meeting, &name).await? {
        Some(id) => super::choice::invitee_name(&ctx.data().app, id, &name).await?,
        None => name,
    };
    propose_edit(ctx, meeting, ChangeKind::Invitees, |plan| {
        meeting_edit::remove_invitee(plan, &name).map(|_| ())
    })
    .await
}

/// The meeting a chosen key is to be looked up in (for the secretariat only); `None` when
/// the value is not a key but typed text.
async fn key_meeting(
    ctx: Context<'_>,
    meeting: &Option<String>,
    value: &str,
) -> Result<Option<i64>, BotError> {
    if super::choice::parse_key(value).is_none() {
        return Ok(None);
    }
    Ok(Some(
        super::secretariat_meeting(ctx, meeting.clone()).await?.id,
    ))
}

/// Replace the invitee list with a CSV file (Fornavn,Etternavn,Organisasjon[,Region,Discord]).
#[poise::command(slash_command)]
async fn import(
    ctx: Context<'_>,
    #[description = "The invitee list (.csv)"] file: serenity::Attachment,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    secretariat_only(ctx)?;
    // Fetching the file may take a while: Discord gets its answer within 3 s.
    ctx.defer_ephemeral().await?;
    let text = match read_upload(&file, lang).await {
        Ok(text) => text,
        Err(message) => {
            ctx.send(private_reply(message)).await?;
            return Ok(());
        }
    };
    let list = match parse_invitees_csv(Path::new(&file.filename), text.as_bytes()) {
        Ok(list) => list,
        Err(e) => {
            ctx.send(private_reply(errors::import_error(&e, lang)))
                .await?;
            return Ok(());
        }
    };
    let meeting = find_meeting(ctx, meeting).await?;
    let app = &ctx.data().app;
    let result = async {
        let mut plan = app.editable_plan(meeting.id).await?;
        meeting_edit::replace_invitees(&mut plan, list)?;
        app.propose_plan(ChangeKind::Invitees, plan, ctx.author().id.get())
            .await
    }
    .await;
    answer(ctx, result, lang).await
}
