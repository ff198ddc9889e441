//! The briefs as CSV: a header row, then one row per brief in speaking order.
//!
//! Columns: `meeting` (the meeting's key), `region`, `author`, `submitted_at`,
//! `last_edited_at` (ISO 8601 with the group's offset), `timeliness` (`on_time` or `late`,
//! judged by the last edit against the deadline), `words`, `minutes` (estimated speaking time,
//! one decimal, `.` as decimal point), `text` (exactly as stored). UTF-8 without a byte order
//! mark, comma-separated, CRLF row ends, fields quoted where RFC 4180 needs it (the `csv`
//! crate handles quotes, commas and line breaks inside fields).

use super::{iso8601_string, ExportError, ExportView};

/// The header row, in column order.
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

pub(super) fn render(view: &ExportView) -> Result<Vec<u8>, ExportError> {
    let capacity = view
        .briefs
        .iter()
        .map(|b| b.text.len() + 160)
        .sum::<usize>()
        + 128;
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(capacity));
    writer.write_record(COLUMNS)?;
    for b in &view.briefs {
        writer.write_record([
            view.meeting.key.as_str(),
            b.region.as_str(),
            b.author.as_str(),
            &iso8601_string(&b.submitted_at),
            &iso8601_string(&b.last_edited_at),
            b.timeliness.code(),
            &b.words.to_string(),
            &format!("{:.1}", b.estimated_minutes),
            b.text.as_str(),
        ])?;
    }
    writer
        .into_inner()
        .map_err(|e| ExportError::Csv(::csv::Error::from(e.into_error())))
}
