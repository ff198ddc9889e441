//! Building a Word document as the exports write it, shared by the agenda and the minutes:
//! Calibri 11 pt, Heading 1–3 styles, a numbered list for the agenda and a bullet list for
//! texts written with bullets, tables with a shaded header row, "Side 1 av 3" in the footer,
//! a running head when asked ("UTKAST" on a draft's minutes), and the document properties
//! and language set on packing (see [`super::docx_parts`]).
//!
//! The file is byte-for-byte the same for the same content: paragraph ids are counted here,
//! not drawn from docx-rs's counters.

use super::blocks::blocks;
use super::docx_parts::{self, heading_style, list_definition, DocxProperties};
use super::ExportError;
use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Header, IndentLevel, LineSpacing, NumPages, Numbering,
    NumberingId, PageNum, Paragraph, Run, RunFonts, Shading, Table, TableCell, TableLayoutType,
    TableRow, WidthType,
};

/// The numbering definition of the agenda (docx-rs reserves id 1 for its default).
pub(super) const AGENDA_NUMBERING: usize = 2;
/// The numbering definition of the bullet lists in texts.
const BULLET_NUMBERING: usize = 3;
/// The footer paragraph's id (the body's count up from 1).
const FOOTER_PARAGRAPH: &str = "7FFFFF00";
/// The running head's paragraph id.
const HEADER_PARAGRAPH: &str = "7FFFFF01";

/// A document being built, with the paragraph ids handed out so far.
pub(super) struct DocumentBuilder {
    docx: Docx,
    paragraphs: u32,
}

impl DocumentBuilder {
    /// An empty document whose footer reads `before` page `between` pages `after`.
    pub fn new([before, between, after]: [&str; 3]) -> Self {
        let page_numbers = Paragraph::new()
            .id(FOOTER_PARAGRAPH)
            .align(AlignmentType::Center)
            .add_run(text_run(before))
            .add_page_num(PageNum::new())
            .add_run(text_run(between))
            .add_num_pages(NumPages::new())
            .add_run(text_run(after));
        let docx = Docx::new()
            .default_fonts(
                RunFonts::new()
                    .ascii("Calibri")
                    .hi_ansi("Calibri")
                    .east_asia("Calibri")
                    .cs("Calibri"),
            )
            .default_size(22)
            .default_line_spacing(LineSpacing::new().after(120).line(264))
            .add_style(heading_style(1, 32))
            .add_style(heading_style(2, 28))
            .add_style(heading_style(3, 24))
            .add_abstract_numbering(list_definition(AGENDA_NUMBERING, "decimal", ["%1.", "%2."]))
            .add_numbering(Numbering::new(AGENDA_NUMBERING, AGENDA_NUMBERING))
            .add_abstract_numbering(list_definition(BULLET_NUMBERING, "bullet", ["•", "◦"]))
            .add_numbering(Numbering::new(BULLET_NUMBERING, BULLET_NUMBERING))
            .footer(Footer::new().add_paragraph(page_numbers));
        Self {
            docx,
            paragraphs: 0,
        }
    }

    /// A new paragraph with the next id (ids below 0x80000000, as Word requires).
    pub fn paragraph(&mut self) -> Paragraph {
        self.paragraphs += 1;
        Paragraph::new().id(format!("{:08X}", self.paragraphs))
    }

    /// A paragraph in a table cell: no space before or after it.
    fn cell_paragraph(&mut self) -> Paragraph {
        self.paragraph()
            .line_spacing(LineSpacing::new().before(0).after(0))
    }

    pub fn push(&mut self, p: Paragraph) {
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_paragraph(p);
    }

    /// A heading of `level` (1–3), kept with the next paragraph.
    pub fn heading(&mut self, level: u8, text: &str) {
        let p = self
            .paragraph()
            .style(&format!("Heading{level}"))
            .keep_next(true)
            .add_run(text_run(text));
        self.push(p);
    }

    /// `text` in bold at the top right of every page ("UTKAST" on a draft).
    pub fn running_head(&mut self, text: &str) {
        let p = Paragraph::new()
            .id(HEADER_PARAGRAPH)
            .align(AlignmentType::Right)
            .add_run(text_run(text).bold());
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.header(Header::new().add_paragraph(p));
    }

    /// A paragraph of one line.
    pub fn plain(&mut self, text: &str) {
        let p = self.paragraph().add_run(text_run(text));
        self.push(p);
    }

    /// A text as written: its paragraphs, its bullets as a list, its line breaks kept
    /// (see [`super::blocks`]); `italic` for a note.
    pub fn text(&mut self, text: &str, italic: bool) {
        for block in blocks(text) {
            let mut p = self.paragraph();
            if let Some(level) = block.bullet_level {
                p = p.numbering(NumberingId::new(BULLET_NUMBERING), IndentLevel::new(level));
            }
            let mut run = Run::new();
            if italic {
                run = run.italic();
            }
            for (n, line) in block.lines.iter().enumerate() {
                if n > 0 {
                    run = run.add_break(BreakType::TextWrapping);
                }
                run = add_line(run, line);
            }
            self.push(p.add_run(run));
        }
    }

    /// A table of one-line cells with a shaded header row (marked as the header row and
    /// repeated on every page when packed), each row kept on one page; `widths` in
    /// twentieths of a point.
    pub fn table(&mut self, widths: &[usize], header: &[String], rows: &[Vec<String>]) {
        let header_cells = header
            .iter()
            .zip(widths)
            .map(|(name, width)| {
                TableCell::new()
                    .width(*width, WidthType::Dxa)
                    .shading(Shading::new().fill("D9D9D9"))
                    .add_paragraph(self.cell_paragraph().add_run(text_run(name).bold()))
            })
            .collect();
        let mut table_rows = vec![TableRow::new(header_cells).cant_split()];
        for row in rows {
            let cells = row
                .iter()
                .zip(widths)
                .map(|(text, width)| {
                    TableCell::new()
                        .width(*width, WidthType::Dxa)
                        .add_paragraph(self.cell_paragraph().add_run(text_run(text)))
                })
                .collect();
            table_rows.push(TableRow::new(cells).cant_split());
        }
        let table = Table::new(table_rows)
            .set_grid(widths.to_vec())
            .layout(TableLayoutType::Fixed);
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_table(table);
    }

    /// Packs the document, with the parts docx-rs cannot write set (see
    /// [`super::docx_parts`]).
    pub fn finish(self, properties: &DocxProperties) -> Result<Vec<u8>, ExportError> {
        let mut xml = self.docx.build();
        docx_parts::mark_header_row(&mut xml.document)?;
        docx_parts::set_language(&mut xml.styles, properties.lang_tag)?;
        xml.doc_props.core = docx_parts::core_xml(properties);
        xml.doc_props.app = docx_parts::app_xml(properties);
        xml.doc_props.custom = docx_parts::custom_xml(properties);
        let mut out = std::io::Cursor::new(Vec::new());
        xml.pack(&mut out).map_err(docx_rs::DocxError::from)?;
        Ok(out.into_inner())
    }
}

/// A run of plain text (one line).
pub(super) fn text_run(text: &str) -> Run {
    add_line(Run::new(), text)
}

/// Adds a line to a run: tabs as Word tabs, characters XML cannot carry as U+FFFD.
pub(super) fn add_line(mut run: Run, line: &str) -> Run {
    for (n, part) in line.split('\t').enumerate() {
        if n > 0 {
            run = run.add_tab();
        }
        if !part.is_empty() {
            run = run.add_text(super::sanitize::xml_text(part));
        }
    }
    run
}
