//! Importing meeting files: the example, re-imports, and every kind of bad input.

use crate::support::store::{example_meeting, TestDb};
use roundtable::domain::local_time::OSLO;
use roundtable::domain::records::{Author, MeetingSelector};
use roundtable::domain::StandingItem;
use roundtable::meeting_file::{read_meeting_file, ImportError, TimeProblem};
use std::path::Path;

#[tokio::test]
async fn the_example_meeting_is_imported_exactly() {
    let db = TestDb::new().await;
    let id = db.import_example().await;
    let m = db.store.meeting_details(id).await.expect("details");
    assert_eq!(m.summary.title, "Møte i faggruppe for Næringssamarbeid");
    assert_eq!(m.group.name, "Faggruppe for Næringssamarbeid");
    assert_eq!(
        m.summary.starts_at.to_rfc3339(),
        "2024-11-07T11:00:00+00:00"
    );
    assert_eq!(m.summary.ends_at.to_rfc3339(), "2024-11-07T12:00:00+00:00");
    assert_eq!(
        m.summary.place,
        "Oslo Rådhus, møteromssenteret (inngang sjøsiden)"
    );
    assert_eq!(m.notice_date.to_string(), "2024-11-01");
    let titles: Vec<_> = m.agenda.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Godkjenning av innkalling og dagsorden",
            "Godkjenning av referat fra møte 12. september 2024",
            "Forslag til møteplan 2025",
            "Runde rundt bordet",
            "Eventuelt"
        ]
    );
    assert!(m.agenda[3].collects_briefs);
    let standing: Vec<_> = m.agenda.iter().map(|a| a.standing).collect();
    assert_eq!(
        standing,
        [
            Some(StandingItem::NoticeApproval),
            Some(StandingItem::MinutesApproval),
            None,
            None,
            Some(StandingItem::AnyOtherBusiness)
        ]
    );
    let regions: Vec<_> = m.regions.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        regions,
        [
            "Ringeriksregionen",
            "Elverum",
            "Kongsvingerregionen",
            "Horten kommune",
            "Lørenskog kommune"
        ]
    );
    // The seed's list of invitees has 45 rows.
    assert_eq!(m.invitees.len(), 45);
    let first = &m.invitees[0];
    assert_eq!(
        (
            first.first_name.as_str(),
            first.last_name.as_str(),
            first.organisation.as_str()
        ),
        ("Anna", "Gyure-Szamosi", "Fredrikstad kommune")
    );
    let last = m.invitees.last().expect("invitees");
    assert_eq!(
        (
            last.first_name.as_str(),
            last.last_name.as_str(),
            last.organisation.as_str()
        ),
        ("Øyvind", "Såtvedt", "Oslo kommune - Byrådsavdelingene")
    );
    assert!(m
        .invitees
        .iter()
        .any(|i| i.full_name() == "Vibeke Buraas Dyrnes" && i.organisation == "Gran Kommune"));
    let horten = m
        .invitees
        .iter()
        .find(|i| i.last_name == "Tofte")
        .expect("Tofte");
    assert_eq!(horten.region.as_deref(), Some("Horten kommune"));
}

#[tokio::test]
async fn re_importing_updates_in_place_and_keeps_briefs() {
    let db = TestDb::new().await;
    let id = db.import_example().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Named(id.to_string()))
        .await
        .expect("meeting");
    let author = Author {
        name: "Lina-Maria Linge".into(),
        discord_user_id: None,
    };
    app.submit_brief(
        &meeting,
        "Ringeriksregionen",
        "Et innlegg.",
        &author,
        roundtable::app::Submitter::Member,
        None,
    )
    .await
    .expect("brief");
    let before = (
        db.count("meetings").await,
        db.count("agenda_items").await,
        db.count("invitees").await,
    );
    let again = db.import_example().await;
    assert_eq!(again, id);
    let after = (
        db.count("meetings").await,
        db.count("agenda_items").await,
        db.count("invitees").await,
    );
    assert_eq!(before, after);
    assert_eq!(after, (1, 5, 45));
    assert_eq!(db.count("briefs").await, 1);
    assert_eq!(db.count("regions").await, 5);
}

#[tokio::test]
async fn a_changed_agenda_replaces_the_agenda() {
    let db = TestDb::new().await;
    let id = db.import_example().await;
    let dir = tempfile::tempdir().expect("dir");
    let text = std::fs::read_to_string(example_meeting()).expect("example");
    let text = text.replace(
        "title = \"Forslag til møteplan 2025\"\n",
        "title = \"Budsjett 2025\"\n",
    );
    let text = text.replace("[[agenda]]\ntitle = \"Eventuelt\"\n", "");
    let path = write_beside_example(&dir, &text);
    let plan = read_meeting_file(&path, OSLO).expect("valid");
    db.store.import_plan(&plan).await.expect("import");
    let m = db.store.meeting_details(id).await.expect("details");
    let titles: Vec<_> = m.agenda.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles.len(), 4);
    assert_eq!(titles[2], "Budsjett 2025");
    assert!(!titles.contains(&"Eventuelt"));
}

/// Writes a meeting file into `dir` with a copy of the example's invitee list beside it.
pub fn write_beside_example(dir: &tempfile::TempDir, text: &str) -> std::path::PathBuf {
    let csv = example_meeting().with_file_name("naeringssamarbeid-2024-11-07-inviterte.csv");
    std::fs::copy(&csv, dir.path().join(csv.file_name().expect("name"))).expect("copy csv");
    let path = dir.path().join("meeting.toml");
    std::fs::write(&path, text).expect("write");
    path
}

