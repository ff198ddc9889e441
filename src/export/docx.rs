//! The agenda document as a Word file (.docx), with real Word structure: Heading 1–3 styles
//! (the agenda items are numbered Heading 2 paragraphs, each followed by its description, so
//! Word's navigation pane shows the agenda, with each region's brief as a Heading 3 under its
//! item), brief lines that start
//! with `•`, `-`, `*` or `–` as a bullet list, other lines as paragraphs (a blank line starts
//! a new one; the author's line breaks within a paragraph are kept), the invitees as a table
//! whose first row is marked as the header row (repeated on every page), and "Side 1 av 3"
//! in the footer. The document properties name the group, the secretariat and the language
//! (see [`super::docx_parts`]); the building blocks are [`super::docx_builder`]'s.
//!
//! The file is byte-for-byte the same for the same view: paragraph ids and the one
//! hyperlink's relationship id are set here, not drawn from docx-rs's counters, and the
//! document's date is its latest brief's.

use super::document::{invitee_rows, one_line, sak_title, DocumentWords};
use super::docx_builder::{text_run, DocumentBuilder, AGENDA_NUMBERING};
use super::docx_parts::DocxProperties;
use super::{BriefView, ExportError, ExportView};
use docx_rs::{Hyperlink, HyperlinkData, HyperlinkType, IndentLevel, NumberingId};

/// Widths of the invitee table's columns, in twentieths of a point (16 cm in all).
const INVITEE_COLUMNS: [usize; 3] = [2400, 2800, 3870];
/// How far the agenda's text is indented, in twentieths of a point (as its numbering).
const AGENDA_INDENT: i32 = 720;

pub(super) fn render(view: &ExportView) -> Result<Vec<u8>, ExportError> {
    let words = DocumentWords::of(view);
    let mut doc = DocumentBuilder::new(words.page_parts());
    doc.heading(1, &words.heading);
    doc.plain(&words.time_and_place);
    if let Some(d) = &view.meeting.documents {
        documents_link(&mut doc, &words, &d.title, &d.url);
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
            briefs(&mut doc, view, &words);
        }
        if words.follow_ups_under(view, Some(item.number)) {
            follow_ups(&mut doc, &words);
        }
    }
    if words.follow_ups_under(view, None) {
        doc.heading(2, &words.follow_up_section);
        follow_ups(&mut doc, &words);
    }
    if brief_item.is_none() && !(view.briefs.is_empty() && view.regions_without_brief.is_empty()) {
        doc.heading(2, &words.briefs);
        briefs(&mut doc, view, &words);
    }
    if !view.invitees.is_empty() {
        doc.heading(2, &words.invitees);
        doc.table(
            &INVITEE_COLUMNS,
            &words.invitee_columns,
            &invitee_rows(view),
        );
    }
    doc.finish(&DocxProperties::of_meeting(
        &view.group,
        &view.meeting.key,
        words.heading.clone(),
        words.lang,
        words.date,
    ))
}

/// "Sakspapirer og underlag: <title>", the title a link to the papers.
fn documents_link(doc: &mut DocumentBuilder, words: &DocumentWords, title: &str, url: &str) {
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
    let p = doc
        .paragraph()
        .add_run(text_run(before))
        .add_hyperlink(link)
        .add_run(text_run(after));
    doc.push(p);
}

/// The follow-up items, one indented paragraph each.
fn follow_ups(doc: &mut DocumentBuilder, words: &DocumentWords) {
    for line in &words.follow_ups {
        let p = doc
            .paragraph()
            .indent(Some(AGENDA_INDENT), None, None, None)
            .add_run(text_run(line));
        doc.push(p);
    }
}

/// The count of briefs, each region's brief under its name, and who sent nothing.
fn briefs(doc: &mut DocumentBuilder, view: &ExportView, words: &DocumentWords) {
    doc.plain(&words.briefs_received);
    for brief in &view.briefs {
        brief_under_region(doc, brief, words);
    }
    if let Some(line) = &words.without_brief {
        doc.plain(line);
    }
}

fn brief_under_region(doc: &mut DocumentBuilder, brief: &BriefView, words: &DocumentWords) {
    let region = one_line(&brief.region);
    if brief.taken_as_read {
        doc.heading(3, &format!("{region} ({})", words.taken_as_read));
    } else {
        doc.heading(3, &region);
    }
    doc.text(&brief.text, false);
}
