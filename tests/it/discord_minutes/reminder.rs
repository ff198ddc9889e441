//! The comment round's reminder: once, before the comment deadline, naming and pinging only
//! the regions that have not answered.

use super::{at, channel_posts, click, post_draft, prepared, secretariat};
use serde_json::json;

#[tokio::test]
async fn the_silent_regions_are_reminded_once_before_the_comment_deadline() {
    let (bot, cast) = prepared().await;
    let (_, posted) = post_draft(&bot, &secretariat()).await;
    click(&bot, &cast.anne, posted.id, &posted.components(), "min_ok:").await;

    // The day before the deadline (15 November, a week after the draft).
    bot.clock.set(at("2024-11-14T08:59:00Z"));
    bot.step().await;
    assert!(channel_posts(&bot)
        .iter()
        .all(|m| !m.content().contains("høring av referatet")));
    bot.clock.set(at("2024-11-14T09:00:30Z"));
    bot.step().await;
    let reminders: Vec<_> = channel_posts(&bot)
        .into_iter()
        .filter(|m| m.content().contains("Påminnelse: høring av referatet"))
        .collect();
    assert_eq!(reminders.len(), 1);
    let text = reminders[0].content();
    assert!(
        text.contains("Vi har ikke hørt fra Elverum, Kongsvingerregionen."),
        "{text}"
    );
    assert!(text.contains("innen fredag 15. november 2024"), "{text}");
    assert!(!text.contains(&format!("<@{}>", cast.anne.id)), "{text}");
    let body = bot
        .sim
        .requests_matching("POST /channels/{channel_id}/messages")
        .into_iter()
        .filter_map(|r| r.body)
        .find(|b| {
            b["content"]
                .as_str()
                .is_some_and(|c| c.contains("høring av referatet"))
        })
        .expect("the reminder");
    let mut pinged: Vec<u64> = body["allowed_mentions"]["users"]
        .as_array()
        .expect("users")
        .iter()
        .filter_map(|u| u.as_str()?.parse().ok())
        .collect();
    pinged.sort_unstable();
    let mut expected = vec![cast.asbjorn.id, cast.camilla.id];
    expected.sort_unstable();
    assert_eq!(pinged, expected);
    assert_eq!(body["allowed_mentions"]["parse"], json!([]));

    // Exactly once: a later step sends nothing more.
    bot.clock.set(at("2024-11-14T20:00:00Z"));
    bot.step().await;
    let again = channel_posts(&bot)
        .into_iter()
        .filter(|m| m.content().contains("høring av referatet"))
        .count();
    assert_eq!(again, 1);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn no_reminder_when_every_region_has_answered() {
    let (bot, cast) = prepared().await;
    let (_, posted) = post_draft(&bot, &secretariat()).await;
    for user in [&cast.anne, &cast.asbjorn, &cast.camilla] {
        click(&bot, user, posted.id, &posted.components(), "min_ok:").await;
    }
    bot.clock.set(at("2024-11-14T09:00:30Z"));
    bot.step().await;
    assert!(channel_posts(&bot)
        .iter()
        .all(|m| !m.content().contains("høring av referatet")));
    let rows = bot
        .app
        .scheduled_messages(
            bot.db
                .store
                .meeting_id_by_key("naeringssamarbeid-2024-11-07")
                .await
                .expect("read")
                .expect("id"),
        )
        .await
        .expect("rows");
    let row = rows
        .iter()
        .find(|r| r.kind == roundtable::schedule::MessageKind::MinutesReminder)
        .expect("planned");
    assert_eq!(row.state, roundtable::schedule::SendState::Skipped);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_new_comment_deadline_moves_the_reminder() {
    let (bot, _cast) = prepared().await;
    let karoline = secretariat();
    post_draft(&bot, &karoline).await;
    let again = super::run(
        &bot,
        &karoline,
        "draft",
        json!([{"name": "days", "value": 10}]),
    )
    .await;
    assert!(
        super::text(&again).contains("mandag 18. november 2024"),
        "{:?}",
        again.body
    );
    let reminded = |bot: &crate::support::bot::TestBot| {
        channel_posts(bot)
            .iter()
            .filter(|m| m.content().contains("Påminnelse: høring av referatet"))
            .count()
    };
    bot.clock.set(at("2024-11-14T09:00:30Z"));
    bot.step().await;
    assert_eq!(reminded(&bot), 0, "not at the old deadline's eve");
    bot.clock.set(at("2024-11-17T09:00:30Z"));
    bot.step().await;
    assert_eq!(reminded(&bot), 1);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn with_remind_by_dm_the_silent_representatives_also_get_a_direct_message() {
    let (bot, cast) = super::prepared_with(|s| s.remind_by_dm = true).await;
    let (_, posted) = post_draft(&bot, &secretariat()).await;
    click(&bot, &cast.anne, posted.id, &posted.components(), "min_ok:").await;
    bot.clock.set(at("2024-11-14T09:00:30Z"));
    bot.step().await;
    for user in [&cast.asbjorn, &cast.camilla] {
        let dms = bot.sim.channel_messages(bot.sim.dm_channel(user));
        assert_eq!(dms.len(), 1, "{}", user.name);
        assert!(
            dms[0]
                .content()
                .contains("Vi har ikke hørt fra Elverum, Kongsvingerregionen."),
            "{}",
            dms[0].content()
        );
        assert!(
            !dms[0].content().contains("<@"),
            "a direct message pings nobody"
        );
    }
    assert!(bot
        .sim
        .channel_messages(bot.sim.dm_channel(&cast.anne))
        .is_empty());
    // A later step sends nothing more: each is reminded once.
    bot.clock.set(at("2024-11-14T12:00:00Z"));
    bot.step().await;
    assert_eq!(
        bot.sim
            .channel_messages(bot.sim.dm_channel(&cast.camilla))
            .len(),
        1
    );
    bot.finish();
    bot.stop().await;
}
