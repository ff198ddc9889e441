//! What the TOML parser and the plan's rules would word badly: a date the calendar does not
//! have (30 February, refused by the parser in its own English), a year far outside the
//! plausible, and a rule broken by an invitee of the CSV (named by the CSV's file and line,
//! not by the meeting file).

use super::{ImportError, TimeProblem};
use crate::domain::plan_checks::YEARS;
use chrono::{Datelike, NaiveDate};
use std::path::{Path, PathBuf};

/// The fields of the meeting file (and the plan file's `[[meetings]]`) that hold a date, by
/// section and key.
const DATE_FIELDS: [(&str, &str, &str); 8] = [
    ("meeting", "starts", "meeting.starts"),
    ("meeting", "ends", "meeting.ends"),
    ("meeting", "notice_date", "meeting.notice_date"),
    ("meeting", "brief_deadline", "meeting.brief_deadline"),
    ("meeting", "notice_at", "meeting.notice_at"),
    ("meetings", "starts", "meetings.starts"),
    ("meetings", "ends", "meetings.ends"),
    ("meetings", "notice_at", "meetings.notice_at"),
];

/// The first date field whose date does not exist (e.g. `2025-02-30`), as an error with its
/// line; `None` if there is none.
pub fn impossible_date(path: &Path, text: &str) -> Option<ImportError> {
    let mut section = "";
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[') {
            // `[meeting]`, or an entry of an array of tables, `[[meetings]]`.
            section = name.trim_start_matches('[').trim_end_matches(']').trim();
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let Some(&(_, _, field)) = DATE_FIELDS
            .iter()
            .find(|(s, k, _)| *s == section && *k == key.trim())
        else {
            continue;
        };
        let value = value.trim();
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let digits = value.get(range)?;
            digits
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| digits.parse().ok())?
        };
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10))
        else {
            continue;
        };
        let year = i32::try_from(year).unwrap_or_default();
        if NaiveDate::from_ymd_opt(year, month, day).is_none() {
            return Some(ImportError::Time {
                path: path.to_owned(),
                line: n + 1,
                field,
                problem: TimeProblem::NoSuchDate { year, month, day },
            });
        }
    }
    None
}

/// A year outside [`YEARS`].
pub fn year_problem(date: NaiveDate) -> Option<TimeProblem> {
    (!YEARS.contains(&date.year())).then_some(TimeProblem::YearOutOfRange { year: date.year() })
}

/// Where each invitee of the CSV came from: its file and the line of each row.
pub struct CsvRows {
    pub path: PathBuf,
    /// The invitees before the CSV's (those written inline in the meeting file).
    pub inline: usize,
    pub lines: Vec<u64>,
}

impl CsvRows {
    /// A broken rule of an invitee from the CSV, named by the CSV's file and line.
    pub fn name(&self, error: ImportError) -> ImportError {
        let ImportError::Plan { source, .. } = &error else {
            return error;
        };
        let line = source
            .invitee_index()
            .and_then(|i| i.checked_sub(self.inline))
            .and_then(|i| self.lines.get(i));
        match line {
            Some(&line) => ImportError::CsvRow {
                path: self.path.clone(),
                line,
                source: source.clone(),
            },
            None => error,
        }
    }
}
