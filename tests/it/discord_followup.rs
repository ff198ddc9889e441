//! Follow-up items end to end: created at one meeting (by the secretariat, through the form),
//! shown under "Oppfølging fra forrige møte" in the next meeting's notice and `/agenda`, its
//! owner reminded once before that meeting (pinging only them, across restarts), marked done
//! by the owner, and a done item not reminded.

mod command_line;
mod done_items;
mod exports;
mod refusals;
mod unlinked;

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::follow_up::{posted_reminders, REMINDER};
use crate::support::schedule::{settle, until_state};
use crate::support::sim::{Response, User};
use crate::support::store::example_meeting;
use roundtable::domain::follow_up::{FollowUpChangeKind, FollowUpOwner};
use roundtable::domain::local_time::OSLO;
use roundtable::domain::{AgendaItem, MeetingPlan, StandingItem};
use roundtable::meeting_file::read_meeting_file;
use roundtable::schedule::{MessageKind, SendState};
use serde_json::{json, Value};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);
/// The morning after the example meeting of 7 November 2024.
const AFTER_FIRST: &str = "2024-11-08T10:00:00Z";
const FIRST_KEY: &str = "naeringssamarbeid-2024-11-07";
const SECOND_TITLE: &str = "Møte i faggruppe for Næringssamarbeid 21. november";
const WHAT: &str = "Lag et notat om ledige næringsarealer";
/// The second meeting's notice (six days before, 09:00 Oslo) and the follow-up reminder
/// (two days before, 09:00 Oslo).
const SECOND_NOTICE: &str = "2024-11-15T08:00:00Z";
const SECOND_REMINDER: &str = "2024-11-19T08:00:00Z";

fn secretariat(locale: &str) -> User {
    User::member("Karoline")
        .with_locale(locale)
        .with_role(SECRETARIAT_ROLE)
}

fn member(name: &str) -> User {
    User::member(name).with_locale("no")
}

/// Imports the example meeting two weeks later, with "Oppfølging fra forrige møte" as its
/// third item; returns its id.
async fn import_second(bot: &TestBot) -> i64 {
    let plan = second_plan(Some(bot.sim.default_channel()));
    bot.db
        .store
        .import_plan(&plan)
        .await
        .expect("import")
        .meeting_id
}

/// The example meeting two weeks later, with "Oppfølging fra forrige møte" as its third item.
fn second_plan(channel: Option<u64>) -> MeetingPlan {
    let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("valid");
    plan.group.discord_channel_id = channel;
    plan.key = "naeringssamarbeid-2024-11-21".into();
    plan.title = SECOND_TITLE.into();
    let shift = chrono::Duration::days(14);
    plan.starts_at += shift;
    plan.ends_at += shift;
    plan.brief_deadline += shift;
    plan.notice_date += shift;
    let follow_up = AgendaItem {
        number: 0,
        title: "Oppfølging fra forrige møte".into(),
        description: None,
        collects_briefs: false,
        standing: Some(StandingItem::FollowUp),
    };
    plan.agenda.insert(2, follow_up);
    for (n, item) in plan.agenda.iter_mut().enumerate() {
        item.number = u32::try_from(n + 1).expect("few items");
    }
    plan
}

async fn run(bot: &TestBot, user: &User, command: &str, options: Value) -> Response {
    let i = bot
        .sim
        .invoke(user, bot.sim.default_channel(), command, options)
        .await;
    bot.sim.wait_response(&i, WAIT).await
}

fn text(r: &Response) -> &str {
    r.content().unwrap_or_default()
}

/// Submits the form a command opened, with `fields`.
async fn submit(
    bot: &TestBot,
    user: &User,
    opened: &Response,
    fields: &[(&str, &str)],
) -> Response {
    assert_eq!(opened.callback_type(), Some(9), "a form: {:?}", opened.body);
    let id = opened.data()["custom_id"].as_str().expect("a custom_id");
    let i = bot
        .sim
        .submit_modal(user, bot.sim.default_channel(), id, fields)
        .await;
    bot.sim.wait_response(&i, WAIT).await
}

/// `/followup new` for Horten kommune, from the first meeting's item 3, due `due`.
async fn add_item(bot: &TestBot, user: &User, due: &str) -> Response {
    let options = json!([{"name": "new", "options": [
        {"name": "region", "value": "Horten kommune"},
        {"name": "meeting", "value": FIRST_KEY},
    ]}]);
    let opened = run(bot, user, "followup", options).await;
    let fields = [
        ("what", WHAT),
        ("owner", "Horten kommune"),
        ("due", due),
        ("item", "3"),
    ];
    submit(bot, user, &opened, &fields).await
}

/// `/followup done|status item:#1` and the form submitted with `status`.
async fn report(bot: &TestBot, user: &User, done: bool, status: &str) -> Response {
    report_on(bot, user, "#1", done, status).await
}

