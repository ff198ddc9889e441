//! Past meetings: importing a meeting that has already ended (on Discord or the command line)
//! warns that no notice and no reminders will be sent, and none are.

use super::{confirm, example_csv, example_text, import, secretariat, text};
use crate::support::bot::TestBot;
use crate::support::schedule::settle;
use crate::support::store::example_meeting;
use std::process::Command;

#[tokio::test]
async fn a_meeting_imported_after_it_was_held_gets_a_warning_and_no_messages() {
    // The day after the meeting of 14 November, before the deadline for briefs.
    let bot = TestBot::start("2024-11-15T07:30:00Z").await;
    let karoline = secretariat("no");
    let toml = example_text()
        .replace(
            "naeringssamarbeid-2024-11-07",
            "naeringssamarbeid-2024-11-14",
        )
        .replace("2024-11-07T", "2024-11-14T");
    assert!(toml.contains("starts = 2024-11-14T12:00:00"), "{toml}");
    let preview = import(&bot, &karoline, &toml, Some(&example_csv())).await;
    let shown = text(&preview);
    assert!(
        shown.contains(
            "⚠️ Møtet er allerede holdt (14.11.2024): det sendes ingen innkalling og ingen påminnelser for det."
        ),
        "{shown}"
    );
    confirm(&bot, &karoline, &preview).await;

    // The last reminder (the morning after, 09:00) would be due before the deadline.
    bot.clock.set("2024-11-15T08:30:00Z".parse().expect("time"));
    settle(&bot).await;
    let posted: Vec<String> = bot
        .sim
        .channel_messages(bot.sim.default_channel())
        .into_iter()
        .filter(|m| !m.is_ephemeral())
        .map(|m| m.content().to_owned())
        .collect();
    assert!(
        !posted
            .iter()
            .any(|c| c.contains("Innkalling") || c.contains("Påminnelse")),
        "{posted:?}"
    );
    bot.sim.assert_no_violations();
    bot.stop().await;
}

#[test]
fn the_command_line_warns_of_a_past_meeting_before_it_imports_it() {
    let dir = tempfile::tempdir().expect("dir");
    let db = format!("sqlite://{}", dir.path().join("past.db").display());
    // The command line's clock is the machine's: the example meeting has been held.
    let out = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .env_remove("DISCORD_TOKEN")
        .env("RUST_LOG", "off")
        .args(["--database", &db, "import"])
        .arg(example_meeting())
        .output()
        .expect("roundtable import");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    let warning = stdout
        .find("⚠️ Møtet er allerede holdt (07.11.2024): det sendes ingen innkalling og ingen påminnelser for det.")
        .expect(&stdout);
    let done = stdout.find("er opprettet").expect(&stdout);
    assert!(warning < done, "warned before it is written: {stdout}");
}
