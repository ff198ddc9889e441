//! What members write and the interactions' tokens never reach the log, at any level: with
//! `RUST_LOG=trace`, `roundtable run` logs no brief text and no interaction token.

use crate::child_bot::{prepare_database, sqlite_url, ChildBot};
use crate::support::sim::{Sim, User};
use serde_json::json;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(10);
const MARKER: &str = "LOGGMARKØR-9d41c7";

#[tokio::test]
async fn at_trace_level_no_brief_text_or_interaction_token_is_logged() {
    let sim = Sim::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let url = sqlite_url(&dir.path().join("roundtable.db"));
    let karl = User::member("Karl Jørgen").with_locale("no");
    prepare_database(
        &url,
        sim.default_channel(),
        &[(karl.clone(), "Horten kommune".into())],
    )
    .await;
    let mut bot = ChildBot::spawn_logging(&sim, dir.path(), &url, "trace");
    sim.wait_ready().await;

    let channel = sim.default_channel();
    let opened = sim
        .invoke(
            &karl,
            channel,
            "brief",
            json!([{"name": "send", "options": []}]),
        )
        .await;
    let modal = sim.wait_response(&opened, WAIT).await;
    let custom_id = modal.data()["custom_id"]
        .as_str()
        .expect("custom_id")
        .to_owned();
    let text = format!("• {MARKER}: Horten Tech Festival 2024 ble en suksess.");
    let submitted = sim
        .submit_modal(&karl, channel, &custom_id, &[("text", &text)])
        .await;
    let receipt = sim.wait_response(&submitted, WAIT).await;
    assert!(
        receipt.content().is_some_and(|c| c.contains(MARKER)),
        "{receipt:?}"
    );
    bot.kill();

    let log = bot.log();
    assert!(log.contains("DEBUG"), "verbose logging was on: {log}");
    assert!(!log.contains(MARKER), "the brief's text is in the log");
    for token in [&opened.token, &submitted.token] {
        assert!(
            !log.contains(token.as_str()),
            "an interaction token is in the log"
        );
    }
    assert!(!log.contains(sim.token()), "the bot's token is in the log");
    sim.assert_no_violations();
}