/// `/followup done|status item:…` and the form submitted with `status`.
async fn report_on(bot: &TestBot, user: &User, item: &str, done: bool, status: &str) -> Response {
    let name = if done { "done" } else { "status" };
    let options = json!([{"name": name, "options": [{"name": "item", "value": item}]}]);
    let opened = run(bot, user, "followup", options).await;
    submit(bot, user, &opened, &[("status", status)]).await
}

/// The follow-up reminders posted in the group's channel.
fn reminders(bot: &TestBot) -> Vec<String> {
    bot.sim
        .channel_messages(bot.sim.default_channel())
        .iter()
        .map(|m| m.content().to_owned())
        .filter(|c| c.starts_with(REMINDER))
        .collect()
}

#[tokio::test]
async fn an_item_from_one_meeting_comes_up_at_the_next_and_its_owner_is_reminded_once() {
    let bot = TestBot::start(AFTER_FIRST).await;
    let second = import_second(&bot).await;
    let (karoline, karl, kari) = (secretariat("no"), member("Karl Jørgen"), member("Kari"));
    for user in [&karl, &kari] {
        bot.sim.add_user(user);
    }
    bot.link(&karl, "Horten kommune").await;
    bot.link(&kari, "Elverum").await;

    let added = add_item(&bot, &karoline, "20.11.2024").await;
    assert!(added.is_ephemeral());
    assert!(
        text(&added).starts_with("✅ Oppfølgingspunktet er lagt inn:\n#1 Lag et notat"),
        "{}",
        text(&added)
    );
    let first = bot.app.meeting_summary(1).await.expect("first meeting");
    assert_eq!(first.key, FIRST_KEY);
    let decided = bot.app.follow_ups_from(first.id).await.expect("items");
    assert_eq!(decided.len(), 1);
    let origin = decided[0].origin.as_ref().expect("from the first meeting");
    assert_eq!(origin.agenda_number, Some(3));
    assert_eq!(
        decided[0].owner,
        FollowUpOwner::Region {
            name: "Horten kommune".into()
        }
    );
    let line = format!("#1 {WHAT} – Horten kommune, frist 20.11.2024");

    // The second meeting's notice lists it under the standing item, with owner and status.
    bot.clock.set(SECOND_NOTICE.parse().expect("time"));
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    let notice = bot
        .sim
        .channel_messages(bot.sim.default_channel())
        .into_iter()
        .find(|m| m.content().contains(SECOND_TITLE))
        .expect("the second meeting's notice");
    let expected = format!("3. Oppfølging fra forrige møte\n   • {line} · Ingen status ennå\n");
    assert!(notice.content().contains(&expected), "{}", notice.content());

    // /agenda shows it too.
    let agenda = run(&bot, &kari, "agenda", json!([])).await;
    assert!(text(&agenda).contains(&expected), "{}", text(&agenda));

    // Two days before, its owner's representative is pinged, once and nobody else.
    bot.clock.set(SECOND_REMINDER.parse().expect("time"));
    until_state(&bot, MessageKind::FollowUp, "1", SendState::Sent).await;
    settle(&bot).await;
    let bot = bot.restart().await;
    settle(&bot).await;
    let sent = reminders(&bot);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert!(sent[0].contains(SECOND_TITLE), "{}", sent[0]);
    assert!(sent[0].contains(&line), "{}", sent[0]);
    assert!(sent[0].ends_with(&format!("<@{}>", karl.id)), "{}", sent[0]);
    assert!(!sent[0].contains(&kari.id.to_string()), "{}", sent[0]);
    let requests = posted_reminders(&bot);
    assert_eq!(requests.len(), 1, "posted once: {requests:?}");
    assert_eq!(
        requests[0]["allowed_mentions"],
        json!({"parse": [], "roles": [], "users": [karl.id.to_string()]})
    );

    // The owner marks it done: the status shown changes.
    let done = report(&bot, &karl, true, "Notatet er sendt til sekretariatet").await;
    assert_eq!(done.data()["allowed_mentions"]["parse"], json!([]));
    assert!(
        text(&done).contains("✅ Ferdig: Notatet er sendt til sekretariatet"),
        "{}",
        text(&done)
    );
    let agenda = run(&bot, &kari, "agenda", json!([])).await;
    let expected = format!("   • {line} · ✅ Ferdig: Notatet er sendt til sekretariatet\n");
    assert!(text(&agenda).contains(&expected), "{}", text(&agenda));
    let open = bot.app.open_follow_ups(1).await.expect("open items");
    assert!(open.is_empty());
    // Every change is logged with who made it.
    let log = bot.app.follow_up_changes(1).await.expect("log");
    let kinds: Vec<_> = log.iter().map(|c| (c.kind, c.actor_id)).collect();
    assert_eq!(
        kinds,
        [
            (FollowUpChangeKind::Create, Some(karoline.id)),
            (FollowUpChangeKind::Done, Some(karl.id))
        ]
    );
    assert_eq!(log[1].status, "Notatet er sendt til sekretariatet");
    assert_eq!(bot.app.follow_ups_at(second).await.expect("items").len(), 1);
    bot.finish();
    bot.stop().await;
}
