//! `/meeting plan import|calendar` and `/meeting template show|add|remove|reset`
//! (secretariat): a group's meeting plan for a year from an uploaded plan file, previewed
//! with its holiday warnings before Confirm; the plan as one `.ics`; the group's standing
//! agenda, each edit previewed with the planned meetings it changes.

use super::private_reply;
use super::secretariat::secretariat_only;
use crate::bot::localize::user_language;
use crate::bot::meeting_flow::fitted_preview;
use crate::bot::plan_flow::plan_reply;
use crate::bot::uploads::{attached_csv, read_with_csv};
use crate::bot::{BotError, Context, Refusal};
use crate::domain::records::ChannelGroup;
use crate::domain::standing_edit::TemplateEdit;
use crate::domain::StandingItem;
use crate::i18n::{errors, t, Language};
use crate::meeting_file::{parse_plan_file, PlanRules};
use chrono::Datelike;
use poise::serenity_prelude as serenity;
use std::path::Path;

/// The group's meeting plan for a year.
#[poise::command(slash_command, subcommands("import", "calendar"), subcommand_required)]
pub(super) async fn plan(_ctx: Context<'_>) -> Result<(), BotError> {
    Ok(())
}

/// Import or change the group's meetings for a year from a plan file, with a preview.
#[poise::command(slash_command)]
async fn import(
    ctx: Context<'_>,
    #[description = "The plan file (.toml)"] file: serenity::Attachment,
    #[description = "The invitee list (.csv) the plan file names"] invitees: Option<
        serenity::Attachment,
    >,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    secretariat_only(ctx)?;
    // Fetching the files may take a while: Discord gets its answer within 3 s.
    ctx.defer_ephemeral().await?;
    let (text, csv) = match read_with_csv(&file, invitees.as_ref(), lang).await {
        Ok(read) => read,
        Err(message) => return send(ctx, message, Vec::new(), lang).await,
    };
    let app = &ctx.data().app;
    let rules = PlanRules {
        tz: app.tz,
        notice_days_before: app.schedule_rules().notice_days_before,
    };
    let path = Path::new(&file.filename);
    let mut source = |named: &Path| attached_csv(path, csv.as_ref(), named);
    let plan = match parse_plan_file(path, &text, rules, &mut source) {
        Ok(plan) => plan,
        Err(e) => return send(ctx, errors::import_error(&e, lang), Vec::new(), lang).await,
    };
    let user = ctx.author().id.get();
    let result = app.propose_year_plan(plan, user).await;
    let (content, rows) = plan_reply(result, user, app.tz, lang);
    send(ctx, content, rows, lang).await
}

/// The group's plan for a year as one calendar file (.ics), posted in the channel.
#[poise::command(slash_command)]
async fn calendar(
    ctx: Context<'_>,
    #[description = "The plan's year (default: this year)"]
    #[min = 2000]
    #[max = 2100]
    year: Option<i32>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    secretariat_only(ctx)?;
    let group = channel_group(ctx).await?;
    let app = &ctx.data().app;
    let year = year.unwrap_or_else(|| app.now().with_timezone(&app.tz).year());
    let Some(plan) = app.plan_meetings(&group.slug, year).await? else {
        return Err(Refusal::new("plan-error-no-plan")
            .with("group", group.slug)
            .with("year", year.to_string())
            .into());
    };
    let ics = crate::calendar::plan_ics(&plan.group_name, &plan.meetings, app.tz, app.now());
    let name = crate::calendar::plan_file_name(&group.slug, year);
    let content = t(
        lang,
        "plan-calendar-posted",
        &[
            ("year", year.to_string().into()),
            ("group", plan.group_name.as_str().into()),
            ("count", plan.meetings.len().into()),
        ],
    );
    let reply = poise::CreateReply::default()
        .content(content)
        .attachment(serenity::CreateAttachment::bytes(ics.into_bytes(), name))
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    ctx.send(reply).await?;
    Ok(())
}

/// The group's standing agenda: the items every meeting has.
#[poise::command(
    slash_command,
    subcommands("show", "add", "remove", "reset"),
    subcommand_required
)]
pub(super) async fn template(_ctx: Context<'_>) -> Result<(), BotError> {
    Ok(())
}

