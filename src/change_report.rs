//! The secretariat's changes in words, for Discord and the command line: what a change does
//! (the preview, and the change log), and why one was refused.

use crate::app::meeting_admin::{ChangeError, ChangeKind};
use crate::domain::meeting_diff::{FieldChange, ItemRef, MeetingDiff};
use crate::domain::meeting_edit::EditError;
use crate::domain::records::ChangeEntry;
use crate::domain::standing_edit::TemplateEditError;
use crate::domain::{AgendaItem, LocalTimeError};
use crate::i18n::{errors, format_date, format_time_span, t, Language};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// How many names a list in a change shows before "and N more".
const NAMES_SHOWN: usize = 8;

/// Where the words go: Discord (timestamps each reader sees in their own zone, mentions) or
/// plain text in the group's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Discord,
    Plain,
}

/// The kind of change in words: "Import", "New time", …
pub fn kind_name(kind: &str, lang: Language) -> String {
    t(lang, "change-kind", &[("kind", kind.into())])
}

fn when(at: DateTime<Utc>, tz: Tz, style: Style) -> String {
    match style {
        Style::Discord => format!("<t:{}:f>", at.timestamp()),
        Style::Plain => at.with_timezone(&tz).format("%d.%m.%Y %H:%M").to_string(),
    }
}

