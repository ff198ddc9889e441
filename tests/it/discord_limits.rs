//! Discord's limits by construction: with 150 regions, each with its own representative, the
//! reminder is split so that every representative is pinged exactly once (at most 100 users
//! and 2,000 characters a message), also across a failure and a restart after Discord's nonce
//! window, and the "collected" report fits one message; an invitee's label longer than a
//! choice may be is offered cut, and chosen by its key.

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::schedule::until_state;
use crate::support::sim::{Fault, SimMessage, User};
use crate::support::store::example_meeting;
use chrono::{DateTime, Utc};
use roundtable::domain::local_time::OSLO;
use roundtable::domain::Invitee;
use roundtable::meeting_file::read_meeting_file;
use roundtable::schedule::{MessageKind, SendState};
use serde_json::json;
use std::collections::BTreeMap;
use std::time::Duration;

const REGIONS: u64 = 150;
const FIRST_USER: u64 = 1_187_000_000_000_010_000;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

/// The example meeting with 150 long-named regions, each with one representative.
async fn crowded(bot: &TestBot) {
    let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("the example is valid");
    plan.group.discord_channel_id = Some(bot.sim.default_channel());
    plan.regions = (1..=REGIONS)
        .map(|n| format!("Region nr. {n:03} med et ganske langt navn for å prøve grensene"))
        .collect();
    plan.invitees = (1..=REGIONS)
        .map(|n| Invitee {
            first_name: "Person".into(),
            last_name: format!("{n:03}"),
            organisation: format!("Organisasjon {n}"),
            region: Some(plan.regions[usize::try_from(n - 1).expect("small")].clone()),
            discord_user_id: Some(FIRST_USER + n),
            key: None,
        })
        .collect();
    bot.db.store.import_plan(&plan).await.expect("import");
}

/// How often each user is mentioned in the channel's messages.
fn pinged(messages: &[SimMessage]) -> BTreeMap<u64, usize> {
    let mut count = BTreeMap::new();
    for m in messages {
        for rest in m.content().split("<@").skip(1) {
            if let Some(id) = rest.split('>').next().and_then(|id| id.parse().ok()) {
                *count.entry(id).or_insert(0) += 1;
            }
        }
    }
    count
}

#[tokio::test]
async fn a_reminder_to_150_representatives_pings_each_once_across_a_restart() {
    let bot = TestBot::start("2024-11-04T12:00:00Z").await;
    crowded(&bot).await;
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    let channel = bot.sim.default_channel();
    let before = bot.sim.channel_messages(channel).len();

    // The second part fails through every retry; the first is posted and recorded.
    bot.clock.set(at("2024-11-05T08:00:30Z"));
    bot.sim.fail_after(
        &format!("POST /channels/{channel}/messages"),
        1,
        Fault::ServerError,
        4,
    );
    let outcome = bot.step().await;
    assert_eq!(outcome.retry, 1, "{outcome:?}");
    let first = bot.sim.channel_messages(channel)[before..].to_vec();
    assert_eq!(first.len(), 1, "only the first part is out");
    assert!(first[0].content().starts_with("⏰ Påminnelse"));

    // Back after longer than Discord remembers a nonce: only the missing parts are posted.
    bot.sim.advance_time(Duration::from_secs(600));
    let bot = bot.restart().await;
    until_state(&bot, MessageKind::Reminder, "1", SendState::Sent).await;
    let parts = bot.sim.channel_messages(channel)[before..].to_vec();
    assert!(parts.len() >= 3, "{} parts", parts.len());
    for part in &parts {
        assert!(part.content().chars().count() <= 2000);
    }
    let counts = pinged(&parts);
    assert_eq!(counts.len(), usize::try_from(REGIONS).expect("small"));
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
    assert_eq!(counts.keys().next(), Some(&(FIRST_USER + 1)));
    for request in bot
        .sim
        .requests_matching(&format!("/channels/{channel}/messages"))
    {
        let Some(body) = &request.body else { continue };
        let users = body["allowed_mentions"]["users"]
            .as_array()
            .map_or(0, Vec::len);
        assert!(users <= 100, "{users} users in one message");
    }
    bot.sim.assert_no_violations();
    bot.stop().await;
}

#[tokio::test]
async fn the_collected_report_with_150_missing_regions_fits_one_message() {
    let bot = TestBot::start("2024-11-08T23:00:30Z").await;
    crowded(&bot).await;
    until_state(&bot, MessageKind::Collected, "1", SendState::Sent).await;
    let reports = bot.sim.channel_messages(bot.secretariat_channel());
    assert_eq!(reports.len(), 1, "{reports:?}");
    let report = reports[0].content();
    assert!(report.chars().count() <= 2000);
    assert!(report.contains("Region nr. 001 med"), "{report}");
    assert!(report.contains(" til."), "{report}");
    assert!(!report.contains("tilgang til kanalen"), "{report}");
    bot.sim.assert_no_violations();
    bot.stop().await;
}

#[tokio::test]
async fn a_long_invitee_label_is_offered_cut_and_chosen_by_its_key() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("the example is valid");
    plan.group.discord_channel_id = Some(bot.sim.default_channel());
    plan.invitees.push(Invitee {
        first_name: "Anne-Marie Kristine".into(),
        last_name: "Huse-Johannessen".into(),
        organisation: "Interkommunalt politisk råd for Kongsvingerregionen, Glåmdalen og Solør, \
                       avdeling for næringsutvikling"
            .into(),
        region: None,
        discord_user_id: None,
        key: None,
    });
    bot.db.store.import_plan(&plan).await.expect("import");
    let karoline = User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE);
    let channel = bot.sim.default_channel();

    let typed = json!([{"name": "mark", "options": [
        {"name": "invitee", "value": "johannessen", "focused": true}
    ]}]);
    let asked = bot
        .sim
        .autocomplete(&karoline, channel, "attendance", typed)
        .await;
    let choices = bot
        .sim
        .wait_response(&asked, Duration::from_secs(5))
        .await
        .choices();
    assert_eq!(choices.len(), 1, "{choices:?}");
    let (name, value) = (
        choices[0]["name"].as_str().expect("a name"),
        choices[0]["value"].as_str().expect("a value"),
    );
    assert_eq!(name.chars().count(), 100, "{name}");
    assert!(name.starts_with("Anne-Marie Kristine Huse-Johannessen, Interkommunalt"));
    assert!(value.starts_with('#') && value.len() <= 100, "{value}");

    let options = json!([{"name": "mark", "options": [
        {"name": "invitee", "value": value},
        {"name": "present", "value": true}
    ]}]);
    let marked = bot
        .sim
        .invoke(&karoline, channel, "attendance", options)
        .await;
    let reply = bot.sim.wait_response(&marked, Duration::from_secs(5)).await;
    assert!(
        reply.content().is_some_and(
            |c| c.contains("Anne-Marie Kristine Huse-Johannessen er registrert som til stede")
        ),
        "{reply:?}"
    );
    bot.sim.assert_no_violations();
    bot.stop().await;
}
