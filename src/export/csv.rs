//! The briefs as CSV: a header row, then one row per brief in speaking order, in one of two
//! forms.
//!
//! **Norwegian Excel** (the default for a group whose language is `nb`): UTF-8 with a byte
//! order mark, `;` between fields, Norwegian headers (`Møte;Region;Forfatter;Sendt inn;Sist
//! endret;Frist;Ord;Minutter;Tekst`), times as `dd.mm.yyyy HH:MM` in the group's time zone,
//! `i tide`/`for sent`, and a decimal comma (`3,1`), as a Norwegian Excel opens it without an
//! import dialogue.
//!
//! **Plain** (RFC 4180, for programs; `--csv plain`): the columns [`COLUMNS`], UTF-8 without a
//! byte order mark, comma-separated, ISO 8601 times with the group's offset, `on_time`/`late`,
//! `.` as decimal point.
//!
//! Both have CRLF row ends and quote fields where needed. Every cell that a person or a file
//! supplied (meeting key, region, author, text) is neutralized as OWASP recommends against
//! CSV injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
//! `'` in front, so a spreadsheet reads it as text, never as a formula.

use super::{iso8601_string, BriefView, ExportError, ExportView, Timeliness};
use crate::i18n::{t, Language};
use chrono::{DateTime, FixedOffset};

/// The plain form's header row, in column order.
pub const COLUMNS: [&str; 9] = [
    "meeting",
    "region",
    "author",
    "submitted_at",
    "last_edited_at",
    "timeliness",
    "words",
    "minutes",
    "text",
];

/// The message keys of the Norwegian Excel form's header row, in column order.
const HEADER_KEYS: [&str; 9] = [
    "export-csv-meeting",
    "export-csv-region",
    "export-csv-author",
    "export-csv-submitted",
    "export-csv-edited",
    "export-csv-timeliness",
    "export-csv-words",
    "export-csv-minutes",
    "export-csv-text",
];

/// The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV
/// Injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The byte order mark that tells Excel the file is UTF-8.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// Which CSV to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CsvForm {
    /// As a Norwegian Excel opens it (`;`, BOM, decimal comma, Norwegian words).
    Excel(Language),
    /// RFC 4180 with comma, codes and ISO times, for programs.
    Plain,
}

impl CsvForm {
    /// The form a group's secretariat gets by default: Norwegian Excel for a Bokmål group,
    /// plain otherwise.
    pub fn for_group(lang: Language) -> Self {
        match lang {
            Language::Nb => Self::Excel(lang),
            Language::English => Self::Plain,
        }
    }
}

pub(super) fn render(view: &ExportView, form: CsvForm) -> Result<Vec<u8>, ExportError> {
    let capacity = view
        .briefs
        .iter()
        .map(|b| b.text.len() + 160)
        .sum::<usize>()
        + 128;
    let mut writer = writer(form, capacity);
    match form {
        CsvForm::Excel(lang) => writer.write_record(HEADER_KEYS.map(|key| t(lang, key, &[])))?,
        CsvForm::Plain => writer.write_record(COLUMNS)?,
    }
    for b in &view.briefs {
        writer.write_record(row(&view.meeting.key, b, form))?;
    }
    finish(writer)
}

/// A CSV writer of the form into memory (with the byte order mark already written for
/// Excel).
pub(super) fn writer(form: CsvForm, capacity: usize) -> ::csv::Writer<Vec<u8>> {
    let mut out = Vec::with_capacity(capacity);
    let delimiter = match form {
        CsvForm::Excel(_) => {
            out.extend_from_slice(BOM);
            b';'
        }
        CsvForm::Plain => b',',
    };
    ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out)
}

/// The bytes written.
pub(super) fn finish(writer: ::csv::Writer<Vec<u8>>) -> Result<Vec<u8>, ExportError> {
    writer
        .into_inner()
        .map_err(|e| ExportError::Csv(::csv::Error::from(e.into_error())))
}

/// A brief's cells, in column order.
fn row(meeting_key: &str, b: &BriefView, form: CsvForm) -> [String; 9] {
    let minutes = format!("{:.1}", b.estimated_minutes);
    let (submitted, edited, timeliness, minutes) = match form {
        CsvForm::Excel(lang) => (
            office_time(&b.submitted_at),
            office_time(&b.last_edited_at),
            t(lang, timeliness_key(b.timeliness), &[]),
            minutes.replace('.', ","),
        ),
        CsvForm::Plain => (
            iso8601_string(&b.submitted_at),
            iso8601_string(&b.last_edited_at),
            b.timeliness.code().to_owned(),
            minutes,
        ),
    };
    [
        neutralized(meeting_key),
        neutralized(&b.region),
        neutralized(&b.author),
        submitted,
        edited,
        timeliness,
        b.words.to_string(),
        minutes,
        neutralized(&b.text),
    ]
}

fn timeliness_key(timeliness: Timeliness) -> &'static str {
    match timeliness {
        Timeliness::OnTime => "export-csv-on-time",
        Timeliness::Late => "export-csv-late",
    }
}

/// `06.11.2024 11:00`: the time as it was in the group's time zone.
fn office_time(at: &DateTime<FixedOffset>) -> String {
    at.format("%d.%m.%Y %H:%M").to_string()
}

/// A cell a spreadsheet reads as text: with a `'` in front when it would start a formula.
pub(super) fn neutralized(cell: &str) -> String {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralized_as_owasp_recommends() {
        for cell in ["=1+1", "+47", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralized(cell), format!("'{cell}"));
        }
        for cell in ["1+1", "a=b", " =1", "'quoted", ""] {
            assert_eq!(neutralized(cell), cell);
        }
    }

    #[test]
    fn office_times_are_day_month_year_and_minutes() {
        let at = DateTime::parse_from_rfc3339("2024-11-08T09:12:45+01:00").expect("a time");
        assert_eq!(office_time(&at), "08.11.2024 09:12");
    }
}
