//! The minutes as CSV, for the secretariat's spreadsheet and for programs: a header row,
//! then one row per entry in the order of the document:
//!
//! - `sak`: each sak, with its title, account and outcome (kind and words);
//! - `brief`: each region's paragraph under round the table (title the region, who its
//!   author, note any note);
//! - `raised`: each matter raised under Eventuelt, with its account and outcome;
//! - `follow_up`: each follow-up item, after the sak that decided it (title what, who the
//!   owner, due the date);
//! - `correction`: each correction after approval (title its date).
//!
//! The same two forms as the agenda's CSV (`export::csv`): Norwegian Excel (byte order mark,
//! `;`, Norwegian headers and words, dates `dd.mm.yyyy`; the minutes have no decimal
//! numbers, so the decimal comma never shows) and plain (RFC 4180, the codes above and
//! [`MINUTES_CSV_COLUMNS`], ISO dates). Every cell from a person is neutralized against
//! formula injection as there.

use super::super::csv::{finish, neutralized, writer, CsvForm};
use super::super::{ConclusionView, ExportError, FollowUpView, MinutesView};
use super::content::kind_key;
use crate::i18n::t;
use chrono::NaiveDate;

/// The plain form's header row, in column order.
pub const MINUTES_CSV_COLUMNS: [&str; 10] = [
    "meeting",
    "sak",
    "entry",
    "title",
    "text",
    "outcome",
    "outcome_text",
    "who",
    "due",
    "note",
];

/// The message keys of the Norwegian Excel form's header row, in column order.
const HEADER_KEYS: [&str; 10] = [
    "referat-doc-csv-meeting",
    "referat-doc-csv-sak",
    "referat-doc-csv-entry",
    "referat-doc-csv-title",
    "referat-doc-csv-text",
    "referat-doc-csv-outcome",
    "referat-doc-csv-outcome-text",
    "referat-doc-csv-who",
    "referat-doc-csv-due",
    "referat-doc-csv-note",
];

/// The kinds of row: code and message key.
#[derive(Clone, Copy)]
enum Entry {
    Sak,
    Brief,
    Raised,
    FollowUp,
    Correction,
}

impl Entry {
    fn code(self) -> &'static str {
        match self {
            Self::Sak => "sak",
            Self::Brief => "brief",
            Self::Raised => "raised",
            Self::FollowUp => "follow_up",
            Self::Correction => "correction",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Self::Sak => "referat-doc-entry-sak",
            Self::Brief => "referat-doc-entry-brief",
            Self::Raised => "referat-doc-entry-raised",
            Self::FollowUp => "referat-doc-entry-follow-up",
            Self::Correction => "referat-doc-entry-correction",
        }
    }
}

/// One row before it is written in a form.
#[derive(Default)]
struct Row<'a> {
    sak: &'a str,
    title: &'a str,
    text: &'a str,
    conclusion: Option<&'a ConclusionView>,
    who: &'a str,
    due: Option<NaiveDate>,
    note: &'a str,
}

pub(super) fn render(view: &MinutesView, form: CsvForm) -> Result<Vec<u8>, ExportError> {
    let capacity = view
        .items
        .iter()
        .flat_map(|i| i.briefs.iter().map(|b| b.text.len() + 200))
        .sum::<usize>()
        + 4096;
    let mut w = writer(form, capacity);
    match form {
        CsvForm::Excel(lang) => w.write_record(HEADER_KEYS.map(|key| t(lang, key, &[])))?,
        CsvForm::Plain => w.write_record(MINUTES_CSV_COLUMNS)?,
    }
    let key = view.meeting.key.as_str();
    let mut write = |entry: Entry, row: Row<'_>| w.write_record(cells(key, entry, &row, form));
    for item in &view.items {
        write(
            Entry::Sak,
            Row {
                sak: &item.label,
                title: &item.title,
                text: item.account.as_deref().unwrap_or(""),
                conclusion: item.conclusion.as_ref(),
                ..Row::default()
            },
        )?;
        for b in &item.briefs {
            write(
                Entry::Brief,
                Row {
                    sak: &item.label,
                    title: &b.region,
                    text: &b.text,
                    who: &b.author,
                    note: b.note.as_deref().unwrap_or(""),
                    ..Row::default()
                },
            )?;
        }
        for r in &item.raised {
            write(
                Entry::Raised,
                Row {
                    sak: &item.label,
                    title: &r.title,
                    text: r.account.as_deref().unwrap_or(""),
                    conclusion: r.conclusion.as_ref(),
                    ..Row::default()
                },
            )?;
        }
        for f in &item.follow_ups {
            write(Entry::FollowUp, follow_up(f, &item.label))?;
        }
    }
    // Follow-up items no sak of this meeting lists (decided elsewhere) come last.
    for f in view
        .follow_ups
        .iter()
        .filter(|f| !view.items.iter().any(|i| i.follow_ups.contains(f)))
    {
        write(Entry::FollowUp, follow_up(f, ""))?;
    }
    for c in &view.corrections {
        let dated = date(c.dated, form);
        write(
            Entry::Correction,
            Row {
                title: &dated,
                text: &c.text,
                ..Row::default()
            },
        )?;
    }
    finish(w)
}

/// A follow-up item's row: under its own sak's label, else `sak`.
fn follow_up<'a>(f: &'a FollowUpView, sak: &'a str) -> Row<'a> {
    Row {
        sak: f.sak.as_deref().unwrap_or(sak),
        title: &f.what,
        who: &f.owner,
        due: f.due,
        ..Row::default()
    }
}

/// A row's cells in column order, in the form's words.
fn cells(meeting: &str, entry: Entry, row: &Row<'_>, form: CsvForm) -> [String; 10] {
    let (entry, outcome) = match form {
        CsvForm::Excel(lang) => (
            t(lang, entry.key(), &[]),
            row.conclusion
                .map(|c| t(lang, kind_key(c.kind), &[]))
                .unwrap_or_default(),
        ),
        CsvForm::Plain => (
            entry.code().to_owned(),
            row.conclusion.map(kind_code).unwrap_or_default(),
        ),
    };
    [
        neutralized(meeting),
        neutralized(row.sak),
        entry,
        neutralized(row.title),
        neutralized(row.text),
        outcome,
        neutralized(row.conclusion.map_or("", |c| c.text.as_str())),
        neutralized(row.who),
        row.due.map(|d| date(d, form)).unwrap_or_default(),
        neutralized(row.note),
    ]
}

/// The outcome's kind as its JSON code: `decision`, `conclusion`, `noted`.
fn kind_code(c: &ConclusionView) -> String {
    serde_json::to_value(c.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// `01.12.2024` for Excel, `2024-12-01` plain.
fn date(d: NaiveDate, form: CsvForm) -> String {
    match form {
        CsvForm::Excel(_) => d.format("%d.%m.%Y").to_string(),
        CsvForm::Plain => d.format("%Y-%m-%d").to_string(),
    }
}
