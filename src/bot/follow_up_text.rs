//! Follow-up items in words for Discord: one line per item (what, owner, due date, overdue,
//! status), the items under the agenda's "Oppfølging fra forrige møte" (or in a section of
//! their own), the reminder to their owners and the `/followup list` answer. What members
//! wrote is shown as text; the messages that carry it ping nobody but the owners reminded.

use super::discord_text::{fit, MAX_CONTENT};
use crate::app::schedule::RemindedItem;
use crate::domain::follow_up::FollowUpItem;
use crate::domain::records::MeetingDetails;
use crate::domain::{AgendaItem, StandingItem};
pub use crate::i18n::follow_up_line as item_line;
use crate::i18n::{format_date_long, t, Language};
use chrono::NaiveDate;
use chrono_tz::Tz;
use std::fmt::Write;

/// Whether the meeting's agenda has the standing item the follow-up items go under.
pub fn has_follow_up_item(agenda: &[AgendaItem]) -> bool {
    agenda
        .iter()
        .any(|i| i.standing == Some(StandingItem::FollowUp))
}

/// Writes the items under an agenda item, if it is "Oppfølging fra forrige møte".
pub fn write_under(
    out: &mut String,
    item: &AgendaItem,
    follow_ups: &[FollowUpItem],
    today: Option<NaiveDate>,
    lang: Language,
) {
    if item.standing != Some(StandingItem::FollowUp) {
        return;
    }
    if follow_ups.is_empty() {
        let _ = writeln!(out, "   {}", t(lang, "followup-none-open", &[]));
    }
    for follow_up in follow_ups {
        let _ = writeln!(out, "   • {}", item_line(follow_up, today, lang));
    }
}

/// Writes the section "Oppfølgingspunkter" for a meeting without the standing item, when it
/// takes up any item.
pub fn write_section(
    out: &mut String,
    agenda: &[AgendaItem],
    follow_ups: &[FollowUpItem],
    today: Option<NaiveDate>,
    lang: Language,
) {
    if has_follow_up_item(agenda) || follow_ups.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n**{}**", t(lang, "followup-section", &[]));
    for follow_up in follow_ups {
        let _ = writeln!(out, "• {}", item_line(follow_up, today, lang));
    }
}

/// The reminder to the owners of the open items a meeting takes up (their mentions are
/// added by the scheduler, each once, in as many messages as they need).
pub fn reminder(
    meeting: &MeetingDetails,
    items: &[RemindedItem],
    tz: Tz,
    lang: Language,
) -> String {
    let day = meeting.summary.starts_at.with_timezone(&tz).date_naive();
    let mut out = t(
        lang,
        "followup-reminder",
        &[
            ("title", meeting.summary.title.as_str().into()),
            ("date", format_date_long(day, lang).into()),
            ("count", items.len().into()),
        ],
    );
    for reminded in items {
        let _ = write!(out, "\n• {}", item_line(&reminded.item, None, lang));
        if reminded.owners.is_empty() {
            let _ = write!(out, " {}", t(lang, "followup-reminder-nobody", &[]));
        }
    }
    let _ = write!(out, "\n{}", t(lang, "followup-reminder-how", &[]));
    out
}

/// The `/followup list` answer: every item of the group, open first, with where it came
/// from.
pub fn list(group: &str, items: &[FollowUpItem], today: NaiveDate, lang: Language) -> String {
    let mut out = format!(
        "**{}**",
        t(lang, "followup-list-heading", &[("group", group.into())])
    );
    if items.is_empty() {
        let _ = write!(out, "\n{}", t(lang, "followup-list-empty", &[]));
    }
    for item in items {
        let _ = write!(out, "\n• {}", item_line(item, Some(today), lang));
        if let Some(origin) = &item.origin {
            let from = match origin.agenda_number {
                Some(number) => t(
                    lang,
                    "followup-from-item",
                    &[
                        ("title", origin.meeting_title.as_str().into()),
                        ("number", number.into()),
                    ],
                ),
                None => t(
                    lang,
                    "followup-from",
                    &[("title", origin.meeting_title.as_str().into())],
                ),
            };
            let _ = write!(out, "\n   {from}");
        }
    }
    fit(&out, MAX_CONTENT)
}
