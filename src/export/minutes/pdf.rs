//! The minutes as an archivable PDF/A-2a, laid out and written by the agenda export's PDF
//! writer (`export::pdf`): tagged headings (the title H1, each sak H2, each region, raised
//! matter and correction H3, with bookmarks), paragraphs and bullet lists as written, notes
//! in slanted type, the follow-up table with a header row repeated on each page, and
//! "Side 1 av 3" in the footer. The metadata and XMP carry the title, language, the
//! secretariat as author, the status, and on approved minutes the SHA-256 as a keyword
//! `sha256:<hex>` (never in the text).

use super::super::lines_of;
use super::super::pdf::model::{Leaf, Model, Style};
use super::super::pdf::{write, PdfProperties};
use super::super::{ExportError, MinutesView};
use super::content::Part;
use super::words::MinutesWords;

/// How far the fields' texts stand from the margin, past their names, in points.
const FIELD_INDENT: f32 = 118.0;
/// The follow-up table's columns (what, who, due), as shares of the width.
const FOLLOW_UP_COLUMNS: [f32; 3] = [0.58, 0.26, 0.16];

pub(super) fn render(
    view: &MinutesView,
    words: &MinutesWords,
    parts: &[Part<'_>],
) -> Result<Vec<u8>, ExportError> {
    let mut m = Model::default();
    for part in parts {
        match part {
            Part::Title(text) => {
                let node = m.text(Style::Title, text, 0.0, Leaf::Heading(1));
                m.tree.push(node);
            }
            Part::Draft(text) => {
                let node = m.text(Style::Heading, text, 0.0, Leaf::Paragraph);
                m.tree.push(node);
                m.running_head = Some(text.clone());
            }
            Part::Fields(fields) => m.fields(fields, FIELD_INDENT),
            Part::Heading(text) => {
                let node = m.text(Style::Heading, text, 0.0, Leaf::Heading(2));
                m.tree.push(node);
            }
            Part::Subheading(text) => {
                let node = m.text(Style::Subheading, text, 0.0, Leaf::Heading(3));
                m.tree.push(node);
            }
            Part::Text(text) => m.text_blocks(text, Style::Body),
            Part::Note(text) => m.text_blocks(text, Style::Note),
            Part::Labelled { label, text } => {
                let lines: Vec<&str> = lines_of(text)
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect();
                let node = m.lead_paragraph(label, &lines.join("\n"));
                m.tree.push(node);
            }
            Part::Line(text) | Part::Closing(text) => {
                let node = m.paragraph(text);
                m.tree.push(node);
            }
            Part::Table { columns, rows } => {
                let rows: Vec<Vec<String>> = rows.iter().map(|r| r.to_vec()).collect();
                m.table(columns, &rows, &FOLLOW_UP_COLUMNS);
            }
        }
    }
    write(&m, &properties(view, words), words.page_parts())
}

/// The heading as title, the secretariat as author, the group, the meeting's key (and the
/// document id), the status, and once approved `sha256:<hex>` among the keywords.
fn properties(view: &MinutesView, words: &MinutesWords) -> PdfProperties {
    let mut keywords = vec![view.meeting.key.clone(), words.status.clone()];
    if let Some(sha) = words.sha256(view) {
        keywords.push(format!("sha256:{sha}"));
    }
    PdfProperties {
        title: words.heading.clone(),
        lang_tag: words.lang_tag,
        author: view.group.secretariat.name.clone(),
        description: view.group.name.clone(),
        keywords,
        date: words.date,
        document_id: format!("{}-referat", view.meeting.key),
    }
}
