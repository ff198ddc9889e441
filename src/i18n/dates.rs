//! Dates and times in words, in the group's time zone and the reader's language.

use super::{t, Language};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use fluent_bundle::FluentValue;

/// `07.11.2024` (Norwegian) or `2024-11-07` (English).
pub fn format_date(date: NaiveDate, lang: Language) -> String {
    match lang {
        Language::Nb => date.format("%d.%m.%Y").to_string(),
        Language::English => date.format("%Y-%m-%d").to_string(),
    }
}

/// The day a meeting starting at `starts_at` is held, in `tz`, as [`format_date`] writes it:
/// how a person reads (and names) a meeting besides its title.
pub fn meeting_day(starts_at: DateTime<Utc>, tz: Tz, lang: Language) -> String {
    format_date(starts_at.with_timezone(&tz).date_naive(), lang)
}

/// `07.11.2024 12:00` (Norwegian) or `2024-11-07 12:00` (English): a wall-clock time as a
/// person writes it.
pub fn format_date_time(at: chrono::NaiveDateTime, lang: Language) -> String {
    format!("{} {}", format_date(at.date(), lang), at.format("%H:%M"))
}

/// `torsdag 7. november 2024` or `Thursday 7 November 2024`.
pub fn format_date_long(date: NaiveDate, lang: Language) -> String {
    let weekday = t(
        lang,
        "weekday",
        &[("n", FluentValue::from(date.weekday().number_from_monday()))],
    );
    let month = t(lang, "month", &[("n", FluentValue::from(date.month()))]);
    t(
        lang,
        "date-long",
        &[
            ("weekday", weekday.into()),
            ("day", date.day().into()),
            ("month", month.into()),
            ("year", date.year().into()),
        ],
    )
}

/// `2 min 30 s`: how long a brief takes to say.
pub fn format_speaking_time(duration: std::time::Duration, lang: Language) -> String {
    let seconds = duration.as_secs();
    t(
        lang,
        "speaking-time",
        &[
            ("min", (seconds / 60).into()),
            ("sec", (seconds % 60).into()),
        ],
    )
}

/// `torsdag 7. november 2024, kl. 12:00–13:00`: a meeting's time in words, in `tz`.
pub fn format_time_span(
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    tz: Tz,
    lang: Language,
) -> String {
    let (s, e) = (starts.with_timezone(&tz), ends.with_timezone(&tz));
    let end = if s.date_naive() == e.date_naive() {
        e.format("%H:%M").to_string()
    } else {
        format!(
            "{} {}",
            format_date_long(e.date_naive(), lang),
            e.format("%H:%M")
        )
    };
    t(
        lang,
        "time-span",
        &[
            ("date", format_date_long(s.date_naive(), lang).into()),
            ("start", s.format("%H:%M").to_string().into()),
            ("end", end.into()),
        ],
    )
}
