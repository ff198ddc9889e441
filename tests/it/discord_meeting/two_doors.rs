//! Two doors, one meeting: `roundtable import` from the shell (its own process) and a
//! `/meeting` confirmation on Discord, both against one database, cannot both pass; the one
//! that comes later is refused as stale, whichever it is.

use super::{button, example_text, run, secretariat, text, BEFORE, WAIT};
use crate::support::bot::TestBot;
use crate::support::store::example_meeting;
use serde_json::json;
use sqlx::Connection;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

#[tokio::test]
async fn an_import_from_the_shell_and_a_confirmation_on_discord_cannot_both_pass() {
    let bot = TestBot::start(BEFORE).await;
    let karoline = secretariat("no");
    let moved =
        json!([{"name": "move", "options": [{"name": "starts", "value": "2024-11-14 12:00"}]}]);
    let preview = run(&bot, &karoline, "meeting", moved).await;
    assert!(text(&preview).contains("Ny tid"), "{:?}", preview.body);

    // The shell's meeting file (a new place) is a FIFO, so the test knows when `roundtable
    // import` has opened the database and gets to hold the write lock before it writes.
    let dir = tempfile::tempdir().expect("dir");
    let csv = "naeringssamarbeid-2024-11-07-inviterte.csv";
    std::fs::copy(example_meeting().with_file_name(csv), dir.path().join(csv)).expect("csv");
    let file = dir.path().join("møte.toml");
    let made = Command::new("mkfifo").arg(&file).status().expect("mkfifo");
    assert!(made.success());
    let mut cli = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .current_dir(dir.path())
        .env_remove("DISCORD_TOKEN")
        .env("RUST_LOG", "off")
        .args(["--database", &bot.db.url, "import"])
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("roundtable import");
    let fifo = file.clone();
    let mut writer = tokio::task::spawn_blocking(move || {
        std::fs::OpenOptions::new()
            .write(true)
            .open(fifo)
            .expect("the import opens its file")
    })
    .await
    .expect("open");

    // From here until both have tried, nobody writes: the import reads the meeting and shows
    // what it changes, and the confirmation is clicked, each then waiting for the lock.
    let mut lock = sqlx::SqliteConnection::connect(&bot.db.url)
        .await
        .expect("connect");
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut lock)
        .await
        .expect("the write lock");
    let toml = example_text().replace(
        "place = \"Oslo Rådhus, møteromssenteret (inngang sjøsiden)\"",
        "place = \"Oslo rådhus, Bystyresalen\"",
    );
    let stdout = cli.stdout.take().expect("stdout");
    let shown = tokio::task::spawn_blocking(move || {
        writer.write_all(toml.as_bytes()).expect("write the file");
        drop(writer);
        let mut lines = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let line = line.expect("a line");
            let done = line.contains("Sted:");
            lines.push(line);
            if done {
                break;
            }
        }
        lines.join("\n")
    })
    .await
    .expect("read");
    assert!(
        shown.contains(
            "• Sted: Oslo Rådhus, møteromssenteret (inngang sjøsiden) → Oslo rådhus, Bystyresalen"
        ),
        "the import shows what it changes before it writes: {shown}"
    );
    let message = preview.message_id.expect("the preview is a message");
    let click = bot
        .sim
        .click(
            &karoline,
            bot.sim.default_channel(),
            message,
            &button(&preview, "change_ok:"),
        )
        .await;
    sqlx::query("ROLLBACK")
        .execute(&mut lock)
        .await
        .expect("release");
    lock.close().await.expect("close");

    let on_discord = text(&bot.sim.wait_response(&click, WAIT).await).to_owned();
    let shell = tokio::task::spawn_blocking(move || cli.wait_with_output().expect("exit"))
        .await
        .expect("wait");
    let shell_error = String::from_utf8_lossy(&shell.stderr).into_owned();
    let stale = "Møtet er endret etter forhåndsvisningen";
    let discord_made = on_discord.starts_with("✅");
    assert_ne!(
        discord_made,
        shell.status.success(),
        "exactly one passes: Discord {on_discord:?}, shell {shell_error:?}"
    );
    if discord_made {
        assert!(shell_error.contains(stale), "{shell_error}");
    } else {
        assert!(on_discord.contains(stale), "{on_discord}");
    }
    assert_eq!(bot.db.count("meeting_changes").await, 1);
    assert_eq!(bot.db.count("pending_changes").await, 0);
    bot.sim.assert_no_violations();
    bot.stop().await;
}
