//! `roundtable demo` end to end, as the command runs it (into a temporary folder): the week's
//! transcript (the notice, five briefs' receipts, one reminder naming exactly the regions
//! then missing, the report to the secretariat, the export) and `channel.html`, well-formed
//! and self-contained.

use crate::support::store::REGIONS;
use roundtable::cli::{execute, Command, DemoLanguage};
use roundtable::demo::{DemoOptions, Entry};
use roundtable::i18n::Language;
use roundtable::settings::Settings;
use std::path::Path;

const KEY: &str = "naeringssamarbeid-2024-11-07";

/// Runs `roundtable demo --out DIR --lang LANG`; returns what it printed.
async fn demo(dir: &Path, lang: DemoLanguage) -> String {
    let command = Command::Demo {
        out: dir.to_owned(),
        lang: Some(lang),
    };
    let mut out = Vec::new();
    let result = execute(command, &Settings::default(), &mut out).await;
    let printed = String::from_utf8(out).expect("the transcript is UTF-8");
    if let Err(e) = result {
        panic!(
            "the demo failed: {}\n{printed}",
            e.localized(&Settings::default(), Language::English)
        );
    }
    printed
}

/// The region named in a receipt line ("Innlegget fra Horten kommune til …").
fn receipt_region(line: &str) -> Option<&str> {
    let rest = line.trim().strip_prefix("Innlegget fra ")?;
    let (region, rest) = rest.split_once(" til «")?;
    rest.contains("er lagret").then_some(region)
}

#[tokio::test]
async fn the_demo_plays_the_week_and_writes_a_self_contained_page() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let printed = demo(dir.path(), DemoLanguage::Nb).await;
    let lines: Vec<&str> = printed.lines().collect();

    // The notice, once, with its buttons and its calendar file.
    let notices: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].contains("Innkalling: Møte i faggruppe for Næringssamarbeid"))
        .collect();
    assert_eq!(notices.len(), 1, "{printed}");
    for expected in [
        "[ Jeg kommer ] [ Jeg melder forfall ] [ Vara møter for meg ]",
        "[ Send innlegg ] [ Sakskart ] [ Inviterte ]",
        &format!("📎 {KEY}.ics"),
        "#næringssamarbeid  Roundtable [APP]",
    ] {
        assert!(
            printed.contains(expected),
            "missing {expected:?} in\n{printed}"
        );
    }

    // A receipt for each of the five regions; Ringeriksregionen's edit is its version 2,
    // Elverum's came as a file.
    let receipts: Vec<(usize, &str)> = (0..lines.len())
        .filter_map(|i| receipt_region(lines[i]).map(|r| (i, r)))
        .collect();
    let mut regions: Vec<&str> = receipts.iter().map(|(_, r)| *r).collect();
    regions.sort_unstable();
    regions.dedup();
    let mut all = REGIONS.to_vec();
    all.sort_unstable();
    assert_eq!(regions, all, "{printed}");
    assert_eq!(receipts.len(), 6, "five briefs, one of them edited once");
    assert!(printed.contains("Innlegget fra Ringeriksregionen til «Møte i faggruppe for Næringssamarbeid» er lagret (versjon 2)."));
    assert!(printed.contains("brukte /innlegg send fil: innlegg-elverum.txt"));
    assert!(dir.path().join("innlegg-elverum.txt").is_file());

    // One reminder, naming exactly the regions whose brief had not come in by then, and
    // pinging their representative; the brief after it.
    let reminders: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].contains("⏰ Påminnelse"))
        .collect();
    assert_eq!(reminders.len(), 1, "{printed}");
    let reminder = lines[reminders[0]];
    let named = reminder
        .split_once("mangler fra ")
        .and_then(|(_, rest)| rest.split_once(". Fristen"))
        .map(|(names, _)| names)
        .expect("the reminder names regions");
    let before: Vec<&str> = receipts
        .iter()
        .filter(|(i, _)| *i < reminders[0])
        .map(|(_, r)| *r)
        .collect();
    let missing: Vec<&str> = REGIONS
        .iter()
        .copied()
        .filter(|r| !before.contains(r))
        .collect();
    assert_eq!(named, missing.join(", "));
    assert_eq!(missing, ["Lørenskog kommune"]);
    assert_eq!(lines[reminders[0] + 1].trim(), "@Camilla Håltem");
    assert!(receipts
        .iter()
        .any(|(i, r)| *i > reminders[0] && *r == "Lørenskog kommune"));

    // The answers (one deputy), answered to each member alone.
    assert!(printed.contains("Bare Camilla Håltem kan se dette"));
    assert!(printed.contains("Gunn-Kristin Vambheim (Lørenskog kommune) møter som vara for deg"));
    assert!(printed.contains("Ingen påminnelse denne morgenen"));

    // The report to the secretariat, and the export beside the page.
    assert!(
        printed.contains("#sekretariatet  Roundtable [APP]\n       Fristen for innlegg til «Møte i faggruppe for Næringssamarbeid» har gått ut: 5 av 5 innlegg kom inn, 0 etter fristen."),
        "{printed}"
    );
    for ext in ["docx", "md", "csv"] {
        let name = format!("{KEY}.{ext}");
        assert!(
            printed.contains(&format!("📎 {name}")),
            "{name} in\n{printed}"
        );
        assert!(dir.path().join(&name).is_file(), "{name} written");
    }
    let docx = std::fs::read(dir.path().join(format!("{KEY}.docx"))).expect("the Word file");
    assert!(docx.starts_with(b"PK"), "a zip (Word) file");
    let md = std::fs::read_to_string(dir.path().join(format!("{KEY}.md"))).expect("markdown");
    for region in REGIONS {
        assert!(md.contains(region), "{region} in the Markdown export");
    }
    assert!(
        md.contains("Detaljregulering for Helgelandsmoen"),
        "the edited brief"
    );

    check_page(dir.path());
}

