//! The minutes' refusals on Discord: each with its reason, and nothing typed lost.

use super::{
    at, channel_posts, click, post_draft, prefilled, prepared, run, secretariat, submit, text,
    KONGSVINGER,
};
use crate::support::sim::User;
use serde_json::json;

#[tokio::test]
async fn only_the_secretariat_records_and_a_member_without_a_paragraph_cannot_correct() {
    let (bot, cast) = prepared().await;
    let refused = run(
        &bot,
        &cast.anne,
        "item",
        json!([{"name": "number", "value": 1}]),
    )
    .await;
    assert!(
        text(&refused).contains("bare for sekretariatet"),
        "{:?}",
        refused.body
    );
    assert_eq!(bot.db.count("minutes_outcomes").await, 0);

    let (_, posted) = post_draft(&bot, &secretariat()).await;
    let outsider = User::member("Ola").with_locale("no");
    let none = click(&bot, &outsider, posted.id, &posted.components(), "min_fix:").await;
    assert!(
        text(&none).contains("representerer ingen region som har et avsnitt"),
        "{:?}",
        none.body
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_rettelse_refused_gives_its_text_back() {
    let (bot, cast) = prepared().await;
    let typed = "Sak 3: junimøtet er 12. juni.";
    // A member may not add one: the refusal, and what they typed.
    let refused = run(
        &bot,
        &cast.anne,
        "rettelse",
        json!([{"name": "text", "value": typed}]),
    )
    .await;
    assert!(
        text(&refused).contains("bare for sekretariatet") && text(&refused).ends_with(typed),
        "{:?}",
        refused.body
    );
    // The secretariat, before the minutes are approved: the reason, and the text.
    let early = run(
        &bot,
        &secretariat(),
        "rettelse",
        json!([{"name": "text", "value": typed}, {"name": "meeting", "value": "naeringssamarbeid-2024-11-07"}]),
    )
    .await;
    assert!(text(&early).ends_with(typed), "{:?}", early.body);
    assert_eq!(bot.db.count("minutes_rettelser").await, 0);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn nothing_is_approved_before_a_draft_and_not_while_a_correction_waits() {
    let (bot, cast) = prepared().await;
    let karoline = secretariat();
    let refused = run(
        &bot,
        &karoline,
        "approve",
        json!([{"name": "meeting", "value": "naeringssamarbeid-2024-11-07"}]),
    )
    .await;
    assert!(
        text(&refused).contains("ikke sendt ut ennå"),
        "{:?}",
        refused.body
    );

    let (_, posted) = post_draft(&bot, &karoline).await;
    let form = click(
        &bot,
        &cast.camilla,
        posted.id,
        &posted.components(),
        "min_fix:",
    )
    .await;
    submit(&bot, &cast.camilla, &form, &[("paragraph", "Ny tekst.")]).await;
    bot.clock.set(at(super::NEXT_STARTS));
    let waiting = run(&bot, &karoline, "approve", json!([])).await;
    assert!(
        text(&waiting).contains("Rettelser venter på avgjørelse (Kongsvingerregionen)"),
        "{:?}",
        waiting.body
    );
    assert_eq!(bot.db.count("minutes_versions").await, 0);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_correction_to_a_paragraph_that_changed_meanwhile_is_refused_and_given_back() {
    let (bot, cast) = prepared().await;
    let karoline = secretariat();
    let (_, posted) = post_draft(&bot, &karoline).await;
    let components = posted.components();
    // Two forms opened on the same paragraph; the first correction is accepted.
    let first = click(&bot, &cast.camilla, posted.id, &components, "min_fix:").await;
    let second = click(&bot, &cast.camilla, posted.id, &components, "min_fix:").await;
    assert_eq!(
        prefilled(&second, "paragraph").as_deref(),
        Some(KONGSVINGER)
    );
    submit(
        &bot,
        &cast.camilla,
        &first,
        &[("paragraph", "Første rettelse.")],
    )
    .await;
    let status = run(&bot, &karoline, "status", json!([])).await;
    let message = status.message_id.expect("a message");
    click(
        &bot,
        &karoline,
        message,
        &status.components(),
        "min_decide:",
    )
    .await;

    let long = format!("Andre rettelse. {}", "Mer tekst. ".repeat(250));
    let stale = submit(&bot, &cast.camilla, &second, &[("paragraph", &long)]).await;
    assert!(
        text(&stale).contains("Avsnittet er endret etter at du åpnet skjemaet"),
        "{:?}",
        stale.body
    );
    let back = stale.files.first().expect("the text comes back as a file");
    assert_eq!(back.bytes, long.as_bytes());
    assert_eq!(bot.db.count("minutes_corrections").await, 1);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn after_the_approval_every_edit_is_refused_and_a_rettelse_is_approved_on_its_own() {
    let (bot, _cast) = prepared().await;
    let karoline = secretariat();
    post_draft(&bot, &karoline).await;
    bot.clock.set(at("2025-02-06T11:30:00Z"));
    run(&bot, &karoline, "approve", json!([])).await;
    let meeting = json!({"name": "meeting", "value": "naeringssamarbeid-2024-11-07"});

    let raised = run(&bot, &karoline, "raised", json!([meeting.clone()])).await;
    assert!(
        text(&raised).contains("godkjent torsdag 6. februar 2025 kl. 12:30 og er låst"),
        "{:?}",
        raised.body
    );
    let again = run(&bot, &karoline, "draft", json!([meeting.clone()])).await;
    assert!(text(&again).contains("er låst"), "{:?}", again.body);
    let nothing = run(&bot, &karoline, "approve", json!([meeting.clone()])).await;
    assert!(
        text(&nothing).contains("ingenting å godkjenne"),
        "{:?}",
        nothing.body
    );

    let added = run(
        &bot,
        &karoline,
        "rettelse",
        json!([{"name": "text", "value": "Sak 3: junimøtet er 12. juni."}, meeting.clone()]),
    )
    .await;
    assert!(
        text(&added).contains("venter på godkjenning"),
        "{:?}",
        added.body
    );
    let approved = run(&bot, &karoline, "approve", json!([meeting])).await;
    assert!(text(&approved).contains("versjon 2"), "{:?}", approved.body);
    let posts: Vec<_> = channel_posts(&bot)
        .into_iter()
        .filter(|m| m.content().contains("er godkjent"))
        .collect();
    assert_eq!(posts.len(), 2);
    let pdf = |m: &crate::support::sim::SimMessage| {
        m.files
            .iter()
            .find(|f| f.filename.ends_with(".pdf"))
            .map(|f| f.bytes.clone())
            .expect("a PDF")
    };
    // Version 1 is kept as it was; version 2 is another file.
    assert!(pdf(&posts[0]) != pdf(&posts[1]));
    let id = bot
        .db
        .store
        .meeting_id_by_key("naeringssamarbeid-2024-11-07")
        .await
        .expect("a read")
        .expect("the meeting");
    let format = roundtable::export::Format::Pdf;
    let (_, first) = bot
        .app
        .locked_minutes(id, format, Some(1))
        .await
        .expect("version 1");
    assert!(
        first == pdf(&posts[0]),
        "version 1 is the first file posted"
    );
    let (latest, second) = bot
        .app
        .locked_minutes(id, format, None)
        .await
        .expect("version 2");
    assert_eq!(latest.version, 2);
    assert!(
        second == pdf(&posts[1]),
        "version 2 is the second file posted"
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_member_cannot_accept_a_correction_and_its_buttons_stay() {
    let (bot, cast) = prepared().await;
    let (_, posted) = post_draft(&bot, &secretariat()).await;
    let form = click(
        &bot,
        &cast.camilla,
        posted.id,
        &posted.components(),
        "min_fix:",
    )
    .await;
    submit(&bot, &cast.camilla, &form, &[("paragraph", "Ny tekst.")]).await;
    let put = bot
        .sim
        .channel_messages(bot.secretariat_channel())
        .into_iter()
        .find(|m| m.content().contains("Rettelse foreslått"))
        .expect("put before the secretariat");
    let i = bot
        .sim
        .click(
            &cast.anne,
            bot.secretariat_channel(),
            put.id,
            &button_id(&put.components(), "min_decide:"),
        )
        .await;
    let refused = bot
        .sim
        .wait_response(&i, std::time::Duration::from_secs(5))
        .await;
    assert!(
        text(&refused).contains("bare for sekretariatet"),
        "{:?}",
        refused.body
    );
    assert!(refused.is_ephemeral());
    let after = bot.sim.message(put.id).expect("the message");
    assert!(!after.components().is_empty(), "the buttons stay");
    assert_eq!(
        bot.db
            .count("minutes_corrections WHERE status = 'proposed'")
            .await,
        1
    );
    bot.finish();
    bot.stop().await;
}

fn button_id(components: &[serde_json::Value], prefix: &str) -> String {
    components
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["custom_id"].as_str().map(str::to_owned))
        .find(|id| id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix} button"))
}
