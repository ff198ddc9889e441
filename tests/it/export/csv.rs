//! The CSV export: the form Norwegian Excel opens for a Bokmål group, RFC 4180 for programs,
//! and no cell that a spreadsheet would run as a formula.

use super::{csv_records, example_texts, meeting_with, stored};
use roundtable::export::{render, Format, Timeliness, CSV_COLUMNS};

/// Reads the CSV as Norwegian Excel does: a UTF-8 byte order mark, then `;` between fields.
fn excel_records(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a UTF-8 byte order mark, so Excel reads UTF-8");
    super::csv_records_with(body, b';')
}

#[tokio::test]
async fn a_bokmal_group_gets_the_csv_norwegian_excel_opens() {
    let briefs = example_texts();
    let mut view = meeting_with(&briefs, "Sekretariatet", |_| {}).await;
    view.briefs[1].timeliness = Timeliness::Late;
    view.briefs[1].estimated_minutes = 4.7;

    let bytes = render(&view, Format::Csv).expect("csv");
    assert!(
        !bytes[3..].starts_with(b"meeting,"),
        "not the plain form by default"
    );
    let (headers, rows) = excel_records(&bytes);
    assert_eq!(
        headers,
        [
            "Møte",
            "Region",
            "Forfatter",
            "Sendt inn",
            "Sist endret",
            "Frist",
            "Ord",
            "Minutter",
            "Tekst"
        ]
    );
    assert_eq!(rows.len(), 5);
    for (row, (region, text)) in rows.iter().zip(&briefs) {
        assert_eq!(row[0], "naeringssamarbeid-2024-11-07");
        assert_eq!(&row[1], region);
        assert_eq!(row[2], "Sekretariatet");
        assert_eq!(row[3], "06.11.2024 11:00", "Oslo time, dd.mm.yyyy HH:MM");
        assert_eq!(row[4], "06.11.2024 11:00");
        assert_eq!(row[8], stored(text), "{region}");
    }
    assert_eq!(rows[0][5], "i tide");
    assert_eq!(rows[1][5], "for sent");
    assert_eq!(rows[1][7], "4,7", "a decimal comma, not a date");
    assert!(rows.iter().all(|r| !r[7].contains('.')));
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "CRLF row ends");
}

#[tokio::test]
async fn plain_csv_is_rfc_4180_with_commas_and_codes() {
    let mut view = meeting_with(&example_texts(), "Sekretariatet", |_| {}).await;
    view.briefs[0].timeliness = Timeliness::Late;
    let bytes = render(&view, Format::CsvPlain).expect("csv");
    assert!(bytes.starts_with(b"meeting,region,author,"), "no BOM");
    let (headers, rows) = csv_records(&bytes);
    assert_eq!(headers, CSV_COLUMNS);
    assert_eq!(rows[0][3], "2024-11-06T11:00:00+01:00");
    assert_eq!(rows[0][5], "late");
    assert_eq!(rows[1][5], "on_time");
    assert!(rows[0][7].contains('.'), "a decimal point: {}", rows[0][7]);
}

#[tokio::test]
async fn an_english_group_gets_plain_csv_by_default() {
    let view = meeting_with(&example_texts()[..1], "Secretariat", |plan| {
        plan.group.language = "en".into();
    })
    .await;
    assert_eq!(
        render(&view, Format::Csv).expect("csv"),
        render(&view, Format::CsvPlain).expect("csv")
    );
}

#[tokio::test]
async fn no_cell_a_person_or_file_wrote_runs_as_a_formula() {
    let formulas = [
        "=HYPERLINK(\"https://example.com\";\"Klikk\")",
        "+47 41 20 34 24",
        "-5 grader i Elverum",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\tinnrykk",
    ];
    let mut briefs: Vec<(&str, String)> = example_texts()
        .iter()
        .zip(formulas)
        .map(|((region, _), text)| (*region, text.to_owned()))
        .collect();
    briefs[0].0 = "=Ringeriksregionen";
    let view = meeting_with(&briefs, "=cmd|' /C calc'!A0", |plan| {
        plan.regions[0] = "=Ringeriksregionen".into();
    })
    .await;
    for (format, (_, rows)) in [
        (
            Format::Csv,
            excel_records(&render(&view, Format::Csv).expect("csv")),
        ),
        (
            Format::CsvPlain,
            csv_records(&render(&view, Format::CsvPlain).expect("csv")),
        ),
    ] {
        for row in &rows {
            for (n, cell) in row.iter().enumerate() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{format}: column {n} starts a formula: {cell:?}"
                );
            }
            assert_eq!(row[2], "'=cmd|' /C calc'!A0", "{format}: author");
        }
        assert_eq!(rows[0][1], "'=Ringeriksregionen", "{format}: region");
        for (row, (_, text)) in rows.iter().zip(&briefs) {
            assert_eq!(row[8], format!("'{}", stored(text)), "{format}");
        }
    }
    // JSON is for programs: the text as written.
    let json: serde_json::Value =
        serde_json::from_slice(&render(&view, Format::Json).expect("json")).expect("JSON");
    assert_eq!(json["briefs"][2]["text"], "-5 grader i Elverum");
}
