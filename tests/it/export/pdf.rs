//! The PDF/A export, checked with the tools an archive would use: `pdftotext` finds each
//! brief as written, `qpdf --check` finds no damage, the XMP declares PDF/A-2a, the structure
//! is tagged (`pdfinfo -struct`), and the same view gives the same bytes. The tools come from
//! poppler-utils and qpdf (`.ci/run` installs them).

use super::{example_texts, meeting_with, stored};
use roundtable::export::{render, ExportView, Format, Timeliness};
use std::path::Path;
use std::process::Command;

/// Runs a tool on `pdf`; its standard output, or a panic that names the missing package.
pub(crate) fn tool(program: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(program)
        .args(args)
        .arg(pdf)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} is needed (apt-get install poppler-utils qpdf): {e}")
        });
    assert!(
        out.status.success(),
        "{program} {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The PDF of `view`, written to a temporary file.
fn written(view: &ExportView) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("sakskart.pdf");
    std::fs::write(&path, render(view, Format::Pdf).expect("pdf")).expect("write");
    (dir, path)
}

/// White space runs (line ends and breaks of the layout too) as one space.
pub(crate) fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text without the page footers ("Side 1 av 5"), which `pdftotext` puts where a page
/// ends, in the middle of a brief that goes on to the next page.
pub(crate) fn without_footers(text: &str) -> String {
    text.lines()
        .filter(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            !matches!(w.as_slice(), ["Side", n, "av", m] if n.parse::<u32>().is_ok() && m.parse::<u32>().is_ok())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[tokio::test]
async fn every_brief_is_in_the_text_of_the_pdf_as_written() {
    let briefs = example_texts();
    let view = meeting_with(&briefs, "Sekretariatet", |_| {}).await;
    let (_dir, pdf) = written(&view);
    let full = tool_text(&pdf);
    assert!(full.contains("Side 1 av "), "page numbers");
    let text = words(&without_footers(&full));
    for (region, brief) in &briefs {
        let expected = words(&stored(brief));
        assert!(
            text.contains(&expected),
            "{region} not verbatim in:\n{text}"
        );
    }
    assert!(text.starts_with(
        "Sakskart til møte i faggruppe for Næringssamarbeid, 07.11.2024 Tid og sted:"
    ));
    assert!(text.contains("Innlegg mottatt: 5 av 5."));
    assert!(text.contains("Fornavn Etternavn Organisasjon Anna Gyure-Szamosi Fredrikstad kommune"));
}

/// `pdftotext` of a file, to standard output.
pub(crate) fn tool_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is needed (apt-get install poppler-utils)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The structure as `pdfinfo -struct` lists it, and a count of the elements with a tag.
pub(crate) fn tag_counter(pdf: &Path) -> (String, impl Fn(&str) -> usize) {
    let structure = tool("pdfinfo", &["-struct"], pdf);
    let tags: Vec<String> = structure
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(|t| t.trim_end_matches(':').to_owned())
        .collect();
    (structure, move |tag: &str| {
        tags.iter().filter(|t| *t == tag).count()
    })
}

/// `qpdf --check` finds no damage, the XMP declares PDF/A-2a and each of `declared`, and
/// the file is tagged.
pub(crate) fn assert_sound_tagged_pdf_a(pdf: &Path, declared: &[&str]) {
    let check = tool("qpdf", &["--check"], pdf);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    let xmp = tool("pdfinfo", &["-meta"], pdf);
    let pdf_a = [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>A</pdfaid:conformance>",
    ];
    for declared in pdf_a.iter().chain(declared) {
        assert!(xmp.contains(declared), "{declared} not in the XMP:\n{xmp}");
    }
    let info = tool("pdfinfo", &[], pdf);
    assert!(info.contains("Tagged:          yes"), "{info}");
}

#[tokio::test]
async fn the_pdf_is_sound_declares_pdf_a_2a_and_is_tagged() {
    let view = meeting_with(&example_texts(), "Sekretariatet", |_| {}).await;
    let (_dir, pdf) = written(&view);
    assert_sound_tagged_pdf_a(
        &pdf,
        &[
            "<rdf:li>nb-NO</rdf:li>",
            "<rdf:li>Karoline Holmstrøm Ulateig</rdf:li>",
            "Sakskart til møte i faggruppe for Næringssamarbeid, 07.11.2024</rdf:li>",
            "<xmp:CreateDate>2024-11-06T11:00:00+01:00</xmp:CreateDate>",
        ],
    );
    // Bookmarks: the agenda items, the regions under item 4, and the invitees.
    let json = tool("qpdf", &["--json", "--json-key=outlines"], &pdf);
    let json: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let titles = |nodes: &serde_json::Value| -> Vec<String> {
        nodes
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|n| n["title"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let top = &json["outlines"];
    assert_eq!(
        titles(top),
        [
            "1. Godkjenning av innkalling og dagsorden",
            "2. Godkjenning av referat fra møte 12. september 2024",
            "3. Forslag til møteplan 2025",
            "4. Runde rundt bordet",
            "5. Eventuelt",
            "Inviterte"
        ]
    );
    assert_eq!(
        titles(&top[3]["kids"]),
        [
            "Ringeriksregionen",
            "Elverum",
            "Kongsvingerregionen",
            "Horten kommune",
            "Lørenskog kommune"
        ]
    );

    let (structure, count) = tag_counter(&pdf);
    assert_eq!(count("H1"), 1, "{structure}");
    assert_eq!(count("H2"), 5 + 1, "the agenda and the invitees");
    assert_eq!(count("H3"), 5, "a region each");
    assert!(count("L") >= 5 && count("LI") >= 10 && count("Lbl") == count("LI"));
    assert_eq!(count("Table"), 1);
    assert_eq!(count("TH"), 3);
    assert_eq!(count("TD"), 3 * 45);
}

#[tokio::test]
async fn the_same_view_gives_the_same_pdf() {
    let view = meeting_with(&example_texts(), "Sekretariatet", |_| {}).await;
    let first = render(&view, Format::Pdf).expect("pdf");
    let other = view.clone();
    let elsewhere = std::thread::spawn(move || render(&other, Format::Pdf).expect("pdf"))
        .join()
        .expect("thread");
    assert_eq!(first, elsewhere);
    assert!(first.starts_with(b"%PDF-1.7"));
}

#[tokio::test]
async fn characters_the_font_lacks_and_control_characters_do_not_fail_the_archive_copy() {
    let briefs = [
        (
            "Elverum",
            "🚆 Toget går 🎉\n👍🏽 Tommel, 👨\u{200D}👩\u{200D}👧 familie, 中文".to_owned(),
        ),
        (
            "Horten kommune",
            "Bjelle\u{7} og null\u{0} og tab\there".to_owned(),
        ),
        (
            "Lørenskog kommune",
            "#set page(width: 1cm) = *ikke* $x$ @ref".to_owned(),
        ),
    ];
    let mut view = meeting_with(&briefs, "Sekretariatet", |plan| {
        plan.title = "Møte\u{7}".into();
    })
    .await;
    for brief in &mut view.briefs {
        brief.timeliness = Timeliness::Late;
    }
    let (dir, pdf) = written(&view);
    tool("qpdf", &["--check"], &pdf);
    let text = words(&tool_text(&pdf));
    // Control characters are shown as � (as in Word); characters the font lacks too, with
    // the originals as the spans' ActualText (which pdftotext puts apart from the line).
    assert!(text.contains("Toget går"), "{text}");
    assert!(
        text.contains("Bjelle\u{FFFD} og null\u{FFFD} og tab here"),
        "{text}"
    );
    assert!(
        text.contains("#set page(width: 1cm) = *ikke* $x$ @ref"),
        "{text}"
    );
    assert!(
        !text.contains("etter fristen"),
        "no lateness in the members' copy"
    );
    let expanded = dir.path().join("expanded.pdf");
    let out = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(&pdf)
        .arg(&expanded)
        .output()
        .expect("qpdf");
    assert!(out.status.success());
    let raw = std::fs::read(&expanded).expect("read");
    let raw = String::from_utf8_lossy(&raw);
    for original in ["🚆", "👨\u{200D}👩\u{200D}👧", "中文"] {
        let hex: String = original
            .encode_utf16()
            .map(|u| format!("{u:04x}"))
            .collect();
        assert!(
            raw.contains(&format!("/ActualText <feff{hex}>")),
            "{original:?} kept as ActualText"
        );
    }
}
