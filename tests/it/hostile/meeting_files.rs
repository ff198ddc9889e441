//! Careless meeting files and invitee lists: each mistake refused with the file, line and
//! field named in the reader's language, or normalized where there is one right reading.

use crate::import::read_variant;
use crate::support::store::TestDb;
use roundtable::domain::local_time::OSLO;
use roundtable::i18n::{errors::import_error, Language};
use roundtable::meeting_file::{read_meeting_file, ImportError};

/// The error of a variant of the example meeting file, in Norwegian and in English.
fn refused(edit: impl Fn(String) -> String) -> (String, String) {
    let (_dir, result) = read_variant(edit);
    let e = result.expect_err("refused");
    (
        import_error(&e, Language::Nb),
        import_error(&e, Language::English),
    )
}

fn add_to_meeting(line: &str) -> impl Fn(String) -> String + '_ {
    move |t| {
        t.replace(
            "notice_date = 2024-11-01\n",
            &format!("notice_date = 2024-11-01\n{line}\n"),
        )
    }
}

#[test]
fn years_far_outside_the_plausible_are_refused_with_the_line() {
    let (nb, en) = refused(|t| {
        t.replace(
            "starts = 2024-11-07T12:00:00",
            "starts = 0000-11-07T12:00:00",
        )
    });
    assert!(
        nb.contains("meeting.toml, linje 32: meeting.starts: året 0 er ikke mellom 2000 og 2100"),
        "{nb}"
    );
    assert!(
        en.contains("the year 0 is not between 2000 and 2100"),
        "{en}"
    );
    let (nb, _) = refused(|t| t.replace("notice_date = 2024-11-01", "notice_date = 9999-11-01"));
    assert!(
        nb.contains("linje 35: meeting.notice_date: året 9999"),
        "{nb}"
    );
}

#[test]
fn thirtieth_of_february_is_refused_in_the_readers_language() {
    let (nb, en) = refused(|t| {
        t.replace(
            "starts = 2024-11-07T12:00:00",
            "starts = 2025-02-30T12:00:00",
        )
    });
    assert!(
        nb.contains("meeting.toml, linje 32: meeting.starts: datoen 30.02.2025 finnes ikke"),
        "{nb}"
    );
    assert!(
        en.contains("line 32: meeting.starts: the date 30.02.2025 does not exist"),
        "{en}"
    );
}

#[test]
fn blank_regions_and_names_differing_only_by_spacing_or_case_are_refused() {
    let (nb, _) = refused(|t| t.replace("    \"Elverum\",\n", "    \"  \",\n"));
    assert!(nb.contains("regions[2]: kan ikke stå tomt"), "{nb}");
    let (nb, _) = refused(|t| {
        t.replace(
            "    \"Elverum\",\n",
            "    \"Elverum\",\n    \"elverum \",\n",
        )
    });
    assert!(
        nb.contains("regions: regionen «elverum» står to ganger"),
        "{nb}"
    );
}

#[test]
fn the_notice_after_the_meeting_and_an_invitee_without_surname_or_organisation_are_refused() {
    let (nb, _) = refused(add_to_meeting("notice_at = 2024-11-08T09:00:00"));
    assert!(
        nb.contains(
            "meeting.notice_at: innkallingen ville blitt lagt ut etter at møtet har begynt"
        ),
        "{nb}"
    );
    let (nb, en) = refused(|t| {
        format!(
            "{t}\n[[invitees]]\nfirst_name = \"Kari\"\nlast_name = \"\"\norganisation = \" \"\n"
        )
    });
    assert!(
        nb.contains("invitees[1]: Kari har verken etternavn eller organisasjon"),
        "{nb}"
    );
    assert!(
        en.contains("Kari has neither a last name nor an organisation"),
        "{en}"
    );
}

#[test]
fn csv_errors_name_the_csv_and_its_line_and_huge_discord_ids_are_refused() {
    let (dir, _) = read_variant(|t| t);
    let csv = dir
        .path()
        .join("naeringssamarbeid-2024-11-07-inviterte.csv");
    std::fs::write(
        &csv,
        "Fornavn,Etternavn,Organisasjon,Discord\nAnne,Huse,Kongsvingerregionen,\nKari,Nordmann,Asker kommune,9300000000000000000\n",
    )
    .expect("write");
    let e = read_meeting_file(&dir.path().join("meeting.toml"), OSLO).expect_err("refused");
    assert!(matches!(e, ImportError::CsvRow { line: 3, .. }), "{e:?}");
    let nb = import_error(&e, Language::Nb);
    assert!(
        nb.contains("naeringssamarbeid-2024-11-07-inviterte.csv, linje 3:"),
        "{nb}"
    );
    assert!(
        nb.contains("9300000000000000000 er ikke en Discord-id"),
        "{nb}"
    );
}

#[tokio::test]
async fn fractional_seconds_are_whole_seconds_and_a_re_import_logs_no_change() {
    let (_dir, plan) = read_variant(|t| {
        t.replace(
            "starts = 2024-11-07T12:00:00",
            "starts = 2024-11-07T12:00:00.750",
        )
    });
    let plan = plan.expect("valid");
    assert_eq!(plan.starts_at.to_rfc3339(), "2024-11-07T11:00:00+00:00");
    let db = TestDb::new().await;
    let (app, _) = db.app("2024-11-01T10:00:00Z");
    app.import_logged(&plan).await.expect("import");
    let logged = db.count("meeting_changes").await;
    app.import_logged(&plan).await.expect("import again");
    assert_eq!(db.count("meeting_changes").await, logged);
}

#[tokio::test]
async fn brief_add_drops_a_bom_and_matches_the_region_as_the_bot_does() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}", dir.path().join("cli.db").display());
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .current_dir(dir.path())
            .env("RUST_LOG", "off")
            .args(["--database", &url])
            .args(args)
            .output()
            .expect("run roundtable")
    };
    let example = crate::support::store::example_meeting()
        .display()
        .to_string();
    assert!(run(&["import", &example]).status.success());
    let file = dir.path().join("horten.txt");
    std::fs::write(
        &file,
        "\u{feff}• Horten Tech Festival 2024 ble en suksess.\n",
    )
    .expect("write");
    let file = file.display().to_string();
    let added = run(&[
        "brief",
        "add",
        "--region",
        "  horten KOMMUNE ",
        "--file",
        &file,
    ]);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );

    let store = roundtable::store::Store::open(&url).await.expect("open");
    let meeting = store
        .find_meeting(
            &roundtable::domain::records::MeetingSelector::Upcoming,
            chrono::DateTime::UNIX_EPOCH,
        )
        .await
        .expect("meeting");
    let briefs = store.region_briefs(meeting.id).await.expect("briefs");
    let horten = briefs
        .iter()
        .find(|b| b.region == "Horten kommune")
        .and_then(|b| b.brief.as_ref())
        .expect("saved under the region's own name");
    assert_eq!(horten.body, "• Horten Tech Festival 2024 ble en suksess.");
    store.close().await;
}
