//! The minutes' documents (`export::render_minutes`): every format renders the fixture of
//! `support::minutes` in the layout of the design's reference, the same view gives the same
//! bytes, a draft reads as a draft and approved minutes carry their approval and SHA-256
//! (in the properties, never the text), member text changes nothing outside itself, and an
//! English group gets English words. Read with the agenda export's tools: pulldown-cmark,
//! the Word package's parts, `pdftotext`/`pdfinfo`/`qpdf`.

use crate::export::markdown::{rendered as markdown_blocks, Rendered};
use crate::export::pdf::{tool_text, words};
use crate::export::{document_xml, docx_paragraphs};
use crate::support::minutes::{approved_minutes, draft_minutes};
use roundtable::export::{render_minutes, Format, MinutesView};

mod csv;
mod hostile;
mod layout;
mod properties;

fn rendered(view: &MinutesView, format: Format) -> Vec<u8> {
    render_minutes(view, format).unwrap_or_else(|e| panic!("{format}: {e}"))
}

fn text(view: &MinutesView, format: Format) -> String {
    String::from_utf8(rendered(view, format)).expect("UTF-8")
}

/// The Markdown as a CommonMark renderer shows it: each block's text on a line of its own
/// (a table row's cells joined by spaces).
fn markdown_text(view: &MinutesView) -> String {
    let blocks = markdown_blocks(&text(view, Format::Markdown));
    let lines: Vec<String> = blocks
        .iter()
        .map(|b| match b {
            Rendered::Heading(_, t) | Rendered::Paragraph(t) | Rendered::Markup(t) => t.clone(),
            Rendered::Bullet { text, .. } | Rendered::Numbered { text, .. } => text.clone(),
            Rendered::TableRow(cells) => cells.join(" "),
        })
        .collect();
    lines.join("\n")
}

/// The text of the Word document's paragraphs (table cells too), one a line.
fn docx_text(view: &MinutesView) -> String {
    let paragraphs = docx_paragraphs(&document_xml(&rendered(view, Format::Docx)));
    let lines: Vec<String> = paragraphs.into_iter().map(|p| p.text).collect();
    lines.join("\n")
}

/// The PDF written to a temporary file.
fn pdf_file(view: &MinutesView) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("referat.pdf");
    std::fs::write(&path, rendered(view, Format::Pdf)).expect("write");
    (dir, path)
}

/// The PDF's text as `pdftotext` reads it.
fn pdf_text(view: &MinutesView) -> String {
    let (_dir, path) = pdf_file(view);
    tool_text(&path)
}

/// The text of the Markdown, the Word document and the PDF, by format, white space runs as
/// one space.
fn document_texts(view: &MinutesView) -> [(Format, String); 3] {
    [
        (Format::Markdown, words(&markdown_text(view))),
        (Format::Docx, words(&docx_text(view))),
        (Format::Pdf, words(&pdf_text(view))),
    ]
}

/// Each of `expected` is in `text`, in this order.
fn assert_in_order(format: Format, text: &str, expected: &[&str]) {
    let mut from = 0;
    for needle in expected {
        let needle = words(needle);
        match text[from..].find(&needle) {
            Some(at) => from += at + needle.len(),
            None => panic!(
                "{format}: {needle:?} is not after byte {from} in:\n{}",
                &text[from.min(text.len())..]
            ),
        }
    }
}

#[test]
fn every_format_renders_draft_and_approved_minutes_the_same_twice() {
    for view in [draft_minutes(), approved_minutes()] {
        for format in Format::ALL {
            let first = rendered(&view, format);
            assert!(first.len() > 200, "{format}: only {} bytes", first.len());
            assert_eq!(
                first,
                rendered(&view, format),
                "{format} is not deterministic"
            );
        }
    }
}

#[test]
fn minutes_with_nothing_recorded_still_render_in_every_format() {
    let mut view = draft_minutes();
    view.status = roundtable::export::MinutesStatus::Draft { comments_by: None };
    view.attendance = Default::default();
    view.minute_taker = None;
    view.follow_ups.clear();
    for item in &mut view.items {
        *item = roundtable::export::MinutesItem {
            account: None,
            conclusion: None,
            briefs: Vec::new(),
            raised: Vec::new(),
            follow_ups: Vec::new(),
            ..item.clone()
        };
    }
    for format in Format::ALL {
        rendered(&view, format);
    }
    let shown = words(&markdown_text(&view));
    assert!(shown.contains("Sak 5/24 Eventuelt Ingen saker."), "{shown}");
    for absent in [
        "Merknader innen",
        "Til stede",
        "Referent",
        "Oppfølgingspunkter",
        "Vedtak",
    ] {
        assert!(!shown.contains(absent), "{absent} in {shown}");
    }
    view.items.clear();
    for format in Format::ALL {
        rendered(&view, format);
    }
}
