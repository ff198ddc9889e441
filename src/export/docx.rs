//! The agenda document as a Word file (.docx), with real Word structure: Heading 1–3 styles
//! (the agenda items are numbered Heading 2 paragraphs, each followed by its description, so
//! Word's navigation pane shows the agenda, with each region's brief as a Heading 3 under its
//! item), brief lines that start
//! with `•`, `-`, `*` or `–` as a bullet list, other lines as paragraphs (a blank line starts
//! a new one; the author's line breaks within a paragraph are kept), the invitees as a table
//! whose first row is marked as the header row (repeated on every page), and "Side 1 av 3"
//! in the footer. The document properties name the group, the secretariat and the language
//! (see [`super::docx_parts`]).
//!
//! The file is byte-for-byte the same for the same view: paragraph ids and the one
//! hyperlink's relationship id are set here, not drawn from docx-rs's counters, and the
//! document's date is its latest brief's.

use super::blocks::blocks;
use super::document::{one_line, DocumentWords};
use super::docx_parts::{heading_style, list_definition};
use super::{docx_parts, BriefView, ExportError, ExportView};
use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Hyperlink, HyperlinkData, HyperlinkType, IndentLevel,
    LineSpacing, NumPages, Numbering, NumberingId, PageNum, Paragraph, Run, RunFonts, Shading,
    Table, TableCell, TableLayoutType, TableRow, WidthType,
};

/// The numbering definition of the agenda (docx-rs reserves id 1 for its default).
const AGENDA_NUMBERING: usize = 2;
/// The numbering definition of the briefs' bullet lists.
const BULLET_NUMBERING: usize = 3;
/// Widths of the invitee table's columns, in twentieths of a point (16 cm in all).
const INVITEE_COLUMNS: [usize; 3] = [2400, 2800, 3870];
/// How far the agenda's text is indented, in twentieths of a point (as its numbering).
const AGENDA_INDENT: i32 = 720;
/// The footer paragraph's id (the body's count up from 1).
const FOOTER_PARAGRAPH: &str = "7FFFFF00";

pub(super) fn render(view: &ExportView) -> Result<Vec<u8>, ExportError> {
    let words = DocumentWords::of(view);
    let mut doc = DocumentBuilder::new(&words);
    doc.heading(1, &words.heading);
    doc.plain(&words.time_and_place);
    if let Some(d) = &view.meeting.documents {
        doc.documents_link(&words, &d.title, &d.url);
    }
    for (label, names) in &words.attendance {
        doc.plain(&format!("{label}: {names}"));
    }
    let brief_item = view.brief_item().map(|i| i.number);
    for item in &view.agenda {
        let p = doc
            .paragraph()
            .style("Heading2")
            .keep_next(true)
            .numbering(NumberingId::new(AGENDA_NUMBERING), IndentLevel::new(0))
            .add_run(text_run(&sak_title(item, words.lang)));
        doc.push(p);
        if let Some(description) = item.description.as_deref().map(one_line) {
            if !description.is_empty() {
                let p = doc
                    .paragraph()
                    .indent(Some(AGENDA_INDENT), None, None, None)
                    .add_run(text_run(&description));
                doc.push(p);
            }
        }
        if Some(item.number) == brief_item {
            doc.briefs(view, &words);
        }
        if words.follow_ups_under(view, Some(item.number)) {
            doc.follow_ups(&words);
        }
    }
    if words.follow_ups_under(view, None) {
        doc.heading(2, &words.follow_up_section);
        doc.follow_ups(&words);
    }
    if brief_item.is_none() && !(view.briefs.is_empty() && view.regions_without_brief.is_empty()) {
        doc.heading(2, &words.briefs);
        doc.briefs(view, &words);
    }
    if !view.invitees.is_empty() {
        doc.heading(2, &words.invitees);
        doc.invitee_table(view, &words);
    }
    doc.finish(view, &words)
}

/// A document being built, with the paragraph ids handed out so far.
struct DocumentBuilder {
    docx: Docx,
    paragraphs: u32,
}

