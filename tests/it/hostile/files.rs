//! Files on disk: the database is created readable by its owner alone, and `export --out`
//! replaces a symlink at its path instead of writing through it.

use crate::support::store::example_meeting;
use roundtable::store::Store;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path)
        .expect("the file")
        .permissions()
        .mode()
        & 0o777
}

#[tokio::test]
async fn the_database_and_its_journal_are_the_owners_alone() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("roundtable.db");
    let store = Store::open(&format!("sqlite://{}", path.display()))
        .await
        .expect("the database opens");
    assert_eq!(mode(&path), 0o600);
    let wal = dir.path().join("roundtable.db-wal");
    assert!(wal.exists());
    assert_eq!(mode(&wal), 0o600);
    store.close().await;
}

#[test]
fn export_out_replaces_a_symlink_and_leaves_its_target_alone() {
    let dir = tempfile::tempdir().expect("dir");
    let db = format!("sqlite://{}", dir.path().join("cli.db").display());
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .current_dir(dir.path())
            .env("RUST_LOG", "off")
            .args(["--database", &db])
            .args(args)
            .output()
            .expect("run roundtable")
    };
    let example = example_meeting().display().to_string();
    assert!(run(&["import", &example]).status.success());
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "someone else's file").expect("write");
    let out = dir.path().join("sakskart.md");
    std::os::unix::fs::symlink(&victim, &out).expect("symlink");

    let done = run(&["export", "--format", "md", "--out", "sakskart.md"]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&victim).expect("read"),
        "someone else's file"
    );
    let written = std::fs::symlink_metadata(&out).expect("the export");
    assert!(written.file_type().is_file(), "a file, not the symlink");
    assert!(std::fs::read_to_string(&out)
        .expect("read")
        .contains("Runde rundt bordet"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
