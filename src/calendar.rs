//! The meeting as an iCalendar (`.ics`) file, attached to the notice; a group's meeting
//! plan as one file of all its meetings.
//!
//! Times are written in UTC: a `TZID=Europe/Oslo` would need a VTIMEZONE block (RFC 5545
//! §3.2.19), which the icalendar crate cannot emit, and UTC is read correctly by every
//! calendar. `X-WR-TIMEZONE` names the group's time zone for the calendars that show it.
//! The UID is stable per meeting, and SEQUENCE counts the changes, so importing the file again
//! updates the same calendar entry; `METHOD:PUBLISH` says it is an entry to show, not an
//! invitation to answer, and `PRODID` names this program. The description holds the notice's
//! text, the papers, the brief deadline and the agenda.
//!
//! Every text is made fit for iCalendar first: a line end (also a bare CR) in a one-line
//! field becomes a space, in the description a line break; other control characters become
//! spaces, and the link's address is percent-encoded.

use crate::domain::local_time::local_date;
use crate::domain::records::MeetingDetails;
use crate::export::sanitize;
use crate::i18n::{format_date_long, t, Language};
use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use icalendar::{Calendar, Component, EventLike};

/// The calendar entry's stable id: one per meeting key.
pub fn uid(meeting_key: &str) -> String {
    format!("{}@roundtable", sanitize::one_line(meeting_key))
}

/// `-//roundtable//roundtable 0.1.0//NB`: the program that wrote the file (RFC 5545 §3.7.3).
pub fn product_id(lang: Language) -> String {
    format!(
        "-//roundtable//roundtable {}//{}",
        env!("CARGO_PKG_VERSION"),
        lang.code().to_ascii_uppercase()
    )
}

/// The `.ics` file of a meeting; `sequence` is how often it has changed since first posted.
/// Its DTSTAMP is the time the notice is due ([`version_time`]); [`meeting_ics_at`] takes the
/// time of the version where the caller knows it.
pub fn meeting_ics(meeting: &MeetingDetails, tz: Tz, sequence: u32) -> String {
    meeting_ics_at(meeting, tz, sequence, version_time(meeting, tz))
}

/// The time of a meeting's first version when nothing better is known: when its notice is
/// posted, as the meeting file sets it, else the start of the notice's date in `tz`. The
/// same meeting always gives the same time, so the same file.
pub fn version_time(meeting: &MeetingDetails, tz: Tz) -> DateTime<Utc> {
    meeting.summary.notice_at.unwrap_or_else(|| {
        let midnight = meeting.notice_date.and_time(NaiveTime::MIN);
        crate::domain::local_time::to_utc(midnight, tz).unwrap_or(meeting.summary.starts_at)
    })
}

/// The `.ics` file of a meeting's version `sequence`, made at `version_at` (its DTSTAMP).
pub fn meeting_ics_at(
    meeting: &MeetingDetails,
    tz: Tz,
    sequence: u32,
    version_at: DateTime<Utc>,
) -> String {
    let lang = Language::from_code(&meeting.group.language).unwrap_or(Language::Nb);
    let mut calendar = calendar(&meeting.group.name, tz, lang);
    calendar.push(event(meeting, tz, sequence, version_at));
    calendar.done().to_string()
}

/// The plan's file name: `moteplan-naeringssamarbeid-2025.ics`.
pub fn plan_file_name(group_slug: &str, year: i32) -> String {
    format!("moteplan-{}-{year}.ics", sanitize::one_line(group_slug))
}

/// The `.ics` file of a group's meeting plan: every meeting with the UID of its own `.ics`
/// (so the calendars merge, and a moved meeting updates the same entry) and its `sequence`;
/// a cancelled meeting as `STATUS:CANCELLED`, which removes it from the calendar. Made at
/// `made_at` (every DTSTAMP).
pub fn plan_ics(
    group_name: &str,
    meetings: &[(MeetingDetails, u32)],
    tz: Tz,
    made_at: DateTime<Utc>,
) -> String {
    let lang = meetings
        .first()
        .and_then(|(m, _)| Language::from_code(&m.group.language))
        .unwrap_or(Language::Nb);
    let mut calendar = calendar(group_name, tz, lang);
    for (meeting, sequence) in meetings {
        calendar.push(event(meeting, tz, *sequence, made_at));
    }
    calendar.done().to_string()
}

fn calendar(name: &str, tz: Tz, lang: Language) -> Calendar {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", product_id(lang).as_str()))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(&sanitize::one_line(name))
        .timezone(tz.name());
    calendar
}

fn event(
    meeting: &MeetingDetails,
    tz: Tz,
    sequence: u32,
    version_at: DateTime<Utc>,
) -> icalendar::Event {
    let s = &meeting.summary;
    let lang = Language::from_code(&meeting.group.language).unwrap_or(Language::Nb);
    let mut event = icalendar::Event::new();
    event
        .uid(&uid(&s.key))
        .summary(&sanitize::one_line(&s.title))
        .location(&sanitize::one_line(&s.place))
        .description(&description(meeting, tz, lang))
        .starts(s.starts_at)
        .ends(s.ends_at)
        .sequence(sequence)
        .timestamp(version_at);
    if let Some(docs) = &meeting.documents {
        event.url(&sanitize::url(&docs.url));
    }
    if s.cancelled_at.is_some() {
        event.status(icalendar::EventStatus::Cancelled);
    }
    event.done()
}

/// The notice's text, the papers, the brief deadline and the agenda, one per paragraph.
fn description(meeting: &MeetingDetails, tz: Tz, lang: Language) -> String {
    let s = &meeting.summary;
    let mut description = multiline(&meeting.notice_text);
    if let Some(docs) = &meeting.documents {
        description.push_str(&format!(
            "\n{}: {}",
            sanitize::one_line(&docs.title),
            sanitize::url(&docs.url)
        ));
    }
    let deadline = s.brief_deadline.with_timezone(&tz);
    description.push_str("\n\n");
    description.push_str(&t(
        lang,
        "ics-deadline",
        &[
            (
                "date",
                format_date_long(local_date(s.brief_deadline, tz), lang).into(),
            ),
            ("time", deadline.format("%H:%M").to_string().into()),
        ],
    ));
    let agenda: Vec<String> = meeting
        .agenda
        .iter()
        .map(|a| {
            let label = crate::i18n::sak_prefix(meeting.sak_label(a), lang);
            format!("{label} {}", sanitize::one_line(&a.title))
        })
        .collect();
    if !agenda.is_empty() {
        description.push_str("\n\n");
        description.push_str(&agenda.join("\n"));
    }
    description
}

/// A text of several lines for iCalendar: every line end (CRLF, a bare CR) a line feed
/// (which the writer escapes as `\n`), other control characters but the tab a space.
fn multiline(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' => '\n',
            '\n' | '\t' => c,
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_in_a_description_are_line_feeds() {
        assert_eq!(multiline("a\r\nb\rc\u{7}d\te"), "a\nb\nc d\te");
    }

    #[test]
    fn the_product_is_named() {
        assert!(product_id(Language::Nb).starts_with("-//roundtable//roundtable "));
        assert!(product_id(Language::English).ends_with("//EN"));
    }
}
