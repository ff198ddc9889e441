//! The Markdown export read as a CommonMark renderer reads it (pulldown-cmark, with GitHub's
//! tables, strikethrough, task lists and footnotes): each brief renders as the text that was
//! written, and no brief changes anything outside its own section.

use super::{example_texts, meeting_with, text_of};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use roundtable::export::{render, Format};

/// A block of the rendered document, with its text as rendered (a hard line break as `\n`,
/// a soft one as a space, as a browser shows it).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Rendered {
    Heading(u8, String),
    Paragraph(String),
    Bullet {
        depth: usize,
        text: String,
    },
    Numbered {
        number: u64,
        text: String,
    },
    TableRow(Vec<String>),
    /// Anything else: HTML, code, a quote, a rule, emphasis, a link, ...
    Markup(String),
}

/// An open container: where the text goes.
enum Open {
    Text(String),
    Item { text: String, emitted: bool },
    List { next: Option<u64> },
    Row(Vec<String>),
}

/// The document's blocks, in order.
pub(crate) fn rendered(md: &str) -> Vec<Rendered> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    let mut out = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let depth = |open: &[Open]| {
        open.iter()
            .filter(|o| matches!(o, Open::List { .. }))
            .count()
    };
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(Tag::Heading { .. } | Tag::TableCell) => {
                open.push(Open::Text(String::new()));
            }
            Event::Start(Tag::Paragraph) => {
                if !matches!(open.last(), Some(Open::Item { .. })) {
                    open.push(Open::Text(String::new()));
                }
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some(Open::Text(t)) = open.pop() {
                    out.push(Rendered::Heading(level as u8, t));
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if let Some(Open::Text(_)) = open.last() {
                    if let Some(Open::Text(t)) = open.pop() {
                        out.push(Rendered::Paragraph(t));
                    }
                }
            }
            Event::Start(Tag::List(start)) => {
                // A nested list: its parent item's text comes first.
                let d = depth(&open);
                if let Some(Open::Item { text, emitted }) = open.last_mut() {
                    if !*emitted {
                        *emitted = true;
                        out.push(Rendered::Bullet {
                            depth: d - 1,
                            text: std::mem::take(text),
                        });
                    }
                }
                open.push(Open::List { next: start });
            }
            Event::End(TagEnd::List(_)) => {
                open.pop();
            }
            Event::Start(Tag::Item) => open.push(Open::Item {
                text: String::new(),
                emitted: false,
            }),
            Event::End(TagEnd::Item) => {
                let d = depth(&open);
                if let Some(Open::Item { text, emitted }) = open.pop() {
                    let number = match open.last_mut() {
                        Some(Open::List { next: Some(n) }) => {
                            *n += 1;
                            Some(*n - 1)
                        }
                        _ => None,
                    };
                    match number {
                        Some(number) => out.push(Rendered::Numbered { number, text }),
                        None if !emitted => out.push(Rendered::Bullet { depth: d - 1, text }),
                        None => {}
                    }
                }
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => open.push(Open::Row(Vec::new())),
            Event::End(TagEnd::TableCell) => {
                if let Some(Open::Text(t)) = open.pop() {
                    if let Some(Open::Row(cells)) = open.last_mut() {
                        cells.push(t.trim().to_owned());
                    }
                }
            }
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                if let Some(Open::Row(cells)) = open.pop() {
                    out.push(Rendered::TableRow(cells));
                }
            }
            Event::Text(t) => push_text(&mut open, &t),
            Event::HardBreak => push_text(&mut open, "\n"),
            Event::SoftBreak => push_text(&mut open, " "),
            Event::Start(Tag::Table(_) | Tag::Strong) | Event::End(_) => {}
            other => {
                // Code, HTML, emphasis, links, quotes, rules, footnotes: markup.
                if let Event::Code(t) = &other {
                    push_text(&mut open, t);
                }
                out.push(Rendered::Markup(format!("{other:?}")));
            }
        }
    }
    out
}

fn push_text(open: &mut [Open], text: &str) {
    match open.last_mut() {
        Some(Open::Text(t)) | Some(Open::Item { text: t, .. }) => t.push_str(text),
        _ => {}
    }
}

/// The blocks of a region's brief: after its heading, up to the next heading, agenda item or
/// the document's list of regions without a brief.
pub(crate) fn section<'a>(doc: &'a [Rendered], region: &str) -> &'a [Rendered] {
    let start = doc
        .iter()
        .position(|b| *b == Rendered::Heading(3, region.to_owned()))
        .unwrap_or_else(|| panic!("no heading for {region}"))
        + 1;
    let len = doc[start..]
        .iter()
        .position(|b| match b {
            Rendered::Heading(..) | Rendered::Numbered { .. } => true,
            Rendered::Paragraph(t) => t.starts_with("Ingen innlegg fra: "),
            _ => false,
        })
        .unwrap_or(doc.len() - start);
    &doc[start..start + len]
}

