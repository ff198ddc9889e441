//! Exporting a meeting's collected briefs for the minutes: one [`ExportView`] of the meeting,
//! rendered as Markdown, Word (.docx), PDF/A, CSV (Norwegian Excel or plain) or JSON; and the
//! minutes themselves from their [`MinutesView`], in the same formats ([`render_minutes`]).

mod blocks;
mod csv;
mod document;
mod docx;
mod docx_builder;
mod docx_parts;
mod follow_up_view;
mod json;
mod markdown;
mod minutes;
mod minutes_view;
mod pdf;
pub(crate) mod sanitize;
mod view;

pub use self::csv::COLUMNS as CSV_COLUMNS;
pub use json::FORMAT_VERSION as JSON_FORMAT_VERSION;
pub use minutes::{render_minutes, MINUTES_CSV_COLUMNS, MINUTES_FORMAT_VERSION};
pub use minutes_view::{
    ApprovalView, ConclusionKind, ConclusionView, CorrectionView, FollowUpView, MinutesAttendance,
    MinutesBrief, MinutesItem, MinutesStatus, MinutesView, RaisedMatter,
};
pub use view::{
    iso8601_string, AgendaItemView, AttendanceView, BriefView, DeputyView, DocumentsView,
    ExportSummary, ExportView, FollowUpStatusView, GroupView, InviteeView, MeetingView,
    SecretariatView, Timeliness,
};

use std::fmt;
use std::str::FromStr;

/// A format the briefs can be exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The agenda document with the briefs under their item, as Markdown.
    Markdown,
    /// The same document as a Word file.
    Docx,
    /// The same document as a tagged PDF/A-2a, for archiving.
    Pdf,
    /// One row per brief, in the form the group's office opens (Norwegian Excel for a
    /// Bokmål group, plain otherwise).
    Csv,
    /// One row per brief, RFC 4180 with commas, codes and ISO times, for programs.
    CsvPlain,
    /// The whole view, for other programs.
    Json,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Markdown,
        Format::Docx,
        Format::Pdf,
        Format::Csv,
        Format::CsvPlain,
        Format::Json,
    ];

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Docx => "docx",
            Self::Pdf => "pdf",
            Self::Csv | Self::CsvPlain => "csv",
            Self::Json => "json",
        }
    }

    /// The name on the command line and in messages: the extension, or `csv-plain`.
    pub fn name(self) -> &'static str {
        match self {
            Self::CsvPlain => "csv-plain",
            other => other.extension(),
        }
    }

    /// The plain CSV instead of the group's, when `plain` is asked for; other formats as
    /// they are.
    pub fn with_plain_csv(self, plain: bool) -> Self {
        match self {
            Self::Csv if plain => Self::CsvPlain,
            other => other,
        }
    }

    /// The media type of the rendered bytes.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Markdown => "text/markdown; charset=utf-8",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Pdf => "application/pdf",
            Self::Csv | Self::CsvPlain => "text/csv; charset=utf-8",
            Self::Json => "application/json",
        }
    }

    /// Whether the rendered bytes are text that can be shown in a terminal.
    pub fn is_text(self) -> bool {
        !matches!(self, Self::Docx | Self::Pdf)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = ExportError;

    /// `md` (or `markdown`), `docx`, `pdf`, `csv`, `csv-plain` or `json`, in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(Self::Markdown),
            "docx" => Ok(Self::Docx),
            "pdf" => Ok(Self::Pdf),
            "csv" => Ok(Self::Csv),
            "csv-plain" => Ok(Self::CsvPlain),
            "json" => Ok(Self::Json),
            _ => Err(ExportError::UnknownFormat {
                given: s.to_owned(),
            }),
        }
    }
}

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("unknown export format {given:?}; choose md, docx, pdf, csv or json")]
    UnknownFormat { given: String },
    #[error("cannot build the Word document: {0}")]
    Docx(#[from] docx_rs::DocxError),
    /// The Word document lacks a part this exporter adds to it by hand (a bug).
    #[error("the Word document has no {missing}")]
    DocxStructure { missing: &'static str },
    #[error("cannot write the CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("cannot write the JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("cannot write the PDF: {0}")]
    Pdf(String),
}

/// Renders the view in a format. The same view always gives the same bytes.
pub fn render(view: &ExportView, format: Format) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Markdown => Ok(markdown::render(view).into_bytes()),
        Format::Docx => docx::render(view),
        Format::Pdf => pdf::render(view),
        Format::Csv => csv::render(view, csv::CsvForm::for_group(document_language(view))),
        Format::CsvPlain => csv::render(view, csv::CsvForm::Plain),
        Format::Json => json::render(view),
    }
}

/// The language of the group's documents (Bokmål unless the group says English).
fn document_language(view: &ExportView) -> crate::i18n::Language {
    crate::i18n::Language::from_code(&view.group.language).unwrap_or(crate::i18n::Language::Nb)
}

/// The lines of a text, each without its line end (`\n` or `\r\n`).
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    // CRLF, LF, and a lone CR (old Mac line ends) each end a line.
    text.split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .flat_map(|l| l.split('\r'))
}
