//! A meeting without "Oppfølging fra forrige møte" still shows the items, in a section of
//! their own; an item whose owner is linked to nobody is still in the reminder, without a ping.

use super::{run, second_plan, secretariat, submit, text, AFTER_FIRST};
use crate::support::bot::TestBot;
use crate::support::follow_up::posted_reminders;
use crate::support::schedule::{settle, until_state};
use roundtable::schedule::{MessageKind, SendState};
use serde_json::json;

#[tokio::test]
async fn items_show_without_the_standing_item_and_an_unlinked_owner_is_named_unpinged() {
    let bot = TestBot::start(AFTER_FIRST).await;
    let mut plan = second_plan(Some(bot.sim.default_channel()));
    plan.agenda.remove(2);
    bot.db.store.import_plan(&plan).await.expect("import");
    let karoline = secretariat("no");
    let options = json!([{"name": "new", "options": [{"name": "person", "value": "Per Hansen"}]}]);
    let opened = run(&bot, &karoline, "followup", options).await;
    let fields = [
        ("what", "Avklar budsjettet"),
        ("owner", "Per Hansen"),
        ("due", "19.11.2024"),
    ];
    submit(&bot, &karoline, &opened, &fields).await;
    let line = "#1 Avklar budsjettet – Per Hansen, frist 19.11.2024 · Ingen status ennå";

    bot.clock.set(super::SECOND_NOTICE.parse().expect("time"));
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    let channel = bot.sim.default_channel();
    let notice = bot
        .sim
        .channel_messages(channel)
        .into_iter()
        .find(|m| m.content().contains(super::SECOND_TITLE))
        .expect("the notice");
    let section = format!("\n**Oppfølgingspunkter**\n• {line}\n");
    assert!(notice.content().contains(&section), "{}", notice.content());
    let agenda = run(&bot, &karoline, "agenda", json!([])).await;
    assert!(text(&agenda).contains(&section), "{}", text(&agenda));

    bot.clock.set(super::SECOND_REMINDER.parse().expect("time"));
    until_state(&bot, MessageKind::FollowUp, "1", SendState::Sent).await;
    settle(&bot).await;
    let requests = posted_reminders(&bot);
    assert_eq!(requests.len(), 1, "{requests:?}");
    let content = requests[0]["content"].as_str().unwrap_or_default();
    assert!(
        content.contains(&format!(
            "• {line} (ingen ansvarlig er koblet til Discord)\n"
        )),
        "{content}"
    );
    assert!(!content.contains("<@"), "{content}");
    assert_eq!(requests[0]["allowed_mentions"]["users"], json!([]));
    bot.finish();
    bot.stop().await;
}
