//! The outcome form's item chosen by autocomplete, in the words of the agenda, and a raised
//! matter refused for a missing title with what was typed given back.

use super::{prepared, run, secretariat, submit, text};
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn the_item_is_chosen_from_the_agenda_by_what_is_typed() {
    let (bot, _cast) = prepared().await;
    let typed = json!([{"name": "item", "options": [
        {"name": "number", "value": "møteplan", "focused": true}
    ]}]);
    let i = bot
        .sim
        .autocomplete(&secretariat(), bot.sim.default_channel(), "minutes", typed)
        .await;
    let answer = bot.sim.wait_response(&i, Duration::from_secs(5)).await;
    let choices = answer.choices();
    assert_eq!(choices.len(), 1, "{choices:?}");
    assert_eq!(choices[0]["name"], "3. Forslag til møteplan 2025");
    assert_eq!(choices[0]["value"], 3);
    let form = run(
        &bot,
        &secretariat(),
        "item",
        json!([{"name": "number", "value": 3}]),
    )
    .await;
    assert_eq!(form.callback_type(), Some(9));
    assert_eq!(
        form.data()["title"],
        "Sak 3: Forslag til møteplan 2025",
        "{:?}",
        form.body
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn an_outcome_with_nothing_written_is_refused_and_a_long_one_comes_back_as_a_file() {
    let (bot, _cast) = prepared().await;
    let karoline = secretariat();
    let form = run(
        &bot,
        &karoline,
        "item",
        json!([{"name": "number", "value": 1}]),
    )
    .await;
    let empty = submit(
        &bot,
        &karoline,
        &form,
        &[("account", " "), ("conclusion", "")],
    )
    .await;
    assert!(
        text(&empty).contains("Det er ikke skrevet noe"),
        "{:?}",
        empty.body
    );
    let form = run(
        &bot,
        &karoline,
        "item",
        json!([{"name": "number", "value": 1}]),
    )
    .await;
    let long = "Langt referat. ".repeat(300);
    let refused = submit(
        &bot,
        &karoline,
        &form,
        &[("account", long.trim()), ("conclusion", "")],
    )
    .await;
    assert!(
        text(&refused).contains("lengre enn 4000 tegn"),
        "{:?}",
        refused.body
    );
    let back = refused
        .files
        .first()
        .expect("the text comes back as a file");
    assert_eq!(back.bytes, long.trim().as_bytes());
    assert_eq!(bot.db.count("minutes_outcomes").await, 0);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn members_with_discord_in_english_are_answered_in_english() {
    let (bot, _cast) = prepared().await;
    let karoline = secretariat();
    let (_, posted) = super::post_draft(&bot, &karoline).await;
    let visitor = crate::support::sim::User::member("Emma").with_locale("en-US");
    let answer = super::click(&bot, &visitor, posted.id, &posted.components(), "min_fix:").await;
    assert_eq!(
        text(&answer),
        "You represent no region with a paragraph in the draft."
    );
    let english = crate::support::sim::User::member("Kate")
        .with_locale("en-GB")
        .with_role(crate::support::bot::SECRETARIAT_ROLE);
    let status = run(&bot, &english, "status", json!([])).await;
    assert!(
        text(&status).contains("⏳ Elverum: no answer"),
        "{:?}",
        status.body
    );
    bot.finish();
    bot.stop().await;
}
