//! `roundtable export` and `roundtable brief add` at the terminal.

use super::{document_xml, example_brief, stored};
use crate::support::store::example_meeting;
use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    let db = format!("sqlite://{}", dir.join("cli.db").display());
    Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .current_dir(dir)
        .env_remove("DISCORD_TOKEN")
        .env("RUST_LOG", "off")
        .arg("--database")
        .arg(db)
        .args(args)
        .output()
        .expect("run roundtable")
}

#[test]
fn the_export_command_writes_each_format() {
    let dir = tempfile::tempdir().expect("dir");
    let example = example_meeting().display().to_string();
    assert!(run(dir.path(), &["import", &example]).status.success());
    let brief = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/briefs/horten-kommune.txt");
    let brief = brief.display().to_string();
    let out = run(
        dir.path(),
        &[
            "brief",
            "add",
            "--region",
            "Horten kommune",
            "--file",
            &brief,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = run(dir.path(), &["export", "--format", "md"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).expect("UTF-8");
    let doc = super::markdown::rendered(&md);
    assert_eq!(
        super::markdown::section_lines(super::markdown::section(&doc, "Horten kommune")),
        super::markdown::written_lines(&stored(&example_brief("horten-kommune.txt")))
    );
    assert!(md.contains(
        "Ingen innlegg fra: Ringeriksregionen, Elverum, Kongsvingerregionen, Lørenskog kommune."
    ));

    let out = run(
        dir.path(),
        &[
            "export",
            "--meeting",
            "naeringssamarbeid-2024-11-07",
            "--format",
            "docx",
            "--out",
            "sakskart.docx",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("sakskart.docx: 1 innlegg mottatt"), "{said}");
    let written = std::fs::read(dir.path().join("sakskart.docx")).expect("written");
    assert!(document_xml(&written).contains("Horten Tech Festival 2024"));

    // Standard output is a pipe here, not a terminal, so the bytes go there.
    let out = run(dir.path(), &["export", "--format", "docx"]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"PK"), "a zip archive");

    let out = run(dir.path(), &["export", "--format", "pdf"]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"%PDF-1.7"), "a PDF down the pipe");

    let out = run(dir.path(), &["export", "--format", "odt"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Ukjent format «odt»"), "{err}");
    assert!(out.stdout.is_empty());
}

/// Without --out, a .docx is refused when standard output is a terminal (run under
/// `script` from util-linux, part of every Debian system, which gives it a pseudo-terminal).
#[test]
fn a_docx_is_not_written_to_a_terminal() {
    let dir = tempfile::tempdir().expect("dir");
    let example = example_meeting().display().to_string();
    assert!(run(dir.path(), &["import", &example]).status.success());
    let line = format!(
        "'{}' --database 'sqlite://{}' export --format docx",
        env!("CARGO_BIN_EXE_roundtable"),
        dir.path().join("cli.db").display()
    );
    let out = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env("RUST_LOG", "off")
        .output()
        .expect("run under script");
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("Et Word- eller PDF-dokument kan ikke vises i terminalen"),
        "{said}"
    );
    assert!(!said.contains("PK"), "no zip bytes on the terminal");
}

#[test]
fn csv_is_norwegian_excel_unless_plain_is_asked_for() {
    let dir = tempfile::tempdir().expect("dir");
    let example = example_meeting().display().to_string();
    assert!(run(dir.path(), &["import", &example]).status.success());
    let brief = dir.path().join("brief.txt");
    std::fs::write(&brief, "=1+1 er to").expect("write");
    let brief = brief.display().to_string();
    let add = ["brief", "add", "--region", "Elverum", "--file", &brief];
    assert!(run(dir.path(), &add).status.success());

    let out = run(dir.path(), &["export", "--format", "csv"]);
    assert!(out.status.success());
    let excel = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        excel.starts_with("\u{feff}Møte;Region;Forfatter;"),
        "{excel}"
    );
    assert!(excel.contains(";'=1+1 er to\r\n"), "{excel}");

    let out = run(dir.path(), &["export", "--format", "csv", "--csv", "plain"]);
    assert!(out.status.success());
    let plain = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(plain.starts_with("meeting,region,author,"), "{plain}");
    assert!(plain.contains(",late,3,0.0,'=1+1 er to"), "{plain}");
}

/// `brief add` with `--received`, in `dir`; the output.
fn add_received(dir: &Path, region: &str, received: &str, text: &str) -> Output {
    let brief = dir.join("brief.txt");
    std::fs::write(&brief, text).expect("write");
    let brief = brief.display().to_string();
    let args = [
        "brief",
        "add",
        "--region",
        region,
        "--file",
        &brief,
        "--received",
        received,
    ];
    run(dir, &args)
}

#[test]
fn an_emailed_brief_keeps_its_arrival_time_and_a_late_one_is_warned_of() {
    let dir = tempfile::tempdir().expect("dir");
    let example = example_meeting().display().to_string();
    assert!(run(dir.path(), &["import", &example]).status.success());

    let out = add_received(dir.path(), "Elverum", "08.11.2024 09:12", "Sendt fredag.");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(!said.contains("for sent"), "{said}");

    let out = add_received(
        dir.path(),
        "Horten kommune",
        "09.11.2024 00:05",
        "Sendt lørdag.",
    );
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.starts_with(
            "Merk: innlegget regnes som for sent (mottatt 09.11.2024 00:05, fristen var 08.11.2024 23:59)."
        ),
        "{said}"
    );
    assert!(said.contains("Innlegget fra Horten kommune"), "{said}");

    let csv = run(dir.path(), &["export", "--format", "csv"]).stdout;
    let csv = String::from_utf8(csv).expect("UTF-8");
    assert!(
        csv.contains(";Elverum;Sekretariatet;08.11.2024 09:12;08.11.2024 09:12;i tide;"),
        "{csv}"
    );
    assert!(csv.contains(";09.11.2024 00:05;for sent;"), "{csv}");
    let md =
        String::from_utf8(run(dir.path(), &["export", "--format", "md"]).stdout).expect("UTF-8");
    assert!(md.contains("Innlegg mottatt: 2 av 5.\n"), "{md}");
    assert!(
        !md.contains("fristen"),
        "no lateness in the members' document"
    );

    for (bad, says) in [
        ("fredag morgen", "Forstår ikke mottakstiden «fredag morgen»"),
        ("31.03.2024 02:30", "finnes ikke, eller finnes to ganger"),
        (
            "01.01.2999 10:00",
            "Mottakstiden 01.01.2999 10:00 har ikke vært ennå",
        ),
    ] {
        let out = add_received(dir.path(), "Elverum", bad, "Tekst.");
        assert!(!out.status.success(), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{bad}: {err}");
    }
}

#[test]
fn unwrap_joins_the_lines_of_each_paragraph_and_shows_the_result() {
    let dir = tempfile::tempdir().expect("dir");
    let example = example_meeting().display().to_string();
    assert!(run(dir.path(), &["import", &example]).status.success());
    let brief = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/briefs/ringeriksregionen.txt");
    let brief = brief.display().to_string();
    let args = [
        "brief",
        "add",
        "--region",
        "Ringeriksregionen",
        "--file",
        &brief,
        "--unwrap",
    ];
    let out = run(dir.path(), &args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).expect("UTF-8");
    let joined = "• Mobilitet er en gjennomgående utfordring for næringsutvikling i vår region. \
                  Særlig når det gjelder vei og kryssløsninger.";
    assert!(
        said.contains("med linjene i hvert avsnitt satt sammen:\n• Et stort"),
        "{said}"
    );
    assert!(said.contains(&format!("\n\n{joined}\n\n")), "{said}");

    let json = run(dir.path(), &["export", "--format", "json"]).stdout;
    let json: serde_json::Value = serde_json::from_slice(&json).expect("JSON");
    let text = json["briefs"][0]["text"].as_str().expect("the text");
    assert_eq!(
        text.lines().count(),
        5,
        "three bullets, two blank lines: {text}"
    );
    assert!(text.contains(joined));
}
