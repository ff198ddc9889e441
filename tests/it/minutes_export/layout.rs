//! The minutes read as the design's layout reference lays them out, in Markdown, Word and
//! PDF alike: heading, time and place, who was there, each sak with its label, title,
//! account and outcome after its kind's word, the briefs under round the table, Eventuelt,
//! the follow-up table; a draft marked as one, approved minutes closed by their approval and
//! the corrections after it; English words for an English group.

use super::{assert_in_order, document_texts, markdown_text, text};
use crate::export::markdown::{rendered as markdown_blocks, Rendered};
use crate::support::minutes::{approved_minutes, draft_minutes, BRIEFS};
use roundtable::export::{ConclusionKind, ConclusionView, Format, RaisedMatter};

/// What every version of the fixture says, in order, down to round the table.
const HEAD: [&str; 19] = [
    "Tid: Torsdag 7. november 2024, kl. 12:00–13:00",
    "Sted: Oslo rådhus, møteromssenteret (inngang sjøsiden)",
    "Til stede: Anne Huse (Kongsvingerregionen), Asbjørn Lunde (Elverum Vekst), Camilla Håltem (Lørenskog kommune), Karl Jørgen Tofte (Horten kommune)",
    "Forfall: Lina-Maria Linge (Ringerike kommune)",
    "Vara: Ola Nordmann (Ringerike kommune) for Lina-Maria Linge",
    "Fra sekretariatet: Karoline Holmstrøm Ulateig",
    "Observatører: Per Hansen (Akershus fylkeskommune)",
    "Referent: Karoline Holmstrøm Ulateig",
    "Sak 1/24 Godkjenning av innkalling og dagsorden",
    "Vedtak: Innkalling og dagsorden godkjennes.",
    "Sak 2/24 Godkjenning av referat fra møte 12. september 2024",
    "Vedtak: Referatet godkjennes uten merknader.",
    "Sak 3/24 Forslag til møteplan 2025",
    "Sekretariatet la fram forslag med fire møter.",
    "Februar",
    "Vedtak: Møteplanen godkjennes med endringen at junimøtet flyttes til 12. juni.",
    "Oppfølging: Sende kalenderinvitasjoner for 2025 (ansvarlig: Sekretariatet, frist 1. desember 2024)",
    "Sak 4/24 Runde rundt bordet – orientering om aktuelle saker fra medlemmene",
    "Konklusjon: Orienteringene tas til orientering.",
];

/// From round the table's briefs to the follow-up table.
fn tail() -> Vec<&'static str> {
    let mut out = vec![
        "Ringeriksregionen",
        "Et stort næringsprosjekt på Treklyngen",
    ];
    out.extend([
        "Elverum",
        "Vi spisser oss i arbeidet med å tiltrekke oss ny næring.",
    ]);
    out.push("Innlegget ble rettet i merknadsrunden.");
    out.extend(BRIEFS[2..].iter().map(|(region, _)| *region));
    out.extend([
        "Sak 5/24 Eventuelt",
        "Ingen saker.",
        "Oppfølgingspunkter",
        "Hva Ansvarlig Frist",
        "Sende kalenderinvitasjoner for 2025 Sekretariatet 01.12.2024",
    ]);
    out
}

#[test]
fn a_draft_reads_in_the_reference_order_and_says_it_is_a_draft() {
    let view = draft_minutes();
    for (format, text) in document_texts(&view) {
        let mut expected = vec![
            "Referat fra møte i faggruppe for Næringssamarbeid",
            "UTKAST",
            "Merknader innen 20. november 2024.",
        ];
        expected.extend(HEAD);
        expected.extend(tail());
        assert_in_order(format, &text, &expected);
        assert!(!text.contains("godkjent i møte"), "{format}: {text}");
    }
}

#[test]
fn approved_minutes_end_with_their_approval_then_the_corrections() {
    let view = approved_minutes();
    for (format, text) in document_texts(&view) {
        let mut expected = vec!["Referat fra møte i faggruppe for Næringssamarbeid"];
        expected.extend(HEAD);
        expected.extend(tail());
        expected.extend([
            "Referatet ble godkjent i møte 6. februar 2025, sak 2/25.",
            "Rettelser",
            "Rettelse 10. mars 2025",
            "I sak 3/24 skal det stå 12. juni, ikke 11. juni.",
            "Rettelsen ble godkjent i møte 3. april 2025, sak 2/25.",
        ]);
        assert_in_order(format, &text, &expected);
        for draft_word in ["UTKAST", "Merknader innen"] {
            assert!(!text.contains(draft_word), "{format} says {draft_word}");
        }
    }
}

#[test]
fn the_markdown_has_the_documents_outline_and_real_lists() {
    let blocks = markdown_blocks(&text(&draft_minutes(), Format::Markdown));
    let headings: Vec<(u8, String)> = blocks
        .iter()
        .filter_map(|b| match b {
            Rendered::Heading(level, t) => Some((*level, t.clone())),
            _ => None,
        })
        .collect();
    let mut expected = vec![(
        1,
        "Referat fra møte i faggruppe for Næringssamarbeid".into(),
    )];
    expected.extend(
        [
            "Sak 1/24  Godkjenning av innkalling og dagsorden",
            "Sak 2/24  Godkjenning av referat fra møte 12. september 2024",
            "Sak 3/24  Forslag til møteplan 2025",
            "Sak 4/24  Runde rundt bordet – orientering om aktuelle saker fra medlemmene",
        ]
        .map(|t| (2, t.to_owned())),
    );
    expected.extend(BRIEFS.map(|(region, _)| (3, region.to_owned())));
    expected.extend([
        (2, "Sak 5/24  Eventuelt".into()),
        (2, "Oppfølgingspunkter".into()),
    ]);
    assert_eq!(headings, expected);
    assert!(blocks.contains(&Rendered::Bullet {
        depth: 0,
        text: "Februar".into()
    }));
    // The note is the one piece of emphasis.
    let markup: Vec<&Rendered> = blocks
        .iter()
        .filter(|b| matches!(b, Rendered::Markup(_)))
        .collect();
    assert_eq!(markup, [&Rendered::Markup("Start(Emphasis)".into())]);
}

