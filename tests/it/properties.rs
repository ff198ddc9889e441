//! Property tests: any brief text goes through the store and every export format and comes
//! back the same (the PDF is made, whatever the text); no meeting file or invitee CSV makes the import panic, and every error names
//! the file and the line; text echoed to Discord never pings anyone.
//!
//! `PROPTEST_CASES=N` runs more cases than the defaults chosen to keep `cargo test` quick.

use crate::export::markdown::{self, Rendered};
use crate::support::bot::TestBot;
use crate::support::sim::User;
use crate::support::store::REGIONS;
use crate::support::store::{example_meeting, TestDb};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use roundtable::app::Submitter;
use roundtable::domain::local_time::OSLO;
use roundtable::domain::records::{Author, MeetingSelector};
use roundtable::domain::BriefText;
use roundtable::export::{render, Format};
use roundtable::i18n::{errors, Language};
use roundtable::meeting_file::{parse_invitees_csv, read_meeting_file, ImportError};
use serde_json::{json, Value};
use std::io::Read;
use std::path::Path;
use std::time::Duration;

fn runner(default_cases: u32) -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default_cases);
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

fn run<S: Strategy>(
    runner: &mut TestRunner,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{e}");
    }
}

/// Pieces briefs are made of: words, Norwegian letters, emoji, Markdown, bullets, line ends,
/// mentions, XML and CSV specials, and any character at all.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zæøåA-ZÆØÅ]{1,12}",
        2 => Just(" ".to_owned()),
        2 => prop_oneof![Just("\n"), Just("\r\n"), Just("\n\n"), Just("\t"), Just("\r")]
            .prop_map(str::to_owned),
        1 => prop_oneof![
            Just("• "), Just("- "), Just("* "), Just("– "), Just("  - "), Just("1. "),
            Just("# "), Just("> "), Just("```"), Just("~~~"), Just("**"), Just("_"), Just("|"),
            Just("\\"), Just("\""), Just("'"), Just(";"), Just(","), Just("<tag>"), Just("&amp;"),
            Just("]]>"), Just("@everyone"), Just("@here"), Just("<@123456789012345678>"),
            Just("<@&1187000000000000900>"), Just("<#1187000000000000200>"),
            Just("👨‍👩‍👧"), Just("👍🏽"), Just("🇳🇴"), Just("e\u{301}"), Just("\u{feff}"),
            Just("\u{200b}"), Just("\u{2028}"),
        ]
        .prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ]
}

fn brief_source() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..120).prop_map(|p| p.concat())
}

