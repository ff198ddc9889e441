//! A database that cannot be used at start (read-only, its folder missing, not a database)
//! stops `roundtable` with a message naming the file and the fix; a database that fails while
//! a brief is saved gives the author the text back.

use super::{open_modal, WAIT};
use crate::support::bot::TestBot;
use crate::support::sim::User;
use crate::support::store::example_meeting;
use roundtable::store::MeetingSelector;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Output};

/// Runs `roundtable --database sqlite://DB ARGS` in `dir` (as `nobody` if `as_nobody`).
fn roundtable(dir: &Path, db: &Path, args: &[&str], as_nobody: bool) -> Output {
    let mut exe = std::path::PathBuf::from(env!("CARGO_BIN_EXE_roundtable"));
    let mut command = Command::new(&exe);
    if as_nobody {
        // The binary may sit where `nobody` cannot reach it: run a copy from the open folder.
        let copy = dir.join("roundtable-bin");
        if !copy.exists() {
            std::fs::copy(&exe, &copy).expect("copy the binary");
            std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        }
        exe = copy;
        command = Command::new(&exe);
        use std::os::unix::process::CommandExt;
        command.uid(65534).gid(65534);
    }
    command
        .current_dir(dir)
        .env("DISCORD_TOKEN", "unused")
        .env("RUST_LOG", "off")
        .arg("--database")
        .arg(format!("sqlite://{}", db.display()))
        .args(args)
        .output()
        .expect("run roundtable")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn is_root() -> bool {
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

#[test]
fn a_missing_folder_is_named_with_the_fix() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("finnes-ikke").join("roundtable.db");
    let out = roundtable(dir.path(), &db, &["run"], false);
    assert!(!out.status.success());
    let message = stderr(&out);
    let folder = db.parent().expect("folder").display().to_string();
    assert!(
        message.contains(&format!("Kan ikke opprette databasefilen {}", db.display())),
        "{message}"
    );
    assert!(
        message.contains(&format!("mappen {folder} finnes ikke")),
        "{message}"
    );
    assert!(message.contains(&format!("mkdir -p {folder}")), "{message}");
}

#[test]
fn a_file_that_is_not_a_database_is_named_with_the_fix() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("roundtable.db");
    // A torn copy: a valid-looking start, then garbage.
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend((0..8192u32).map(|n| (n.wrapping_mul(2_654_435_761) >> 13) as u8));
    std::fs::write(&db, &bytes).expect("write");
    for args in [&["run"][..], &["status"][..]] {
        let out = roundtable(dir.path(), &db, args, false);
        assert!(!out.status.success());
        let message = stderr(&out);
        assert!(
            message.contains(&format!(
                "Filen {} er ikke en roundtable-database, eller den er skadet",
                db.display()
            )),
            "{message}"
        );
        assert!(
            message.contains("Hent den fra en sikkerhetskopi"),
            "{message}"
        );
        assert!(
            message.contains(&format!("mv {}", db.display())),
            "{message}"
        );
    }
    assert_eq!(std::fs::read(&db).expect("read"), bytes, "left as it was");
}

#[test]
fn a_read_only_database_is_refused_at_start_with_the_fix() {
    let dir = tempfile::tempdir().expect("dir");
    let root = is_root();
    // Root may write any file: the bot is then run as `nobody`, in a folder open to all.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let db = dir.path().join("roundtable.db");
    let example = example_meeting().display().to_string();
    let out = roundtable(dir.path(), &db, &["import", &example], false);
    assert!(out.status.success(), "{}", stderr(&out));
    for file in ["roundtable.db", "roundtable.db-wal", "roundtable.db-shm"] {
        let path = dir.path().join(file);
        if path.exists() {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
        }
    }
    let out = roundtable(dir.path(), &db, &["run"], root);
    assert!(!out.status.success());
    let message = stderr(&out);
    assert!(
        message.contains(&format!(
            "Det går ikke å skrive til databasefilen {}",
            db.display()
        )),
        "{message}"
    );
    assert!(
        message.contains(&format!("chmod u+w {}", db.display())),
        "{message}"
    );
    assert!(
        !message.contains("DISCORD"),
        "refused before connecting: {message}"
    );
}

#[tokio::test]
async fn a_brief_the_database_cannot_take_comes_back_as_a_file() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let karl = User::member("Karl Jørgen").with_locale("no");
    let meeting = bot
        .app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    bot.app
        .store
        .add_representative(meeting.id, "Horten kommune", karl.id, 1, bot.app.now())
        .await
        .expect("link");
    let custom_id = open_modal(&bot.sim, &karl).await;

    // The disk fills up: every write to the briefs fails as SQLite does when it is full.
    let pool = sqlx::SqlitePool::connect(&bot.db.url)
        .await
        .expect("connect");
    sqlx::query(
        "CREATE TRIGGER disk_full BEFORE INSERT ON brief_revisions
         BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END",
    )
    .execute(&pool)
    .await
    .expect("fill the disk");
    let text = "• Horten Tech Festival 2024 ble en suksess.\n• Våre unge-satsingen @everyone";
    let submit = bot
        .sim
        .submit_modal(
            &karl,
            bot.sim.default_channel(),
            &custom_id,
            &[("text", text)],
        )
        .await;
    let answer = bot.sim.wait_response(&submit, WAIT).await;
    assert!(answer.is_ephemeral());
    let content = answer.content().expect("a message");
    assert!(
        content.contains("Databasen svarte med en feil"),
        "{content}"
    );
    assert!(content.contains("Teksten din ligger vedlagt"), "{content}");
    assert_eq!(answer.files.len(), 1, "the text as a file");
    assert_eq!(answer.files[0].bytes, text.as_bytes());
    assert_eq!(answer.files[0].filename, "innlegg-horten-kommune.txt");
    assert_eq!(
        answer.data()["allowed_mentions"]["parse"],
        serde_json::json!([])
    );
    let briefs = bot
        .app
        .store
        .region_briefs(meeting.id)
        .await
        .expect("briefs");
    assert!(
        briefs.iter().all(|b| b.brief.is_none()),
        "nothing half-saved"
    );

    // Room again: the same text is saved, as version 1.
    sqlx::query("DROP TRIGGER disk_full")
        .execute(&pool)
        .await
        .expect("free the disk");
    pool.close().await;
    let submit = bot
        .sim
        .submit_modal(
            &karl,
            bot.sim.default_channel(),
            &custom_id,
            &[("text", text)],
        )
        .await;
    let answer = bot.sim.wait_response(&submit, WAIT).await;
    assert!(
        answer.content().is_some_and(|t| t.contains("(versjon 1)")),
        "{:?}",
        answer.content()
    );
    bot.sim.assert_no_violations();
    bot.stop().await;
}
