//! Exporting the briefs for the minutes: every format round-trips the briefs exactly, tricky
//! text survives, output is deterministic, and `roundtable export` behaves at the terminal.

use crate::support::store::{example_meeting, TestDb};
use roundtable::app::Submitter;
use roundtable::domain::local_time::OSLO;
use roundtable::domain::records::{Author, MeetingSelector};
use roundtable::domain::BriefText;
use roundtable::export::{render, ExportView, Format, CSV_COLUMNS};
use roundtable::meeting_file::read_meeting_file;
use std::io::Read;
use std::path::Path;

mod calendar;
mod cli;
mod csv;
mod discord;
pub(crate) mod docx;
mod formats;
pub(crate) mod markdown;
mod markdown_props;
pub(crate) mod pdf;

/// The five briefs of the seed notice, by region, as the example files hold them.
const EXAMPLE_BRIEFS: [(&str, &str); 5] = [
    ("Ringeriksregionen", "ringeriksregionen.txt"),
    ("Elverum", "elverum.txt"),
    ("Kongsvingerregionen", "kongsvingerregionen.txt"),
    ("Horten kommune", "horten-kommune.txt"),
    ("Lørenskog kommune", "lorenskog-kommune.txt"),
];

fn example_brief(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/briefs")
        .join(file);
    std::fs::read_to_string(path).expect("example brief")
}

/// The text as the store keeps it (trailing white space dropped).
fn stored(text: &str) -> String {
    BriefText::parse(text).expect("a valid brief").into_string()
}

/// Imports `plan_change`d example meeting, enters `briefs` as the secretariat on 6 November
/// 2024 (before the deadline), and loads the export view.
async fn meeting_with(
    briefs: &[(&str, String)],
    author: &str,
    plan_change: impl FnOnce(&mut roundtable::domain::MeetingPlan),
) -> ExportView {
    let db = TestDb::new().await;
    let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("example");
    plan_change(&mut plan);
    db.store.import_plan(&plan).await.expect("import");
    let (app, _) = db.app("2024-11-06T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let author = Author {
        name: author.into(),
        discord_user_id: None,
    };
    for (region, text) in briefs {
        app.submit_brief(
            &meeting,
            region,
            text,
            &author,
            Submitter::Secretariat,
            None,
        )
        .await
        .expect("brief saved");
    }
    app.export_view(meeting.id).await.expect("view")
}

fn example_texts() -> Vec<(&'static str, String)> {
    EXAMPLE_BRIEFS
        .iter()
        .map(|(region, file)| (*region, example_brief(file)))
        .collect()
}

fn text_of(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("UTF-8")
}

/// The rows of the Markdown table under `heading`, cells unescaped (`\|`, `\\`).
fn markdown_table(md: &str, heading: &str) -> Vec<Vec<String>> {
    let start = md.find(heading).expect("the table's heading");
    md[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .map(|row| {
            let inner = &row[1..row.len() - 1];
            let mut cells = Vec::new();
            let mut cell = String::new();
            let mut chars = inner.chars();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => cell.extend(chars.next()),
                    '|' => cells.push(std::mem::take(&mut cell).trim().to_owned()),
                    c => cell.push(c),
                }
            }
            cells.push(cell.trim().to_owned());
            cells
        })
        .collect()
}

fn csv_records(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    csv_records_with(bytes, b',')
}

/// The header and rows of a CSV whose fields `delimiter` separates.
pub(crate) fn csv_records_with(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(bytes);
    let headers = reader.headers().expect("headers").iter().map(String::from);
    let headers = headers.collect();
    let rows = reader
        .records()
        .map(|r| r.expect("record").iter().map(String::from).collect())
        .collect();
    (headers, rows)
}

/// A paragraph of `word/document.xml`: its style, list, and text (`\n` for a line break).
#[derive(Debug, Default)]
pub(crate) struct DocxParagraph {
    pub(crate) style: Option<String>,
    pub(crate) num_id: Option<String>,
    pub(crate) text: String,
}

/// The text of a .docx's body, for tests elsewhere (the meeting plan's item labels).
pub(crate) fn document_xml_text(docx: &[u8]) -> String {
    docx_paragraphs(&document_xml(docx))
        .into_iter()
        .map(|p| p.text)
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn document_xml(docx: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("read");
    xml
}

pub(crate) fn docx_paragraphs(xml: &str) -> Vec<DocxParagraph> {
    fn val(tag: &str) -> Option<String> {
        let (_, rest) = tag.split_once("w:val=\"")?;
        rest.split_once('"').map(|(v, _)| v.to_owned())
    }
    let mut out = Vec::new();
    let mut current: Option<DocxParagraph> = None;
    for piece in xml.split('<').skip(1) {
        let (tag, text) = piece.split_once('>').expect("a tag");
        let name = tag.split([' ', '/']).next().unwrap_or_default();
        let name = if tag.starts_with('/') { tag } else { name };
        let Some(p) = current.as_mut() else {
            if name == "w:p" {
                current = Some(DocxParagraph::default());
            }
            continue;
        };
        match name {
            "/w:p" => out.extend(current.take()),
            "w:t" => p.text.push_str(
                &text
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&"),
            ),
            "w:br" => p.text.push('\n'),
            "w:tab" => p.text.push('\t'),
            "w:pStyle" => p.style = val(tag),
            "w:numId" => p.num_id = val(tag),
            _ => {}
        }
    }
    out
}

/// What a brief's line becomes in Word: without its bullet marker and surrounding spaces.
fn docx_line(line: &str) -> (bool, String) {
    let body = line.trim();
    for marker in ['•', '-', '*', '–'] {
        if let Some(rest) = body.strip_prefix(marker) {
            if rest.is_empty() || rest.starts_with(char::is_whitespace) {
                return (true, rest.trim().to_owned());
            }
        }
    }
    (false, body.to_owned())
}

/// Every non-blank line of `text` is a line of a Word paragraph, bullets in a list.
fn assert_in_docx(paragraphs: &[DocxParagraph], text: &str) {
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (bullet, expected) = docx_line(line);
        let found = paragraphs.iter().find(|p| {
            p.text.split('\n').any(|l| l == expected)
                && (!bullet || (p.num_id.is_some() && p.text.starts_with(&expected)))
        });
        assert!(
            found.is_some(),
            "not in the .docx (bullet: {bullet}): {line:?}"
        );
    }
}

