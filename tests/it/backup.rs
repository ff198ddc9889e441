//! `roundtable backup`: a consistent copy of the live database while briefs are being written,
//! owner-only, and the program's own words.

use crate::support::store::TestDb;
use roundtable::cli::{execute, Command};
use roundtable::domain::records::Author;
use roundtable::domain::BriefText;
use roundtable::settings::Settings;
use roundtable::store::Store;
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use tokio::sync::watch;

const REGIONS: [&str; 5] = [
    "Ringeriksregionen",
    "Elverum",
    "Kongsvingerregionen",
    "Horten kommune",
    "Lørenskog kommune",
];

/// Saves revision after revision of one region's brief until `stop`, recording each
/// (region, revision, text) once the store has committed it, and bumping `saved`.
async fn keep_writing(
    store: Store,
    meeting: i64,
    region: &'static str,
    committed: Arc<Mutex<Vec<(String, i64, String)>>>,
    saved: Arc<watch::Sender<usize>>,
    stop: watch::Receiver<bool>,
) {
    let author = Author {
        name: "Kari".into(),
        discord_user_id: Some(7),
    };
    for n in 0.. {
        if *stop.borrow() {
            return;
        }
        let text = format!(
            "{region}: versjon {n}.\n• {}",
            "Nytt fra regionen. ".repeat(n % 7)
        );
        let body = BriefText::parse(&text).expect("a valid brief");
        let result = store
            .save_brief(meeting, region, &body, &author, chrono::Utc::now(), None)
            .await
            .expect("saved");
        committed.lock().expect("lock").push((
            region.to_owned(),
            result.revision,
            body.as_str().to_owned(),
        ));
        saved.send_modify(|count| *count += 1);
    }
}

#[tokio::test]
async fn a_backup_while_briefs_are_written_has_every_committed_brief() {
    let db = TestDb::new().await;
    let meeting = db.import_example().await;
    let committed = Arc::new(Mutex::new(Vec::new()));
    let (saved, mut saves) = watch::channel(0usize);
    let saved = Arc::new(saved);
    let (stop, stopping) = watch::channel(false);
    let writers: Vec<_> = REGIONS
        .iter()
        .map(|region| {
            tokio::spawn(keep_writing(
                db.store.clone(),
                meeting,
                region,
                committed.clone(),
                saved.clone(),
                stopping.clone(),
            ))
        })
        .collect();

    // Some briefs are in before the backup starts; the writers go on during and after it.
    saves.wait_for(|n| *n >= 25).await.expect("writers run");
    let before: Vec<_> = committed.lock().expect("lock").clone();
    let dir = tempfile::tempdir().expect("dir");
    let copy = dir.path().join("kopi.db");
    let settings = Settings {
        database_url: db.url.clone(),
        ..Settings::default()
    };
    let mut said = Vec::new();
    // The command opens its own connections to the live database, as `roundtable backup`
    // beside a running bot does.
    execute(Command::Backup { out: copy.clone() }, &settings, &mut said)
        .await
        .expect("backup");
    let after_backup = *saves.borrow();
    saves
        .wait_for(|n| *n >= after_backup + 25)
        .await
        .expect("writers go on");
    stop.send(true).expect("stop");
    for writer in writers {
        writer.await.expect("writer");
    }

    let said = String::from_utf8(said).expect("UTF-8");
    assert!(
        said.starts_with(&format!(
            "Sikkerhetskopien er skrevet til {}",
            copy.display()
        )),
        "{said}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).expect("copy").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "owner-only: {mode:o}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(leftovers, [std::ffi::OsString::from("kopi.db")]);

    // The copy opens, and holds every brief committed before the backup began, whole, and a
    // consistent state: each region's revisions without gaps, its current text the last one.
    let copy_store = Store::open(&format!("sqlite://{}", copy.display()))
        .await
        .expect("the copy opens");
    let mut in_copy = BTreeSet::new();
    for region in REGIONS {
        let revisions = copy_store
            .brief_revisions(meeting, region)
            .await
            .expect("revisions");
        let numbers: Vec<i64> = revisions.iter().map(|r| r.revision).collect();
        let expected: Vec<i64> = (1..=numbers.len() as i64).collect();
        assert_eq!(numbers, expected, "{region}: revisions without gaps");
        in_copy.extend(
            revisions
                .iter()
                .map(|r| (region.to_owned(), r.revision, r.body.clone())),
        );
        let current = copy_store
            .region_briefs(meeting)
            .await
            .expect("briefs")
            .into_iter()
            .find(|b| b.region == region)
            .and_then(|b| b.brief);
        assert_eq!(
            current.map(|b| b.body),
            revisions.last().map(|r| r.body.clone()),
            "{region}: the current brief is its last revision"
        );
    }
    for brief in &before {
        assert!(
            in_copy.contains(brief),
            "committed before the backup, missing from it: {brief:?}"
        );
    }
    let total = committed.lock().expect("lock").len();
    assert!(
        in_copy.len() < total,
        "the copy is of one moment: {} of {total}",
        in_copy.len()
    );
    copy_store.close().await;
}

#[test]
fn the_program_backs_up_and_names_a_missing_folder_in_norwegian() {
    let dir = tempfile::tempdir().expect("dir");
    let db = format!("sqlite://{}", dir.path().join("live.db").display());
    let run = |out: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .current_dir(dir.path())
            .env_remove("RUST_LOG")
            .args(["--database", &db, "backup", "--out"])
            .arg(out)
            .output()
            .expect("run roundtable")
    };
    let copy = dir.path().join("backup.db");
    let made = run(&copy);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(String::from_utf8_lossy(&made.stdout).contains("Sikkerhetskopien er skrevet til"));
    assert!(copy.exists());

    let refused = run(&dir.path().join("finnes-ikke/backup.db"));
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("Kan ikke skrive sikkerhetskopien")
            && said.contains("filen eller mappen finnes ikke"),
        "{said}"
    );
}