/// `channel.html` parses as XML, requests nothing from anywhere, and links only files that
/// are in its folder.
fn check_page(dir: &Path) {
    let html = std::fs::read_to_string(dir.join("channel.html")).expect("channel.html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    let doc = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("channel.html is well-formed");
    for node in doc.descendants().filter(|n| n.is_element()) {
        let tag = node.tag_name().name();
        assert!(
            !["script", "link", "iframe", "img", "object", "embed"].contains(&tag),
            "<{tag}> in the page"
        );
        for attribute in node.attributes() {
            let value = attribute.value().trim().to_ascii_lowercase();
            if attribute.name() == "style" {
                assert!(!value.contains("url("), "a url() in a style");
            }
            if ["src", "href", "action", "srcset"].contains(&attribute.name()) {
                assert!(
                    !value.starts_with("http:")
                        && !value.starts_with("https:")
                        && !value.starts_with("//"),
                    "{}={value:?} on <{tag}>",
                    attribute.name()
                );
                if !value.starts_with('#') {
                    let file = percent_decoded(attribute.value());
                    assert!(
                        dir.join(&file).is_file(),
                        "{file} is linked but not written"
                    );
                }
            }
        }
    }
    let style = doc
        .descendants()
        .find(|n| n.has_tag_name("style"))
        .and_then(|n| n.text())
        .expect("the page's own CSS");
    assert!(!style.contains("url(") && !style.contains("@import"));
    let text: String = doc.descendants().filter_map(|n| n.text()).collect();
    for expected in [
        "Jeg kommer",
        "Send innlegg",
        "Bare Karl Jørgen Tofte kan se dette",
        "Innkalling: Møte i faggruppe for Næringssamarbeid",
        "@Camilla Håltem",
        "naeringssamarbeid-2024-11-07.docx",
    ] {
        assert!(text.contains(expected), "{expected:?} on the page");
    }
}

/// A relative link's file name (`%C3%B8` is `ø`).
fn percent_decoded(href: &str) -> String {
    let bytes = href.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("a UTF-8 file name")
}

#[tokio::test]
async fn the_demo_speaks_english_when_asked() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let options = DemoOptions {
        dir: dir.path().to_owned(),
        lang: Language::English,
    };
    let mut out = Vec::new();
    let run = roundtable::demo::run(&options, &mut out)
        .await
        .unwrap_or_else(|e| panic!("{}", e.describe(Language::English)));
    let printed = String::from_utf8(out).expect("UTF-8");
    assert!(printed.contains("[ I will attend ] [ I cannot attend ] [ A deputy attends for me ]"));
    assert!(printed.contains(
        "briefs for “Møte i faggruppe for Næringssamarbeid” are missing from Lørenskog kommune."
    ));
    assert!(printed.contains("Only Camilla Håltem can see this"));
    assert!(printed.contains("used /brief send file: innlegg-elverum.txt"));
    let reminders = run
        .transcript
        .messages()
        .filter(|m| m.content.starts_with("⏰"))
        .count();
    assert_eq!(reminders, 1);
    let notes = run
        .transcript
        .entries
        .iter()
        .filter(|e| matches!(e, Entry::Note { .. }))
        .count();
    assert!(notes >= 3, "the set-up and the meeting are told");
    assert_eq!(run.page, dir.path().join("channel.html"));
    assert!(run.exports.iter().all(|p| p.is_file()));
    assert!(std::fs::read_to_string(&run.page)
        .expect("the page")
        .contains("Only Karl Jørgen Tofte can see this"));
}
