//! `roundtable referat`: outcomes recorded from the command line, the draft written, and the
//! locked minutes exported byte for byte as stored at their approval.

use super::{stderr, stdout, Cli};
use crate::support::store::example_meeting;
use roundtable::app::{Actor, Roundtable};
use roundtable::clock::ManualClock;
use roundtable::domain::local_time::OSLO;
use std::sync::Arc;

const KEY: &str = "naeringssamarbeid-2024-11-07";

/// Sends the draft out (what `/referat utkast` does before posting) on the CLI's database.
async fn start_draft(cli: &Cli) {
    let url = format!("sqlite://{}", cli.dir.path().join("cli.db").display());
    let store = roundtable::store::Store::open(&url).await.expect("open");
    let clock = ManualClock::new("2024-11-08T09:00:00Z".parse().expect("a time"));
    let app = Roundtable::new(store, Arc::new(clock), OSLO);
    let meeting = app
        .meeting(&roundtable::domain::records::MeetingSelector::Named(
            KEY.into(),
        ))
        .await
        .expect("the meeting");
    let secretariat = Actor {
        discord_user_id: 1,
        name: "Karoline".into(),
        secretariat: true,
    };
    app.start_draft(&meeting, None, &secretariat)
        .await
        .expect("the draft");
    app.close().await;
}

#[tokio::test]
async fn outcomes_from_the_command_line_and_the_locked_files_exported_exactly() {
    let cli = Cli::new();
    let example = example_meeting().display().to_string();
    assert!(cli.run(&["import", &example]).status.success());
    let out = cli.run(&[
        "referat",
        "record",
        "--meeting",
        KEY,
        "--item",
        "1",
        "--conclusion",
        "Innkalling og dagsorden godkjennes.",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Referatet fra sak 1"),
        "{}",
        stdout(&out)
    );
    let bad = cli.run(&[
        "referat",
        "record",
        "--meeting",
        KEY,
        "--item",
        "9",
        "--conclusion",
        "x",
    ]);
    assert!(!bad.status.success());
    assert!(
        stderr(&bad).contains("Sakskartet har ingen sak 9"),
        "{}",
        stderr(&bad)
    );
    let kind = cli.run(&[
        "referat",
        "record",
        "--meeting",
        KEY,
        "--item",
        "1",
        "--kind",
        "kanskje",
        "--conclusion",
        "x",
    ]);
    assert!(
        stderr(&kind).contains("Ukjent type «kanskje»"),
        "{}",
        stderr(&kind)
    );

    let draft = cli.run(&["referat", "draft", "--meeting", KEY, "--format", "md"]);
    assert!(draft.status.success(), "{}", stderr(&draft));
    assert!(
        stdout(&draft).contains("Innkalling og dagsorden godkjennes."),
        "{}",
        stdout(&draft)
    );

    let early = cli.run(&[
        "referat",
        "export",
        "--meeting",
        KEY,
        "--format",
        "pdf",
        "--out",
        "x.pdf",
    ]);
    assert!(!early.status.success());
    assert!(
        stderr(&early).contains("ikke godkjent"),
        "{}",
        stderr(&early)
    );
    let before = cli.run(&["referat", "approve", "--meeting", KEY]);
    assert!(
        stderr(&before).contains("ikke sendt ut ennå"),
        "{}",
        stderr(&before)
    );

    start_draft(&cli).await;
    let approved = cli.run(&["referat", "approve", "--meeting", KEY]);
    assert!(approved.status.success(), "{}", stderr(&approved));
    assert!(
        stdout(&approved).contains("godkjent og låst (versjon 1"),
        "{}",
        stdout(&approved)
    );
    let locked = cli.run(&[
        "referat",
        "record",
        "--meeting",
        KEY,
        "--item",
        "1",
        "--conclusion",
        "Endret.",
    ]);
    assert!(stderr(&locked).contains("er låst"), "{}", stderr(&locked));

    for format in ["pdf", "docx"] {
        let first = format!("a.{format}");
        let second = format!("b.{format}");
        for name in [&first, &second] {
            let out = cli.run(&[
                "referat",
                "export",
                "--meeting",
                KEY,
                "--format",
                format,
                "--out",
                name,
            ]);
            assert!(out.status.success(), "{}", stderr(&out));
        }
        let a = std::fs::read(cli.dir.path().join(&first)).expect("the first export");
        let b = std::fs::read(cli.dir.path().join(&second)).expect("the second export");
        assert!(
            !a.is_empty() && a == b,
            "{format}: exported twice, byte for byte the same"
        );
    }
    let pdf = std::fs::read(cli.dir.path().join("a.pdf")).expect("the PDF");
    assert!(pdf.starts_with(b"%PDF-"));
}
