//! The standing agenda edited from Discord: previewed with the planned meetings whose notice
//! is not yet posted, each given the new item, written on Confirm.

use super::{plan_text, press, run, secretariat, text, upload_plan};
use crate::support::bot::TestBot;
use crate::support::sim::User;
use serde_json::json;

#[tokio::test]
async fn a_standing_item_added_on_discord_goes_into_the_planned_meetings() {
    let bot = TestBot::start("2025-01-15T10:00:00Z").await;
    let karoline = secretariat();
    let preview = upload_plan(&bot, &karoline, &plan_text(&bot)).await;
    press(&bot, &karoline, &preview, "plan_ok:").await;

    let template = |command: serde_json::Value| json!([{"name": "template", "options": [command]}]);
    let shown = run(&bot, &karoline, template(json!({"name": "show"}))).await;
    assert!(
        text(&shown).contains(
            "3. Oppfølging fra forrige møte\n    (møtets egne saker)\n  4. Runde rundt bordet"
        ),
        "{:?}",
        shown.body
    );
    let add = json!({"name": "add", "options": [{"name": "title", "value": "Orientering fra sekretariatet"}]});
    // A member cannot.
    let ola = User::member("Ola").with_locale("no");
    let refused = run(&bot, &ola, template(add.clone())).await;
    assert!(
        text(&refused).contains("bare for sekretariatet"),
        "{:?}",
        refused.body
    );

    let preview = run(&bot, &karoline, template(add)).await;
    let shown = text(&preview);
    assert!(shown.contains("**Nytt fast sakskart:**"), "{shown}");
    assert!(
        shown.contains("  4. Orientering fra sekretariatet"),
        "{shown}"
    );
    assert_eq!(shown.matches("• Endres:").count(), 6, "{shown}");
    let id = bot
        .db
        .store
        .meeting_id_by_key("naeringssamarbeid-2025-02-06")
        .await
        .expect("read")
        .expect("planned");
    let before = bot.db.store.meeting_details(id).await.expect("details");
    assert_eq!(before.agenda.len(), 6, "nothing before Confirm");

    // Only the one who asked can confirm.
    let other = User::member("Per")
        .with_locale("no")
        .with_role(crate::support::bot::SECRETARIAT_ROLE);
    let refused = press(&bot, &other, &preview, "plan_ok:").await;
    assert!(
        text(&refused).contains("Denne knappen hører til noen andre."),
        "{:?}",
        refused.body
    );
    let unchanged = bot.db.store.meeting_details(id).await.expect("details");
    assert_eq!(unchanged.agenda.len(), 6);
    press(&bot, &karoline, &preview, "plan_ok:").await;
    let after = bot.db.store.meeting_details(id).await.expect("details");
    let titles: Vec<_> = after.agenda.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Godkjenning av innkalling og dagsorden",
            "Godkjenning av referat fra forrige møte",
            "Oppfølging fra forrige møte",
            "Orientering fra sekretariatet",
            "Møteplan og arbeidsprogram 2025",
            "Runde rundt bordet",
            "Eventuelt",
        ]
    );
    let stored = bot
        .db
        .store
        .template("naeringssamarbeid")
        .await
        .expect("read")
        .expect("the group's own");
    assert_eq!(stored.items.len(), 6);

    // The follow-up item replaced by one of another title that is still the follow-up item.
    let remove = json!({"name": "remove", "options": [{"name": "number", "value": 3}]});
    let preview = run(&bot, &karoline, template(remove)).await;
    press(&bot, &karoline, &preview, "plan_ok:").await;
    let add = json!({"name": "add", "options": [
        {"name": "title", "value": "Oppfølging av vedtak"},
        {"name": "kind", "value": 2},
    ]});
    let preview = run(&bot, &karoline, template(add)).await;
    press(&bot, &karoline, &preview, "plan_ok:").await;
    let after = bot.db.store.meeting_details(id).await.expect("details");
    let follow_up = after
        .agenda
        .iter()
        .find(|a| a.standing == Some(roundtable::domain::StandingItem::FollowUp))
        .expect("a follow-up item");
    assert_eq!(
        (follow_up.number, follow_up.title.as_str()),
        (4, "Oppfølging av vedtak")
    );

    // Removing an item the template does not have is refused in words.
    let remove = json!({"name": "remove", "options": [{"name": "number", "value": 9}]});
    let refused = run(&bot, &karoline, template(remove)).await;
    assert_eq!(text(&refused), "Det faste sakskartet har ingen sak nr. 9.");
    bot.finish();
    bot.stop().await;
}