/// Show the group's standing agenda.
#[poise::command(slash_command)]
async fn show(ctx: Context<'_>) -> Result<(), BotError> {
    let lang = user_language(ctx);
    secretariat_only(ctx)?;
    let group = channel_group(ctx).await?;
    let template = match ctx.data().app.template_of_group(group.id).await {
        Ok((template, _)) => template,
        Err(e) => {
            let message = crate::change_report::change_error(&e, lang);
            return send(ctx, message, Vec::new(), lang).await;
        }
    };
    let mut lines = vec![t(lang, "standing-heading", &[])];
    lines.extend(crate::plan_report::template_lines(&template, lang));
    ctx.send(private_reply(lines.join("\n"))).await?;
    Ok(())
}

/// What a standing item added on Discord is, so the minutes and the follow-up items find it.
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum StandingKind {
    #[name = "Approval of the notice and agenda"]
    #[name_localized("no", "Godkjenning av innkalling og dagsorden")]
    NoticeApproval,
    #[name = "Approval of the last minutes"]
    #[name_localized("no", "Godkjenning av referat")]
    MinutesApproval,
    #[name = "Follow-up from the last meeting"]
    #[name_localized("no", "Oppfølging fra forrige møte")]
    FollowUp,
    #[name = "Any other business"]
    #[name_localized("no", "Eventuelt")]
    AnyOtherBusiness,
}

impl From<StandingKind> for StandingItem {
    fn from(kind: StandingKind) -> Self {
        match kind {
            StandingKind::NoticeApproval => Self::NoticeApproval,
            StandingKind::MinutesApproval => Self::MinutesApproval,
            StandingKind::FollowUp => Self::FollowUp,
            StandingKind::AnyOtherBusiness => Self::AnyOtherBusiness,
        }
    }
}

/// Add an item to the group's standing agenda.
#[poise::command(slash_command)]
async fn add(
    ctx: Context<'_>,
    #[description = "The item's title"]
    #[max_length = 200]
    title: String,
    #[description = "After the meeting's own items (default: before them)"] after: Option<bool>,
    #[description = "Which standing item it is, if one"] kind: Option<StandingKind>,
) -> Result<(), BotError> {
    let edit = TemplateEdit::Add {
        title,
        standing: kind.map(StandingItem::from),
        after_own: after.unwrap_or(false),
    };
    propose(ctx, edit).await
}

/// Remove an item from the group's standing agenda.
#[poise::command(slash_command)]
async fn remove(
    ctx: Context<'_>,
    #[description = "The item's number in the standing agenda"]
    #[min = 1]
    number: u32,
) -> Result<(), BotError> {
    propose(ctx, TemplateEdit::Remove { number }).await
}

/// Put back the default standing agenda.
#[poise::command(slash_command)]
async fn reset(ctx: Context<'_>) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let code = if lang == Language::English {
        "en"
    } else {
        "nb"
    };
    propose(ctx, TemplateEdit::Reset { lang: code.into() }).await
}

async fn propose(ctx: Context<'_>, edit: TemplateEdit) -> Result<(), BotError> {
    let lang = user_language(ctx);
    secretariat_only(ctx)?;
    let group = channel_group(ctx).await?;
    let app = &ctx.data().app;
    let user = ctx.author().id.get();
    let result = app.propose_template_edit(group.id, &edit, user).await;
    let (content, rows) = plan_reply(result, user, app.tz, lang);
    send(ctx, content, rows, lang).await
}

/// The group whose channel this is; refused elsewhere.
async fn channel_group(ctx: Context<'_>) -> Result<ChannelGroup, BotError> {
    match ctx.data().app.channel_group(ctx.channel_id().get()).await? {
        Some(group) => Ok(group),
        None => Err(Refusal::new("error-channel-without-group").into()),
    }
}

/// A private answer (whole, or cut with the whole attached), with its buttons.
async fn send(
    ctx: Context<'_>,
    content: String,
    rows: Vec<serenity::CreateActionRow>,
    lang: Language,
) -> Result<(), BotError> {
    let (content, file) = fitted_preview(content, lang);
    let mut reply = private_reply(content).components(rows);
    if let Some(file) = file {
        reply = reply.attachment(file);
    }
    ctx.send(reply).await?;
    Ok(())
}
