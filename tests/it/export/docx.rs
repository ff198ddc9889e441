//! The Word export as the secretariat sends it on: well-formed whatever was typed, document
//! properties that name the group and the secretariat with a real date, the language on the
//! styles, page numbers, Heading styles for the agenda, and no lateness in the members' copy.

use super::{document_xml, docx_paragraphs, example_texts, meeting_with};
use roundtable::domain::meeting::DocumentsLink;
use roundtable::export::{render, ExportView, Format, Timeliness};
use std::io::Read;

/// Every part of the package, by name.
pub(crate) fn parts(docx: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let mut out = Vec::new();
    for n in 0..archive.len() {
        let mut file = archive.by_index(n).expect("an entry");
        if file.is_dir() {
            continue;
        }
        let mut text = String::new();
        file.read_to_string(&mut text).expect("UTF-8");
        out.push((file.name().to_owned(), text));
    }
    out
}

pub(crate) fn part(docx: &[u8], name: &str) -> String {
    parts(docx)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, text)| text)
        .unwrap_or_else(|| panic!("no {name}"))
}

/// The text of the first element named `name` (without prefix) in an XML part.
pub(crate) fn element(xml: &str, name: &str) -> String {
    let doc = roxmltree::Document::parse(xml).expect("well-formed");
    doc.descendants()
        .find(|n| n.tag_name().name() == name)
        .and_then(|n| n.text())
        .unwrap_or_else(|| panic!("no {name} in {xml}"))
        .to_owned()
}

#[tokio::test]
async fn control_characters_anywhere_leave_every_part_well_formed() {
    let briefs = [
        (
            "Elverum",
            "Tekst med \u{7}bjelle\u{1B}[0m og \u{0}null\u{FFFF}".to_owned(),
        ),
        (
            "Horten kommune",
            "\u{B}\u{C}vertikal tab\r\n- punkt\u{8}".to_owned(),
        ),
    ];
    let view = meeting_with(&briefs, "Kari\u{7} \"K\" <Nordmann> & co", |plan| {
        plan.documents = Some(DocumentsLink {
            title: "Papirer \u{1}<b>&".into(),
            url: "https://example.com/a\u{1}b\r\nc d\"e<f>&g".into(),
        });
        plan.title = "Møte\u{B} i \"gruppen\" <&>".into();
        plan.place = "Rom\u{7}\r\n2".into();
        plan.group.name = "Faggruppe \u{1F} & <co>".into();
        plan.group.organisation = "Oslo\u{7}regionen & co".into();
        plan.group.secretariat.name = "Karoline\u{0} & \"Ulateig\"".into();
        plan.agenda[0].title = "Sak\u{1} <én>".into();
        plan.invitees[0].first_name = "Anna\u{2}".into();
    })
    .await;
    let docx = render(&view, Format::Docx).expect("docx");
    for (name, xml) in parts(&docx) {
        if let Err(e) = roxmltree::Document::parse(&xml) {
            panic!("{name} is not well-formed XML: {e}\n{xml}");
        }
    }
    let rels = part(&docx, "word/_rels/document.xml.rels");
    let doc = roxmltree::Document::parse(&rels).expect("well-formed");
    let target = doc
        .descendants()
        .find(|n| n.attribute("TargetMode") == Some("External"))
        .and_then(|n| n.attribute("Target"))
        .expect("the link");
    assert_eq!(target, "https://example.com/a%01b%0D%0Ac d\"e<f>&g");
    let text = document_xml(&docx);
    assert!(
        text.contains("Tekst med \u{FFFD}bjelle\u{FFFD}[0m"),
        "{text}"
    );
    assert_eq!(
        element(&part(&docx, "docProps/core.xml"), "creator"),
        "Karoline & \"Ulateig\""
    );
}

#[tokio::test]
async fn the_properties_name_the_group_and_secretariat_with_the_latest_brief_as_date() {
    let view = meeting_with(&example_texts(), "Sekretariatet", |_| {}).await;
    let docx = render(&view, Format::Docx).expect("docx");
    let core = part(&docx, "docProps/core.xml");
    assert_eq!(
        element(&core, "title"),
        "Sakskart til møte i faggruppe for Næringssamarbeid, 07.11.2024"
    );
    assert_eq!(element(&core, "subject"), "Faggruppe for Næringssamarbeid");
    assert_eq!(element(&core, "creator"), "Karoline Holmstrøm Ulateig");
    assert_eq!(
        element(&core, "lastModifiedBy"),
        "Karoline Holmstrøm Ulateig"
    );
    assert_eq!(element(&core, "language"), "nb-NO");
    // Saved on 6 November 2024 at 11:00 Oslo time: the document's date, not 1970.
    assert_eq!(element(&core, "created"), "2024-11-06T10:00:00Z");
    assert_eq!(element(&core, "modified"), "2024-11-06T10:00:00Z");
    assert_eq!(
        element(&part(&docx, "docProps/app.xml"), "Company"),
        "Osloregionen"
    );
    let custom = part(&docx, "docProps/custom.xml");
    let doc = roxmltree::Document::parse(&custom).expect("well-formed");
    let properties: Vec<(&str, &str)> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "property")
        .map(|n| {
            let value = n.first_child().and_then(|v| v.text()).unwrap_or_default();
            (n.attribute("name").unwrap_or_default(), value)
        })
        .collect();
    assert_eq!(
        properties,
        [
            ("Faggruppe", "Faggruppe for Næringssamarbeid"),
            (
                "Sekretariat",
                "Karoline Holmstrøm Ulateig, Sekretariatet for Osloregionen"
            ),
            ("Møte", "naeringssamarbeid-2024-11-07"),
        ]
    );
}

