//! The secretariat's changes to meetings on Discord: the preview with its Confirm and Cancel
//! buttons and what Confirm does, and the hand-built `/meeting new` form and its submit.

use super::access::actor;
use super::custom_id::CustomId;
use super::discord_text::{fit, MAX_CONTENT};
use super::preview_click::{self, failure_words};
use super::{BotError, Data};
use crate::app::meeting_admin::{ChangeActor, ChangeError, ChangeKind, Preview};
use crate::app::Roundtable;
use crate::change_report::{self, Style};
use crate::domain::meeting_edit::{self, NewMeeting};
use crate::i18n::{t, Language};
use chrono::Days;
use chrono_tz::Tz;
use poise::serenity_prelude as serenity;

/// The `custom_id`s of the `/meeting new` form's fields.
const FIELDS: [&str; 5] = ["title", "starts", "ends", "place", "documents"];

/// The preview of a change: what it does, the briefs it keeps, the agenda it leaves, and
/// the buttons to make it or not (none when it changes nothing).
pub fn preview_message(
    preview: &Preview,
    user: u64,
    tz: Tz,
    lang: Language,
) -> (String, Vec<serenity::CreateActionRow>) {
    let p = &preview.proposal;
    let title = preview.title.as_str();
    let Some(change) = preview.pending else {
        return (
            t(lang, "change-no-changes", &[("title", title.into())]),
            Vec::new(),
        );
    };
    let kind = change_report::kind_name(p.kind.as_str(), lang);
    let mut lines = vec![t(
        lang,
        "change-preview-heading",
        &[("kind", kind.into()), ("title", title.into())],
    )];
    let diff = change_report::diff_lines(&p.diff, tz, lang, Style::Discord);
    lines.extend(diff.into_iter().map(|l| format!("• {l}")));
    if let (Some(id), ChangeKind::Import, Some(plan)) = (p.meeting_id, p.kind, &p.plan) {
        let date = crate::i18n::meeting_day(plan.starts_at, tz, lang);
        let args = [("date", date.into()), ("id", id.into())];
        lines.push(t(lang, "change-updates", &args));
    }
    if let (true, Some(plan)) = (preview.past, &p.plan) {
        let date = crate::i18n::meeting_day(plan.starts_at, tz, lang);
        lines.push(t(lang, "change-past-meeting", &[("date", date.into())]));
    }
    if p.meeting_id.is_some() {
        let count = preview.briefs_kept;
        lines.push(t(lang, "change-briefs-kept", &[("count", count.into())]));
        if !preview.answers_dropped.is_empty() {
            let names = preview.answers_dropped.join(", ");
            lines.push(t(
                lang,
                "change-answers-dropped",
                &[("names", names.into())],
            ));
        }
        if !preview.answers_moved.is_empty() {
            let names = preview.answers_moved.join("; ");
            lines.push(t(lang, "change-answers-moved", &[("names", names.into())]));
        }
        if !preview.briefs_hidden.is_empty() {
            let regions = preview.briefs_hidden.join(", ");
            lines.push(t(
                lang,
                "change-briefs-hidden",
                &[("regions", regions.into())],
            ));
        }
        if p.kind != ChangeKind::Cancel {
            lines.push(t(lang, "change-notice-note", &[]));
        }
    }
    let agenda_changed = p.diff.created
        || !p.diff.agenda_added.is_empty()
        || !p.diff.agenda_changed.is_empty()
        || !p.diff.agenda_removed.is_empty()
        || p.diff.agenda_reordered;
    if let (true, Some(plan)) = (agenda_changed, &p.plan) {
        lines.push(format!("\n**{}**", t(lang, "change-new-agenda", &[])));
        lines.extend(change_report::agenda_lines(&plan.agenda, lang));
    }
    preview_click::with_buttons(
        lines,
        CustomId::ChangeConfirm { change, user },
        CustomId::ChangeDiscard { change, user },
        lang,
    )
}

/// A preview as a message: whole when it fits, else cut with the whole of it attached as a
/// file, so nothing is confirmed unseen.
pub fn fitted_preview(
    full: String,
    lang: Language,
) -> (String, Option<serenity::CreateAttachment>) {
    if full.chars().count() <= MAX_CONTENT {
        return (full, None);
    }
    let note = format!("\n{}", t(lang, "change-preview-attached", &[]));
    let room = MAX_CONTENT.saturating_sub(note.chars().count());
    let content = format!("{}{note}", fit(&full, room));
    let file = serenity::CreateAttachment::bytes(full.into_bytes(), "preview.md");
    (content, Some(file))
}

/// The answer to a proposed change: its preview, or why it cannot be made.
pub fn proposal_reply(
    result: Result<Preview, ChangeError>,
    user: u64,
    tz: Tz,
    lang: Language,
) -> (String, Vec<serenity::CreateActionRow>) {
    match result {
        Ok(preview) => preview_message(&preview, user, tz, lang),
        Err(e) => (failure_words(&e, "prepare a change", lang), Vec::new()),
    }
}

