//! Discord's 3 seconds for an interaction's first answer: `/export` defers before it renders,
//! and a brief submitted while another writer holds the database is answered in time with
//! "busy, try again" and its text given back.

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::sim::User;
use roundtable::domain::records::MeetingSelector;
use serde_json::json;
use sqlx::Connection;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(8);
const BEFORE: &str = "2024-11-02T10:00:00Z";

#[tokio::test]
async fn export_defers_before_it_renders() {
    let bot = TestBot::start(BEFORE).await;
    let karoline = User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE);
    let options = json!([{"name": "format", "value": 0}]);
    let asked = bot
        .sim
        .invoke(&karoline, bot.sim.default_channel(), "export", options)
        .await;
    let file = bot.sim.wait_response(&asked, WAIT).await;
    assert_eq!(file.files.len(), 1, "{file:?}");
    let first = &bot.sim.responses_to(&asked).await[0];
    assert_eq!(first.callback_type(), Some(5), "deferred first: {first:?}");
    assert!(first.is_ephemeral());
    bot.sim.assert_no_violations();
    bot.stop().await;
}

#[tokio::test]
async fn a_brief_while_the_database_is_held_is_answered_in_time_and_given_back() {
    let bot = TestBot::start(BEFORE).await;
    let karl = User::member("Karl Jørgen").with_locale("no");
    let meeting = bot
        .app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    bot.db
        .store
        .add_representative(meeting.id, "Horten kommune", karl.id, 1, bot.app.now())
        .await
        .expect("link");
    let channel = bot.sim.default_channel();
    let opened = bot
        .sim
        .invoke(
            &karl,
            channel,
            "brief",
            json!([{"name": "send", "options": []}]),
        )
        .await;
    let modal = bot.sim.wait_response(&opened, WAIT).await;
    let custom_id = modal.data()["custom_id"]
        .as_str()
        .expect("custom_id")
        .to_owned();

    // Another program (a command-line import, say) holds the write lock for longer than
    // Discord waits for an answer.
    let mut holder = sqlx::SqliteConnection::connect(&bot.db.url)
        .await
        .expect("a second connection");
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut holder)
        .await
        .expect("the write lock");
    let text = "• Horten Tech Festival 2024 ble en suksess.";
    let submitted = bot
        .sim
        .submit_modal(&karl, channel, &custom_id, &[("text", text)])
        .await;
    let answer = bot.sim.wait_response(&submitted, WAIT).await;
    sqlx::query("ROLLBACK")
        .execute(&mut holder)
        .await
        .expect("the lock released");

    assert!(
        answer
            .content()
            .is_some_and(|c| c.contains("Databasen er opptatt akkurat nå")),
        "{answer:?}"
    );
    assert_eq!(answer.files.len(), 1, "the text given back");
    assert_eq!(answer.files[0].bytes, text.as_bytes());
    bot.sim.assert_no_violations();
    bot.stop().await;
}
