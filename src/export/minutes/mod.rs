//! Rendering a meeting's minutes (referat) from its [`MinutesView`] in every export format:
//! Markdown, Word, PDF/A, CSV (Norwegian Excel or plain) and JSON. What the document says,
//! and in which order, is decided once ([`content`]); each format lays it out with the agenda
//! export's own building blocks and escaping. The same view always gives the same bytes:
//! the document's date comes from the view, never the clock.

mod content;
mod csv;
mod docx;
mod json;
mod markdown;
mod pdf;
mod words;

pub use self::csv::MINUTES_CSV_COLUMNS;
pub use json::MINUTES_FORMAT_VERSION;

use super::csv::CsvForm;
use super::{ExportError, Format, MinutesView};
use words::{minutes_language, MinutesWords};

/// Renders the minutes in a format. The same view always gives the same bytes.
pub fn render_minutes(view: &MinutesView, format: Format) -> Result<Vec<u8>, ExportError> {
    let words = MinutesWords::of(view);
    match format {
        Format::Markdown => Ok(markdown::render(&content::parts(view, &words)).into_bytes()),
        Format::Docx => docx::render(view, &words, &content::parts(view, &words)),
        Format::Pdf => pdf::render(view, &words, &content::parts(view, &words)),
        Format::Csv => csv::render(view, CsvForm::for_group(minutes_language(view))),
        Format::CsvPlain => csv::render(view, CsvForm::Plain),
        Format::Json => json::render(view),
    }
}
