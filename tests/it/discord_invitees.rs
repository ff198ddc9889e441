//! `/invitees` end to end: grouping, Norwegian order, filtering, and paging with buttons that
//! only the asker can use for 15 minutes.

use crate::support::bot::TestBot;
use crate::support::sim::{Response, User};
use roundtable::domain::collation::norwegian_cmp;
use roundtable::domain::local_time::OSLO;
use roundtable::domain::Invitee;
use roundtable::meeting_file::read_meeting_file;
use serde_json::{json, Value};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);

async fn invitees(bot: &TestBot, user: &User, options: Value) -> Response {
    let i = bot
        .sim
        .invoke(user, bot.sim.default_channel(), "invitees", options)
        .await;
    bot.sim.wait_response(&i, WAIT).await
}

fn button(r: &Response, n: usize) -> (String, bool) {
    let b = &r.data()["components"][0]["components"][n];
    (
        b["custom_id"].as_str().unwrap_or_default().to_owned(),
        b["disabled"].as_bool().unwrap_or(false),
    )
}

/// Pages through the whole list by clicking "next"; returns every page's text.
async fn all_pages(bot: &TestBot, user: &User, first: Response) -> Vec<String> {
    let mut pages = vec![first.content().unwrap_or_default().to_owned()];
    let message = first.message_id.expect("a message");
    let mut current = first;
    loop {
        let (next, disabled) = button(&current, 1);
        if next.is_empty() || disabled {
            return pages;
        }
        let click = bot
            .sim
            .click(user, bot.sim.default_channel(), message, &next)
            .await;
        current = bot.sim.wait_response(&click, WAIT).await;
        assert_eq!(current.callback_type(), Some(7), "{:?}", current.body);
        pages.push(current.content().unwrap_or_default().to_owned());
        assert!(pages.len() < 100, "runaway paging");
    }
}

/// The names listed on the pages, in order.
fn listed(pages: &[String]) -> Vec<String> {
    pages
        .iter()
        .flat_map(|p| p.lines())
        .filter_map(|l| l.strip_prefix("- "))
        .map(str::to_owned)
        .collect()
}

/// The organisation headings on the pages, in order (without repeats across pages).
fn organisations(pages: &[String]) -> Vec<String> {
    let mut orgs: Vec<String> = pages
        .iter()
        .flat_map(|p| p.lines())
        .filter(|l| {
            l.starts_with("**")
                && l.ends_with(')')
                && !l.contains("Inviterte")
                && !l.contains("Invited")
        })
        .filter_map(|l| l.strip_prefix("**").and_then(|l| l.split("**").next()))
        .map(str::to_owned)
        .collect();
    orgs.dedup();
    orgs
}

