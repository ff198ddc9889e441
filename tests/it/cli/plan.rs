//! `roundtable plan import|ics` as a person runs them: the preview with the holiday named,
//! `--dry-run` writing nothing, the import, the plan's calendar, and a broken file refused
//! with its line.

use super::{stderr, stdout, Cli};
use std::path::Path;

/// The example plan moved to 2099 (the command line runs on the real clock), its June
/// meeting on 17 May, with the invitee list beside it.
fn plan_in(cli: &Cli) -> String {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let csv = "naeringssamarbeid-2024-11-07-inviterte.csv";
    std::fs::copy(examples.join(csv), cli.dir.path().join(csv)).expect("copy the invitees");
    let text = std::fs::read_to_string(examples.join("naeringssamarbeid-moteplan-2025.toml"))
        .expect("the example plan")
        .replace("2025", "2099")
        .replace("2099-06-05T", "2099-05-17T");
    cli.file("plan.toml", &text)
}

#[test]
fn a_plan_is_previewed_imported_and_written_as_one_calendar() {
    let cli = Cli::new();
    let plan = plan_in(&cli);

    let out = cli.run(&["plan", "import", "--dry-run", &plan]);
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&out);
    assert!(
        shown.contains("Møteplan 2099 for Faggruppe for Næringssamarbeid"),
        "{shown}"
    );
    assert!(
        shown.contains(
            "(«Møte i faggruppe for Næringssamarbeid») er 17. mai, grunnlovsdagen, en helligdag."
        ),
        "{shown}"
    );
    assert_eq!(shown.matches("• Nytt møte:").count(), 6, "{shown}");
    let out = cli.run(&[
        "plan",
        "ics",
        "--group",
        "naeringssamarbeid",
        "--year",
        "2099",
    ]);
    assert!(!out.status.success(), "--dry-run wrote nothing");
    assert!(
        stderr(&out).contains("Faggruppen naeringssamarbeid har ingen møteplan for 2099."),
        "{}",
        stderr(&out)
    );

    let out = cli.run(&["plan", "import", &plan]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Møteplanen for 2099 er lagret: 6 nye møter, 0 endret, 0 avlyst."),
        "{}",
        stdout(&out)
    );

    let ics = cli.dir.path().join("plan.ics");
    let out = cli.run(&[
        "plan",
        "ics",
        "--group",
        "naeringssamarbeid",
        "--year",
        "2099",
        "--out",
        &ics.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let calendar: icalendar::Calendar = std::fs::read_to_string(&ics)
        .expect("written")
        .parse()
        .expect("a calendar");
    use icalendar::Component;
    let uids: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .filter_map(|e| e.property_value("UID").map(str::to_owned))
        .collect();
    assert_eq!(uids.len(), 6);
    assert!(
        uids.contains(&"naeringssamarbeid-2099-06-05@roundtable".to_owned()),
        "the key kept, the same UID as the meeting's own .ics: {uids:?}"
    );

    // The same file again changes nothing.
    let out = cli.run(&["plan", "import", &plan]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Ingenting å endre: møteplanen ser allerede slik ut."),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_broken_plan_file_is_refused_with_its_line() {
    let cli = Cli::new();
    let plan = plan_in(&cli);
    let text = std::fs::read_to_string(&plan).expect("read");
    let line = text
        .lines()
        .position(|l| l.starts_with("ends = 2099-10-30"))
        .expect("the October meeting")
        + 1;
    let broken = cli.file(
        "broken.toml",
        &text.replace("ends = 2099-10-30T14:00:00", "ends = 2099-10-30"),
    );
    let out = cli.run(&["plan", "import", &broken]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains(&format!("broken.toml, linje {line}: meetings.ends: ")),
        "{}",
        stderr(&out)
    );
}