impl DocumentBuilder {
    fn new(words: &DocumentWords) -> Self {
        let [before, between, after] = words.page_parts();
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
    fn paragraph(&mut self) -> Paragraph {
        self.paragraphs += 1;
        Paragraph::new().id(format!("{:08X}", self.paragraphs))
    }

    /// A paragraph in a table cell: no space before or after it.
    fn cell_paragraph(&mut self) -> Paragraph {
        self.paragraph()
            .line_spacing(LineSpacing::new().before(0).after(0))
    }

    fn push(&mut self, p: Paragraph) {
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_paragraph(p);
    }

    fn heading(&mut self, level: u8, text: &str) {
        let p = self
            .paragraph()
            .style(&format!("Heading{level}"))
            .keep_next(true)
            .add_run(text_run(text));
        self.push(p);
    }

    fn plain(&mut self, text: &str) {
        let p = self.paragraph().add_run(text_run(text));
        self.push(p);
    }

    /// "Sakspapirer og underlag: <title>", the title a link to the papers.
    fn documents_link(&mut self, words: &DocumentWords, title: &str, url: &str) {
        const PLACEHOLDER: &str = "\u{1}";
        let line = words.documents(PLACEHOLDER.to_owned());
        let (before, after) = line.split_once(PLACEHOLDER).unwrap_or((line.as_str(), ""));
        let url = super::sanitize::url(url);
        let mut link = Hyperlink::new(&url, HyperlinkType::External).add_run(
            text_run(&one_line(title))
                .color("0563C1")
                .underline("single"),
        );
        if let HyperlinkData::External { rid, .. } = &mut link.link {
            "rIdHyperlink1".clone_into(rid);
        }
        let p = self
            .paragraph()
            .add_run(text_run(before))
            .add_hyperlink(link)
            .add_run(text_run(after));
        self.push(p);
    }

    /// The count of briefs, each region's brief under its name, and who sent nothing.
    /// The follow-up items, one indented paragraph each.
    fn follow_ups(&mut self, words: &DocumentWords) {
        for line in &words.follow_ups {
            let p = self
                .paragraph()
                .indent(Some(AGENDA_INDENT), None, None, None)
                .add_run(text_run(line));
            self.push(p);
        }
    }

    fn briefs(&mut self, view: &ExportView, words: &DocumentWords) {
        self.plain(&words.briefs_received);
        for brief in &view.briefs {
            self.brief(brief, words);
        }
        if let Some(line) = &words.without_brief {
            self.plain(line);
        }
    }

    fn brief(&mut self, brief: &BriefView, words: &DocumentWords) {
        let region = one_line(&brief.region);
        if brief.taken_as_read {
            self.heading(3, &format!("{region} ({})", words.taken_as_read));
        } else {
            self.heading(3, &region);
        }
        for block in blocks(&brief.text) {
            let mut p = self.paragraph();
            if let Some(level) = block.bullet_level {
                p = p.numbering(NumberingId::new(BULLET_NUMBERING), IndentLevel::new(level));
            }
            let mut run = Run::new();
            for (n, line) in block.lines.iter().enumerate() {
                if n > 0 {
                    run = run.add_break(BreakType::TextWrapping);
                }
                run = add_line(run, line);
            }
            self.push(p.add_run(run));
        }
    }

    fn invitee_table(&mut self, view: &ExportView, words: &DocumentWords) {
        let header_cells = words
            .invitee_columns
            .iter()
            .zip(INVITEE_COLUMNS)
            .map(|(name, width)| {
                TableCell::new()
                    .width(width, WidthType::Dxa)
                    .shading(Shading::new().fill("D9D9D9"))
                    .add_paragraph(self.cell_paragraph().add_run(text_run(name).bold()))
            })
            .collect();
        let mut rows = vec![TableRow::new(header_cells).cant_split()];
        for i in &view.invitees {
            let cells = [&i.first_name, &i.last_name, &i.organisation]
                .into_iter()
                .zip(INVITEE_COLUMNS)
                .map(|(text, width)| {
                    TableCell::new()
                        .width(width, WidthType::Dxa)
                        .add_paragraph(self.cell_paragraph().add_run(text_run(&one_line(text))))
                })
                .collect();
            rows.push(TableRow::new(cells).cant_split());
        }
        let table = Table::new(rows)
            .set_grid(INVITEE_COLUMNS.to_vec())
            .layout(TableLayoutType::Fixed);
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_table(table);
    }

    /// Packs the document, with the parts docx-rs cannot write set (see
    /// [`super::docx_parts`]).
    fn finish(self, view: &ExportView, words: &DocumentWords) -> Result<Vec<u8>, ExportError> {
        let mut xml = self.docx.build();
        docx_parts::mark_header_row(&mut xml.document)?;
        docx_parts::set_language(&mut xml.styles, words.lang_tag)?;
        xml.doc_props.core = docx_parts::core_xml(view, words);
        xml.doc_props.app = docx_parts::app_xml(view);
        xml.doc_props.custom = docx_parts::custom_xml(view, words);
        let mut out = std::io::Cursor::new(Vec::new());
        xml.pack(&mut out).map_err(docx_rs::DocxError::from)?;
        Ok(out.into_inner())
    }
}

/// A run of plain text (one line).
fn text_run(text: &str) -> Run {
    add_line(Run::new(), text)
}

/// Adds a line to a run: tabs as Word tabs, characters XML cannot carry as U+FFFD.
fn add_line(mut run: Run, line: &str) -> Run {
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

/// An agenda item's heading: its title, after `Sak 12/25` when the group numbers per year.
fn sak_title(item: &super::AgendaItemView, lang: crate::i18n::Language) -> String {
    match &item.sak {
        Some(sak) => format!(
            "{} {}",
            crate::i18n::t(
                lang,
                "standing-sak-label",
                &[("label", sak.as_str().into())]
            ),
            one_line(&item.title)
        ),
        None => one_line(&item.title),
    }
}