#[tokio::test]
async fn the_example_list_is_grouped_sorted_and_paged() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let kari = User::member("Kari").with_locale("no");
    let first = invitees(&bot, &kari, json!([])).await;
    assert!(first.is_ephemeral());
    let head = first.content().expect("content");
    assert!(head.starts_with("**Inviterte til «Møte i faggruppe for Næringssamarbeid»**: 45 personer fra 32 organisasjoner"), "{head}");
    assert!(head.contains("Side 1 av"), "{head}");
    let (prev, prev_disabled) = button(&first, 0);
    assert!(prev_disabled && !prev.is_empty());
    let pages = all_pages(&bot, &kari, first).await;
    assert!(pages.len() >= 2);
    let names = listed(&pages);
    assert_eq!(names.len(), 45, "{names:?}");
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 45);
    assert!(names.contains(&"Øyvind Såtvedt".to_owned()));
    let orgs = organisations(&pages);
    assert_eq!(orgs.len(), 32, "{orgs:?}");
    let mut sorted = orgs.clone();
    sorted.sort_by(|a, b| norwegian_cmp(a, b));
    assert_eq!(orgs, sorted);
    assert_eq!(orgs.first().map(String::as_str), Some("Asker kommune"));
    assert!(pages.iter().any(|p| p.contains(
        "**Bærum kommune** (3)\n- Anne Kristine Feltman\n- Eli Haugerud\n- Unni Larsen"
    )));
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn only_the_asker_pages_and_only_for_fifteen_minutes() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let kari = User::member("Kari").with_locale("no");
    let first = invitees(&bot, &kari, json!([{"name": "public", "value": true}])).await;
    assert!(!first.is_ephemeral(), "posted in the channel when asked");
    let message = first.message_id.expect("message");
    let (next, _) = button(&first, 1);

    let ola = User::member("Ola").with_locale("no");
    let click = bot
        .sim
        .click(&ola, bot.sim.default_channel(), message, &next)
        .await;
    let refused = bot.sim.wait_response(&click, WAIT).await;
    assert_eq!(refused.callback_type(), Some(4));
    assert!(refused.is_ephemeral());
    assert!(refused
        .content()
        .is_some_and(|t| t.contains("hører til noen andre")));

    bot.clock.advance(chrono::Duration::minutes(16));
    let click = bot
        .sim
        .click(&kari, bot.sim.default_channel(), message, &next)
        .await;
    let expired = bot.sim.wait_response(&click, WAIT).await;
    assert_eq!(expired.callback_type(), Some(7));
    assert!(expired
        .content()
        .is_some_and(|t| t.contains("bare i 15 minutter")));
    assert_eq!(expired.data()["components"], json!([]));
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn one_organisation_in_english() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let jane = User::member("Jane").with_locale("en-US");
    let reply = invitees(
        &bot,
        &jane,
        json!([{"name": "organisation", "value": "Bærum kommune"}]),
    )
    .await;
    let text = reply.content().expect("content");
    assert!(
        text.starts_with(
            "**Invited to “Møte i faggruppe for Næringssamarbeid”**: 3 people from 1 organisation"
        ),
        "{text}"
    );
    assert!(
        reply.data()["components"]
            .as_array()
            .is_none_or(Vec::is_empty),
        "one page, no buttons"
    );
    let reply = invitees(
        &bot,
        &jane,
        json!([{"name": "organisation", "value": "Nowhere AS"}]),
    )
    .await;
    assert!(reply
        .content()
        .is_some_and(|t| t.contains("None of the invitees is from “Nowhere AS”")));
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn five_hundred_invitees_page_completely() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let mut plan =
        read_meeting_file(&crate::support::store::example_meeting(), OSLO).expect("valid");
    plan.group.discord_channel_id = Some(bot.sim.default_channel());
    // One organisation with 200 people (more than one page holds), six sharing the rest.
    let orgs = [
        "Ås kommune",
        "Ørland kommune",
        "Ærøy AS",
        "Asker kommune",
        "Zeta AS",
        "Bærum kommune",
    ];
    plan.invitees = (0..500)
        .map(|n| Invitee {
            first_name: format!("Person{n:03}"),
            last_name: ["Ås", "Øyen", "Berg", "Ærlig"][n % 4].to_owned(),
            organisation: if n < 200 {
                "Oslo kommune".to_owned()
            } else {
                orgs[n % orgs.len()].to_owned()
            },
            region: None,
            discord_user_id: None,
            key: None,
        })
        .collect();
    bot.db.store.import_plan(&plan).await.expect("import 500");
    let kari = User::member("Kari").with_locale("no");
    let first = invitees(&bot, &kari, json!([])).await;
    assert!(first
        .content()
        .is_some_and(|t| t.contains("500 personer fra 7 organisasjoner")));
    let pages = all_pages(&bot, &kari, first).await;
    assert!(pages.len() >= 5, "{} pages", pages.len());
    assert!(pages.iter().all(|p| p.chars().count() <= 2000));
    let names = listed(&pages);
    assert_eq!(names.len(), 500);
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 500);
    let orgs_seen = organisations(&pages);
    assert_eq!(
        orgs_seen,
        [
            "Asker kommune",
            "Bærum kommune",
            "Oslo kommune",
            "Zeta AS",
            "Ærøy AS",
            "Ørland kommune",
            "Ås kommune"
        ]
    );
    bot.finish();
    bot.stop().await;
}

/// CLDR's Norwegian order end to end: "Aa" sorts as "Å" (after Ø), organisations and names alike.
#[tokio::test]
async fn aa_sorts_as_the_last_letter() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let mut plan =
        read_meeting_file(&crate::support::store::example_meeting(), OSLO).expect("valid");
    plan.group.discord_channel_id = Some(bot.sim.default_channel());
    let person = |first: &str, last: &str, organisation: &str| Invitee {
        first_name: first.to_owned(),
        last_name: last.to_owned(),
        organisation: organisation.to_owned(),
        region: None,
        discord_user_id: None,
        key: None,
    };
    plan.invitees = vec![
        person("Kari", "Aanensen", "Osloregionen"),
        person("Ola", "Åsen", "Osloregionen"),
        person("Per", "Øvre", "Osloregionen"),
        person("Liv", "Ærø", "Osloregionen"),
        person("Jon", "Andersen", "Osloregionen"),
        person("Eva", "Zahl", "Osloregionen"),
        person("Åse", "Berg", "Aas Rådgivning AS"),
        person("Øyvind", "Dahl", "Øvre Eiker kommune"),
        person("Anne", "Lie", "Asker kommune"),
    ];
    bot.db.store.import_plan(&plan).await.expect("import");
    let kari = User::member("Kari").with_locale("no");
    let first = invitees(&bot, &kari, json!([])).await;
    let pages = all_pages(&bot, &kari, first).await;
    assert_eq!(
        organisations(&pages),
        [
            "Asker kommune",
            "Osloregionen",
            "Øvre Eiker kommune",
            "Aas Rådgivning AS"
        ]
    );
    assert_eq!(
        listed(&pages),
        [
            "Anne Lie",
            "Jon Andersen",
            "Eva Zahl",
            "Liv Ærø",
            "Per Øvre",
            "Kari Aanensen",
            "Ola Åsen",
            "Øyvind Dahl",
            "Åse Berg"
        ]
    );
    bot.finish();
    bot.stop().await;
}
