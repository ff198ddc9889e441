//! Times as the secretariat types them on Discord (`2025-03-06 12:00`, `06.03.2025 12.00`,
//! an end as `14:00`), read as wall-clock times in the group's time zone.

use super::local_time::to_utc;
use super::meeting_edit::EditError;
use chrono::{DateTime, Duration, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

/// The date and time formats accepted: ISO (`2025-03-06 12:00`) and Norwegian (`06.03.2025 12:00`).
const DATE_TIME_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H.%M",
    "%d.%m.%Y kl. %H:%M",
    "%d.%m.%Y kl. %H.%M",
];
const TIME_FORMATS: &[&str] = &["%H:%M", "%H.%M", "kl. %H:%M", "kl. %H.%M"];

/// A wall-clock date and time as typed, e.g. `2025-03-06 12:00`.
pub fn parse_local(field: &'static str, text: &str) -> Result<NaiveDateTime, EditError> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    DATE_TIME_FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(&text, f).ok())
        .ok_or(EditError::NotATime { field, given: text })
}

/// The end as typed: a time on the start's day (`13:00`), or a whole date and time.
pub fn parse_end(
    field: &'static str,
    text: &str,
    start: NaiveDateTime,
) -> Result<NaiveDateTime, EditError> {
    let trimmed = text.trim();
    TIME_FORMATS
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(trimmed, f).ok())
        .map(|time| start.date().and_time(time))
        .map_or_else(|| parse_local(field, text), Ok)
}

/// The instants a typed start and end name in `tz`: both must exist (and happen once) in
/// `tz`, the start must be after `now`, the end after the start. Without an end, the meeting
/// lasts `length`.
pub fn resolve_times(
    starts: &str,
    ends: Option<&str>,
    length: Duration,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<(DateTime<Utc>, DateTime<Utc>), EditError> {
    let start = parse_local("starts", starts)?;
    let end = match ends.map(str::trim).filter(|e| !e.is_empty()) {
        Some(text) => parse_end("ends", text, start)?,
        None => start + length,
    };
    let instant =
        |field, local| to_utc(local, tz).map_err(|source| EditError::Local { field, source });
    let starts_at = instant("starts", start)?;
    let ends_at = instant("ends", end)?;
    if starts_at <= now {
        return Err(EditError::InPast {
            field: "starts",
            at: start,
        });
    }
    if ends_at <= starts_at {
        return Err(EditError::EndsBeforeStart {
            starts: start,
            ends: end,
        });
    }
    Ok((starts_at, ends_at))
}
