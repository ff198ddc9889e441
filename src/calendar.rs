//! The meeting as an iCalendar (`.ics`) file, attached to the notice.
//!
//! Times are written in UTC: a `TZID=Europe/Oslo` would need a VTIMEZONE block (RFC 5545
//! §3.2.19), which the icalendar crate cannot emit, and UTC is read correctly by every
//! calendar. `X-WR-TIMEZONE` names the group's time zone for the calendars that show it.
//! The UID is stable per meeting, and SEQUENCE counts the changes, so importing the file again
//! updates the same calendar entry.

use crate::domain::records::MeetingDetails;
use chrono_tz::Tz;
use icalendar::{Calendar, Component, EventLike};

/// The calendar entry's stable id: one per meeting key.
pub fn uid(meeting_key: &str) -> String {
    format!("{meeting_key}@roundtable")
}

/// The `.ics` file of a meeting; `sequence` is how often it has changed since first posted.
pub fn meeting_ics(meeting: &MeetingDetails, tz: Tz, sequence: u32) -> String {
    let s = &meeting.summary;
    let mut description = meeting.notice_text.clone();
    if let Some(docs) = &meeting.documents {
        description.push_str(&format!("\n{}: {}", docs.title, docs.url));
    }
    let agenda: Vec<String> = meeting
        .agenda
        .iter()
        .map(|a| format!("{}. {}", a.number, a.title))
        .collect();
    if !agenda.is_empty() {
        description.push_str("\n\n");
        description.push_str(&agenda.join("\n"));
    }
    let mut event = icalendar::Event::new();
    event
        .uid(&uid(&s.key))
        .summary(&s.title)
        .location(&s.place)
        .description(&description)
        .starts(s.starts_at)
        .ends(s.ends_at)
        .sequence(sequence)
        // A fixed stamp (the notice's date), so the same meeting gives the same file.
        .timestamp(
            meeting
                .notice_date
                .and_hms_opt(0, 0, 0)
                .map_or(s.starts_at, |d| d.and_utc()),
        );
    if let Some(docs) = &meeting.documents {
        event.url(&docs.url);
    }
    let mut calendar = Calendar::new();
    calendar
        .name(&meeting.group.name)
        .timezone(tz.name())
        .push(event.done());
    calendar.done().to_string()
}
