//! Text from members and the secretariat (briefs, accounts, titles, names, notes) changes
//! nothing outside itself in any format: Markdown headings, links and HTML stay text, a
//! spreadsheet reads no formula, every Word part stays well-formed XML, the PDF stays sound
//! with the text as written, and the JSON gives back exactly what was put in.

use super::{markdown_text, pdf_file, rendered, text};
use crate::export::docx::parts;
use crate::export::markdown::{rendered as markdown_blocks, Rendered};
use crate::export::pdf::{assert_sound_tagged_pdf_a, words};
use crate::support::minutes::draft_minutes;
use roundtable::export::{Format, MinutesView, RaisedMatter};

const BRIEF: &str = "# x\n[link](https://evil.example)\n<script>alert(1)</script>\n@everyone ]]> &amp; \u{7}bell\u{0}\n---\n| a | b |";

/// The fixture with hostile text wherever a person writes.
fn hostile() -> MinutesView {
    let mut view = draft_minutes();
    view.items[3].briefs[0].text = BRIEF.into();
    view.items[3].briefs[0].region = "<b>Ringerike</b> # ]]>".into();
    view.items[3].briefs[1].note = Some("*ikke kursiv slutt\n## ikke overskrift".into());
    view.items[2].title = "=cmd|' /C calc'!A0".into();
    view.items[2].account = Some("+SUM(A1)\n![bilde](x.png)\n> sitat".into());
    view.items[2].follow_ups[0].owner = "@everyone".into();
    view.items[2].follow_ups[0].what = "[x](y) | z 🚆".into();
    view.follow_ups = view.items[2].follow_ups.clone();
    if let Some(c) = view.items[0].conclusion.as_mut() {
        c.text = "Godkjent.\n# ikke overskrift\n- ikke liste\n=1+1".into();
    }
    view.items[4].raised = vec![RaisedMatter {
        title: "-1 [x](y) <i>".into(),
        account: Some("\tTab\r\nCR".into()),
        conclusion: None,
    }];
    view.minute_taker = Some("**Kari** <br> \u{1b}[31m".into());
    view.group.name = "Gruppe ]]> <x> & \"y\" \u{7}\u{FFFF}".into();
    view.group.secretariat.name = "Kari <Nordmann> & \u{0}co".into();
    view.meeting.key = "=møte\u{1}".into();
    view
}

#[test]
fn markdown_shows_member_text_as_text() {
    let view = hostile();
    let blocks = markdown_blocks(&text(&view, Format::Markdown));
    let headings: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            Rendered::Heading(_, t) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(headings.len(), 1 + 5 + 5 + 1 + 1, "{headings:?}");
    assert!(headings.contains(&"<b>Ringerike</b> # ]]>"));
    assert!(headings.contains(&"-1 [x](y) <i>"));
    // No link, image, HTML, quote or rule: the only markup is the note's emphasis.
    let markup: Vec<&Rendered> = blocks
        .iter()
        .filter(|b| matches!(b, Rendered::Markup(_)))
        .collect();
    assert!(
        markup
            .iter()
            .all(|m| **m == Rendered::Markup("Start(Emphasis)".into())),
        "{markup:?}"
    );
    let shown = markdown_text(&view);
    for line in [
        "# x",
        "[link](https://evil.example)",
        "<script>alert(1)</script>",
        "@everyone ]]> &amp;",
        "| a | b |",
        "=cmd|' /C calc'!A0",
        "![bilde](x.png)",
        "> sitat",
        "*ikke kursiv slutt",
        "## ikke overskrift",
        "**Kari** <br>",
        "Godkjent.\n# ikke overskrift\n- ikke liste\n=1+1",
        "[x](y) | z 🚆",
    ] {
        assert!(
            shown.contains(line),
            "{line:?} not shown as written:\n{shown}"
        );
    }
}

#[test]
fn csv_cells_never_start_a_formula() {
    for (format, delimiter) in [(Format::Csv, b';'), (Format::CsvPlain, b',')] {
        let (_, rows) = super::csv::records(&rendered(&hostile(), format), delimiter);
        assert_eq!(rows.len(), 12, "{format}: one row per entry");
        for cell in rows.iter().flatten() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{format}: {cell:?} starts a formula"
            );
        }
        assert!(rows.iter().flatten().any(|c| c == "'=cmd|' /C calc'!A0"));
        assert!(rows.iter().flatten().any(|c| c == "'@everyone"));
        assert_eq!(
            rows[0][6],
            "Godkjent.\n# ikke overskrift\n- ikke liste\n=1+1"
        );
    }
}

#[test]
fn every_word_part_stays_well_formed_and_keeps_the_text() {
    let docx = rendered(&hostile(), Format::Docx);
    for (name, xml) in parts(&docx) {
        if let Err(e) = roxmltree::Document::parse(&xml) {
            panic!("{name} is not well-formed XML: {e}");
        }
    }
    let text = super::docx_text(&hostile());
    for shown in [
        "<script>alert(1)</script>",
        "@everyone ]]> &amp; \u{FFFD}bell\u{FFFD}",
        "<b>Ringerike</b> # ]]>",
        "=cmd|' /C calc'!A0",
    ] {
        assert!(text.contains(shown), "{shown:?} not in:\n{text}");
    }
}

#[test]
fn the_pdf_stays_sound_and_shows_the_text_as_written() {
    let (_dir, pdf) = pdf_file(&hostile());
    assert_sound_tagged_pdf_a(&pdf, &[]);
    // In reading order (`-raw`): the layout mode's columns lose the spaces in "| a | b |".
    let out = std::process::Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext is needed (apt-get install poppler-utils)");
    let text = words(&String::from_utf8(out.stdout).expect("UTF-8"));
    for shown in [
        "# x [link](https://evil.example) <script>alert(1)</script> @everyone ]]> &amp; \u{FFFD}bell\u{FFFD} --- | a | b |",
        "<b>Ringerike</b> # ]]>",
        "Sak 3/24 =cmd|' /C calc'!A0",
    ] {
        assert!(text.contains(shown), "{shown:?} not in:\n{text}");
    }
}

#[test]
fn the_json_gives_back_exactly_what_was_written() {
    let view = hostile();
    let json: serde_json::Value =
        serde_json::from_slice(&rendered(&view, Format::Json)).expect("JSON");
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["document"], "minutes");
    assert_eq!(json["items"][3]["briefs"][0]["text"], BRIEF);
    assert_eq!(json["items"][2]["title"], view.items[2].title);
    assert_eq!(json["minute_taker"], "**Kari** <br> \u{1b}[31m");
}
