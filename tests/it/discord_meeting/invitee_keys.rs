//! A corrected name keeps its answers: `/invitee edit`, and a re-imported list whose row names
//! the invitee's key, keep the invitee (their answer to the notice and their Discord link),
//! and the preview says whose answers move with them.

use super::{confirm, meeting_id, run, secretariat, text, BEFORE};
use crate::support::bot::TestBot;
use crate::support::sim::User;
use roundtable::domain::attendance::Rsvp;
use serde_json::json;
use std::process::Command;

/// What `roundtable status --invitees` says of the invitees of the bot's database.
fn status_invitees(bot: &TestBot) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .env_remove("DISCORD_TOKEN")
        .env("RUST_LOG", "off")
        .args(["--database", &bot.db.url, "status", "--invitees"])
        .output()
        .expect("roundtable status");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn a_corrected_name_keeps_the_invitees_answer_and_link() {
    let bot = TestBot::start(BEFORE).await;
    let karoline = secretariat("no");
    let anne = User::member("Anne");
    let id = meeting_id(&bot).await;
    let store = &bot.db.store;
    let found = store.invitees_named(id, "Anne Huse").await.expect("found");
    let invitee = found[0].id;
    store.link_invitee(invitee, anne.id).await.expect("link");
    store
        .record_rsvp(invitee, &Rsvp::Attending, anne.id, bot.app.now())
        .await
        .expect("answer");

    let edit = json!([{"name": "edit", "options": [
        {"name": "name", "value": "Anne Huse, Kongsvingerregionen"},
        {"name": "last_name", "value": "Husø"}
    ]}]);
    let preview = run(&bot, &karoline, "invitee", edit).await;
    let shown = text(&preview);
    let moved = "Anne Huse, Kongsvingerregionen → Anne Husø, Kongsvingerregionen";
    assert!(
        shown.contains(&format!("• Rettet invitert: {moved}")),
        "{shown}"
    );
    assert!(
        shown.contains(&format!(
            "Svaret på innkallingen og koblingen til Discord følger med: {moved}."
        )),
        "{shown}"
    );
    assert!(!shown.contains("fjernes fra de inviterte"), "{shown}");
    confirm(&bot, &karoline, &preview).await;
    let kept = |name: &'static str| {
        let store = store.clone();
        async move {
            let entries = store.attendance(id).await.expect("attendance");
            entries
                .into_iter()
                .find(|e| e.invitee.full_name() == name)
                .unwrap_or_else(|| panic!("{name} is invited"))
        }
    };
    let entry = kept("Anne Husø").await;
    assert_eq!(entry.invitee_id, invitee, "the same invitee");
    assert_eq!(entry.rsvp, Some(Rsvp::Attending));
    assert_eq!(entry.invitee.discord_user_id, Some(anne.id));

    // The secretariat finds her key with `roundtable status --invitees`, and a re-imported
    // list that names it keeps her under another organisation.
    let key = entry.invitee.key.expect("a key");
    assert!(
        status_invitees(&bot).contains(&format!("nøkkel {key}: Anne Husø, Kongsvingerregionen")),
        "{}",
        status_invitees(&bot)
    );
    let csv = format!(
        "Fornavn;Etternavn;Organisasjon;Region;Nøkkel\n\
         Anne;Husø;Kongsvinger kommune;Kongsvingerregionen;{key}\n\
         Kari;Nordmann;Elverum kommune;Elverum;\n"
    );
    let file = bot.sim.upload("inviterte.csv", "text/csv", csv.as_bytes());
    let import =
        json!([{"name": "import", "options": [{"name": "file", "value": file.to_string()}]}]);
    let preview = run(&bot, &karoline, "invitee", import).await;
    let shown = text(&preview);
    let moved = "Anne Husø, Kongsvingerregionen → Anne Husø, Kongsvinger kommune";
    assert!(shown.contains(&format!("følger med: {moved}.")), "{shown}");
    assert!(
        shown.contains("• Nye inviterte (1): Kari Nordmann, Elverum kommune"),
        "{shown}"
    );
    confirm(&bot, &karoline, &preview).await;
    let entry = kept("Anne Husø").await;
    assert_eq!(entry.invitee_id, invitee);
    assert_eq!(entry.invitee.organisation, "Kongsvinger kommune");
    assert_eq!(entry.rsvp, Some(Rsvp::Attending));
    assert_eq!(entry.invitee.discord_user_id, Some(anne.id));
    assert_eq!(store.invitees(id).await.expect("invitees").len(), 2);

    // A key no invitee has is refused, not taken as someone new.
    let csv = "Fornavn,Etternavn,Organisasjon,Key\nPer,Hansen,Asker kommune,99999\n";
    let file = bot.sim.upload("inviterte.csv", "text/csv", csv.as_bytes());
    let import =
        json!([{"name": "import", "options": [{"name": "file", "value": file.to_string()}]}]);
    let refused = run(&bot, &karoline, "invitee", import).await;
    assert!(
        text(&refused).contains("Ingen av de inviterte til møtet har nøkkelen 99999"),
        "{:?}",
        refused.body
    );
    assert!(refused.components().is_empty());
    bot.sim.assert_no_violations();
    bot.stop().await;
}
