//! Cancelled, and back: a cancelled meeting's notice loses its buttons, and `/meeting restore`
//! (previewed, logged) puts them back and sends what is still of use.

use super::{confirm, run, secretariat, text};
use crate::support::bot::TestBot;
use crate::support::schedule::until_state;
use crate::support::sim::SimMessage;
use chrono::{DateTime, Utc};
use roundtable::schedule::{MessageKind, SendState};
use serde_json::json;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

fn posted(bot: &TestBot) -> Vec<SimMessage> {
    let mut channel = bot.sim.channel_messages(bot.sim.default_channel());
    channel.retain(|m| !m.is_ephemeral());
    channel
}

fn notice(bot: &TestBot) -> SimMessage {
    posted(bot)
        .into_iter()
        .find(|m| m.content().contains("Innkalling:"))
        .expect("the notice")
}

#[tokio::test]
async fn a_cancelled_meeting_loses_its_buttons_and_a_restored_one_gets_them_back() {
    let bot = TestBot::start("2024-11-01T08:00:00Z").await;
    let karoline = secretariat("no");
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    assert_eq!(
        notice(&bot).components().len(),
        2,
        "answers and brief buttons"
    );

    let preview = run(&bot, &karoline, "meeting", json!([{"name": "cancel"}])).await;
    confirm(&bot, &karoline, &preview).await;
    until_state(&bot, MessageKind::NoticeEdit, "1", SendState::Sent).await;
    let cancelled = notice(&bot);
    assert!(cancelled.content().starts_with("❌ **AVLYST**"));
    assert!(
        cancelled.components().is_empty(),
        "no buttons on a cancelled notice: {:?}",
        cancelled.components()
    );
    // The first reminder comes due while the meeting is cancelled.
    bot.clock.set(at("2024-11-05T08:00:00Z"));
    until_state(&bot, MessageKind::Reminder, "1", SendState::Skipped).await;

    // Without a meeting named, restore means the channel's next cancelled meeting.
    let preview = run(&bot, &karoline, "meeting", json!([{"name": "restore"}])).await;
    let shown = text(&preview);
    assert!(
        shown.contains("Opphevet avlysning: «Møte i faggruppe for Næringssamarbeid»"),
        "{shown}"
    );
    assert!(shown.contains("• Møtet holdes likevel"), "{shown}");
    let done = confirm(&bot, &karoline, &preview).await;
    assert!(
        text(&done).starts_with("✅ Møtet «Møte i faggruppe for Næringssamarbeid» holdes likevel."),
        "{:?}",
        done.body
    );

    until_state(&bot, MessageKind::NoticeEdit, "2", SendState::Sent).await;
    until_state(&bot, MessageKind::Changed, "2", SendState::Sent).await;
    let restored = notice(&bot);
    assert!(
        !restored.content().contains("AVLYST"),
        "{}",
        restored.content()
    );
    assert_eq!(restored.components().len(), 2, "the buttons are back");
    let notes: Vec<String> = posted(&bot)
        .iter()
        .map(|m| m.content().to_owned())
        .filter(|c| c.contains("blir holdt likevel"))
        .collect();
    assert_eq!(notes.len(), 1, "told once: {notes:?}");
    // The reminder skipped while cancelled is still of use: it is sent now.
    until_state(&bot, MessageKind::Reminder, "1", SendState::Sent).await;

    let log = run(&bot, &karoline, "meeting", json!([{"name": "log"}])).await;
    assert!(text(&log).contains("Opphevet avlysning"), "{:?}", log.body);
    assert_eq!(bot.db.count("meeting_changes").await, 2);

    // A meeting that is on cannot be restored.
    let again = json!([{"name": "restore", "options": [
        {"name": "meeting", "value": "naeringssamarbeid-2024-11-07"}
    ]}]);
    let refused = run(&bot, &karoline, "meeting", again).await;
    assert!(
        text(&refused).contains("Møtet er ikke avlyst."),
        "{:?}",
        refused.body
    );
    bot.sim.assert_no_violations();
    bot.stop().await;
}
