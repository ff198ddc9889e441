//! Proposing a change to a stored meeting from a command: the edit made on its plan, and the
//! preview (with Confirm and Cancel) or why it cannot be made. Shared by `/meeting`,
//! `/meeting agenda` and `/invitee`.

use super::{private_reply, secretariat_meeting};
use crate::app::meeting_admin::{ChangeError, ChangeKind, Preview};
use crate::bot::localize::user_language;
use crate::bot::meeting_flow::proposal_reply;
use crate::bot::{BotError, Context};
use crate::domain::meeting_edit::EditError;
use crate::domain::MeetingPlan;
use crate::i18n::Language;

/// Sends a proposal's preview (with its buttons), or why it cannot be made.
pub async fn answer(
    ctx: Context<'_>,
    result: Result<Preview, ChangeError>,
    lang: Language,
) -> Result<(), BotError> {
    let tz = ctx.data().app.tz;
    let (content, rows) = proposal_reply(result, ctx.author().id.get(), tz, lang);
    let (content, file) = crate::bot::meeting_flow::fitted_preview(content, lang);
    let mut reply = private_reply(content).components(rows);
    if let Some(file) = file {
        reply = reply.attachment(file);
    }
    ctx.send(reply).await?;
    Ok(())
}

/// A change to a stored meeting: for the secretariat only, on the meeting named (else the
/// channel's next), made by `edit` on its plan and previewed as `kind`.
pub async fn propose_edit(
    ctx: Context<'_>,
    meeting: Option<String>,
    kind: ChangeKind,
    edit: impl FnOnce(&mut MeetingPlan) -> Result<(), EditError>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = secretariat_meeting(ctx, meeting).await?;
    let app = &ctx.data().app;
    let result = async {
        let mut plan = app.editable_plan(meeting.id).await?;
        edit(&mut plan)?;
        app.propose_plan(kind, plan, ctx.author().id.get()).await
    }
    .await;
    answer(ctx, result, lang).await
}
