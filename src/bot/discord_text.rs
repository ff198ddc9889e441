//! Text for Discord messages: timestamps that each reader sees in their own time zone, and
//! keeping within Discord's 2,000-character limit.

use chrono::{DateTime, Utc};

/// The most characters Discord accepts in a message's content.
pub const MAX_CONTENT: usize = 2000;

/// A Discord timestamp, e.g. `<t:1730977200:F>` (style F: weekday, date and time).
pub fn timestamp(at: DateTime<Utc>, style: char) -> String {
    format!("<t:{}:{style}>", at.timestamp())
}

/// "Tid: <t:…:F> (torsdag 7. november 2024, kl. 12:00–13:00, norsk tid)" and "Sted: …": a
/// meeting's time, for each reader in their own time zone and in Oslo time in words, and its
/// place, as the notice and `/agenda` show them.
pub fn time_and_place(
    meeting: &crate::domain::MeetingSummary,
    tz: chrono_tz::Tz,
    lang: crate::i18n::Language,
) -> String {
    use crate::i18n::{format_time_span, t};
    // In Norwegian the time is said once, in words (its readers are in Norway); in English
    // also as a Discord timestamp, which each reader sees in their own zone.
    let local = format_time_span(meeting.starts_at, meeting.ends_at, tz, lang);
    let time = t(
        lang,
        "agenda-time",
        &[
            ("timestamp", timestamp(meeting.starts_at, 'F').into()),
            ("local", local.into()),
        ],
    );
    let place = t(
        lang,
        "agenda-place",
        &[("place", meeting.place.as_str().into())],
    );
    format!("{time}\n{place}")
}

/// `text` cut to fit one message, ending with `…` when cut.
pub fn fit(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_by_characters_not_bytes() {
        let text = "ø".repeat(2001);
        let fitted = fit(&text, MAX_CONTENT);
        assert_eq!(fitted.chars().count(), MAX_CONTENT);
        assert!(fitted.ends_with('…'));
        assert_eq!(fit("kort", MAX_CONTENT), "kort");
    }

    #[test]
    fn timestamp_is_unix_seconds() {
        let at = DateTime::from_timestamp(1_730_977_200, 0).expect("valid");
        assert_eq!(timestamp(at, 'F'), "<t:1730977200:F>");
    }
}
