//! A brief the secretariat types in from an e-mail: the time it arrived (so it is judged
//! against the deadline by when it came, not by when it was typed in), and its text with
//! the line breaks of e-mail or PDF wrapping taken out.

use super::local_time::{to_utc, LocalTimeError};
use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// The ways an arrival time is written: `08.11.2024 09:12` (also `09.12`, `kl. 09:12`) and
/// ISO `2024-11-08 09:12`.
const FORMATS: &[&str] = &[
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H.%M",
    "%d.%m.%Y kl. %H:%M",
    "%d.%m.%Y kl. %H.%M",
    "%d.%m.%Y, %H:%M",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
];

/// Why an arrival time cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReceivedError {
    #[error("{given:?} is not a date and time such as 08.11.2024 09:12")]
    NotATime { given: String },
    #[error(transparent)]
    LocalTime(#[from] LocalTimeError),
    #[error("{at} has not happened yet")]
    InTheFuture { at: DateTime<Utc> },
}

/// The instant a brief arrived, typed as wall-clock time in `tz` (`08.11.2024 09:12`); it
/// must exist in `tz` and not be later than `now`.
pub fn parse_received(
    text: &str,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, ReceivedError> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let local = FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(&text, f).ok())
        .ok_or_else(|| ReceivedError::NotATime {
            given: text.clone(),
        })?;
    let at = to_utc(local, tz)?;
    if at > now {
        return Err(ReceivedError::InTheFuture { at });
    }
    Ok(at)
}

/// A line shorter than this share of the text's longest line ends where its author ended it.
const SHORT_LINE: f64 = 0.6;

/// The text with the lines of each paragraph joined by a space where wrapping broke them.
/// Kept as they are: blank lines; a line that starts a bullet (`•`, `-`, `*`, `–`, `+`) or a
/// numbered item (`1.`, `2)`, `a)`); a line in capitals (a heading) and the line after it; the
/// line after one that ends with `:`; and the line after a short one (under 60 % of the
/// text's longest line: its author ended it there). Line ends become `\n`.
pub fn unwrap_lines(text: &str) -> String {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .flat_map(|l| l.split('\r'))
        .collect();
    let longest = lines
        .iter()
        .map(|l| l.trim_end().chars().count())
        .max()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut previous: Option<&str> = None;
    for line in lines {
        let joins = previous.is_some_and(|p| continues(p, line, longest));
        match out.last_mut() {
            Some(last) if joins => {
                let kept = last.trim_end().len();
                last.truncate(kept);
                last.push(' ');
                last.push_str(line.trim());
            }
            _ => out.push(line.to_owned()),
        }
        previous = Some(line);
    }
    out.join("\n")
}

/// Whether `line` continues the paragraph `previous` is in.
fn continues(previous: &str, line: &str, longest: usize) -> bool {
    let (p, l) = (previous.trim(), line.trim());
    if p.is_empty() || l.is_empty() || starts_item(l) || is_heading(l) || is_heading(p) {
        return false;
    }
    let full = p.chars().count() as f64 >= SHORT_LINE * longest as f64;
    full && !p.ends_with(':')
}

/// Whether a line starts a bullet or a numbered item.
fn starts_item(line: &str) -> bool {
    let spaced = |rest: &str| rest.is_empty() || rest.starts_with(char::is_whitespace);
    if ['•', '-', '*', '–', '+']
        .iter()
        .any(|m| line.strip_prefix(*m).is_some_and(spaced))
    {
        return true;
    }
    let label = line
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .count()
        .max(usize::from(
            line.starts_with(|c: char| c.is_ascii_lowercase()),
        ));
    (1..=3).contains(&label) && line[label..].starts_with(['.', ')']) && spaced(&line[label + 1..])
}

/// Whether a line is written in capitals (two letters or more, none lowercase).
fn is_heading(line: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && !letters.iter().any(|c| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_are_joined_and_the_shape_kept() {
        let text = "• Et stort næringsprosjekt på Treklyngen har fått avslag på søknaden om\n\
                    fra Miljødirektoratet, og konsekvensene blir store for hele regionen vår.\n\
                    \n\
                    OVERSKRIFT I STORE BOKSTAVER\n\
                    Forsvar/beredskap:\n\
                    Elverum er et kraftsenter i det norske Forsvaret, og Terningmoen har flere\n\
                    strategiske funksjoner.\n\
                    Kort linje\n\
                    1) Et sterkere lokalsamfunn og en mye lengre linje som fortsetter her\n\
                    - punkt\r\n\
                    a) bokstavpunkt";
        assert_eq!(
            unwrap_lines(text),
            "• Et stort næringsprosjekt på Treklyngen har fått avslag på søknaden om fra \
             Miljødirektoratet, og konsekvensene blir store for hele regionen vår.\n\
             \n\
             OVERSKRIFT I STORE BOKSTAVER\n\
             Forsvar/beredskap:\n\
             Elverum er et kraftsenter i det norske Forsvaret, og Terningmoen har flere \
             strategiske funksjoner.\n\
             Kort linje\n\
             1) Et sterkere lokalsamfunn og en mye lengre linje som fortsetter her\n\
             - punkt\n\
             a) bokstavpunkt"
        );
    }

    #[test]
    fn a_text_without_wrapping_is_unchanged() {
        let text = "En linje.\n\nTo\ntre";
        assert_eq!(unwrap_lines(text), text);
        assert_eq!(unwrap_lines(""), "");
    }

    #[test]
    fn arrival_times_are_oslo_wall_clock_and_not_in_the_future() {
        let tz = super::super::local_time::OSLO;
        let now: DateTime<Utc> = "2024-11-10T12:00:00Z".parse().expect("now");
        let at = parse_received("08.11.2024 09:12", tz, now).expect("a time");
        assert_eq!(
            at,
            "2024-11-08T08:12:00Z".parse::<DateTime<Utc>>().expect("t")
        );
        assert_eq!(parse_received(" 2024-11-08   09:12 ", tz, now), Ok(at));
        assert!(matches!(
            parse_received("8. november", tz, now),
            Err(ReceivedError::NotATime { .. })
        ));
        assert!(matches!(
            parse_received("11.11.2024 09:00", tz, now),
            Err(ReceivedError::InTheFuture { .. })
        ));
        assert!(matches!(
            parse_received("31.03.2024 02:30", tz, now),
            Err(ReceivedError::LocalTime(_))
        ));
    }
}
