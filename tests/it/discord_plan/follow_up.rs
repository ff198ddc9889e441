//! The follow-up leg of the year's plan: an item decided at the February meeting comes up in
//! the April meeting's notice under "Oppfølging fra forrige møte", and its owner is reminded
//! once before that meeting, pinging only them; done, it is not reminded again.

use super::{at, secretariat, text, WAIT};
use crate::support::bot::TestBot;
use crate::support::follow_up::posted_reminders;
use crate::support::schedule::until_state;
use crate::support::sim::User;
use roundtable::schedule::{MessageKind, SendState};
use serde_json::json;

pub(super) const WHAT: &str = "Kartlegg ledige næringsarealer";

/// The morning after the February meeting, the secretariat records a follow-up item for
/// Horten kommune, whose representative is `owner`.
pub(super) async fn decide_at_february(bot: &TestBot, owner: &User) {
    bot.clock.set(at("2025-02-07T09:00:00Z"));
    bot.sim.add_user(owner);
    bot.link(owner, "Horten kommune").await;
    let karoline = secretariat();
    let options = json!([{"name": "new", "options": [
        {"name": "region", "value": "Horten kommune"},
        {"name": "meeting", "value": "naeringssamarbeid-2025-02-06"},
    ]}]);
    let i = bot
        .sim
        .invoke(&karoline, bot.sim.default_channel(), "followup", options)
        .await;
    let opened = bot.sim.wait_response(&i, WAIT).await;
    let id = opened.data()["custom_id"].as_str().expect("the form");
    let fields = [
        ("what", WHAT),
        ("owner", "Horten kommune"),
        ("due", "30.04.2025"),
        ("item", ""),
    ];
    let i = bot
        .sim
        .submit_modal(&karoline, bot.sim.default_channel(), id, &fields)
        .await;
    let added = bot.sim.wait_response(&i, WAIT).await;
    assert!(
        text(&added).starts_with("✅ Oppfølgingspunktet er lagt inn:"),
        "{:?}",
        added.body
    );
}

/// Two days before the April meeting (09:00 Oslo), the owner is pinged about the item; after
/// the meeting they mark it done, so no later meeting reminds them of it.
pub(super) async fn reminded_before_april_then_done(bot: &TestBot, owner: &User) {
    bot.clock.set(at("2025-04-15T07:00:00Z"));
    until_state(bot, MessageKind::FollowUp, "1", SendState::Sent).await;
    bot.clock.set(at("2025-04-18T09:00:00Z"));
    let options = json!([{"name": "done", "options": [{"name": "item", "value": "#1"}]}]);
    let i = bot
        .sim
        .invoke(owner, bot.sim.default_channel(), "followup", options)
        .await;
    let opened = bot.sim.wait_response(&i, WAIT).await;
    let id = opened.data()["custom_id"].as_str().expect("the form");
    let i = bot
        .sim
        .submit_modal(
            owner,
            bot.sim.default_channel(),
            id,
            &[("status", "Kartlagt")],
        )
        .await;
    let done = bot.sim.wait_response(&i, WAIT).await;
    assert!(
        text(&done).contains("✅ Ferdig: Kartlagt"),
        "{:?}",
        done.body
    );
}

/// The June meeting's follow-up reminder (two days before) finds nothing open.
pub(super) async fn june_reminder_skipped(bot: &TestBot) {
    bot.clock.set(at("2025-06-03T07:00:00Z"));
    until_state(bot, MessageKind::FollowUp, "1", SendState::Skipped).await;
}

/// Every follow-up reminder posted in the channel: exactly one, naming the item and
/// pinging only `owner`.
pub(super) fn assert_reminded_once(bot: &TestBot, owner: &User) {
    let posted = posted_reminders(bot);
    assert_eq!(posted.len(), 1, "reminded exactly once: {posted:?}");
    let content = posted[0]["content"].as_str().unwrap_or_default();
    assert!(content.contains(WHAT), "{content}");
    assert!(content.contains(&format!("<@{}>", owner.id)), "{content}");
    assert_eq!(
        posted[0]["allowed_mentions"],
        json!({"parse": [], "roles": [], "users": [owner.id.to_string()]})
    );
}
