//! Agenda edits, a new time, a cancellation and the invitee list, each previewed and
//! confirmed; the notice and the schedule follow.

use super::{confirm, meeting_id, run, secretariat, text, BEFORE};
use crate::support::bot::TestBot;
use crate::support::schedule::{settle, until_state};
use chrono::{DateTime, Utc};
use roundtable::schedule::MessageKind;
use roundtable::schedule::SendState;
use serde_json::{json, Value};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

fn agenda(sub: &str, options: Value) -> Value {
    json!([{"name": "agenda", "options": [{"name": sub, "options": options}]}])
}

async fn titles(bot: &TestBot) -> Vec<String> {
    let id = meeting_id(bot).await;
    let details = bot.db.store.meeting_details(id).await.expect("details");
    details.agenda.into_iter().map(|i| i.title).collect()
}

#[tokio::test]
async fn each_agenda_edit_is_answered_with_the_new_agenda() {
    let bot = TestBot::start(BEFORE).await;
    let karoline = secretariat("no");
    let add = agenda(
        "add",
        json!([{"name": "title", "value": "Budsjett 2025"}, {"name": "position", "value": 3}]),
    );
    let preview = run(&bot, &karoline, "meeting", add).await;
    let shown = text(&preview);
    assert!(shown.contains("• Ny sak: 3. Budsjett 2025"), "{shown}");
    assert!(
        shown.contains("3. Budsjett 2025\n4. Forslag til møteplan 2025"),
        "{shown}"
    );
    confirm(&bot, &karoline, &preview).await;

    let edit = agenda(
        "edit",
        json!([{"name": "number", "value": 3}, {"name": "title", "value": "Budsjett 2025–2026"}]),
    );
    let preview = run(&bot, &karoline, "meeting", edit).await;
    assert!(
        text(&preview).contains("• Endret sak: 3. Budsjett 2025 → 3. Budsjett 2025–2026"),
        "{:?}",
        preview.body
    );
    confirm(&bot, &karoline, &preview).await;

    let moved = agenda(
        "move",
        json!([{"name": "number", "value": 3}, {"name": "to", "value": 1}]),
    );
    let preview = run(&bot, &karoline, "meeting", moved).await;
    assert!(
        text(&preview).contains("• Sakene kommer i ny rekkefølge."),
        "{:?}",
        preview.body
    );
    assert!(text(&preview).contains("\n1. Budsjett 2025–2026\n2. Godkjenning"));
    confirm(&bot, &karoline, &preview).await;

    let remove = agenda("remove", json!([{"name": "number", "value": 6}]));
    let preview = run(&bot, &karoline, "meeting", remove).await;
    assert!(
        text(&preview).contains("• Sak fjernet: 6. Eventuelt"),
        "{:?}",
        preview.body
    );
    confirm(&bot, &karoline, &preview).await;
    assert_eq!(
        titles(&bot).await,
        [
            "Budsjett 2025–2026",
            "Godkjenning av innkalling og dagsorden",
            "Godkjenning av referat fra møte 12. september 2024",
            "Forslag til møteplan 2025",
            "Runde rundt bordet",
        ]
    );
    let wrong = agenda("remove", json!([{"name": "number", "value": 9}]));
    let refused = run(&bot, &karoline, "meeting", wrong).await;
    assert!(
        text(&refused).contains("Sakskartet har ingen sak 9; det har 5 saker."),
        "{:?}",
        refused.body
    );
    assert_eq!(bot.db.count("meeting_changes").await, 4);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn moving_a_meeting_edits_the_notice_once_and_replans_its_reminders() {
    let bot = TestBot::start("2024-11-01T08:00:00Z").await;
    let karoline = secretariat("no");
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    let reminder = until_state(&bot, MessageKind::Reminder, "1", SendState::Due).await;
    assert_eq!(reminder.due_at, at("2024-11-05T08:00:00Z"));

    let options =
        json!([{"name": "move", "options": [{"name": "starts", "value": "2024-11-14 12:00"}]}]);
    let preview = run(&bot, &karoline, "meeting", options).await;
    let shown = text(&preview);
    assert!(
        shown.contains("• Tid: torsdag 7. november 2024, kl. 12:00–13:00 → torsdag 14. november 2024, kl. 12:00–13:00"),
        "{shown}"
    );
    assert!(
        shown.contains("• Frist for innlegg: <t:1731106799:f> → <t:1731711599:f>"),
        "{shown}"
    );
    let done = confirm(&bot, &karoline, &preview).await;
    assert!(text(&done).starts_with("✅ Møtet «Møte i faggruppe for Næringssamarbeid» er flyttet."));

    // The reminders not yet sent are re-planned at once.
    let rows = bot
        .db
        .store
        .scheduled_messages(meeting_id(&bot).await)
        .await
        .expect("rows");
    let due = |slot: &str| {
        rows.iter()
            .find(|r| r.kind == MessageKind::Reminder && r.slot == slot)
            .map(|r| r.due_at)
    };
    assert_eq!(due("1"), Some(at("2024-11-12T08:00:00Z")));
    assert_eq!(due("2"), Some(at("2024-11-14T07:00:00Z")));

    until_state(&bot, MessageKind::NoticeEdit, "1", SendState::Sent).await;
    until_state(&bot, MessageKind::Changed, "1", SendState::Sent).await;
    settle(&bot).await;
    let mut channel = bot.sim.channel_messages(bot.sim.default_channel());
    channel.retain(|m| !m.is_ephemeral());
    let notices: Vec<_> = channel
        .iter()
        .filter(|m| m.content().contains("Innkalling:"))
        .collect();
    assert_eq!(notices.len(), 1, "edited in place");
    assert!(
        notices[0].content().contains("torsdag 14. november 2024"),
        "{}",
        notices[0].content()
    );
    let notes: Vec<_> = channel
        .iter()
        .filter(|m| m.content().contains("er endret"))
        .collect();
    assert_eq!(notes.len(), 1);
    let note = notes[0].content();
    assert!(
        note.contains("\nNy tid: torsdag 14. november 2024, kl. 12:00–13:00")
            && note.contains("\nNy frist for innlegg: fredag 15. november 2024 kl. 23:59"),
        "{note}"
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_cancelled_meeting_is_marked_on_the_notice_and_gets_no_reminders() {
    let bot = TestBot::start("2024-11-01T08:00:00Z").await;
    let karoline = secretariat("no");
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    let preview = run(&bot, &karoline, "meeting", json!([{"name": "cancel"}])).await;
    let shown = text(&preview);
    assert!(
        shown.contains("Avlysning: «Møte i faggruppe for Næringssamarbeid»"),
        "{shown}"
    );
    assert!(shown.contains("• Møtet avlyses"), "{shown}");
    assert_eq!(bot.db.count("pending_changes").await, 1);
    let done = confirm(&bot, &karoline, &preview).await;
    assert!(text(&done).starts_with("✅ Møtet «Møte i faggruppe for Næringssamarbeid» er avlyst."));

    until_state(&bot, MessageKind::Changed, "1", SendState::Sent).await;
    let mut channel = bot.sim.channel_messages(bot.sim.default_channel());
    channel.retain(|m| !m.is_ephemeral());
    let notice = channel
        .iter()
        .find(|m| m.content().contains("Innkalling:"))
        .expect("notice");
    assert!(
        notice.content().starts_with("❌ **AVLYST**"),
        "{}",
        notice.content()
    );
    assert_eq!(
        channel
            .iter()
            .filter(|m| m.content().contains("er avlyst"))
            .count(),
        1
    );
    let agenda = run(&bot, &karoline, "agenda", json!([])).await;
    assert!(text(&agenda).contains("❌ **Avlyst**"), "{:?}", agenda.body);

    bot.clock.set(at("2024-11-05T08:00:00Z"));
    until_state(&bot, MessageKind::Reminder, "1", SendState::Skipped).await;
    let again =
        json!([{"name": "move", "options": [{"name": "starts", "value": "2024-11-14 12:00"}]}]);
    let refused = run(&bot, &karoline, "meeting", again).await;
    assert!(
        text(&refused).contains("Møtet er avlyst"),
        "{:?}",
        refused.body
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn invitees_are_added_removed_and_replaced_from_a_csv() {
    let bot = TestBot::start(BEFORE).await;
    let karoline = secretariat("en-US");
    let id = meeting_id(&bot).await;
    let add = json!([{"name": "add", "options": [
        {"name": "first_name", "value": "Ola"},
        {"name": "last_name", "value": "Nordmann"},
        {"name": "organisation", "value": "Horten kommune"},
        {"name": "region", "value": "Horten kommune"}
    ]}]);
    let preview = run(&bot, &karoline, "invitee", add).await;
    assert!(
        text(&preview).contains("• Invitees added (1): Ola Nordmann, Horten kommune"),
        "{:?}",
        preview.body
    );
    confirm(&bot, &karoline, &preview).await;
    let count = |bot: &TestBot| {
        let store = bot.db.store.clone();
        async move { store.invitees(id).await.expect("invitees").len() }
    };
    assert_eq!(count(&bot).await, 46);

    let remove = json!([{"name": "remove", "options": [
        {"name": "name", "value": "Ola Nordmann, Horten kommune"}
    ]}]);
    let preview = run(&bot, &karoline, "invitee", remove).await;
    assert!(text(&preview).contains("• Invitees removed (1): Ola Nordmann"));
    confirm(&bot, &karoline, &preview).await;
    assert_eq!(count(&bot).await, 45);

    let csv = "Fornavn;Etternavn;Organisasjon;Region\nAnne;Huse;Kongsvingerregionen;Kongsvingerregionen\nKari;Nordmann;Elverum kommune;Elverum\n";
    let file = bot.sim.upload("inviterte.csv", "text/csv", csv.as_bytes());
    let import =
        json!([{"name": "import", "options": [{"name": "file", "value": file.to_string()}]}]);
    let preview = run(&bot, &karoline, "invitee", import).await;
    let shown = text(&preview);
    assert!(
        shown.contains("• Invitees added (1): Kari Nordmann, Elverum kommune"),
        "{shown}"
    );
    assert!(shown.contains("• Invitees removed (44): "), "{shown}");
    assert!(shown.contains("and 36 more"), "{shown}");
    confirm(&bot, &karoline, &preview).await;
    assert_eq!(count(&bot).await, 2);
    bot.finish();
    bot.stop().await;
}
