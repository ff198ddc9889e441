//! `/minutes item|raised|people|draft|status|approve|rettelse` (nb `/referat sak|eventuelt|
//! personer|utkast|status|godkjenn|rettelse`), the secretariat's side of the minutes: each
//! item's outcome, "Eventuelt", who was there, the comment round's status per region, and a
//! dated rettelse after the approval (`draft` and `approve` post files: `minutes_files.rs`).

use super::minutes_files::{approve, draft};
use super::{find_meeting, open_modal, private_reply};
use crate::bot::access::command_actor;
use crate::bot::discord_text::{fit, timestamp, MAX_CONTENT};
use crate::bot::localize::user_language;
use crate::bot::minutes_forms::{decide_buttons, item_modal, raised_modal};
use crate::bot::reply::refusal_words;
use crate::bot::{BotError, Context};
use crate::domain::minutes::{ConclusionKind, RoundAnswer};
use crate::domain::minutes_records::{CorrectionStatus, MinutesPeople};
use crate::domain::MeetingSummary;
use crate::i18n::t;
use poise::serenity_prelude as serenity;
use std::fmt::Write;

/// The kinds of outcome (the minutes' own terms, the same in every language).
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum OutcomeKind {
    #[name = "Vedtak"]
    Decision,
    #[name = "Konklusjon"]
    Conclusion,
    #[name = "Orientering tatt til etterretning"]
    Noted,
}

impl From<OutcomeKind> for ConclusionKind {
    fn from(k: OutcomeKind) -> Self {
        match k {
            OutcomeKind::Decision => Self::Decision,
            OutcomeKind::Conclusion => Self::Conclusion,
            OutcomeKind::Noted => Self::Noted,
        }
    }
}