fn names(list: &[String], lang: Language) -> String {
    let mut shown = list
        .iter()
        .take(NAMES_SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if list.len() > NAMES_SHOWN {
        let more = t(
            lang,
            "change-more",
            &[("count", (list.len() - NAMES_SHOWN).into())],
        );
        shown = format!("{shown} {more}");
    }
    shown
}

fn item(i: &ItemRef) -> String {
    format!("{}. {}", i.number, i.title)
}

fn field_line(f: &FieldChange, tz: Tz, lang: Language, style: Style) -> String {
    let none = || t(lang, "change-none-value", &[]);
    let pair = |key: &str, before: String, after: String| {
        t(
            lang,
            key,
            &[("before", before.into()), ("after", after.into())],
        )
    };
    let opt_time = |at: &Option<DateTime<Utc>>| at.map_or_else(none, |at| when(at, tz, style));
    match f {
        FieldChange::Title { before, after } => {
            pair("change-field-title", before.clone(), after.clone())
        }
        FieldChange::Place { before, after } => {
            pair("change-field-place", before.clone(), after.clone())
        }
        FieldChange::Time { before, after } => pair(
            "change-field-time",
            format_time_span(before.0, before.1, tz, lang),
            format_time_span(after.0, after.1, tz, lang),
        ),
        FieldChange::Deadline { before, after } => pair(
            "change-field-deadline",
            when(*before, tz, style),
            when(*after, tz, style),
        ),
        FieldChange::Documents { before, after } => pair(
            "change-field-documents",
            before.clone().unwrap_or_else(none),
            after.clone().unwrap_or_else(none),
        ),
        FieldChange::NoticeDate { before, after } => pair(
            "change-field-notice-date",
            format_date(*before, lang),
            format_date(*after, lang),
        ),
        FieldChange::NoticeAt { before, after } => {
            pair("change-field-notice-at", opt_time(before), opt_time(after))
        }
        FieldChange::NoticeText => t(lang, "change-field-notice-text", &[]),
        FieldChange::Preparation => t(lang, "change-field-preparation", &[]),
        FieldChange::Group { before, after } => {
            pair("change-field-group", before.clone(), after.clone())
        }
    }
}

/// What a change does, one line each.
pub fn diff_lines(diff: &MeetingDiff, tz: Tz, lang: Language, style: Style) -> Vec<String> {
    let mut lines = Vec::new();
    if diff.created {
        lines.push(t(lang, "change-created", &[]));
    }
    if diff.cancelled {
        lines.push(t(lang, "change-cancelled", &[]));
    }
    if diff.restored {
        lines.push(t(lang, "change-restored", &[]));
    }
    lines.extend(diff.fields.iter().map(|f| field_line(f, tz, lang, style)));
    let one = |key: &str, i: &ItemRef| t(lang, key, &[("item", item(i).into())]);
    if !diff.created {
        lines.extend(
            diff.agenda_added
                .iter()
                .map(|i| one("change-agenda-added", i)),
        );
    }
    for (before, after) in &diff.agenda_changed {
        let args = [
            ("before", item(before).into()),
            ("after", item(after).into()),
        ];
        lines.push(t(lang, "change-agenda-changed", &args));
    }
    lines.extend(
        diff.agenda_removed
            .iter()
            .map(|i| one("change-agenda-removed", i)),
    );
    if diff.agenda_reordered {
        lines.push(t(lang, "change-agenda-reordered", &[]));
    }
    let list = |key: &str, list: &[String]| {
        let args = [
            ("count", list.len().into()),
            ("names", names(list, lang).into()),
        ];
        t(lang, key, &args)
    };
    for (key, l) in [
        ("change-regions-added", &diff.regions_added),
        ("change-regions-removed", &diff.regions_removed),
        ("change-invitees-added", &diff.invitees_added),
        ("change-invitees-removed", &diff.invitees_removed),
        ("change-invitees-changed", &diff.invitees_changed),
    ] {
        if !l.is_empty() {
            lines.push(list(key, l));
        }
    }
    for (before, after) in &diff.invitees_renamed {
        let args = [
            ("before", before.as_str().into()),
            ("after", after.as_str().into()),
        ];
        lines.push(t(lang, "change-invitee-renamed", &args));
    }
    if diff.regions_reordered {
        lines.push(t(lang, "change-regions-reordered", &[]));
    }
    for (key, links) in [
        ("change-representative-added", &diff.representatives_added),
        (
            "change-representative-removed",
            &diff.representatives_removed,
        ),
        ("change-invitee-linked", &diff.invitees_linked),
    ] {
        for link in links {
            let user = match style {
                Style::Discord => format!("<@{}>", link.user_id),
                Style::Plain => link.user.clone(),
            };
            let args = [("user", user.into()), ("to", link.to.as_str().into())];
            lines.push(t(lang, key, &args));
        }
    }
    lines
}

/// The numbered agenda, one item a line (the brief item marked).
pub fn agenda_lines(agenda: &[AgendaItem], lang: Language) -> Vec<String> {
    agenda
        .iter()
        .map(|i| {
            let mark = if i.collects_briefs {
                format!(" ({})", t(lang, "status-briefs-item", &[]))
            } else {
                String::new()
            };
            format!("{}. {}{mark}", i.number, i.title)
        })
        .collect()
}

/// One entry of the change log: when, who, what.
pub fn log_line(entry: &ChangeEntry, tz: Tz, lang: Language, style: Style) -> String {
    let who = match (entry.actor_id, style) {
        (Some(id), Style::Discord) => format!("<@{id}>"),
        (Some(_), Style::Plain) => entry.actor_name.clone(),
        (None, _) => t(lang, "change-log-command-line", &[]),
    };
    let what = serde_json::from_str::<MeetingDiff>(&entry.diff)
        .map(|d| {
            let lines = diff_lines(&d, tz, lang, style);
            let lines: Vec<&str> = lines.iter().map(|l| l.trim_end_matches('.')).collect();
            lines.join("; ")
        })
        .unwrap_or_default();
    t(
        lang,
        "change-log-entry",
        &[
            ("when", when(entry.at, tz, style).into()),
            ("who", who.into()),
            ("kind", kind_name(&entry.kind, lang).into()),
            ("what", what.into()),
        ],
    )
}

fn input_name(field: &str, lang: Language) -> String {
    t(lang, "change-input", &[("field", field.into())])
}

/// Why an edit is refused, in words.
pub fn edit_error(e: &EditError, lang: Language) -> String {
    let time = |at: &chrono::NaiveDateTime| crate::i18n::format_date_time(*at, lang);
    match e {
        EditError::NotATime { field, given } => t(
            lang,
            "error-edit-not-a-time",
            &[
                ("field", input_name(field, lang).into()),
                ("given", given.as_str().into()),
            ],
        ),
        EditError::Local { field, source } => {
            let (key, at) = match source {
                LocalTimeError::Nonexistent(at, _) => ("error-time-nonexistent", at),
                LocalTimeError::Ambiguous(at, _) => ("error-time-ambiguous", at),
            };
            let reason = t(lang, key, &[("time", time(at).into())]);
            let args = [
                ("field", input_name(field, lang).into()),
                ("reason", reason.into()),
            ];
            t(lang, "error-edit-field", &args)
        }
        EditError::InPast { field, at } => t(
            lang,
            "error-edit-in-past",
            &[
                ("field", input_name(field, lang).into()),
                ("time", time(at).into()),
            ],
        ),
        EditError::EndsBeforeStart { starts, ends } => t(
            lang,
            "error-edit-ends-before-start",
            &[("starts", time(starts).into()), ("ends", time(ends).into())],
        ),
        EditError::NotALink { given } => t(
            lang,
            "error-edit-not-a-link",
            &[("given", given.as_str().into())],
        ),
        EditError::NoSuchItem { number, count } => t(
            lang,
            "error-edit-no-such-item",
            &[("number", (*number).into()), ("count", (*count).into())],
        ),
        EditError::BadPosition { position, max } => t(
            lang,
            "error-edit-bad-position",
            &[("position", (*position).into()), ("max", (*max).into())],
        ),
        EditError::NothingToChange => t(lang, "error-edit-nothing", &[]),
        EditError::UnknownInvitee { name } => t(
            lang,
            "error-edit-unknown-invitee",
            &[("name", name.as_str().into())],
        ),
        EditError::AmbiguousInvitee { name, matches } => t(
            lang,
            "error-edit-ambiguous-invitee",
            &[
                ("name", name.as_str().into()),
                ("matches", matches.join("; ").into()),
            ],
        ),
        EditError::Plan(e) => errors::plan_error(e, lang),
    }
}

/// Why a change is refused, in words.
pub fn change_error(e: &ChangeError, lang: Language) -> String {
    match e {
        ChangeError::Cancelled => t(lang, "error-meeting-cancelled", &[]),
        ChangeError::NotCancelled => t(lang, "error-meeting-not-cancelled", &[]),
        ChangeError::Ended => t(lang, "error-meeting-ended", &[]),
        ChangeError::Gone => t(lang, "error-change-gone", &[]),
        ChangeError::Expired => t(lang, "error-change-expired", &[]),
        ChangeError::NotYours => t(lang, "error-not-your-button", &[]),
        ChangeError::Stale => t(lang, "error-change-stale", &[]),
        ChangeError::NoEarlierMeeting => t(lang, "error-no-earlier-meeting", &[]),
        ChangeError::UnknownInviteeKey { key, name } => t(
            lang,
            "error-unknown-invitee-key",
            &[("key", (*key).into()), ("name", name.as_str().into())],
        ),
        ChangeError::PlannedInPast { title, date } => t(
            lang,
            "plan-error-in-past",
            &[
                ("title", title.as_str().into()),
                ("date", crate::i18n::format_date_long(*date, lang).into()),
            ],
        ),
        ChangeError::Template(TemplateEditError::NoSuchItem { number }) => t(
            lang,
            "standing-error-no-such-item",
            &[("number", (*number).into())],
        ),
        ChangeError::Template(TemplateEditError::Template(e)) => {
            crate::i18n::errors::template_error(e, lang)
        }
        ChangeError::Edit(e) => edit_error(e, lang),
        ChangeError::App(e) => e.describe(lang),
        ChangeError::Payload(_) => t(lang, "error-internal", &[]),
    }
}

/// What was done, for the one who confirmed it.
pub fn done_line(kind: ChangeKind, title: &str, lang: Language) -> String {
    t(
        lang,
        "change-done",
        &[("kind", kind.as_str().into()), ("title", title.into())],
    )
}
