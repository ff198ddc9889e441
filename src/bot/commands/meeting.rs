//! `/meeting import|new|cancel|restore|move` (secretariat): the meeting file and the CLI's work done
//! from Discord, each change previewed with Confirm and Cancel buttons before anything is
//! written. `/meeting list|log` and `/meeting agenda …` live beside this file.

use super::meeting_edit::{answer, propose_edit};
use super::secretariat::secretariat_only;
use super::{private_reply, secretariat_meeting};
use crate::app::meeting_admin::ChangeKind;
use crate::app::AppError;
use crate::bot::localize::user_language;
use crate::bot::meeting_flow::new_meeting_modal;
use crate::bot::uploads::{attached_csv, read_with_csv, AttachedCsv};
use crate::bot::{BotError, Context};
use crate::domain::meeting_edit::{self};
use crate::domain::records::MeetingSelector;
use crate::domain::MeetingPlan;
use crate::i18n::{errors, t};
use crate::meeting_file::{parse_invitees_csv, parse_meeting_file, ImportError};
use poise::serenity_prelude as serenity;
use std::path::Path;

/// The group's meetings (secretariat).
#[poise::command(
    slash_command,
    subcommands(
        "import",
        "new",
        "cancel",
        "restore",
        "move_meeting",
        "super::meeting_info::list",
        "super::meeting_info::log",
        "super::meeting_agenda::agenda",
        "super::meeting_plan::plan",
        "super::meeting_plan::template"
    ),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn meeting(_ctx: Context<'_>) -> Result<(), BotError> {
    Ok(())
}

/// Import or update a meeting from a meeting file (TOML) and its invitee list (CSV).
#[poise::command(slash_command)]
async fn import(
    ctx: Context<'_>,
    #[description = "The meeting file (.toml)"] file: serenity::Attachment,
    #[description = "The invitee list (.csv) the meeting file names"] invitees: Option<
        serenity::Attachment,
    >,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    secretariat_only(ctx)?;
    // Fetching the files may take a while: Discord gets its answer within 3 s.
    ctx.defer_ephemeral().await?;
    let (text, csv) = match read_with_csv(&file, invitees.as_ref(), lang).await {
        Ok(read) => read,
        Err(message) => return refuse(ctx, message).await,
    };
    let app = &ctx.data().app;
    let plan = match plan_from_files(&file.filename, &text, csv, app.tz) {
        Ok(plan) => plan,
        Err(e) => return refuse(ctx, errors::import_error(&e, lang)).await,
    };
    let result = app
        .propose_plan(ChangeKind::Import, plan, ctx.author().id.get())
        .await;
    answer(ctx, result, lang).await
}

async fn refuse(ctx: Context<'_>, message: String) -> Result<(), BotError> {
    ctx.send(private_reply(message)).await?;
    Ok(())
}

/// The plan a meeting file and an attached invitee list give: the list is the CSV the file
/// names (whatever its name), or, if the file names none, added to the file's invitees.
fn plan_from_files(
    name: &str,
    text: &str,
    csv: Option<AttachedCsv>,
    tz: chrono_tz::Tz,
) -> Result<MeetingPlan, ImportError> {
    let path = Path::new(name);
    let mut used = false;
    let mut source = |named: &Path| {
        used = true;
        attached_csv(path, csv.as_ref(), named)
    };
    let mut plan = parse_meeting_file(path, text, tz, &mut source)?;
    if let (false, Some((csv_path, text))) = (used, &csv) {
        plan.invitees
            .extend(parse_invitees_csv(csv_path, text.as_bytes())?);
        plan.validate().map_err(|source| ImportError::Plan {
            path: csv_path.clone(),
            source,
        })?;
    }
    Ok(plan)
}

/// Plan the group's next meeting: a form, then the agenda and regions of the last meeting.
#[poise::command(slash_command)]
async fn new(ctx: Context<'_>) -> Result<(), BotError> {
    let lang = user_language(ctx);
    secretariat_only(ctx)?;
    let store = &ctx.data().app;
    let Some(group) = store.channel_group(ctx.channel_id().get()).await? else {
        return refuse(ctx, t(lang, "error-channel-without-group", &[])).await;
    };
    let Some(previous) = store.latest_meeting_of_group(group.id).await? else {
        return refuse(ctx, t(lang, "error-no-earlier-meeting", &[])).await;
    };
    let previous = store.meeting_plan(previous).await?;
    let modal = new_meeting_modal(group.id, &previous.title, &previous.place, lang);
    super::open_modal(ctx, modal).await?;
    Ok(())
}

/// Cancel a meeting: the notice says so, members are told once, no more reminders.
#[poise::command(slash_command)]
async fn cancel(
    ctx: Context<'_>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = secretariat_meeting(ctx, meeting).await?;
    let app = &ctx.data().app;
    let result = app.propose_cancel(meeting.id, ctx.author().id.get()).await;
    answer(ctx, result, lang).await
}

/// Lift a meeting's cancellation: the notice gets its buttons back, the reminders resume.
#[poise::command(slash_command)]
async fn restore(
    ctx: Context<'_>,
    #[description = "The meeting's id, key or date"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    secretariat_only(ctx)?;
    let app = &ctx.data().app;
    // Without a meeting named, the channel's next cancelled one (not its next meeting, which
    // is never a cancelled one).
    let meeting = match meeting {
        Some(named) => Some(named),
        None => {
            let cancelled = MeetingSelector::CancelledInChannel(ctx.channel_id().get());
            match app.meeting(&cancelled).await {
                Ok(m) => Some(m.id.to_string()),
                Err(AppError::MeetingNotFound { .. }) => None,
                Err(e) => return Err(e.into()),
            }
        }
    };
    let meeting = secretariat_meeting(ctx, meeting).await?;
    let result = app.propose_restore(meeting.id, ctx.author().id.get()).await;
    answer(ctx, result, lang).await
}

/// Move a meeting to a new time: the notice is edited, the reminders re-planned.
#[poise::command(slash_command, rename = "move")]
async fn move_meeting(
    ctx: Context<'_>,
    #[description = "The new date and time, e.g. 2025-03-06 12:00"] starts: String,
    #[description = "The new end, e.g. 14:00 (default: as long as before)"] ends: Option<String>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let (tz, now) = (ctx.data().app.tz, ctx.data().app.now());
    propose_edit(ctx, meeting, ChangeKind::Move, |plan| {
        let length = plan.ends_at - plan.starts_at;
        let (s, e) = meeting_edit::resolve_times(&starts, ends.as_deref(), length, tz, now)?;
        meeting_edit::move_meeting(plan, s, e, tz)
    })
    .await
}
