//! `/meeting new` and `/meeting list`: the group's next meeting planned from a form, with
//! the agenda and regions of its last one.

use super::{confirm, run, secretariat, text, BEFORE, WAIT};
use crate::support::bot::TestBot;
use roundtable::domain::records::MeetingSelector;
use serde_json::json;

#[tokio::test]
async fn the_secretariat_lists_the_groups_meetings_and_plans_the_next_one() {
    let bot = TestBot::start(BEFORE).await;
    let karoline = secretariat("no");
    let form = run(&bot, &karoline, "meeting", json!([{"name": "new"}])).await;
    assert_eq!(form.callback_type(), Some(9), "{:?}", form.body);
    let fields = &form.data()["components"];
    assert_eq!(fields.as_array().map(Vec::len), Some(5));
    assert_eq!(
        fields[0]["components"][0]["value"],
        "Møte i faggruppe for Næringssamarbeid"
    );
    let custom_id = form.data()["custom_id"].as_str().expect("id").to_owned();
    let submit = |starts: &'static str| {
        let (bot, karoline, custom_id) = (&bot, &karoline, custom_id.clone());
        async move {
            let fields = [
                ("title", "Møte i faggruppen, desember"),
                ("starts", starts),
                ("ends", "14:00"),
                ("place", "Teams"),
                ("documents", ""),
            ];
            let i = bot
                .sim
                .submit_modal(karoline, bot.sim.default_channel(), &custom_id, &fields)
                .await;
            bot.sim.wait_response(&i, WAIT).await
        }
    };
    let refused = submit("5. desember kl 12").await;
    assert!(
        text(&refused).contains("Tid: «5. desember kl 12» er ikke en dato og tid"),
        "{:?}",
        refused.body
    );
    let preview = submit("05.12.2024 12:00").await;
    let shown = text(&preview);
    assert!(
        shown.contains("Nytt møte: «Møte i faggruppen, desember»"),
        "{shown}"
    );
    assert!(
        shown.contains("• Nye regioner (5): Ringeriksregionen; Elverum"),
        "{shown}"
    );
    assert!(shown.contains("4. Runde rundt bordet (innlegg)"), "{shown}");
    confirm(&bot, &karoline, &preview).await;
    let new = bot
        .app
        .meeting(&MeetingSelector::Named(
            "naeringssamarbeid-2024-12-05".into(),
        ))
        .await
        .expect("created");
    let details = bot.db.store.meeting_details(new.id).await.expect("details");
    assert_eq!(details.agenda.len(), 5);
    assert_eq!(details.regions.len(), 5);
    assert_eq!(details.summary.place, "Teams");
    assert_eq!(
        new.starts_at,
        "2024-12-05T11:00:00Z"
            .parse::<chrono::DateTime<chrono::Utc>>()
            .expect("t")
    );
    assert_eq!(details.notice_date.to_string(), "2024-11-29");

    let list = run(&bot, &karoline, "meeting", json!([{"name": "list"}])).await;
    let list = text(&list);
    assert!(
        list.contains("**Møter i Faggruppe for Næringssamarbeid**"),
        "{list}"
    );
    let first = list
        .find("**Møte i faggruppe for Næringssamarbeid** (nr. 1)")
        .expect("the first meeting");
    let second = list
        .find("**Møte i faggruppen, desember** (nr. 2)")
        .expect("the new meeting");
    assert!(first < second, "soonest first: {list}");
    assert!(list.contains("innlegg 0/5"), "{list}");
    bot.finish();
    bot.stop().await;
}
