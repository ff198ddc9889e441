//! Reminders by direct message (`remind_by_dm`) exactly once: each person's message is
//! recorded before it is sent, so a crash half-way repeats none to those already reached.

use crate::support::bot::TestBot;
use crate::support::schedule::{settle, until_state};
use crate::support::sim::{Fault, User};
use roundtable::domain::records::MeetingSelector;
use roundtable::schedule::{MessageKind, SendState};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);

async fn link(bot: &TestBot, user: &User, region: &str) {
    bot.sim.add_user(user);
    let meeting = bot
        .app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    bot.db
        .store
        .add_representative(meeting.id, region, user.id, 1, bot.app.now())
        .await
        .expect("link");
}

#[tokio::test]
async fn a_crash_between_two_direct_messages_repeats_none() {
    let mut bot = TestBot::start_with("2024-11-04T12:00:00Z", |s| s.remind_by_dm = true).await;
    let (karl, kari) = (User::member("Karl Jørgen"), User::member("Kari"));
    link(&bot, &karl, "Horten kommune").await;
    link(&bot, &kari, "Elverum").await;
    // The direct messages go out in the order of the users' ids; the second one fails once,
    // and the bot "crashes" while it waits to try again.
    let (first, second) = if karl.id < kari.id {
        (&karl, &kari)
    } else {
        (&kari, &karl)
    };
    let (first_dm, second_dm) = (bot.sim.dm_channel(first), bot.sim.dm_channel(second));
    bot.sim.fail_next(
        &format!("POST /channels/{second_dm}/messages"),
        Fault::ServerError,
        1,
    );
    bot.clock.set("2024-11-05T08:00:00Z".parse().expect("time"));
    {
        let reached_first = bot.sim.wait_message(first_dm, WAIT, |_| true);
        tokio::select! {
            biased;
            _ = reached_first => {}
            _ = bot.step() => panic!("the step should have been cut off"),
        }
    }
    bot.stop_only().await;
    let bot = bot.start_again().await;
    settle(&bot).await;

    let reminders: Vec<_> = bot
        .sim
        .channel_messages(bot.sim.default_channel())
        .into_iter()
        .filter(|m| m.content().contains("Påminnelse"))
        .collect();
    assert_eq!(reminders.len(), 1, "one reminder in the channel");
    for (user, dm) in [(first, first_dm), (second, second_dm)] {
        let messages = bot.sim.channel_messages(dm);
        assert_eq!(messages.len(), 1, "{} got {messages:?}", user.id);
        assert!(
            messages[0].content().contains("Påminnelse"),
            "{}",
            messages[0].content()
        );
        assert!(
            !messages[0].content().contains("<@"),
            "a direct message pings nobody"
        );
    }
    let reminder = until_state(&bot, MessageKind::Reminder, "1", SendState::Sent).await;
    let recorded = bot
        .db
        .store
        .direct_messages_of(reminder.id)
        .await
        .expect("recorded");
    assert_eq!(recorded.len(), 2);
    assert!(recorded.iter().all(|d| d.state == SendState::Sent));
    // Every direct message went with its nonce, enforced.
    for request in bot
        .sim
        .requests_matching(&format!("/channels/{first_dm}/messages"))
    {
        let body = request.body.expect("a body");
        assert_eq!(body["enforce_nonce"], true);
        assert!(body["nonce"].as_str().is_some_and(|n| n.starts_with("rt")));
    }
    bot.sim.assert_no_violations();
    bot.stop().await;
}

#[tokio::test]
async fn a_direct_message_held_up_is_not_sent_once_the_brief_is_in() {
    let bot = TestBot::start_with("2024-11-04T12:00:00Z", |s| s.remind_by_dm = true).await;
    let karl = User::member("Karl Jørgen");
    link(&bot, &karl, "Horten kommune").await;
    let dm = bot.sim.dm_channel(&karl);
    // Every try of the step fails (4 tries): the direct message waits for the next step.
    bot.sim.fail_next(
        &format!("POST /channels/{dm}/messages"),
        Fault::ServerError,
        4,
    );
    bot.clock.set("2024-11-05T08:00:00Z".parse().expect("time"));
    let reminder = until_state(&bot, MessageKind::Reminder, "1", SendState::Sent).await;
    let held = bot
        .db
        .store
        .direct_messages_of(reminder.id)
        .await
        .expect("dm");
    assert_eq!(held.len(), 1);
    assert_ne!(held[0].state, SendState::Sent);

    let meeting = bot
        .app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let author = roundtable::domain::records::Author {
        name: "Karl Jørgen".into(),
        discord_user_id: Some(karl.id),
    };
    bot.app
        .submit_brief(
            &meeting,
            "Horten kommune",
            "Tekst.",
            &author,
            roundtable::app::Submitter::Member,
            None,
        )
        .await
        .expect("brief");
    settle(&bot).await;
    assert!(bot.sim.channel_messages(dm).is_empty());
    let done = bot
        .db
        .store
        .direct_messages_of(reminder.id)
        .await
        .expect("dm");
    assert_eq!(done[0].state, SendState::Skipped);
    bot.sim.assert_no_violations();
    bot.stop().await;
}
