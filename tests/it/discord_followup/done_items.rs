//! Done items are not reminded: only the open ones a meeting takes up, each pinging its own
//! owner (a named person's Discord user here); with none open the reminder is skipped.

use super::{
    add_item, member, reminders, report, report_on, run, second_plan, secretariat, submit, text,
    AFTER_FIRST, SECOND_REMINDER, WHAT,
};
use crate::support::bot::TestBot;
use crate::support::schedule::{settle, until_state};
use roundtable::schedule::{MessageKind, SendState};
use serde_json::json;

#[tokio::test]
async fn an_item_done_before_the_reminder_is_not_reminded() {
    let bot = TestBot::start(AFTER_FIRST).await;
    super::import_second(&bot).await;
    let (karoline, karl, ola) = (
        secretariat("no"),
        member("Karl Jørgen"),
        member("Ola Nordmann"),
    );
    for user in [&karl, &ola] {
        bot.sim.add_user(user);
    }
    bot.link(&karl, "Horten kommune").await;
    add_item(&bot, &karoline, "20.11.2024").await;
    // A second item, owned by a named person with their Discord user.
    let options = json!([{"name": "new", "options": [
        {"name": "person", "value": "Ola Nordmann"},
        {"name": "user", "value": ola.id.to_string()},
    ]}]);
    let opened = run(&bot, &karoline, "followup", options).await;
    let fields = [
        ("what", "Inviter Innovasjon Norge"),
        ("owner", "Ola Nordmann"),
        ("due", "18.11.2024"),
    ];
    let added = submit(&bot, &karoline, &opened, &fields).await;
    assert!(text(&added).contains("#2 Inviter Innovasjon Norge – Ola Nordmann"));
    // A line of status first (still open), then done.
    let status = report(&bot, &karl, false, "Utkast er skrevet").await;
    assert!(
        text(&status).contains("Status: Utkast er skrevet"),
        "{}",
        text(&status)
    );
    report(&bot, &karl, true, "Ferdig og sendt").await;
    bot.clock.set(SECOND_REMINDER.parse().expect("time"));
    until_state(&bot, MessageKind::FollowUp, "1", SendState::Sent).await;
    settle(&bot).await;
    // Only the open item is reminded, pinging only its owner.
    let sent = reminders(&bot);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert!(
        sent[0].contains("#2 Inviter Innovasjon Norge"),
        "{}",
        sent[0]
    );
    assert!(!sent[0].contains("#1 "), "{}", sent[0]);
    assert!(
        sent[0].ends_with(&format!("\n<@{}>", ola.id)),
        "{}",
        sent[0]
    );
    assert!(!sent[0].contains(&karl.id.to_string()), "{}", sent[0]);
    // The list: open first, the overdue one flagged, each with where it came from.
    let list = run(&bot, &ola, "followup", json!([{"name": "list"}])).await;
    let expected = format!(
        "**Oppfølgingspunkter – Faggruppe for Næringssamarbeid**\n\
         • #2 Inviter Innovasjon Norge – Ola Nordmann, frist 18.11.2024 (⚠️ fristen er passert) · Ingen status ennå\n   \
         fra «Møte i faggruppe for Næringssamarbeid»\n\
         • #1 {WHAT} – Horten kommune, frist 20.11.2024 · ✅ Ferdig: Ferdig og sendt\n   \
         fra «Møte i faggruppe for Næringssamarbeid», sak 3"
    );
    assert_eq!(text(&list), expected);
    assert!(list.is_ephemeral());
    // Once that one is done too, a meeting's reminder has nobody to remind.
    let mut plan = second_plan(Some(bot.sim.default_channel()));
    plan.key = "naeringssamarbeid-2024-12-05".into();
    let later = chrono::Duration::days(14);
    plan.starts_at += later;
    plan.ends_at += later;
    plan.brief_deadline += later;
    bot.db.store.import_plan(&plan).await.expect("import");
    let done = report_on(&bot, &ola, "#2", true, "Invitert").await;
    assert!(
        text(&done).contains("✅ Ferdig: Invitert"),
        "{}",
        text(&done)
    );
    bot.clock.set("2024-12-03T08:00:00Z".parse().expect("time"));
    settle(&bot).await;
    let third = bot.upcoming().await;
    assert_eq!(third.key, "naeringssamarbeid-2024-12-05");
    let skipped = bot
        .db
        .store
        .scheduled_messages(third.id)
        .await
        .expect("schedule")
        .into_iter()
        .find(|m| m.kind == MessageKind::FollowUp)
        .expect("planned");
    assert_eq!(skipped.state, SendState::Skipped);
    assert_eq!(reminders(&bot).len(), 1);
    bot.finish();
    bot.stop().await;
}
