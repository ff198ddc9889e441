//! Tricky text in every format, the same bytes for the same meeting, English words for an
//! English group, and the formats' names.

use super::{
    assert_in_docx, csv_records, document_xml, docx_paragraphs, example_texts, markdown,
    markdown_table, meeting_with, stored, text_of,
};
use roundtable::domain::Invitee;
use roundtable::export::{render, Format};

#[tokio::test]
async fn tricky_text_survives_every_format() {
    let long: String = (0..)
        .map(|n| if n % 12 == 11 { "ord\n" } else { "ord " })
        .flat_map(str::chars)
        .take(20_000)
        .collect();
    let long = stored(&long);
    assert_eq!(long.chars().count(), 19_999);
    let briefs = [
        (
            "Ringeriksregionen",
            "# Ikke en overskrift\n\n* stjerne _understrek_ og **fet**\n> sitat\n\n```\nkode uten slutt".to_owned(),
        ),
        ("Elverum", long),
        (
            "Kongsvingerregionen",
            "🚆 Toget går 🎉\n👍🏽 Tommel, 👨‍👩‍👧 familie".to_owned(),
        ),
        (
            "Horten kommune",
            "Linje én\r\nLinje to\r\n\r\n- punkt A\r\n- punkt B\r\n".to_owned(),
        ),
        (
            "Lørenskog kommune",
            "Han sa \"hei\", og gikk.\n'Enkle', \"\"doble\"\"; semikolon\tog tab | strek \\ skråstrek <tag> & co".to_owned(),
        ),
    ];
    let view = meeting_with(&briefs, "Kari \"K\" Nordmann, sekretær", |plan| {
        plan.invitees.push(Invitee {
            first_name: "Pipe\nNavn".into(),
            last_name: "Back\\slash".into(),
            organisation: "A | B".into(),
            region: None,
            discord_user_id: None,
            key: None,
        });
    })
    .await;

    let md = text_of(render(&view, Format::Markdown).expect("md"));
    let doc = markdown::rendered(&md);
    for (region, text) in &briefs {
        assert_eq!(
            markdown::section_lines(markdown::section(&doc, region)),
            markdown::written_lines(&stored(text)),
            "{region}"
        );
    }
    assert!(md.contains("Linje én\\\nLinje to\n\n- punkt A\n- punkt B\n"));
    let table = markdown_table(&md, "## Inviterte");
    assert_eq!(table.len(), 2 + 46);
    assert_eq!(table[47], ["Pipe Navn", "Back\\slash", "A | B"]);

    let (_, rows) = csv_records(&render(&view, Format::CsvPlain).expect("csv"));
    assert_eq!(rows.len(), 5);
    for (row, (region, text)) in rows.iter().zip(&briefs) {
        assert_eq!(&row[1], region);
        assert_eq!(row[2], "Kari \"K\" Nordmann, sekretær");
        assert_eq!(row[8], stored(text), "{region}");
    }
    assert_eq!(rows[1][6], "5000", "words of the long brief");
    assert_eq!(rows[1][7], "38.5", "minutes of the long brief");

    let json: serde_json::Value =
        serde_json::from_slice(&render(&view, Format::Json).expect("json")).expect("JSON");
    for (n, (_, text)) in briefs.iter().enumerate() {
        assert_eq!(json["briefs"][n]["text"], stored(text));
    }
    assert_eq!(json["invitees"][45]["organisation"], "A | B");

    let xml = document_xml(&render(&view, Format::Docx).expect("docx"));
    let paragraphs = docx_paragraphs(&xml);
    for (_, text) in &briefs {
        assert_in_docx(&paragraphs, &stored(text));
    }
    assert!(paragraphs
        .iter()
        .any(|p| p.text == "Han sa \"hei\", og gikk.\n'Enkle', \"\"doble\"\"; semikolon\tog tab | strek \\ skråstrek <tag> & co"));
    assert!(xml.contains(">A | B</w:t>"));
}

#[tokio::test]
async fn the_same_meeting_renders_to_the_same_bytes() {
    let view = meeting_with(&example_texts(), "Sekretariatet", |_| {}).await;
    for format in [
        Format::Markdown,
        Format::Csv,
        Format::CsvPlain,
        Format::Json,
    ] {
        assert_eq!(
            render(&view, format).expect("first"),
            render(&view, format).expect("second"),
            "{format}"
        );
    }
    let first = document_xml(&render(&view, Format::Docx).expect("docx"));
    let again = document_xml(&render(&view, Format::Docx).expect("docx"));
    let other_view = view.clone();
    let elsewhere = std::thread::spawn(move || {
        render(&other_view, Format::Markdown).expect("md");
        document_xml(&render(&other_view, Format::Docx).expect("docx"))
    })
    .join()
    .expect("thread");
    assert_eq!(first, again);
    assert_eq!(
        first, elsewhere,
        "paragraph ids do not depend on the thread"
    );
}

#[tokio::test]
async fn an_english_group_gets_english_words() {
    let view = meeting_with(&example_texts()[..2], "Secretariat", |plan| {
        plan.group.language = "en".into();
    })
    .await;
    let md = text_of(render(&view, Format::Markdown).expect("md"));
    assert!(
        md.starts_with("# Agenda for the meeting of faggruppe for Næringssamarbeid, 2024-11-07\n"),
        "{md}"
    );
    assert!(md.contains("Briefs received: 2 of 5."), "{md}");
    assert!(md.contains("No brief from: Kongsvingerregionen, Horten kommune, Lørenskog kommune."));
    assert!(md.contains("| First name | Last name | Organisation |"));
}

#[test]
fn formats_are_named_as_on_the_command_line() {
    for (name, format) in [
        ("md", Format::Markdown),
        ("Markdown", Format::Markdown),
        ("docx", Format::Docx),
        ("CSV", Format::Csv),
        ("csv-plain", Format::CsvPlain),
        ("json", Format::Json),
    ] {
        assert_eq!(name.parse::<Format>().expect(name), format);
    }
    assert_eq!("PDF".parse::<Format>().expect("pdf"), Format::Pdf);
    assert!("odt".parse::<Format>().is_err());
    assert_eq!(Format::Docx.extension(), "docx");
    assert_eq!(Format::Json.content_type(), "application/json");
}