#[tokio::test]
async fn the_five_seed_briefs_round_trip_through_every_format() {
    let briefs = example_texts();
    let view = meeting_with(&briefs, "Sekretariatet", |_| {}).await;
    assert_eq!(view.summary().received, 5);
    assert_eq!((view.summary().late, view.summary().missing), (0, 0));

    let md = text_of(render(&view, Format::Markdown).expect("md"));
    assert!(
        md.starts_with("# Sakskart til møte i faggruppe for Næringssamarbeid, 07.11.2024\n"),
        "{md}"
    );
    assert!(md.contains("Tid og sted: Torsdag 7. november 2024, kl. 12:00–13:00, Oslo Rådhus"));
    assert!(md.contains("\n4. Runde rundt bordet – Orientering om aktuelle saker"));
    assert!(md.contains("Innlegg mottatt: 5 av 5."), "{md}");
    assert!(md.contains("\n5. Eventuelt\n"));
    let mut last = 0;
    let doc = markdown::rendered(&md);
    for (region, text) in &briefs {
        assert_eq!(
            markdown::section_lines(markdown::section(&doc, region)),
            markdown::written_lines(&stored(text)),
            "{region}"
        );
        let at = md
            .find(&format!("### {region}\n"))
            .unwrap_or_else(|| panic!("{region} not in:\n{md}"));
        assert!(at > last, "{region} out of speaking order");
        last = at;
    }
    assert!(md.find("\n5. Eventuelt").expect("item 5") > last);
    let table = markdown_table(&md, "## Inviterte");
    assert_eq!(table.len(), 2 + 45);
    assert_eq!(table[0], ["Fornavn", "Etternavn", "Organisasjon"]);
    assert_eq!(table[2], ["Anna", "Gyure-Szamosi", "Fredrikstad kommune"]);

    let (headers, rows) = csv_records(&render(&view, Format::CsvPlain).expect("csv"));
    assert_eq!(headers, CSV_COLUMNS);
    assert_eq!(rows.len(), 5);
    for (row, (region, text)) in rows.iter().zip(&briefs) {
        assert_eq!(row[0], "naeringssamarbeid-2024-11-07");
        assert_eq!(&row[1], region);
        assert_eq!(row[3], "2024-11-06T11:00:00+01:00");
        assert_eq!(row[5], "on_time");
        assert_eq!(row[8], stored(text));
    }

    let json: serde_json::Value =
        serde_json::from_slice(&render(&view, Format::Json).expect("json")).expect("JSON");
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["meeting"]["starts_at"], "2024-11-07T12:00:00+01:00");
    assert_eq!(
        json["meeting"]["brief_deadline"],
        "2024-11-08T23:59:59+01:00"
    );
    assert_eq!(json["summary"]["received"], 5);
    assert_eq!(json["invitees"].as_array().map(Vec::len), Some(45));
    for (n, (region, text)) in briefs.iter().enumerate() {
        assert_eq!(json["briefs"][n]["region"], *region);
        assert_eq!(json["briefs"][n]["text"], stored(text));
        assert_eq!(json["briefs"][n]["timeliness"], "on_time");
    }

    let xml = document_xml(&render(&view, Format::Docx).expect("docx"));
    let paragraphs = docx_paragraphs(&xml);
    for (_, text) in &briefs {
        assert_in_docx(&paragraphs, text);
    }
    let regions: Vec<_> = paragraphs
        .iter()
        .filter(|p| p.style.as_deref() == Some("Heading3"))
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(regions, briefs.iter().map(|(r, _)| *r).collect::<Vec<_>>());
    let agenda = paragraphs
        .iter()
        .filter(|p| p.num_id.as_deref() == Some("2"));
    assert_eq!(agenda.count(), 5, "the agenda is one numbered list");
    assert_eq!(xml.matches("<w:tr>").count(), 1 + 45);
    assert_eq!(xml.matches("<w:tblHeader />").count(), 1);
    let header = xml.find("<w:tblHeader />").expect("header row");
    assert!(header < xml.find("Fornavn").expect("header cell"));
    assert!(xml.contains(">Gyure-Szamosi</w:t>"));
}
