//! How a person names a meeting: besides its number and its key (a stable id, which keeps the
//! date the meeting was first planned for, even after a move), by the day it is held
//! (`2024-11-14`, `14.11.2024`), by its title, or by both (`14.11.2024 Møte i …`).

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

/// A date as a person writes it: ISO (`2024-11-14`) or Norwegian (`14.11.2024`, `14.11.24`).
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim().trim_end_matches(['.', ',']);
    // `%Y` would read a two-digit year as the first century.
    let two_digit_year = text.rsplit('.').next().is_some_and(|y| y.len() == 2);
    let formats: &[&str] = if two_digit_year {
        &["%d.%m.%y"]
    } else {
        &["%Y-%m-%d", "%d.%m.%Y"]
    };
    formats
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(text, format).ok())
}

fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether `name` names the meeting titled `title` that starts at `starts_at`: its day (in
/// `tz`), its title (case and spacing do not matter), or its day then its title.
pub fn names_meeting(name: &str, title: &str, starts_at: DateTime<Utc>, tz: Tz) -> bool {
    let day = starts_at.with_timezone(&tz).date_naive();
    let name = fold(name);
    if parse_day(&name) == Some(day) || name == fold(title) {
        return true;
    }
    match name.split_once(' ') {
        Some((first, rest)) => {
            let rest = rest.trim_start_matches(['–', '-', ',', ':', ' ']);
            parse_day(first) == Some(day) && fold(rest) == fold(title)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::local_time::OSLO;

    #[test]
    fn a_meeting_is_named_by_its_day_its_title_or_both() {
        // 14 November 2024, 12:00 in Oslo.
        let starts: DateTime<Utc> = "2024-11-14T11:00:00Z".parse().expect("time");
        let title = "Møte i faggruppe for Næringssamarbeid";
        for name in [
            "2024-11-14",
            "14.11.2024",
            "14.11.24",
            "møte i  faggruppe for næringssamarbeid",
            "14.11.2024 Møte i faggruppe for Næringssamarbeid",
            "2024-11-14 – Møte i faggruppe for Næringssamarbeid",
        ] {
            assert!(names_meeting(name, title, starts, OSLO), "{name}");
        }
        for name in [
            "2024-11-07",
            "7.11.2024 Møte i faggruppe for Næringssamarbeid",
            "Møte",
        ] {
            assert!(!names_meeting(name, title, starts, OSLO), "{name}");
        }
    }

    #[test]
    fn a_day_is_the_oslo_day() {
        // 00:30 on 15 November in Oslo is still the 14th in UTC.
        let starts: DateTime<Utc> = "2024-11-14T23:30:00Z".parse().expect("time");
        assert!(names_meeting("15.11.2024", "Møte", starts, OSLO));
        assert_eq!(parse_day("7.1.2025"), NaiveDate::from_ymd_opt(2025, 1, 7));
    }
}
