//! "The next meeting", wherever it is the default (the commands' meeting option, the CLI's
//! --meeting), is never a cancelled one.

use super::{confirm, run, secretariat, text, BEFORE};
use crate::support::bot::TestBot;
use crate::support::store::example_meeting;
use roundtable::domain::local_time::OSLO;
use roundtable::meeting_file::read_meeting_file;
use serde_json::json;
use std::process::Command;

/// The first line of `/agenda` without a meeting named: the next meeting's title.
async fn next(bot: &TestBot) -> String {
    let agenda = run(bot, &secretariat("no"), "agenda", json!([])).await;
    text(&agenda).lines().next().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn the_next_meeting_skips_a_cancelled_one_on_discord_and_the_command_line() {
    let bot = TestBot::start(BEFORE).await;
    let karoline = secretariat("no");
    // A meeting a week before the first (held), and one a week after; then the first is
    // cancelled.
    for (days, key, title) in [
        (
            -7,
            "naeringssamarbeid-2024-10-31",
            "Møte i faggruppen, 31. oktober",
        ),
        (
            7,
            "naeringssamarbeid-2024-11-14",
            "Møte i faggruppen, 14. november",
        ),
    ] {
        let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("valid");
        plan.group.discord_channel_id = Some(bot.sim.default_channel());
        plan.key = key.into();
        plan.title = title.into();
        let shift = chrono::Duration::days(days);
        plan.starts_at += shift;
        plan.ends_at += shift;
        plan.brief_deadline += shift;
        bot.db.store.import_plan(&plan).await.expect("import");
    }
    let preview = run(&bot, &karoline, "meeting", json!([{"name": "cancel"}])).await;
    assert!(
        text(&preview).contains("«Møte i faggruppe for Næringssamarbeid»"),
        "the first is the next: {:?}",
        preview.body
    );
    confirm(&bot, &karoline, &preview).await;
    assert_eq!(next(&bot).await, "**Møte i faggruppen, 14. november**");

    // With every meeting to come cancelled, the default is the latest one held.
    let preview = run(&bot, &karoline, "meeting", json!([{"name": "cancel"}])).await;
    confirm(&bot, &karoline, &preview).await;
    assert_eq!(next(&bot).await, "**Møte i faggruppen, 31. oktober**");
    // The command line's clock is the machine's: all three have been held, and the latest
    // one not cancelled is the default.
    let out = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .env_remove("DISCORD_TOKEN")
        .env("RUST_LOG", "off")
        .args(["--database", &bot.db.url, "status"])
        .output()
        .expect("roundtable status");
    let status = String::from_utf8_lossy(&out.stdout);
    assert!(
        status.starts_with("Møte i faggruppen, 31. oktober, 31.10.2024"),
        "{status}"
    );
    bot.sim.assert_no_violations();
    bot.stop().await;
}