/// What Word shows of a brief's line: the bullet marker and the white space around it taken
/// off, the characters XML cannot carry as U+FFFD, and a lone carriage return (an old Mac
/// line end inside a line) dropped, as the Word writer does.
fn docx_line(line: &str) -> String {
    let line = line.replace('\r', "");
    let body = line.trim();
    let body = ['•', '-', '*', '–']
        .into_iter()
        .find_map(|m| {
            body.strip_prefix(m)
                .filter(|r| r.is_empty() || r.starts_with(char::is_whitespace))
        })
        .unwrap_or(body)
        .trim();
    body.chars()
        .map(|c| match c {
            '\u{0}'..='\u{8}'
            | '\u{B}'
            | '\u{C}'
            | '\u{E}'..='\u{1F}'
            | '\u{FFFE}'
            | '\u{FFFF}' => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// The lines of the region's section in `word/document.xml`, as Word shows them.
fn docx_section(docx: &[u8], region: &str) -> Vec<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("read");
    let unescape = |t: &str| {
        t.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    };
    // Paragraphs: (is a heading or agenda item, text).
    let mut paragraphs: Vec<(bool, String)> = Vec::new();
    let mut current: Option<(bool, String)> = None;
    for piece in xml.split('<').skip(1) {
        let (tag, text) = piece.split_once('>').expect("a tag");
        let name = tag.split([' ', '/']).next().unwrap_or_default();
        if tag.starts_with("/w:p") && !tag.starts_with("/w:pPr") {
            paragraphs.extend(current.take());
            continue;
        }
        match (name, current.as_mut()) {
            ("w:p", None) => current = Some((false, String::new())),
            ("w:t", Some(p)) => p.1.push_str(&unescape(text)),
            ("w:br", Some(p)) => p.1.push('\n'),
            ("w:tab", Some(p)) => p.1.push('\t'),
            ("w:pStyle", Some(p)) if tag.contains("Heading") => p.0 = true,
            ("w:numId", Some(p)) if tag.contains("w:val=\"2\"") => p.0 = true,
            _ => {}
        }
    }
    let start = paragraphs
        .iter()
        .position(|(heading, text)| *heading && text == region)
        .expect("the region's heading");
    paragraphs[start + 1..]
        .iter()
        .take_while(|(heading, _)| !heading)
        .flat_map(|(_, text)| text.split('\n').map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

#[test]
fn any_brief_survives_the_store_and_every_export_format() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let (db, app, meeting) = rt.block_on(async {
        let db = TestDb::new().await;
        db.import_example().await;
        let (app, _) = db.app("2024-11-06T10:00:00Z");
        let meeting = app
            .meeting(&MeetingSelector::Upcoming)
            .await
            .expect("meeting");
        (db, app, meeting)
    });
    let author = Author {
        name: "Sekretariatet".into(),
        discord_user_id: None,
    };
    let save = |region: &str, text: &str| {
        rt.block_on(app.submit_brief(
            &meeting,
            region,
            text,
            &author,
            Submitter::Secretariat,
            None,
        ))
    };
    // Every region has a brief, so each one's section ends where the next begins.
    for region in REGIONS {
        save(region, "Plassholder.").expect("saved");
    }
    let case = std::cell::Cell::new(0usize);
    let mut runner = runner(48);
    run(&mut runner, brief_source(), |source| {
        let n = case.get();
        case.set(n + 1);
        let region = REGIONS[n % REGIONS.len()];
        let Ok(stored) = BriefText::parse(&source) else {
            prop_assert!(save(region, &source).is_err(), "refused by the service too");
            return Ok(());
        };
        let stored = stored.into_string();
        save(region, &source).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let view = rt
            .block_on(app.export_view(meeting.id))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let body = view
            .briefs
            .iter()
            .find(|b| b.region == region)
            .map(|b| b.text.clone());
        prop_assert_eq!(body.as_deref(), Some(stored.as_str()), "the store");

        let json: Value = serde_json::from_slice(&render(&view, Format::Json).expect("json"))
            .expect("valid JSON");
        let from_json = json["briefs"]
            .as_array()
            .and_then(|b| b.iter().find(|b| b["region"] == region))
            .map(|b| b["text"].clone());
        prop_assert_eq!(from_json, Some(json!(stored)), "JSON");

        let csv = render(&view, Format::CsvPlain).expect("csv");
        let mut reader = csv::Reader::from_reader(csv.as_slice());
        let headers = reader.headers().expect("headers").clone();
        let column = |name: &str| headers.iter().position(|h| h == name).expect("column");
        let (region_at, text_at) = (column("region"), column("text"));
        let row = reader
            .records()
            .map(|r| r.expect("a well-formed row"))
            .find(|r| &r[region_at] == region)
            .expect("the region's row");
        // A text a spreadsheet would run as a formula gets a `'` in front (OWASP).
        let neutralized = if stored.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{stored}")
        } else {
            stored.clone()
        };
        prop_assert_eq!(&row[text_at], neutralized.as_str(), "CSV");

        // Markdown: the brief renders (as CommonMark) to the text written, and changes
        // nothing outside its section: the headings and agenda items are the document's.
        let md = String::from_utf8(render(&view, Format::Markdown).expect("md")).expect("UTF-8");
        let doc = markdown::rendered(&md);
        prop_assert_eq!(
            markdown::section_lines(markdown::section(&doc, region)),
            markdown::written_lines(&stored),
            "Markdown: {:?}",
            md
        );
        let outline: Vec<&Rendered> = doc
            .iter()
            .filter(|b| matches!(b, Rendered::Heading(..) | Rendered::Numbered { .. }))
            .collect();
        prop_assert_eq!(
            outline.len(),
            1 + 5 + REGIONS.len() + 1,
            "outline: {:?}",
            outline
        );
        let rows = doc
            .iter()
            .filter(|b| matches!(b, Rendered::TableRow(_)))
            .count();
        prop_assert_eq!(rows, 1 + 45, "the invitee table");

        // The archive copy is made whatever the text (PDF/A forbids a missing glyph).
        let pdf = render(&view, Format::Pdf).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(pdf.starts_with(b"%PDF-1.7"));

        let docx = render(&view, Format::Docx).expect("docx");
        let expected: Vec<String> = stored
            .split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .flat_map(|l| l.split('\r'))
            .filter(|l| !l.trim().is_empty())
            .map(docx_line)
            .collect();
        let shown: Vec<String> = docx_section(&docx, region)
            .into_iter()
            .map(|l| l.trim().to_owned())
            .collect();
        let expected: Vec<String> = expected.into_iter().map(|l| l.trim().to_owned()).collect();
        prop_assert_eq!(shown, expected, "Word");
        Ok(())
    });
    drop(db);
}

/// A change to a meeting file's text: the kinds of damage a hand-edited file suffers.
#[derive(Debug, Clone)]
enum Damage {
    Truncate(usize),
    DeleteLine(usize),
    DuplicateLine(usize),
    ReplaceValue(usize, String),
    InsertLine(usize, String),
}

fn damage() -> impl Strategy<Value = Damage> {
    let value = prop_oneof![
        Just(String::new()),
        Just("\"\"".to_owned()),
        Just("\"   \"".to_owned()),
        Just("2024-13-45T25:61:00".to_owned()),
        Just("2024-03-31T02:30:00".to_owned()),
        Just("2024-10-27T02:30:00".to_owned()),
        Just("2024-11-07".to_owned()),
        Just("2024-11-07T12:00:00+01:00".to_owned()),
        Just("12:00:00".to_owned()),
        Just("-1".to_owned()),
        Just("99999999999999999999999".to_owned()),
        Just("true".to_owned()),
        Just("[]".to_owned()),
        Just("[\"Elverum\", \"Elverum\"]".to_owned()),
        Just("{}".to_owned()),
        Just("\"finnes-ikke.csv\"".to_owned()),
        Just("\"../../../etc/passwd\"".to_owned()),
        "\"[^\"\\\\]{0,20}\"",
        ".{0,20}",
    ];
    let line = prop_oneof![
        Just("[[agenda]]".to_owned()),
        Just("[meeting]".to_owned()),
        Just("[[invitees]]".to_owned()),
        Just("briefs = true".to_owned()),
        Just("first_name = \"\"".to_owned()),
        Just("ukjent = 1".to_owned()),
        ".{0,30}",
    ];
    prop_oneof![
        any::<prop::sample::Index>().prop_map(|i| Damage::Truncate(i.index(usize::MAX))),
        any::<prop::sample::Index>().prop_map(|i| Damage::DeleteLine(i.index(usize::MAX))),
        any::<prop::sample::Index>().prop_map(|i| Damage::DuplicateLine(i.index(usize::MAX))),
        (any::<prop::sample::Index>(), value)
            .prop_map(|(i, v)| Damage::ReplaceValue(i.index(usize::MAX), v)),
        (any::<prop::sample::Index>(), line)
            .prop_map(|(i, l)| Damage::InsertLine(i.index(usize::MAX), l)),
    ]
}

fn apply(text: &str, damage: &Damage) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let at = |n: usize, len: usize| if len == 0 { 0 } else { n % len };
    match damage {
        Damage::Truncate(n) => {
            let mut cut = at(*n, text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            return text[..cut].to_owned();
        }
        Damage::DeleteLine(n) if !lines.is_empty() => {
            let i = at(*n, lines.len());
            lines.remove(i);
        }
        Damage::DuplicateLine(n) if !lines.is_empty() => {
            let i = at(*n, lines.len());
            lines.insert(i, lines[i].clone());
        }
        Damage::DeleteLine(_) | Damage::DuplicateLine(_) => {}
        Damage::ReplaceValue(n, value) => {
            let with_values: Vec<usize> = (0..lines.len())
                .filter(|i| lines[*i].contains(" = "))
                .collect();
            let Some(&i) = with_values.get(at(*n, with_values.len())) else {
                return text.to_owned();
            };
            let key = lines[i].split(" = ").next().unwrap_or_default().to_owned();
            lines[i] = format!("{key} = {value}");
        }
        Damage::InsertLine(n, line) => {
            let i = at(*n, lines.len() + 1);
            lines.insert(i, line.clone());
        }
    }
    lines.join("\n") + "\n"
}

/// The line an error points at, if it names one, and the file it names.
fn place(e: &ImportError) -> (&Path, Option<u64>) {
    match e {
        ImportError::Read { path, .. }
        | ImportError::Plan { path, .. }
        | ImportError::MissingColumn { path, .. }
        | ImportError::MissingCsv { path, .. } => (path, None),
        ImportError::Syntax { path, line, .. }
        | ImportError::Time { path, line, .. }
        | ImportError::YearPlan { path, line, .. } => (path, Some(*line as u64)),
        ImportError::Csv { path, line, .. } | ImportError::CsvRow { path, line, .. } => {
            (path, Some(*line))
        }
    }
}

fn line_count(path: &Path) -> u64 {
    std::fs::read(path).map_or(0, |b| b.split(|c| *c == b'\n').count() as u64)
}

#[test]
fn no_meeting_file_makes_the_import_panic_and_every_error_names_the_place() {
    let example = std::fs::read_to_string(example_meeting()).expect("the example");
    let csv_name = "naeringssamarbeid-2024-11-07-inviterte.csv";
    let csv = example_meeting().with_file_name(csv_name);
    let dir = tempfile::tempdir().expect("dir");
    std::fs::copy(&csv, dir.path().join(csv_name)).expect("copy the invitees");
    let file = dir.path().join("møte.toml");
    let mut runner = runner(192);
    run(
        &mut runner,
        prop::collection::vec(damage(), 1..4),
        |damages| {
            let text = damages.iter().fold(example.clone(), |t, d| apply(&t, d));
            std::fs::write(&file, &text).expect("write");
            let Err(e) = read_meeting_file(&file, OSLO) else {
                return Ok(());
            };
            let (path, line) = place(&e);
            prop_assert!(
                path == file || path == dir.path().join(csv_name) || path.starts_with(dir.path()),
                "names the file: {e}"
            );
            let shown = path.display().to_string();
            prop_assert!(e.to_string().contains(&shown), "{e}");
            for lang in [Language::Nb, Language::English] {
                let message = errors::import_error(&e, lang);
                prop_assert!(message.contains(&shown), "{message}");
                if let Some(line) = line {
                    prop_assert!(message.contains(&line.to_string()), "{message}");
                }
            }
            if let Some(line) = line {
                prop_assert!(
                    (1..=line_count(path).max(1)).contains(&line),
                    "line {line} of {}: {e}",
                    line_count(path)
                );
            }
            Ok(())
        },
    );
}

fn csv_cell() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => "[A-Za-zÆØÅæøå -]{0,12}".prop_map(String::into_bytes),
        1 => "[0-9]{1,20}".prop_map(String::into_bytes),
        1 => prop_oneof![
            Just(b"\"quoted, with comma\"".to_vec()),
            Just(b"\"unterminated".to_vec()),
            Just(b"a\"b".to_vec()),
            Just(b"\xff\xfe".to_vec()),
            Just(b"Bl\xe5b\xe6r".to_vec()),
            Just(b"\xEF\xBB\xBF".to_vec()),
            Just(b"  ".to_vec()),
            Just(b"\r".to_vec()),
        ],
        1 => prop::collection::vec(any::<u8>(), 0..8),
    ]
}