#[test]
fn each_kind_of_outcome_has_its_word_and_raised_matters_replace_no_matters() {
    let mut view = draft_minutes();
    view.items[1].conclusion = Some(ConclusionView {
        kind: ConclusionKind::Noted,
        text: String::new(),
    });
    view.items[4].raised = vec![RaisedMatter {
        title: "Felles stand på Arendalsuka".into(),
        account: Some("Lørenskog tok opp en felles stand.".into()),
        conclusion: Some(ConclusionView {
            kind: ConclusionKind::Noted,
            text: "Sekretariatet undersøker kostnadene.".into(),
        }),
    }];
    for (format, text) in super::document_texts(&view) {
        assert_in_order(
            format,
            &text,
            &[
                "Sak 2/24 Godkjenning av referat fra møte 12. september 2024",
                "Orientering tatt til etterretning.",
                "Sak 5/24 Eventuelt",
                "Felles stand på Arendalsuka",
                "Lørenskog tok opp en felles stand.",
                "Orientering tatt til etterretning: Sekretariatet undersøker kostnadene.",
                "Oppfølgingspunkter",
            ],
        );
        assert!(!text.contains("Ingen saker."), "{format}");
    }
}

#[test]
fn an_english_group_gets_english_words() {
    let mut view = approved_minutes();
    view.group.language = "en".into();
    for (format, text) in super::document_texts(&view) {
        assert_in_order(
            format,
            &text,
            &[
                "Minutes of the meeting of faggruppe for Næringssamarbeid",
                "Time: Thursday 7 November 2024",
                "Present: Anne Huse",
                "Apologies: Lina-Maria Linge",
                "Secretariat: Karoline Holmstrøm Ulateig",
                "Observers: Per Hansen (Akershus fylkeskommune)",
                "Minute taker: Karoline Holmstrøm Ulateig",
                "Item 1/24 Godkjenning av innkalling og dagsorden",
                "Decision: Innkalling og dagsorden godkjennes.",
                "Follow-up: Sende kalenderinvitasjoner for 2025 (responsible: Sekretariatet, due 1 December 2024)",
                "Conclusion: Orienteringene tas til orientering.",
                "No matters raised.",
                "Follow-up items",
                "What Responsible Due",
                "The minutes were approved at the meeting on 6 February 2025, item 2/25.",
                "Corrections",
            ],
        );
        for norwegian in [
            "Referat fra",
            "Til stede",
            "Vedtak",
            "Ingen saker",
            "Sak 1/24",
        ] {
            assert!(!text.contains(norwegian), "{format} says {norwegian}");
        }
    }
    let pdf = super::pdf_text(&view);
    assert!(pdf.contains("Page 1 of "), "{pdf}");
    assert!(markdown_text(&view).contains("Minutes of the meeting"));
}

#[test]
fn a_draft_says_utkast_at_the_head_of_every_page() {
    let word_heads = |view| {
        let docx = super::rendered(view, Format::Docx);
        crate::export::docx::parts(&docx)
            .into_iter()
            .filter(|(name, _)| name.starts_with("word/header"))
            .map(|(_, xml)| xml)
            .collect::<String>()
    };
    let pdf_pages = |view| {
        let (_dir, pdf) = super::pdf_file(view);
        let info = crate::export::pdf::tool("pdfinfo", &[], &pdf);
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("a page count");
        (1..=pages)
            .map(|n| {
                let page = n.to_string();
                let out = std::process::Command::new("pdftotext")
                    .args(["-f", &page, "-l", &page, "-enc", "UTF-8"])
                    .arg(&pdf)
                    .arg("-")
                    .output()
                    .expect("pdftotext");
                String::from_utf8(out.stdout).expect("UTF-8")
            })
            .collect::<Vec<_>>()
    };
    let draft = draft_minutes();
    assert!(
        word_heads(&draft).contains(">UTKAST<"),
        "{}",
        word_heads(&draft)
    );
    let pages = pdf_pages(&draft);
    assert!(pages.len() > 2);
    for (n, page) in pages.iter().enumerate() {
        assert!(page.contains("UTKAST"), "page {} has no UTKAST", n + 1);
    }
    let approved = approved_minutes();
    assert!(!word_heads(&approved).contains("UTKAST"));
    assert!(pdf_pages(&approved).iter().all(|p| !p.contains("UTKAST")));
}

#[test]
fn an_approval_outside_a_meeting_and_a_pending_correction_say_so() {
    let mut view = approved_minutes();
    if let roundtable::export::MinutesStatus::Approved(approval) = &mut view.status {
        approval.sak = None;
    }
    view.corrections[0].approval = None;
    for (format, text) in super::document_texts(&view) {
        assert_in_order(
            format,
            &text,
            &[
                "Referatet ble godkjent 6. februar 2025.",
                "Rettelse 10. mars 2025",
                "Rettelsen er ikke godkjent ennå.",
            ],
        );
        assert!(!text.contains("godkjent i møte"), "{format}");
    }
}