/// The minutes of a meeting (secretariat).
#[poise::command(
    slash_command,
    subcommands("item", "raised", "people", "draft", "status", "approve", "rettelse"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn minutes(_ctx: Context<'_>) -> Result<(), BotError> {
    Ok(())
}

/// The meeting a minutes command means: the one named, else the channel's group's latest
/// meeting that has started (for the approval: the latest whose minutes await it).
pub(super) async fn minutes_meeting(
    ctx: Context<'_>,
    meeting: Option<String>,
    awaiting_approval: bool,
) -> Result<MeetingSummary, BotError> {
    super::secretariat::secretariat_only(ctx)?;
    if meeting.is_some() || ctx.guild_id().is_none() {
        return find_meeting(ctx, meeting).await;
    }
    let app = &ctx.data().app;
    match app
        .minutes_meeting_in_channel(ctx.channel_id().get(), awaiting_approval)
        .await?
    {
        Some(found) => {
            tracing::Span::current().record("meeting", found.id);
            Ok(found)
        }
        None => find_meeting(ctx, None).await,
    }
}

/// Record an agenda item's outcome (a form, pre-filled when edited).
#[poise::command(slash_command)]
async fn item(
    ctx: Context<'_>,
    #[description = "The item's number on the agenda"]
    #[autocomplete = "agenda_items"]
    number: u32,
    #[description = "The kind of outcome"] kind: Option<OutcomeKind>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = minutes_meeting(ctx, meeting, false).await?;
    let app = &ctx.data().app;
    let actor = command_actor(ctx);
    app.check_minutes_record(&meeting, &actor).await?;
    let item = app.agenda_item(meeting.id, number).await?;
    let current = app.item_outcome(meeting.id, number).await?;
    let kind = kind.map(ConclusionKind::from).unwrap_or_else(|| {
        current
            .as_ref()
            .and_then(|o| o.conclusion.as_ref())
            .map(|c| c.kind)
            .unwrap_or(if item.collects_briefs {
                ConclusionKind::Noted
            } else {
                ConclusionKind::Decision
            })
    });
    let label = app.item_label(meeting.id, &item).await?;
    let form = item_modal(
        meeting.id,
        (number, &label),
        &item.title,
        kind,
        current.as_ref(),
        lang,
    );
    open_modal(ctx, form).await
}

/// The agenda's items as choices, labelled as the agenda labels them: "3. Forslag til
/// møteplan 2025" (or "Sak 12/25 Forslag …") → 3.
async fn agenda_items(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let app = &ctx.data().app;
    let items = match app
        .minutes_meeting_in_channel(ctx.channel_id().get(), false)
        .await
    {
        Ok(Some(m)) => app.meeting_agenda(m.id).await.ok(),
        _ => None,
    };
    let lang = user_language(ctx);
    let partial = partial.to_lowercase();
    let labelled = items.iter().flat_map(|agenda| {
        agenda.agenda.iter().map(|i| {
            let label = crate::i18n::sak_prefix(agenda.sak_label(i), lang);
            (format!("{label} {}", i.title), i.number)
        })
    });
    let choices = labelled
        .filter(|(name, _)| name.to_lowercase().contains(&partial))
        .take(25)
        .map(|(name, n)| serenity::AutocompleteChoice::new(fit(&name, 100), n))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// Add a matter raised under "Eventuelt" (a form).
#[poise::command(slash_command)]
async fn raised(
    ctx: Context<'_>,
    #[description = "The kind of outcome"] kind: Option<OutcomeKind>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = minutes_meeting(ctx, meeting, false).await?;
    let app = &ctx.data().app;
    app.check_minutes_record(&meeting, &command_actor(ctx))
        .await?;
    let kind = kind.map_or(ConclusionKind::Noted, ConclusionKind::from);
    open_modal(ctx, raised_modal(meeting.id, kind, lang)).await
}

/// Names separated by `;` or `,`, each trimmed, none empty.
fn names(list: Option<String>) -> Option<Vec<String>> {
    list.map(|l| {
        l.split([';', ','])
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty())
            .collect()
    })
}

/// Who the minutes list besides the invitees (secretariat, observers, minute taker).
#[poise::command(slash_command)]
async fn people(
    ctx: Context<'_>,
    #[description = "The secretariat's people present, separated by ;"] secretariat: Option<String>,
    #[description = "Observers present, separated by ;"] observers: Option<String>,
    #[description = "Who took the minutes"] minute_taker: Option<String>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = minutes_meeting(ctx, meeting, false).await?;
    let app = &ctx.data().app;
    let current = app.minutes_people(meeting.id).await?;
    let people = MinutesPeople {
        secretariat: names(secretariat).unwrap_or(current.secretariat),
        observers: names(observers).unwrap_or(current.observers),
        minute_taker: match minute_taker.map(|m| m.trim().to_owned()) {
            Some(m) if m.is_empty() => None,
            Some(m) => Some(m),
            None => current.minute_taker,
        },
    };
    app.set_minutes_people(&meeting, &people, &command_actor(ctx))
        .await?;
    let none = || t(lang, "minutes-nobody", &[]);
    let or_none = |l: &[String]| if l.is_empty() { none() } else { l.join(", ") };
    let message = t(
        lang,
        "minutes-people-saved",
        &[
            ("secretariat", or_none(&people.secretariat).into()),
            ("observers", or_none(&people.observers).into()),
            (
                "taker",
                people.minute_taker.clone().unwrap_or_else(none).into(),
            ),
        ],
    );
    ctx.send(private_reply(message)).await?;
    Ok(())
}

/// The comment round per region, and the corrections waiting for a decision.
#[poise::command(slash_command)]
async fn status(
    ctx: Context<'_>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = minutes_meeting(ctx, meeting, false).await?;
    let app = &ctx.data().app;
    let Some((draft, paragraphs)) = app.comment_round(meeting.id).await? else {
        ctx.send(private_reply(t(lang, "minutes-error-no-draft", &[])))
            .await?;
        return Ok(());
    };
    let mut out = t(
        lang,
        "minutes-status-heading",
        &[
            ("title", meeting.title.as_str().into()),
            ("deadline", timestamp(draft.comments_by, 'f').into()),
        ],
    );
    let mut rows = Vec::new();
    let mut pending = Vec::new();
    for p in &paragraphs {
        let answer = p.answer();
        let line = t(
            lang,
            "minutes-status-line",
            &[
                ("region", p.region.as_str().into()),
                ("answer", answer.code().into()),
            ],
        );
        let _ = write!(out, "\n{line}");
        if answer == RoundAnswer::CorrectionProposed {
            pending.extend(
                p.corrections
                    .iter()
                    .filter(|c| c.status == CorrectionStatus::Proposed)
                    .cloned(),
            );
        }
    }
    let mut previews = String::new();
    for c in pending.iter().take(5) {
        let quoted: String = c.body.lines().map(|l| format!("> {l}\n")).collect();
        let _ = write!(
            previews,
            "\n\n{}\n{quoted}",
            t(
                lang,
                "minutes-status-correction",
                &[
                    ("region", c.region.as_str().into()),
                    ("author", c.proposed_name.as_str().into()),
                    ("timestamp", timestamp(c.proposed_at, 'f').into()),
                ],
            )
        );
        rows.push(decide_buttons(c, lang));
    }
    let whole = format!("{out}{previews}");
    let mut reply = private_reply(fit(&whole, MAX_CONTENT)).components(rows);
    if whole.chars().count() > MAX_CONTENT {
        reply = reply.attachment(serenity::CreateAttachment::bytes(
            whole.into_bytes(),
            "referat-status.md",
        ));
    }
    ctx.send(reply).await?;
    Ok(())
}

/// Append a dated correction (rettelse) to approved minutes; it is approved on its own.
#[poise::command(slash_command)]
async fn rettelse(
    ctx: Context<'_>,
    #[description = "The correction, as the minutes are to say it"] text: String,
    #[description = "The meeting's id or key"] meeting: Option<String>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let app = &ctx.data().app;
    // Whatever is refused, the correction typed comes back (as a file when long).
    let reason = match minutes_meeting(ctx, meeting, false).await {
        Ok(meeting) => match app.add_rettelse(&meeting, &text, &command_actor(ctx)).await {
            Ok(_) => {
                let saved = t(lang, "minutes-rettelse-saved", &[]);
                ctx.send(private_reply(saved)).await?;
                return Ok(());
            }
            Err(e) => crate::i18n::minutes_errors::minutes_error(&e, app.tz, lang),
        },
        Err(e) => match refusal_words(&e, app.tz, lang) {
            Some(reason) => reason,
            None => return Err(e),
        },
    };
    let reply = crate::bot::minutes_flow::refused_with_text(reason, &text, lang);
    ctx.send(reply.into_poise()).await?;
    Ok(())
}