#[tokio::test]
async fn styles_carry_the_language_and_the_agenda_is_headings() {
    let view = meeting_with(&example_texts(), "Sekretariatet", |_| {}).await;
    let docx = render(&view, Format::Docx).expect("docx");
    let styles = part(&docx, "word/styles.xml");
    let doc = roxmltree::Document::parse(&styles).expect("well-formed");
    let defaults = doc
        .descendants()
        .find(|n| n.tag_name().name() == "rPrDefault")
        .expect("default run properties");
    let lang = defaults
        .descendants()
        .find(|n| n.tag_name().name() == "lang")
        .expect("a language");
    assert_eq!(lang.attributes().next().map(|a| a.value()), Some("nb-NO"));
    for level in 1..=3 {
        let style = doc
            .descendants()
            .find(|n| {
                n.attributes()
                    .any(|a| a.value() == format!("Heading{level}"))
            })
            .expect("a heading style");
        let names: Vec<_> = style
            .descendants()
            .filter(|n| matches!(n.tag_name().name(), "name" | "outlineLvl"))
            .filter_map(|n| n.attributes().next().map(|a| a.value().to_owned()))
            .collect();
        assert_eq!(
            names,
            [format!("heading {level}"), format!("{}", level - 1)]
        );
    }

    let paragraphs = docx_paragraphs(&document_xml(&docx));
    let outline: Vec<(&str, &str)> = paragraphs
        .iter()
        .filter_map(|p| Some((p.style.as_deref()?, p.text.as_str())))
        .filter(|(style, _)| style.starts_with("Heading"))
        .map(|(style, text)| (style, text.split(" – ").next().unwrap_or(text)))
        .collect();
    assert_eq!(
        outline,
        [
            (
                "Heading1",
                "Sakskart til møte i faggruppe for Næringssamarbeid, 07.11.2024"
            ),
            ("Heading2", "Godkjenning av innkalling og dagsorden"),
            (
                "Heading2",
                "Godkjenning av referat fra møte 12. september 2024"
            ),
            ("Heading2", "Forslag til møteplan 2025"),
            ("Heading2", "Runde rundt bordet"),
            ("Heading3", "Ringeriksregionen"),
            ("Heading3", "Elverum"),
            ("Heading3", "Kongsvingerregionen"),
            ("Heading3", "Horten kommune"),
            ("Heading3", "Lørenskog kommune"),
            ("Heading2", "Eventuelt"),
            ("Heading2", "Inviterte"),
        ]
    );

    let english = meeting_with(&example_texts()[..1], "Secretariat", |plan| {
        plan.group.language = "en".into();
    })
    .await;
    let styles = part(
        &render(&english, Format::Docx).expect("docx"),
        "word/styles.xml",
    );
    assert!(styles.contains("<w:lang w:val=\"en-GB\""), "{styles}");
}

#[tokio::test]
async fn every_page_has_its_number_in_the_footer() {
    let view = meeting_with(&example_texts(), "Sekretariatet", |_| {}).await;
    let docx = render(&view, Format::Docx).expect("docx");
    let footer = part(&docx, "word/footer1.xml");
    let doc = roxmltree::Document::parse(&footer).expect("well-formed");
    let mut shown = String::new();
    for node in doc.descendants() {
        match node.tag_name().name() {
            "t" => shown.push_str(node.text().unwrap_or_default()),
            "instrText" => shown.push_str(&format!("{{{}}}", node.text().unwrap_or_default())),
            _ => {}
        }
    }
    assert_eq!(shown, "Side {PAGE}1 av {NUMPAGES}1");
    let body = document_xml(&docx);
    assert!(body.contains("<w:footerReference"), "the section uses it");
}

#[tokio::test]
async fn lateness_stays_out_of_the_members_document() {
    let mut view: ExportView = meeting_with(&example_texts(), "Sekretariatet", |_| {}).await;
    for brief in &mut view.briefs {
        brief.timeliness = Timeliness::Late;
    }
    let md = String::from_utf8(render(&view, Format::Markdown).expect("md")).expect("UTF-8");
    let docx = document_xml(&render(&view, Format::Docx).expect("docx"));
    for document in [&md, &docx] {
        assert!(document.contains("Innlegg mottatt: 5 av 5."));
        assert!(!document.contains("etter fristen"));
        assert!(!document.contains("for sent"));
    }
}

#[tokio::test]
async fn the_same_view_gives_the_same_file() {
    let view = meeting_with(&example_texts(), "Sekretariatet", |_| {}).await;
    let first = render(&view, Format::Docx).expect("docx");
    let other = view.clone();
    let elsewhere = std::thread::spawn(move || render(&other, Format::Docx).expect("docx"))
        .join()
        .expect("thread");
    assert_eq!(first, elsewhere, "the whole package, byte for byte");
}
