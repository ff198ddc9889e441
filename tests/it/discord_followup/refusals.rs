//! What `/followup` refuses, in the user's language, giving back what they typed: someone
//! who does not own the item, a member adding one, a due date that is not a date, a region
//! the group does not have, an agenda item the meeting does not have.

use super::{add_item, member, report, run, secretariat, submit, text, AFTER_FIRST, WHAT};
use crate::support::bot::TestBot;
use serde_json::json;

#[tokio::test]
async fn only_the_owner_and_the_secretariat_report_on_an_item() {
    let bot = TestBot::start(AFTER_FIRST).await;
    let (karoline, karl, kari) = (secretariat("no"), member("Karl Jørgen"), member("Kari"));
    bot.link(&karl, "Horten kommune").await;
    bot.link(&kari, "Elverum").await;
    add_item(&bot, &karoline, "20.11.2024").await;
    for (user, words) in [
        (
            kari.clone(),
            "Bare den ansvarlige for oppfølgingspunkt #1 (regionens representanter",
        ),
        (
            kari.clone().with_locale("en-US"),
            "Only the owner of follow-up item #1",
        ),
    ] {
        let options = json!([{"name": "done", "options": [{"name": "item", "value": "#1"}]}]);
        let refused = run(&bot, &user, "followup", options).await;
        assert!(refused.is_ephemeral());
        assert!(text(&refused).starts_with(words), "{}", text(&refused));
    }
    // An item of no group here, by number.
    let options = json!([{"name": "status", "options": [{"name": "item", "value": "7"}]}]);
    let unknown = run(&bot, &karl, "followup", options).await;
    assert!(
        text(&unknown).starts_with("Fant ikke oppfølgingspunktet «7»"),
        "{}",
        text(&unknown)
    );
    // The secretariat may.
    let updated = report(&bot, &karoline, false, "Purret på Horten").await;
    assert!(
        text(&updated).contains("Status: Purret på Horten"),
        "{}",
        text(&updated)
    );
    // Nothing changed but the secretariat's line.
    let items = bot.app.group_follow_ups(1).await.expect("items");
    assert_eq!(items[0].status, "Purret på Horten");
    assert!(items[0].is_open());

    // The list offers "done" only to whoever may close the item.
    let list = run(&bot, &kari, "followup", json!([{"name": "list"}])).await;
    assert!(list.components().is_empty(), "{:?}", list.body);
    let list = run(&bot, &karl, "followup", json!([{"name": "list"}])).await;
    let button = &list.components()[0]["components"][0];
    assert_eq!(button["custom_id"], "followup_done:1");
    assert_eq!(button["label"], "✅ #1 er ferdig");
    let message = list.message_id.expect("the list is a message");
    let channel = bot.sim.default_channel();
    let click = bot
        .sim
        .click(&karl, channel, message, "followup_done:1")
        .await;
    let opened = bot.sim.wait_response(&click, super::WAIT).await;
    let done = submit(&bot, &karl, &opened, &[("status", "Levert")]).await;
    assert!(text(&done).contains("✅ Ferdig: Levert"), "{}", text(&done));
    assert!(!bot.app.group_follow_ups(1).await.expect("items")[0].is_open());
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_member_cannot_add_an_item() {
    let bot = TestBot::start(AFTER_FIRST).await;
    let options = json!([{"name": "new", "options": [{"name": "region", "value": "Elverum"}]}]);
    let refused = run(&bot, &member("Kari"), "followup", options).await;
    assert_eq!(
        text(&refused),
        "Denne kommandoen er bare for sekretariatet."
    );
    assert!(bot.app.group_follow_ups(1).await.expect("items").is_empty());
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_bad_date_an_unknown_region_or_agenda_item_is_refused_in_the_users_language() {
    let bot = TestBot::start(AFTER_FIRST).await;
    for (user, words) in [
        (
            secretariat("no"),
            "Forstår ikke fristen «31.02.2025». Skriv den som dd.mm.åååå",
        ),
        (
            secretariat("en-US"),
            "Cannot read the due date “31.02.2025”. Write it as dd.mm.yyyy",
        ),
    ] {
        let refused = add_item(&bot, &user, "31.02.2025").await;
        assert!(refused.is_ephemeral());
        assert_eq!(refused.data()["allowed_mentions"]["parse"], json!([]));
        assert!(text(&refused).starts_with(words), "{}", text(&refused));
        // What was typed comes back.
        assert!(
            text(&refused).contains(&format!("\n> {WHAT}")),
            "{}",
            text(&refused)
        );
    }
    let karoline = secretariat("no");
    let options = json!([{"name": "new", "options": [{"name": "region", "value": "Drammen"}]}]);
    let refused = run(&bot, &karoline, "followup", options).await;
    assert!(
        text(&refused).starts_with(
            "«Drammen» er ikke en region i gruppen. Regionene er: Elverum, Horten kommune"
        ),
        "{}",
        text(&refused)
    );
    // A region typed over in the form is checked again.
    let options = json!([{"name": "new", "options": [{"name": "region", "value": "Elverum"}]}]);
    let opened = run(&bot, &karoline, "followup", options).await;
    let fields = [("what", WHAT), ("owner", "Drammen"), ("due", "20.11.2024")];
    let refused = submit(&bot, &karoline, &opened, &fields).await;
    assert!(
        text(&refused).starts_with("«Drammen» er ikke en region i gruppen."),
        "{}",
        text(&refused)
    );
    // An agenda item the meeting has not.
    let options =
        json!([{"name": "new", "options": [{"name": "person", "value": "Ola Nordmann"}]}]);
    let opened = run(&bot, &karoline, "followup", options).await;
    let fields = [
        ("what", WHAT),
        ("owner", "Ola Nordmann"),
        ("due", "20.11.2024"),
        ("item", "9"),
    ];
    let refused = submit(&bot, &karoline, &opened, &fields).await;
    assert!(
        text(&refused).starts_with("Møtet har ingen sak «9»."),
        "{}",
        text(&refused)
    );
    // Everything typed comes back, the item's number too.
    assert!(
        text(&refused).contains(&format!("> {WHAT}")) && text(&refused).ends_with("\n> 9"),
        "{}",
        text(&refused)
    );
    assert!(bot.app.group_follow_ups(1).await.expect("items").is_empty());
    // Neither a region nor a person.
    let refused = run(&bot, &karoline, "followup", json!([{"name": "new"}])).await;
    assert!(
        text(&refused).starts_with("Oppgi hvem som er ansvarlig"),
        "{}",
        text(&refused)
    );
    bot.finish();
    bot.stop().await;
}
