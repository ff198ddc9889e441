//! The gateway drops, says RECONNECT or INVALID_SESSION, and Discord answers 500 or 429 while
//! the scheduler posts: the notice, every reminder and the report go out exactly once.

use super::WAIT;
use crate::support::bot::TestBot;
use crate::support::schedule::{settle, until_state};
use crate::support::sim::{Fault, User};
use roundtable::schedule::MessageKind;
use roundtable::schedule::SendState;
use serde_json::json;
use std::time::Duration;

fn at(text: &str) -> chrono::DateTime<chrono::Utc> {
    text.parse().expect("an RFC 3339 time")
}

fn sessions(bot: &TestBot) -> u32 {
    let s = bot.sim.gateway_stats();
    s.identifies + s.resumes
}

fn posts(bot: &TestBot, channel: u64, needle: &str) -> usize {
    bot.sim
        .channel_messages(channel)
        .iter()
        .filter(|m| m.content().contains(needle))
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_and_rest_faults_while_the_scheduler_sends_lose_and_double_nothing() {
    let bot = TestBot::start("2024-10-31T12:00:00Z").await;
    let channel = bot.sim.default_channel();
    until_state(&bot, MessageKind::Notice, "1", SendState::Due).await;
    let post = "POST /channels/*/messages";

    // The notice: five 500s (more than one tick's four tries) while the session is
    // invalidated (serenity waits 5 s before it identifies again).
    let identified = bot.sim.gateway_stats().identifies;
    bot.sim.fail_next(post, Fault::ServerError, 5);
    bot.sim.send_invalid_session(false).await;
    bot.clock.set(at("2024-11-01T08:00:00Z"));
    let notice = until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    assert_eq!(posts(&bot, channel, "Innkalling"), 1);

    // The first two reminders go out, through a 429 and a 500, with no gateway at all.
    bot.sim
        .fail_next(post, Fault::RateLimited { retry_after: 0.05 }, 1);
    bot.clock.set(at("2024-11-05T08:00:00Z"));
    until_state(&bot, MessageKind::Reminder, "1", SendState::Sent).await;
    bot.sim.fail_next(post, Fault::ServerError, 1);
    bot.clock.set(at("2024-11-07T07:00:00Z"));
    until_state(&bot, MessageKind::Reminder, "2", SendState::Sent).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(8);
    while bot.sim.gateway_stats().identifies <= identified || !bot.sim.gateway_stats().connected {
        assert!(tokio::time::Instant::now() < deadline, "identified again");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // The third: the connection drops, and a global 429.
    let before = sessions(&bot);
    bot.sim
        .fail_next(post, Fault::GlobalRateLimited { retry_after: 0.05 }, 1);
    bot.sim.drop_gateway().await;
    bot.clock.set(at("2024-11-08T08:00:00Z"));
    until_state(&bot, MessageKind::Reminder, "3", SendState::Sent).await;
    bot.sim.wait_identified(before + 1).await;

    // The report to the secretariat: RECONNECT, and a 500.
    let before = sessions(&bot);
    bot.sim.fail_next(post, Fault::ServerError, 1);
    bot.sim.send_reconnect().await;
    bot.clock.set(at("2024-11-09T07:00:00Z"));
    until_state(&bot, MessageKind::Collected, "1", SendState::Sent).await;
    bot.sim.wait_identified(before + 1).await;

    // A few steps more: nothing is sent again.
    settle(&bot).await;
    assert_eq!(posts(&bot, channel, "Innkalling"), 1, "one notice");
    assert_eq!(posts(&bot, channel, "Påminnelse"), 3, "three reminders");
    let report = bot.sim.channel_messages(bot.secretariat_channel());
    assert_eq!(report.len(), 1, "one report");
    let accepted = bot
        .sim
        .requests_matching("POST /channels/{channel_id}/messages")
        .iter()
        .filter(|r| r.status == 200)
        .count();
    assert_eq!(accepted, 5, "five messages, each accepted once");
    // Nothing was tried more than the faults asked for: 9 refused, 5 accepted.
    let tried = bot
        .sim
        .requests_matching("POST /channels/{channel_id}/messages")
        .len();
    assert_eq!(tried, 14, "each failure retried once");
    let bodies = bot
        .sim
        .requests_matching("POST /channels/{channel_id}/messages");
    let notice_nonces: Vec<_> = bodies
        .iter()
        .filter_map(|r| r.body.as_ref())
        .filter(|b| {
            b["content"]
                .as_str()
                .is_some_and(|c| c.contains("Innkalling"))
        })
        .map(|b| b["nonce"].clone())
        .collect();
    assert_eq!(notice_nonces, [json!(notice.nonce)]);

    // And the commands answer on the session the bot ended with.
    let kari = User::member("Kari").with_locale("no");
    let i = bot.sim.invoke(&kari, channel, "agenda", json!([])).await;
    let reply = bot.sim.wait_response(&i, WAIT).await;
    assert!(reply.content().is_some_and(|t| t.contains("Sakskart")));
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_failed_receipt_is_tried_again_and_loses_no_brief() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let karl = User::member("Karl Jørgen").with_locale("no");
    let meeting = bot.upcoming().await;
    bot.db
        .store
        .add_representative(meeting.id, "Horten kommune", karl.id, 1, bot.app.now())
        .await
        .expect("link");
    let custom_id = super::open_modal(&bot.sim, &karl).await;
    let channel = bot.sim.default_channel();
    // The receipt's callback fails once with a 500; the gateway drops afterwards.
    bot.sim
        .fail_next("POST /interactions/*/*/callback", Fault::ServerError, 1);
    let text = "Intercity-utbyggingen: nytt stoppmønster.";
    let submit = bot
        .sim
        .submit_modal(&karl, channel, &custom_id, &[("text", text)])
        .await;
    let deadline = tokio::time::Instant::now() + WAIT;
    while bot
        .sim
        .requests_matching("/callback")
        .iter()
        .all(|r| r.status != 500)
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the callback was tried"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // The receipt is tried again, and arrives.
    let receipt = bot.sim.wait_response(&submit, WAIT).await;
    assert!(
        receipt.content().is_some_and(|t| t.contains("er lagret")),
        "{:?}",
        receipt.body
    );
    let before = sessions(&bot);
    bot.sim.drop_gateway().await;
    bot.sim.wait_identified(before + 1).await;
    // Saved all the same, once; `/brief show` tells the author so.
    let revisions = bot
        .db
        .store
        .brief_revisions(meeting.id, "Horten kommune")
        .await
        .expect("revisions");
    assert_eq!(revisions.len(), 1);
    assert_eq!(revisions[0].body, text);
    let i = bot
        .sim
        .invoke(&karl, channel, "brief", json!([{"name": "show"}]))
        .await;
    let shown = bot.sim.wait_response(&i, WAIT).await;
    assert!(
        shown.content().is_some_and(|t| t.ends_with(text)),
        "{:?}",
        shown.content()
    );
    bot.finish();
    bot.stop().await;
}
