//! The minutes as a Word file, built with the agenda export's Word building blocks
//! (`export::docx_builder`): the title as Heading 1, each sak as Heading 2, each region,
//! raised matter and correction as Heading 3, texts with their paragraphs and bullets, the
//! outcome's word in bold, notes in italics, the follow-up table with a header row, and
//! "Side 1 av 3" in the footer. The properties name the group, the secretariat (as author),
//! the language and the status, and on approved minutes their SHA-256 (a custom property
//! "SHA-256", never in the text).

use super::super::docx_builder::{add_line, text_run, DocumentBuilder};
use super::super::docx_parts::DocxProperties;
use super::super::{lines_of, ExportError, MinutesView};
use super::content::Part;
use super::words::MinutesWords;
use docx_rs::{BreakType, LineSpacing, Run, SpecialIndentType};

/// How far the fields' texts stand from the margin, past their names, in twentieths of a
/// point (as the PDF's).
const FIELD_INDENT: i32 = 2360;
/// Widths of the follow-up table's columns (what, who, due), in twentieths of a point.
const FOLLOW_UP_COLUMNS: [usize; 3] = [5270, 2400, 1400];

pub(super) fn render(
    view: &MinutesView,
    words: &MinutesWords,
    parts: &[Part<'_>],
) -> Result<Vec<u8>, ExportError> {
    let mut doc = DocumentBuilder::new(words.page_parts());
    for part in parts {
        match part {
            Part::Title(text) => doc.heading(1, text),
            Part::Draft(text) => {
                let p = doc.paragraph().add_run(text_run(text).bold().size(28));
                doc.push(p);
                doc.running_head(text);
            }
            Part::Fields(fields) => {
                for (name, value) in fields {
                    // The name in a hanging indent's margin, the text at its tab.
                    let p = doc
                        .paragraph()
                        .indent(
                            Some(FIELD_INDENT),
                            Some(SpecialIndentType::Hanging(FIELD_INDENT)),
                            None,
                            None,
                        )
                        .line_spacing(LineSpacing::new().after(60))
                        .add_run(text_run(name).bold().add_tab())
                        .add_run(text_run(value));
                    doc.push(p);
                }
            }
            Part::Heading(text) => doc.heading(2, text),
            Part::Subheading(text) => doc.heading(3, text),
            Part::Text(text) => doc.text(text, false),
            Part::Note(text) => doc.text(text, true),
            Part::Labelled { label, text } => {
                let mut run = Run::new();
                for (n, line) in lines_of(text)
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .enumerate()
                {
                    if n > 0 {
                        run = run.add_break(BreakType::TextWrapping);
                    }
                    run = add_line(run, line);
                }
                let p = doc
                    .paragraph()
                    .add_run(text_run(label).bold())
                    .add_run(text_run(" "))
                    .add_run(run);
                doc.push(p);
            }
            Part::Line(text) => doc.plain(text),
            Part::Closing(text) => {
                let p = doc
                    .paragraph()
                    .line_spacing(LineSpacing::new().before(240))
                    .add_run(text_run(text));
                doc.push(p);
            }
            Part::Table { columns, rows } => {
                let rows: Vec<Vec<String>> = rows.iter().map(|r| r.to_vec()).collect();
                doc.table(&FOLLOW_UP_COLUMNS, columns, &rows);
            }
        }
    }
    doc.finish(&properties(view, words))
}

/// The meeting document's properties (see [`DocxProperties::of_meeting`]), with the status
/// and, once approved, the SHA-256 as custom properties.
fn properties(view: &MinutesView, words: &MinutesWords) -> DocxProperties {
    let mut properties = DocxProperties::of_meeting(
        &view.group,
        &view.meeting.key,
        words.heading.clone(),
        words.lang,
        words.date,
    );
    let status = words.t("referat-doc-property-status", &[]);
    properties.custom.push((status, words.status.clone()));
    if let Some(sha) = words.sha256(view) {
        properties
            .custom
            .push(("SHA-256".to_owned(), sha.to_owned()));
    }
    properties
}