pub fn read_variant(
    edit: impl Fn(String) -> String,
) -> (
    tempfile::TempDir,
    Result<roundtable::domain::MeetingPlan, ImportError>,
) {
    let dir = tempfile::tempdir().expect("dir");
    let text = edit(std::fs::read_to_string(example_meeting()).expect("example"));
    let path = write_beside_example(&dir, &text);
    let result = read_meeting_file(&path, OSLO);
    (dir, result)
}

#[test]
fn a_malformed_file_names_the_line() {
    let (_dir, result) = read_variant(|t| t.replace("place = \"Oslo", "place = Oslo"));
    match result {
        Err(ImportError::Syntax { line, path, .. }) => {
            assert_eq!(line, 34);
            assert!(path.ends_with("meeting.toml"));
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn an_unknown_key_is_named() {
    let (_dir, result) = read_variant(|t| t.replace("place = ", "plase = "));
    let message = result.expect_err("refused").to_string();
    assert!(message.contains("plase"), "{message}");
}

#[test]
fn a_meeting_that_ends_before_it_starts_is_refused() {
    let (_dir, result) =
        read_variant(|t| t.replace("ends = 2024-11-07T13:00:00", "ends = 2024-11-07T11:00:00"));
    let e = result.expect_err("refused");
    assert!(e.to_string().contains("meeting.ends"), "{e}");
    assert!(e.to_string().contains("meeting.toml"), "{e}");
}

#[test]
fn a_time_that_does_not_exist_in_oslo_is_refused() {
    let (_dir, result) = read_variant(|t| {
        t.replace(
            "starts = 2024-11-07T12:00:00",
            "starts = 2025-03-30T02:30:00",
        )
        .replace("ends = 2024-11-07T13:00:00", "ends = 2025-03-30T04:00:00")
    });
    match result {
        Err(ImportError::Time {
            field,
            problem: TimeProblem::Local(_),
            line,
            ..
        }) => {
            assert_eq!(field, "meeting.starts");
            assert_eq!(line, 32);
        }
        other => panic!("expected a time error, got {other:?}"),
    }
}

#[test]
fn an_invitee_of_an_unknown_region_is_refused() {
    let (dir, _) = read_variant(|t| t);
    let csv = dir
        .path()
        .join("naeringssamarbeid-2024-11-07-inviterte.csv");
    let text = std::fs::read_to_string(&csv)
        .expect("csv")
        .replace(",Horten kommune,Horten kommune", ",Horten kommune,Vestfold");
    std::fs::write(&csv, text).expect("write");
    let e = read_meeting_file(&dir.path().join("meeting.toml"), OSLO).expect_err("refused");
    assert!(e.to_string().contains("Vestfold"), "{e}");
    assert!(e.to_string().contains("invitees[29]"), "{e}");
}

#[test]
fn a_csv_without_a_column_names_it() {
    let csv = b"Fornavn,Etternavn\nAnne,Huse\n";
    let e = roundtable::meeting_file::parse_invitees_csv(Path::new("inviterte.csv"), csv)
        .expect_err("refused");
    match e {
        ImportError::MissingColumn { column, path } => {
            assert_eq!(column, "Organisasjon");
            assert_eq!(path, Path::new("inviterte.csv"));
        }
        other => panic!("expected a missing column, got {other:?}"),
    }
}

#[test]
fn a_csv_keeps_norwegian_letters_and_reads_semicolons() {
    let csv = "\u{feff}Fornavn;Etternavn;Organisasjon\nØyvind;Såtvedt;Bærum kommune\n";
    let list = roundtable::meeting_file::parse_invitees_csv(Path::new("x.csv"), csv.as_bytes())
        .expect("valid");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].full_name(), "Øyvind Såtvedt");
    assert_eq!(list[0].organisation, "Bærum kommune");
}

#[test]
fn a_csv_that_is_not_utf8_names_the_line() {
    let csv = b"Fornavn,Etternavn,Organisasjon\nAnne,Huse,Kongsvinger\n\xF8yvind,S,Oslo\n";
    let e =
        roundtable::meeting_file::parse_invitees_csv(Path::new("x.csv"), csv).expect_err("refused");
    match e {
        ImportError::Csv { line, .. } => assert_eq!(line, 3),
        other => panic!("expected a CSV error, got {other:?}"),
    }
}

#[test]
fn a_region_listed_twice_is_refused() {
    let (_dir, result) =
        read_variant(|t| t.replace("\"Elverum\",\n", "\"Elverum\",\n    \"Elverum\",\n"));
    assert!(result.expect_err("refused").to_string().contains("Elverum"));
}

#[tokio::test]
async fn an_import_that_fails_half_way_writes_nothing() {
    let db = TestDb::new().await;
    let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("valid");
    // Past the checks of the meeting file, the database's own rule stops it after the group
    // is written: the transaction must take the group back too.
    plan.ends_at = plan.starts_at - chrono::Duration::hours(1);
    assert!(db.store.import_plan(&plan).await.is_err());
    assert_eq!(db.count("groups").await, 0);
    assert_eq!(db.count("meetings").await, 0);
}
