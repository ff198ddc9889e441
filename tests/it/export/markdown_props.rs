//! Property test of the Markdown export: random Markdown structure in every brief never
//! changes the document's outline, and each brief renders as written.

use super::markdown::{rendered, section, section_lines, written_lines, Rendered};
use super::{example_texts, meeting_with};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use roundtable::export::{render, Format};

/// Pieces of Markdown structure, for texts that try to break out of their section.
fn markdown_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zæøåA-Z]{1,8}",
        2 => Just(" ".to_owned()),
        3 => prop_oneof![Just("\n"), Just("\r\n"), Just("\n\n"), Just("\r")].prop_map(str::to_owned),
        3 => prop_oneof![
            Just("-"), Just("- "), Just("* "), Just("• "), Just("  "), Just("    "), Just("\t"),
            Just("1. "), Just("2019. "), Just("3) "), Just("#"), Just("# "), Just("> "),
            Just("==="), Just("---"), Just("***"), Just("___"), Just("```"), Just("~~~"),
            Just("|"), Just("| --- |"), Just("<!--"), Just("-->"), Just("<div>"), Just("<script>"),
            Just("</"), Just("&amp;"), Just("&#65;"), Just("["), Just("]"), Just("]("), Just(")"),
            Just("[x]: /u"), Just("[^1]"), Just("\\"), Just("`"), Just("*"), Just("_"), Just("~~"),
            Just("<https://x.no>"), Just("!["), Just("\u{a0}"), Just("\u{2028}"), Just("\0"),
        ]
        .prop_map(str::to_owned),
    ]
}

#[tokio::test]
async fn no_text_breaks_out_of_its_section() {
    let view = meeting_with(&example_texts(), "Sekretariatet", |_| {}).await;
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let texts =
        proptest::collection::vec(markdown_piece(), 1..40).prop_map(|p: Vec<String>| p.concat());
    let texts = proptest::collection::vec(texts, 5);
    let result = runner.run(&texts, |texts| {
        let mut view = view.clone();
        for (brief, text) in view.briefs.iter_mut().zip(&texts) {
            brief.text = text.clone();
        }
        let md = String::from_utf8(render(&view, Format::Markdown).expect("md")).expect("UTF-8");
        let doc = rendered(&md);
        let outline: Vec<&Rendered> = doc
            .iter()
            .filter(|b| matches!(b, Rendered::Heading(..) | Rendered::Numbered { .. }))
            .collect();
        if outline.len() != 1 + 5 + 5 + 1 {
            return Err(TestCaseError::fail(format!("outline {outline:?} of\n{md}")));
        }
        for brief in &view.briefs {
            let shown = section_lines(section(&doc, &brief.region));
            if shown != written_lines(&brief.text) {
                return Err(TestCaseError::fail(format!(
                    "{}: {shown:?}\n{md}",
                    brief.region
                )));
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
