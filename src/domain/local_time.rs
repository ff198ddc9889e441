//! Wall-clock time in the group's time zone (Europe/Oslo), and the deadline rules built on it.

use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// The time zone of Osloregionen, the default for every group.
pub const OSLO: Tz = chrono_tz::Europe::Oslo;

/// A wall-clock time that does not name one instant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalTimeError {
    /// Skipped by the change to summer time (e.g. 02:30 on the last Sunday of March).
    #[error("{0} does not exist in {1} (the clocks skip it)")]
    Nonexistent(NaiveDateTime, Tz),
    /// Repeated by the change to winter time (e.g. 02:30 on the last Sunday of October).
    #[error("{0} happens twice in {1} (the clocks go back)")]
    Ambiguous(NaiveDateTime, Tz),
}

/// The instant a wall-clock time in `tz` names, refusing times that do not exist or repeat.
pub fn to_utc(local: NaiveDateTime, tz: Tz) -> Result<DateTime<Utc>, LocalTimeError> {
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        chrono::LocalResult::None => Err(LocalTimeError::Nonexistent(local, tz)),
        chrono::LocalResult::Ambiguous(..) => Err(LocalTimeError::Ambiguous(local, tz)),
    }
}

/// The instant a wall-clock time names; for the few repeated or skipped times of a
/// daylight-saving change, the earlier reading (or the first time after the gap).
fn to_utc_lenient(local: NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => {
            t.with_timezone(&Utc)
        }
        chrono::LocalResult::None => {
            to_utc_lenient(local + chrono::Duration::hours(1), tz) - chrono::Duration::hours(1)
        }
    }
}

/// The default brief deadline: the end of the day after the meeting, in the group's time
/// zone (23:59:59 local time on that day, whatever the daylight-saving state).
pub fn default_brief_deadline(starts_at: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    let meeting_day = starts_at.with_timezone(&tz).date_naive();
    let day_after = meeting_day
        .checked_add_days(Days::new(1))
        .unwrap_or(meeting_day);
    end_of_day(day_after, tz)
}

/// `at` moved as a meeting moves from `from` to `to`, in wall-clock time: a deadline at 16:00
/// a week before stays at 16:00 a week before, across a daylight-saving change.
pub fn shift_wall_clock(
    at: DateTime<Utc>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    tz: Tz,
) -> DateTime<Utc> {
    let local = |t: DateTime<Utc>| t.with_timezone(&tz).naive_local();
    to_utc_lenient(local(at) + (local(to) - local(from)), tz)
}

/// The last second of a calendar day in `tz`.
pub fn end_of_day(day: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let last_second = NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN);
    to_utc_lenient(day.and_time(last_second), tz)
}

/// The date of an instant in `tz`.
pub fn local_date(at: DateTime<Utc>, tz: Tz) -> NaiveDate {
    at.with_timezone(&tz).date_naive()
}