fn csv_bytes() -> impl Strategy<Value = Vec<u8>> {
    let header = prop_oneof![
        Just(b"Fornavn,Etternavn,Organisasjon".to_vec()),
        Just(b"Fornavn;Etternavn;Organisasjon;Region;Discord".to_vec()),
        Just(b"\xEF\xBB\xBFfornavn,etternavn,organisasjon,discord".to_vec()),
        Just(b"first_name,last_name,organisation,region".to_vec()),
        Just(b"Navn,Organisasjon".to_vec()),
        Just(Vec::new()),
    ];
    let row = prop::collection::vec(csv_cell(), 0..7);
    let sep = prop_oneof![Just(b','), Just(b';')];
    (
        header,
        prop::collection::vec((row, sep), 0..12),
        prop_oneof![Just(&b"\n"[..]), Just(&b"\r\n"[..])],
    )
        .prop_map(|(header, rows, end)| {
            let mut out = header;
            for (cells, sep) in rows {
                out.extend_from_slice(end);
                out.extend(cells.join(&sep));
            }
            out
        })
}

#[test]
fn no_invitee_csv_makes_the_import_panic_and_every_error_names_the_line() {
    let path = Path::new("/srv/møter/inviterte.csv");
    let mut runner = runner(512);
    run(&mut runner, csv_bytes(), |bytes| {
        let lines = bytes.split(|b| *b == b'\n').count() as u64;
        match parse_invitees_csv(path, &bytes) {
            Ok(invitees) => {
                for i in &invitees {
                    prop_assert!(!(i.first_name.is_empty() && i.last_name.is_empty()));
                }
            }
            Err(e) => {
                let (named, line) = place(&e);
                prop_assert_eq!(named, path);
                let message = errors::import_error(&e, Language::Nb);
                prop_assert!(message.contains("/srv/møter/inviterte.csv"), "{}", message);
                if let Some(line) = line {
                    prop_assert!(
                        (1..=lines.max(1)).contains(&line),
                        "line {} of {}: {}",
                        line,
                        lines,
                        message
                    );
                    prop_assert!(message.contains(&line.to_string()), "{}", message);
                }
            }
        }
        Ok(())
    });
}