/// A section's lines as rendered, without the white space around them: (starts a bulleted
/// item, text). Anything but paragraphs and bullets is returned as a line that can match
/// nothing written.
pub(crate) fn section_lines(blocks: &[Rendered]) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    for block in blocks {
        let (bullet, text) = match block {
            Rendered::Paragraph(t) => (false, t),
            Rendered::Bullet { text, .. } => (true, text),
            other => {
                out.push((false, format!("⚠ not text: {other:?}")));
                continue;
            }
        };
        for (n, line) in text.split('\n').enumerate() {
            out.push((bullet && n == 0, line.trim().to_owned()));
        }
    }
    out
}

/// What a reader should see of a text: its non-blank lines without the white space around
/// them, a line starting with Markdown's `-` or `*` (and a space) as a bulleted item.
pub(crate) fn written_lines(text: &str) -> Vec<(bool, String)> {
    text.split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .flat_map(|l| l.split('\r'))
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let body = line.trim().replace('\0', "\u{FFFD}");
            ['-', '*']
                .into_iter()
                .find_map(|m| {
                    body.strip_prefix(m)
                        .filter(|r| r.is_empty() || r.starts_with(char::is_whitespace))
                        .map(|r| (true, r.trim().to_owned()))
                })
                .unwrap_or((false, body.clone()))
        })
        .collect()
}

/// The document's outline: its headings and agenda items, in order.
fn outline(doc: &[Rendered]) -> Vec<String> {
    doc.iter()
        .filter_map(|b| match b {
            Rendered::Heading(level, t) => Some(format!("h{level} {t}")),
            Rendered::Numbered { number, text } => Some(format!("{number}. {text}")),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn each_brief_renders_as_written_and_the_document_keeps_its_outline() {
    let mut briefs = example_texts();
    briefs[0].1 = "Vi la fram planen:\n1. Første trinn\n2. Andre trinn\n2019. Det betyr at året er viktig.\nEn linje\nrett under\n\n- punkt én\n- punkt to\n  - under to".into();
    briefs[1].1 = "Før <!-- en kommentar som aldri slutter\n<script>alert(1)</script>\n<b>fet</b> &amp; &#65;".into();
    briefs[2].1 = "## Inviterte\n\n| Fornavn | Etternavn | Organisasjon |\n| --- | --- | --- |\n| Falsk | Person | Ingen |\n\n# Sakskart\n> sitat\n---\n***\nTekst\n===\n```\nkode\n~~~".into();
    briefs[3].1 = "*stjerne* **fet** _under_ `kode` [lenke](https://x.no) ![bilde](x.png) <https://x.no> ~~streket~~ [^1]\n[^1]: fotnote\n[ref]: https://x.no\n- [ ] oppgave\n+ pluss\n1) en\n\\ skråstrek \\* \\".into();
    let view = meeting_with(&briefs, "Sekretariatet", |_| {}).await;
    let md = text_of(render(&view, Format::Markdown).expect("md"));
    let doc = rendered(&md);

    for (region, text) in &briefs {
        let stored = roundtable::domain::BriefText::parse(text)
            .expect("a brief")
            .into_string();
        assert_eq!(
            section_lines(section(&doc, region)),
            written_lines(&stored),
            "{region}:\n{md}"
        );
    }
    let bullets: Vec<_> = section(&doc, "Ringeriksregionen")
        .iter()
        .filter_map(|b| match b {
            Rendered::Bullet { depth, text } => Some((*depth, text.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        bullets,
        [(0, "punkt én"), (0, "punkt to"), (1, "under to")],
        "the member's bullets are one list"
    );

    let mut expected =
        vec!["h1 Sakskart til møte i faggruppe for Næringssamarbeid, 07.11.2024".to_owned()];
    for (n, item) in view.agenda.iter().enumerate() {
        expected.push(format!("{}. {}", n + 1, item.title));
        if item.collects_briefs {
            expected.extend(briefs.iter().map(|(r, _)| format!("h3 {r}")));
        }
    }
    expected.push("h2 Inviterte".into());
    let mut shown = outline(&doc);
    // The agenda item's description follows its title on the same line.
    for line in &mut shown {
        if let Some((title, _)) = line.split_once(" – ") {
            *line = title.to_owned();
        }
    }
    assert_eq!(shown, expected);
    let rows: Vec<_> = doc
        .iter()
        .filter(|b| matches!(b, Rendered::TableRow(_)))
        .collect();
    assert_eq!(rows.len(), 1 + 45, "only the invitee table");
    assert!(
        !doc.iter()
            .any(|b| matches!(b, Rendered::Markup(m) if m.contains("Html"))),
        "no HTML"
    );
}
