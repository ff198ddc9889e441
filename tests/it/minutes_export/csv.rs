//! The minutes as CSV: one row per sak, per region's paragraph, per raised matter, per
//! follow-up item and per correction, in the document's order; Norwegian Excel (byte order
//! mark, `;`, Norwegian words, `dd.mm.yyyy`) for a Bokmål group, plain (RFC 4180, codes, ISO
//! dates) on request or for an English group.

use super::rendered;
use crate::export::csv_records_with;
use crate::support::minutes::{approved_minutes, draft_minutes, example_brief, BRIEFS};
use roundtable::export::{Format, MinutesView, MINUTES_CSV_COLUMNS};

/// The header and the rows of a CSV with `delimiter`, after any byte order mark.
pub(super) fn records(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    csv_records_with(body, delimiter)
}

fn column(rows: &[Vec<String>], n: usize) -> Vec<&str> {
    rows.iter().map(|r| r[n].as_str()).collect()
}

#[test]
fn the_excel_form_has_a_row_per_sak_brief_and_follow_up_in_norwegian() {
    let bytes = rendered(&draft_minutes(), Format::Csv);
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte order mark"
    );
    let text = String::from_utf8(bytes.clone()).expect("UTF-8");
    assert!(text.contains("\r\n"), "CRLF row ends");
    let (header, rows) = records(&bytes, b';');
    assert_eq!(
        header,
        [
            "Møte",
            "Sak",
            "Type",
            "Tittel",
            "Tekst",
            "Utfall",
            "Vedtak/konklusjon",
            "Ansvarlig/forfatter",
            "Frist",
            "Merknad"
        ]
    );
    let mut entries = vec!["sak", "sak", "sak", "oppfølgingspunkt", "sak"];
    entries.extend(["innlegg"; 5]);
    entries.push("sak");
    assert_eq!(column(&rows, 2), entries);
    assert!(rows.iter().all(|r| r[0] == "naeringssamarbeid-2024-11-07"));
    assert_eq!(
        rows[3][1..],
        [
            "3/24",
            "oppfølgingspunkt",
            "Sende kalenderinvitasjoner for 2025",
            "",
            "",
            "",
            "Sekretariatet",
            "01.12.2024",
            ""
        ]
    );
    assert_eq!(
        rows[2][5..7],
        [
            "Vedtak",
            "Møteplanen godkjennes med endringen at junimøtet flyttes til 12. juni."
        ]
    );
    assert_eq!(rows[4][5], "Konklusjon");
    for ((region, file), row) in BRIEFS.iter().zip(&rows[5..10]) {
        assert_eq!(row[1], "4/24");
        assert_eq!(row[3], *region);
        assert_eq!(row[4], example_brief(file), "{region}'s brief as written");
        assert_eq!(row[7], format!("Representant for {region}"));
    }
    assert_eq!(rows[6][9], "Innlegget ble rettet i merknadsrunden.");
}

#[test]
fn the_plain_form_has_codes_iso_dates_and_the_corrections() {
    let bytes = rendered(&approved_minutes(), Format::CsvPlain);
    assert!(!bytes.starts_with("\u{feff}".as_bytes()));
    let (header, rows) = records(&bytes, b',');
    assert_eq!(header, MINUTES_CSV_COLUMNS);
    let mut entries = vec!["sak", "sak", "sak", "follow_up", "sak"];
    entries.extend(["brief"; 5]);
    entries.extend(["sak", "correction"]);
    assert_eq!(column(&rows, 2), entries);
    assert_eq!(rows[0][5], "decision");
    assert_eq!(rows[4][5], "conclusion");
    assert_eq!(rows[3][8], "2024-12-01");
    let correction = &rows[11];
    assert_eq!(correction[3], "2025-03-10");
    assert_eq!(
        correction[4],
        "I sak 3/24 skal det stå 12. juni, ikke 11. juni."
    );
}

#[test]
fn an_english_group_gets_the_plain_form() {
    let mut view: MinutesView = draft_minutes();
    view.group.language = "en".into();
    assert_eq!(
        rendered(&view, Format::Csv),
        rendered(&view, Format::CsvPlain)
    );
}

#[test]
fn a_follow_up_item_no_sak_lists_comes_after_the_saks() {
    let mut view = draft_minutes();
    view.follow_ups.push(roundtable::export::FollowUpView {
        what: "Oppdatere medlemslisten".into(),
        owner: "Elverum".into(),
        due: None,
        sak: Some("6/24".into()),
    });
    let (_, rows) = records(&rendered(&view, Format::CsvPlain), b',');
    assert_eq!(rows.len(), 12);
    let last = &rows[11];
    assert_eq!(
        last[1..],
        [
            "6/24",
            "follow_up",
            "Oppdatere medlemslisten",
            "",
            "",
            "",
            "Elverum",
            "",
            ""
        ]
    );
    // Listed once, under its sak, when a sak lists it.
    assert_eq!(
        column(&rows, 3)
            .iter()
            .filter(|t| t.starts_with("Sende"))
            .count(),
        1
    );
}