/// Text with every kind of mention, and Markdown around it.
fn loud_text() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        Just("@everyone".to_owned()),
        Just("@here".to_owned()),
        Just("<@123456789012345678>".to_owned()),
        Just("<@!123456789012345678>".to_owned()),
        Just("<@&1187000000000000900>".to_owned()),
        Just("<#1187000000000000200>".to_owned()),
        Just("</brief send:1187000000000000300>".to_owned()),
        Just("**fet**".to_owned()),
        Just("||skjult||".to_owned()),
        Just("> sitat".to_owned()),
        Just("\n".to_owned()),
        Just(" ".to_owned()),
        "[a-zæøå]{1,8}",
    ];
    prop::collection::vec(part, 1..30)
        .prop_map(|p| p.concat())
        .prop_filter("a brief", |t| BriefText::parse(t).is_ok())
}

#[test]
fn text_echoed_to_discord_pings_nobody() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let bot = rt.block_on(TestBot::start("2024-11-02T10:00:00Z"));
    let camilla = User::member("Camilla").with_locale("no");
    let custom_id = rt.block_on(async {
        let meeting = bot.upcoming().await;
        bot.db
            .store
            .add_representative(
                meeting.id,
                "Lørenskog kommune",
                camilla.id,
                1,
                bot.app.now(),
            )
            .await
            .expect("link");
        let i = bot
            .sim
            .invoke(
                &camilla,
                bot.sim.default_channel(),
                "brief",
                json!([{"name": "send"}]),
            )
            .await;
        let modal = bot.sim.wait_response(&i, Duration::from_secs(5)).await;
        modal.data()["custom_id"]
            .as_str()
            .expect("custom_id")
            .to_owned()
    });
    let silent = |body: &Value| {
        let mentions = &body["allowed_mentions"];
        mentions["parse"] == json!([])
            && mentions["users"].as_array().is_none_or(Vec::is_empty)
            && mentions["roles"].as_array().is_none_or(Vec::is_empty)
    };
    let mut runner = runner(12);
    run(&mut runner, loud_text(), |text| {
        let channel = bot.sim.default_channel();
        let (receipt, shown) = rt.block_on(async {
            let submit = bot
                .sim
                .submit_modal(&camilla, channel, &custom_id, &[("text", &text)])
                .await;
            let receipt = bot.sim.wait_response(&submit, Duration::from_secs(5)).await;
            let show = bot
                .sim
                .invoke(&camilla, channel, "brief", json!([{"name": "show"}]))
                .await;
            (
                receipt,
                bot.sim.wait_response(&show, Duration::from_secs(5)).await,
            )
        });
        prop_assert!(
            silent(receipt.data()),
            "receipt: {}",
            receipt.data()["allowed_mentions"]
        );
        prop_assert!(
            silent(shown.data()),
            "show: {}",
            shown.data()["allowed_mentions"]
        );
        let stored = BriefText::parse(&text).expect("a brief").into_string();
        let content = shown.content().unwrap_or_default();
        prop_assert!(
            content.ends_with(&stored),
            "shown as written: {:?}",
            content
        );
        Ok(())
    });
    bot.finish();
    rt.block_on(bot.stop());
}
