//! A reminder missed while the bot was down is caught up only if time remains to act on it.

use crate::support::bot::TestBot;
use crate::support::schedule::{messages_of, settle};
use roundtable::schedule::{MessageKind, SendState};

#[tokio::test]
async fn started_seconds_before_the_deadline_the_missed_morning_reminder_is_skipped() {
    // 23:59:55 in Oslo on the deadline day (the day after the meeting).
    let bot = TestBot::start("2024-11-08T22:59:55Z").await;
    settle(&bot).await;
    let reminders: Vec<_> = messages_of(&bot)
        .await
        .into_iter()
        .filter(|m| m.kind == MessageKind::Reminder)
        .collect();
    let morning = reminders
        .iter()
        .find(|m| m.slot == "3")
        .expect("the morning reminder is planned");
    assert_eq!(morning.state, SendState::Skipped);
    assert!(reminders.iter().all(|m| m.state != SendState::Sent));
    let posted = bot.sim.channel_messages(bot.sim.default_channel());
    assert!(
        posted.iter().all(|m| !m.content().contains("Påminnelse")),
        "{posted:?}"
    );
    bot.sim.assert_no_violations();
    bot.stop().await;
}
