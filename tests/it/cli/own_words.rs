//! The command line as a secretariat reads it: only the command's own words.

use super::{stderr, stdout, Cli};
use crate::support::store::example_meeting;
use std::process::Command;

/// What a secretariat sees at the terminal: only the command's own words (no log lines, no
/// colour codes), speaking time in words, the invitees by organisation, system errors in
/// Norwegian.
#[test]
fn the_command_line_says_only_its_own_words() {
    let cli = Cli::new();
    let run = |args: &[&str]| {
        let db = format!("sqlite://{}", cli.dir.path().join("cli.db").display());
        Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .current_dir(cli.dir.path())
            .env_remove("DISCORD_TOKEN")
            .env_remove("RUST_LOG")
            .arg("--database")
            .arg(db)
            .args(args)
            .output()
            .expect("run roundtable")
    };
    let example = example_meeting().display().to_string();
    assert!(run(&["import", &example]).status.success());
    let brief = cli.file("horten.txt", &"Nytt stoppmønster i Horten. ".repeat(30));
    let out = run(&[
        "brief",
        "add",
        "--region",
        "Horten kommune",
        "--file",
        &brief,
    ]);
    assert!(out.status.success());
    assert_eq!(stderr(&out), "", "no log lines");
    let said = stdout(&out);
    assert!(!said.contains('\u{1b}'), "no colour codes: {said:?}");
    assert!(
        said.contains("120 ord, ca. 56 sekunder å lese opp."),
        "{said}"
    );

    let long = cli.file("lang.txt", &"ord ".repeat(500));
    let out = run(&["brief", "add", "--region", "Elverum", "--file", &long]);
    assert!(
        stdout(&out).contains("⚠️ Innlegget tar ca. 3 min 51 s å lese opp"),
        "{}",
        stdout(&out)
    );

    let status = stdout(&run(&["status"]));
    assert!(
        status.contains("Inviterte: 45 personer fra 32 organisasjoner\n  Asker kommune: "),
        "{status}"
    );
    assert!(
        status.contains("\n  Bærum kommune: Anne Kristine Feltman, Eli Haugerud, Unni Larsen\n"),
        "{status}"
    );
    assert!(status.lines().all(|l| l.chars().count() < 400), "{status}");

    let out = run(&[
        "brief",
        "add",
        "--region",
        "Elverum",
        "--file",
        "finnes-ikke.txt",
    ]);
    assert_eq!(
        stderr(&out),
        "Kan ikke lese innlegget fra finnes-ikke.txt: filen eller mappen finnes ikke\n"
    );
}