/// The `/meeting new` form, with the title and place of the group's last meeting filled in.
pub fn new_meeting_modal(
    group: i64,
    title: &str,
    place: &str,
    lang: Language,
) -> serenity::CreateModal {
    let field = |id: &str, value: Option<&str>, required: bool| {
        let label = fit(&t(lang, "meeting-new-label", &[("field", id.into())]), 45);
        let hint = fit(&t(lang, "meeting-new-hint", &[("field", id.into())]), 100);
        let mut input = serenity::CreateInputText::new(serenity::InputTextStyle::Short, label, id)
            .placeholder(hint)
            .max_length(if id == "documents" { 500 } else { 200 })
            .required(required);
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            input = input.value(fit(value, 200));
        }
        serenity::CreateActionRow::InputText(input)
    };
    let rows = vec![
        field(FIELDS[0], Some(title), true),
        field(FIELDS[1], None, true),
        field(FIELDS[2], None, true),
        field(FIELDS[3], Some(place), true),
        field(FIELDS[4], None, false),
    ];
    let heading = fit(&t(lang, "meeting-new-title", &[]), 45);
    serenity::CreateModal::new(CustomId::MeetingNewModal { group }.encode(), heading)
        .components(rows)
}

/// The `/meeting new` form was sent: the new meeting is previewed for confirmation.
pub async fn new_meeting_submitted(
    ctx: &serenity::Context,
    data: &Data,
    modal: &serenity::ModalInteraction,
) -> Result<(), BotError> {
    let lang = Language::for_discord_locale(&modal.locale, data.default_language);
    let who = actor(data, &modal.user, modal.member.as_ref());
    let (content, rows) = match CustomId::parse(&modal.data.custom_id) {
        _ if !who.secretariat => (t(lang, "error-secretariat-only", &[]), Vec::new()),
        Some(CustomId::MeetingNewModal { group }) => {
            let result = propose_new(data, modal, group).await;
            proposal_reply(result, who.discord_user_id, data.app.tz, lang)
        }
        _ => return Ok(()),
    };
    let (content, file) = fitted_preview(content, lang);
    let mut message = serenity::CreateInteractionResponseMessage::new()
        .content(content)
        .components(rows)
        .ephemeral(true)
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    if let Some(file) = file {
        message = message.add_file(file);
    }
    modal
        .create_response(
            &ctx.http,
            serenity::CreateInteractionResponse::Message(message),
        )
        .await?;
    Ok(())
}

async fn propose_new(
    data: &Data,
    modal: &serenity::ModalInteraction,
    group: i64,
) -> Result<Preview, ChangeError> {
    let app = &data.app;
    let (tz, now) = (app.tz, app.now());
    let previous = app
        .latest_meeting_of_group(group)
        .await?
        .ok_or(ChangeError::NoEarlierMeeting)?;
    let previous = app.meeting_plan(previous).await?;
    let [title, starts, ends, place, documents] =
        FIELDS.map(|id| super::reply::modal_field(modal, id));
    let length = previous.ends_at - previous.starts_at;
    let (starts_at, ends_at) = meeting_edit::resolve_times(&starts, Some(&ends), length, tz, now)?;
    let base = meeting_edit::meeting_key(&previous.group.slug, starts_at, tz);
    let key = app.unused_meeting_key(&base).await?;
    let days_before = u64::from(app.schedule_rules().notice_days_before);
    let notice_date = starts_at
        .with_timezone(&tz)
        .date_naive()
        .checked_sub_days(Days::new(days_before))
        .unwrap_or_default()
        .max(now.with_timezone(&tz).date_naive());
    let new = NewMeeting {
        title,
        starts_at,
        ends_at,
        place,
        documents_url: Some(documents),
    };
    let plan = meeting_edit::next_meeting(&previous, new, key, notice_date, tz)?;
    app.propose_plan(ChangeKind::Create, plan, modal.user.id.get())
        .await
}

/// Confirm under a change's preview (the click checked in `preview_click.rs`): the change
/// made, and the words for it.
pub async fn confirmed(app: &Roundtable, change: i64, by: &ChangeActor, lang: Language) -> String {
    match app.confirm_change(change, by).await {
        Ok(done) => {
            let mut lines = vec![change_report::done_line(done.kind, &done.title, lang)];
            let diff = change_report::diff_lines(&done.diff, app.tz, lang, Style::Discord);
            lines.extend(diff.into_iter().map(|l| format!("• {l}")));
            fit(&lines.join("\n"), MAX_CONTENT)
        }
        Err(e) => failure_words(&e, "make a change", lang),
    }
}
