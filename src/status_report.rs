//! The plain-text status of a meeting that `roundtable status` prints.

use crate::domain::collation::norwegian_cmp;
use crate::domain::records::{MeetingDetails, RegionBriefs};
use crate::domain::Invitee;
use crate::i18n::{format_date_long, format_time_span, t, Language};
use chrono_tz::Tz;
use std::fmt::Write;

/// The meeting, its agenda, how many are invited, and per region whether a brief is in.
pub fn render_status(
    meeting: &MeetingDetails,
    briefs: &[RegionBriefs],
    tz: Tz,
    lang: Language,
) -> String {
    let s = &meeting.summary;
    let mut out = String::new();
    let deadline = s.brief_deadline.with_timezone(&tz);
    let cancelled = s.cancelled_at.map_or_else(String::new, |at| {
        let day = crate::i18n::format_date(at.with_timezone(&tz).date_naive(), lang);
        format!(" {}", t(lang, "status-cancelled", &[("date", day.into())]))
    });
    let lines = [
        t(
            lang,
            "status-title",
            &[
                ("title", s.title.as_str().into()),
                (
                    "date",
                    crate::i18n::meeting_day(s.starts_at, tz, lang).into(),
                ),
                ("id", s.id.into()),
            ],
        ) + &cancelled,
        meeting.group.name.clone(),
        t(
            lang,
            "status-time",
            &[(
                "time",
                format_time_span(s.starts_at, s.ends_at, tz, lang).into(),
            )],
        ),
        t(lang, "status-place", &[("place", s.place.as_str().into())]),
        t(
            lang,
            "status-deadline",
            &[
                ("date", format_date_long(deadline.date_naive(), lang).into()),
                ("time", deadline.format("%H:%M").to_string().into()),
            ],
        ),
        String::new(),
        t(lang, "status-agenda", &[]),
    ];
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
    for item in &meeting.agenda {
        let mark = if item.collects_briefs {
            format!(" [{}]", t(lang, "status-briefs-item", &[]))
        } else {
            String::new()
        };
        let label = crate::i18n::sak_prefix(meeting.sak_label(item), lang);
        let _ = writeln!(out, "  {label} {}{mark}", item.title);
    }
    let organisations = by_organisation(&meeting.invitees);
    let _ = writeln!(
        out,
        "{}",
        t(
            lang,
            "status-invitees",
            &[
                ("count", meeting.invitees.len().into()),
                ("invitees", meeting.invitees.len().into()),
                ("organisations", organisations.len().into()),
            ]
        )
    );
    for (organisation, names) in &organisations {
        let _ = writeln!(out, "  {organisation}: {}", names.join(", "));
    }
    let received = briefs.iter().filter(|b| b.brief.is_some()).count();
    let _ = writeln!(
        out,
        "{}",
        t(
            lang,
            "status-briefs",
            &[
                ("received", received.into()),
                ("total", briefs.len().into())
            ]
        )
    );
    for region in briefs {
        let line = match &region.brief {
            Some(b) => {
                let at = b.updated_at.with_timezone(&tz);
                t(
                    lang,
                    "status-brief-in",
                    &[
                        ("region", region.region.as_str().into()),
                        ("author", b.author.as_str().into()),
                        ("at", at.format("%d.%m.%Y %H:%M").to_string().into()),
                        ("late", b.is_late(s.brief_deadline).to_string().into()),
                    ],
                )
            }
            None => t(
                lang,
                "status-brief-missing",
                &[("region", region.region.as_str().into())],
            ),
        };
        let _ = writeln!(out, "  {line}");
    }
    out
}

/// The invitees by organisation, each organisation's people by last name, all in Norwegian
/// alphabetical order: one line per organisation instead of one long line.
fn by_organisation(invitees: &[Invitee]) -> Vec<(String, Vec<String>)> {
    let mut people: Vec<&Invitee> = invitees.iter().collect();
    people.sort_by(|a, b| {
        norwegian_cmp(&a.organisation, &b.organisation)
            .then_with(|| norwegian_cmp(&a.last_name, &b.last_name))
            .then_with(|| norwegian_cmp(&a.first_name, &b.first_name))
    });
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for person in people {
        let name = format!("{} {}", person.first_name, person.last_name);
        match groups.last_mut() {
            Some((organisation, names)) if *organisation == person.organisation => names.push(name),
            _ => groups.push((person.organisation.clone(), vec![name])),
        }
    }
    groups
}

/// The invitees with their keys (to name in a meeting file or CSV that corrects a name), in
/// the order of the list.
pub fn render_invitees(invitees: &[crate::domain::Invitee], lang: Language) -> String {
    let mut out = String::new();
    for i in invitees {
        let key = i.key.map_or_else(|| "–".to_owned(), |k| k.to_string());
        let args = [
            ("key", key.into()),
            ("name", crate::domain::meeting_edit::invitee_label(i).into()),
        ];
        let _ = writeln!(out, "  {}", t(lang, "status-invitee", &args));
    }
    out
}

/// The meeting's latest changes (newest first): when, who and what kind, then each change on
/// a line of its own; nothing when none are recorded.
pub fn render_changes(
    changes: &[crate::domain::records::ChangeEntry],
    tz: Tz,
    lang: Language,
) -> String {
    use crate::change_report::{diff_lines, log_line, Style};
    if changes.is_empty() {
        return String::new();
    }
    let mut out = format!("{}\n", t(lang, "status-changes", &[]));
    for entry in changes {
        let head = crate::domain::records::ChangeEntry {
            diff: String::new(),
            ..entry.clone()
        };
        let head = log_line(&head, tz, lang, Style::Plain);
        let _ = writeln!(out, "  {}", head.trim_end());
        let diff = serde_json::from_str::<crate::domain::meeting_diff::MeetingDiff>(&entry.diff);
        for line in diff.map_or_else(|_| Vec::new(), |d| diff_lines(&d, tz, lang, Style::Plain)) {
            let _ = writeln!(out, "    – {line}");
        }
    }
    out
}
