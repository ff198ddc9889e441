//! What the Word and PDF files say about themselves: title, author (the secretariat),
//! language, status and, once approved, the SHA-256, which is in the properties and in no
//! format's text; the Word document's headings and page numbers, the PDF's PDF/A-2a
//! declaration, tags and bookmarks.

use super::{docx_text, markdown_text, pdf_file, pdf_text, rendered, text};
use crate::export::docx::{element, part};
use crate::export::pdf::{assert_sound_tagged_pdf_a, tag_counter, tool};
use crate::support::minutes::{approved_minutes, draft_minutes, SHA256};
use roundtable::export::{Format, MinutesStatus};

/// The custom properties of a Word file, by name.
fn custom_properties(docx: &[u8]) -> Vec<(String, String)> {
    let xml = part(docx, "docProps/custom.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed");
    doc.descendants()
        .filter(|n| n.tag_name().name() == "property")
        .map(|n| {
            let name = n.attribute("name").expect("a name").to_owned();
            let value = n.descendants().find_map(|v| v.text()).unwrap_or_default();
            (name, value.to_owned())
        })
        .collect()
}

#[test]
fn approved_minutes_carry_their_sha256_in_the_properties_not_in_the_text() {
    let view = approved_minutes();
    let docx = rendered(&view, Format::Docx);
    let properties = custom_properties(&docx);
    assert!(
        properties.contains(&("SHA-256".into(), SHA256.into())),
        "{properties:?}"
    );
    assert!(properties.contains(&("Status".into(), "godkjent".into())));

    let (_dir, pdf) = pdf_file(&view);
    let keywords = format!("sha256:{SHA256}");
    assert!(tool("pdfinfo", &[], &pdf).contains(&keywords));
    assert!(tool("pdfinfo", &["-meta"], &pdf).contains(&keywords));

    let texts = [
        ("markdown", markdown_text(&view)),
        ("word", docx_text(&view)),
        ("pdf", pdf_text(&view)),
        ("csv", text(&view, Format::Csv)),
        ("csv-plain", text(&view, Format::CsvPlain)),
    ];
    for (format, text) in texts {
        assert!(!text.contains(SHA256), "{format} shows the SHA-256");
    }
    // The JSON is the view, for programs: it has the approval with its hash.
    let json: serde_json::Value =
        serde_json::from_slice(&rendered(&view, Format::Json)).expect("JSON");
    assert_eq!(json["status"]["sha256"], SHA256);
}

#[test]
fn a_draft_has_no_sha256_and_says_so_in_its_status() {
    let view = draft_minutes();
    assert!(matches!(view.status, MinutesStatus::Draft { .. }));
    let properties = custom_properties(&rendered(&view, Format::Docx));
    assert!(properties.iter().all(|(name, _)| name != "SHA-256"));
    assert!(properties.contains(&("Status".into(), "utkast".into())));
    let (_dir, pdf) = pdf_file(&view);
    let info = tool("pdfinfo", &[], &pdf);
    assert!(!info.contains("sha256:"), "{info}");
    assert!(info.contains("utkast"), "{info}");
    // A draft is dated by the meeting's end, whatever the clock says.
    let core = part(&rendered(&view, Format::Docx), "docProps/core.xml");
    assert_eq!(element(&core, "created"), "2024-11-07T12:00:00Z");
}

#[test]
fn the_word_file_names_title_author_language_and_date_and_has_headings_and_page_numbers() {
    let docx = rendered(&approved_minutes(), Format::Docx);
    let core = part(&docx, "docProps/core.xml");
    assert_eq!(
        element(&core, "title"),
        "Referat fra møte i faggruppe for Næringssamarbeid"
    );
    assert_eq!(element(&core, "creator"), "Karoline Holmstrøm Ulateig");
    assert_eq!(element(&core, "language"), "nb-NO");
    // The document's date is its latest approval's day, not the clock's.
    assert_eq!(element(&core, "created"), "2025-04-02T22:00:00Z");
    let styles = part(&docx, "word/styles.xml");
    assert!(styles.contains("<w:lang w:val=\"nb-NO\""));
    let paragraphs = crate::export::docx_paragraphs(&crate::export::document_xml(&docx));
    let styled = |style: &str| -> Vec<String> {
        paragraphs
            .iter()
            .filter(|p| p.style.as_deref() == Some(style))
            .map(|p| p.text.clone())
            .collect()
    };
    assert_eq!(
        styled("Heading1"),
        ["Referat fra møte i faggruppe for Næringssamarbeid"]
    );
    assert_eq!(
        styled("Heading2")[0],
        "Sak 1/24  Godkjenning av innkalling og dagsorden"
    );
    assert!(styled("Heading3").contains(&"Elverum".to_owned()));
    let footer = parts_named(&docx, "word/footer");
    assert!(
        footer.contains("PAGE") && footer.contains("NUMPAGES") && footer.contains("Side "),
        "{footer}"
    );
}

fn parts_named(docx: &[u8], prefix: &str) -> String {
    crate::export::docx::parts(docx)
        .into_iter()
        .filter(|(name, _)| name.starts_with(prefix))
        .map(|(_, text)| text)
        .collect()
}

#[test]
fn the_pdf_is_sound_pdf_a_2a_tagged_with_language_title_and_bookmarks() {
    let (_dir, pdf) = pdf_file(&approved_minutes());
    assert_sound_tagged_pdf_a(
        &pdf,
        &[
            "<rdf:li>nb-NO</rdf:li>",
            "<rdf:li>Karoline Holmstrøm Ulateig</rdf:li>",
            "Referat fra møte i faggruppe for Næringssamarbeid</rdf:li>",
            "<xmp:CreateDate>2025-04-03T00:00:00+02:00</xmp:CreateDate>",
        ],
    );
    let (structure, count) = tag_counter(&pdf);
    assert_eq!(count("H1"), 1, "{structure}");
    assert_eq!(
        count("H2"),
        5 + 2,
        "the saks, the follow-up table, the corrections"
    );
    assert_eq!(count("H3"), 5 + 1, "a region each, the correction");
    assert!(count("L") >= 5 && count("LI") >= 10 && count("Lbl") == count("LI"));
    assert_eq!((count("Table"), count("TH"), count("TD")), (1, 3, 3));
    let json = tool("qpdf", &["--json", "--json-key=outlines"], &pdf);
    let json: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let titles: Vec<&str> = json["outlines"]
        .as_array()
        .expect("outlines")
        .iter()
        .filter_map(|o| o["title"].as_str())
        .collect();
    assert!(titles.contains(&"Sak 5/24  Eventuelt"), "{titles:?}");
    assert!(titles.contains(&"Oppfølgingspunkter"), "{titles:?}");
    assert!(pdf_text(&approved_minutes()).contains("Side 1 av "));
}
