//! The meeting plan end to end through the simulator with the manual clock: a plan of six
//! meetings for 2025 uploaded with `/meeting plan import`, its holiday warned of in the
//! preview, confirmed; each notice posted at its time with the standing agenda; a meeting
//! moved by the plan imported again keeps its calendar entry (the same UID) in the plan's
//! `.ics`; a follow-up item decided at one meeting comes up in the next one's notice and its
//! owner is reminded once. Then the refusals, and the standing agenda edited from Discord.

mod follow_up;
mod numbering;
mod refusals;
mod template;

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::sim::{Response, User};
use chrono::{DateTime, Utc};
use roundtable::schedule::{MessageKind, SendState};
use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

pub(super) fn secretariat() -> User {
    User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE)
}

/// The example plan for the sim's channel, with the April meeting on Maundy Thursday.
pub(super) fn plan_text(bot: &TestBot) -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/naeringssamarbeid-moteplan-2025.toml");
    std::fs::read_to_string(path)
        .expect("the example plan")
        .replace(
            "# discord_channel_id = 123456789012345678",
            &format!("discord_channel_id = {}", bot.sim.default_channel()),
        )
        .replace("2025-04-03T", "2025-04-17T")
}

fn invitees_csv() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/naeringssamarbeid-2024-11-07-inviterte.csv");
    std::fs::read(path).expect("the invitee list")
}

pub(super) async fn run(bot: &TestBot, user: &User, options: Value) -> Response {
    let i = bot
        .sim
        .invoke(user, bot.sim.default_channel(), "meeting", options)
        .await;
    bot.sim.wait_response(&i, WAIT).await
}

/// `/meeting plan import` with a plan file and the invitee list it names.
pub(super) async fn upload_plan(bot: &TestBot, user: &User, toml: &str) -> Response {
    let file = bot
        .sim
        .upload("plan.toml", "application/toml", toml.as_bytes());
    let csv = bot.sim.upload(
        "naeringssamarbeid-2024-11-07-inviterte.csv",
        "text/csv",
        &invitees_csv(),
    );
    let options = json!([{"name": "plan", "options": [{"name": "import", "options": [
        {"name": "file", "value": file.to_string()},
        {"name": "invitees", "value": csv.to_string()},
    ]}]}]);
    run(bot, user, options).await
}

pub(super) fn text(r: &Response) -> &str {
    r.content().unwrap_or_default()
}

/// Presses the preview's button whose id starts with `prefix`.
pub(super) async fn press(
    bot: &TestBot,
    user: &User,
    preview: &Response,
    prefix: &str,
) -> Response {
    let id = preview
        .components()
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["custom_id"].as_str().map(str::to_owned))
        .find(|id| id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix} button in {:?}", preview.body));
    let message = preview.message_id.expect("the preview is a message");
    let click = bot
        .sim
        .click(user, bot.sim.default_channel(), message, &id)
        .await;
    bot.sim.wait_response(&click, WAIT).await
}

async fn meeting_id(bot: &TestBot, key: &str) -> i64 {
    bot.db
        .store
        .meeting_id_by_key(key)
        .await
        .expect("read")
        .unwrap_or_else(|| panic!("no meeting {key}"))
}

/// Steps the scheduler at `now` until the meeting's notice is sent; returns its post.
async fn notice_posted_at(bot: &TestBot, key: &str, now: &str) -> String {
    let id = meeting_id(bot, key).await;
    bot.clock.set(at(now));
    for _ in 0..6 {
        bot.step().await;
        let messages = bot.db.store.scheduled_messages(id).await.expect("schedule");
        let notice = messages
            .iter()
            .find(|m| m.kind == MessageKind::Notice)
            .expect("the notice is planned");
        assert_eq!(
            notice.due_at,
            at(now),
            "{key}: the notice is due at its time"
        );
        if notice.state == SendState::Sent {
            let posted = notice.discord_message_id.expect("posted");
            return bot
                .sim
                .channel_messages(bot.sim.default_channel())
                .into_iter()
                .find(|m| m.id == posted)
                .expect("the notice is in the channel")
                .content()
                .to_owned();
        }
    }
    panic!("the notice of {key} was not sent at {now}");
}

/// The plan's `.ics` from `/meeting plan calendar`: each event's UID, start and SEQUENCE.
async fn plan_calendar(bot: &TestBot, user: &User) -> Vec<(String, String, String)> {
    let options = json!([{"name": "plan", "options": [{"name": "calendar", "options": [
        {"name": "year", "value": 2025}
    ]}]}]);
    let answer = run(bot, user, options).await;
    assert!(!answer.is_ephemeral(), "posted for the channel");
    assert!(
        text(&answer).contains(
            "Møteplanen for 2025 for Faggruppe for Næringssamarbeid som kalenderfil (6 møter)"
        ),
        "{:?}",
        answer.body
    );
    assert_eq!(answer.files.len(), 1);
    assert_eq!(
        answer.files[0].filename,
        "moteplan-naeringssamarbeid-2025.ics"
    );
    let ics = String::from_utf8(answer.files[0].bytes.clone()).expect("utf-8");
    let calendar: icalendar::Calendar = ics.parse().expect("a calendar");
    use icalendar::Component;
    calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .map(|e| {
            let prop = |name: &str| e.property_value(name).unwrap_or_default().to_owned();
            (prop("UID"), prop("DTSTART"), prop("SEQUENCE"))
        })
        .collect()
}

#[tokio::test]
async fn a_years_plan_is_warned_of_confirmed_noticed_on_time_and_a_moved_meeting_keeps_its_uid() {
    let bot = TestBot::start("2025-01-15T10:00:00Z").await;
    let karoline = secretariat();
    let plan = plan_text(&bot);

    let preview = upload_plan(&bot, &karoline, &plan).await;
    assert!(preview.is_ephemeral());
    let shown = text(&preview);
    for expected in [
        "**Møteplan 2025 for Faggruppe for Næringssamarbeid**",
        "⚠ torsdag 17. april 2025 («Møte i faggruppe for Næringssamarbeid») er skjærtorsdag, en helligdag.",
        "• Nytt møte: torsdag 6. februar 2025, kl. 12:00–14:00 – Møte i faggruppe for Næringssamarbeid",
        "• Nytt møte: torsdag 4. desember 2025, kl. 12:00–14:00 – Julemøte i faggruppe for Næringssamarbeid",
        "Saksnummer: løpende gjennom året («Sak 12/25»).",
    ] {
        assert!(shown.contains(expected), "missing {expected:?} in\n{shown}");
    }
    assert_eq!(shown.matches("• Nytt møte:").count(), 6, "{shown}");
    assert_eq!(shown.matches('⚠').count(), 1, "only the holiday: {shown}");
    // Nothing is written before Confirm.
    assert_eq!(bot.db.count("meetings").await, 1);

    let done = press(&bot, &karoline, &preview, "plan_ok:").await;
    assert_eq!(done.callback_type(), Some(7), "{:?}", done.body);
    assert!(
        text(&done).starts_with("Møteplanen for 2025 er lagret: 6 nye møter, 0 endret, 0 avlyst."),
        "{:?}",
        done.body
    );
    assert_eq!(bot.db.count("meetings").await, 7);
    assert_eq!(bot.db.count("pending_changes").await, 0);

    // Each notice at its time (six days before at 09:00 Oslo time), with the standing agenda.
    let first =
        notice_posted_at(&bot, "naeringssamarbeid-2025-02-06", "2025-01-31T08:00:00Z").await;
    for expected in [
        "**Innkalling: Møte i faggruppe for Næringssamarbeid**",
        "Sak 1/25 Godkjenning av innkalling og dagsorden\n\
         Sak 2/25 Godkjenning av referat fra forrige møte\n\
         Sak 3/25 Oppfølging fra forrige møte\n\
         \x20  Ingen oppfølgingspunkter fra forrige møte.\n\
         Sak 4/25 Møteplan og arbeidsprogram 2025\n\
         Sak 5/25 Runde rundt bordet",
        "Sak 6/25 Eventuelt",
    ] {
        assert!(first.contains(expected), "missing {expected:?} in\n{first}");
    }
    // A follow-up item decided at the February meeting comes up in April's notice, under the
    // standing item, and its owner is reminded once before that meeting.
    let owner = User::member("Karl Jørgen").with_locale("no");
    follow_up::decide_at_february(&bot, &owner).await;
    let april =
        notice_posted_at(&bot, "naeringssamarbeid-2025-04-03", "2025-04-11T07:00:00Z").await;
    let item = format!(
        "Sak 9/25 Oppfølging fra forrige møte\n   • #1 {} – Horten kommune, frist 30.04.2025 · Ingen status ennå\nSak 10/25 Runde rundt bordet",
        follow_up::WHAT
    );
    assert!(
        april.contains("Sak 7/25 Godkjenning av innkalling og dagsorden\nSak 8/25 Godkjenning av referat fra forrige møte\n")
            && april.contains(&item),
        "{april}"
    );
    follow_up::reminded_before_april_then_done(&bot, &owner).await;
    let june = notice_posted_at(&bot, "naeringssamarbeid-2025-06-05", "2025-05-30T07:00:00Z").await;
    assert!(
        june.contains("Sted: Lillestrøm, Norges varemesse"),
        "{june}"
    );
    follow_up::june_reminder_skipped(&bot).await;

    // The September meeting gets an item of its own on Discord, then moves a week: the plan
    // imported again changes only its time, and it keeps its own item.
    let add = json!([{"name": "agenda", "options": [{"name": "add", "options": [
        {"name": "title", "value": "Budsjett 2026"},
        {"name": "meeting", "value": "naeringssamarbeid-2025-09-04"},
    ]}]}]);
    let preview = run(&bot, &karoline, add).await;
    press(&bot, &karoline, &preview, "change_ok:").await;
    let before = plan_calendar(&bot, &karoline).await;
    let september = "naeringssamarbeid-2025-09-04@roundtable".to_owned();
    assert!(
        before.contains(&(september.clone(), "20250904T100000Z".into(), "1".into())),
        "{before:?}"
    );
    bot.clock.set(at("2025-08-01T08:00:00Z"));
    let moved = plan
        .replace(
            "starts = 2025-09-04T12:00:00",
            "starts = 2025-09-11T12:00:00",
        )
        .replace("ends = 2025-09-04T14:00:00", "ends = 2025-09-11T14:00:00");
    let preview = upload_plan(&bot, &karoline, &moved).await;
    let shown = text(&preview);
    assert!(
        shown.contains("• Endres: torsdag 11. september 2025, kl. 12:00–14:00 – Møte i faggruppe for Næringssamarbeid"),
        "{shown}"
    );
    assert!(shown.contains("• 5 møter er uendret."), "{shown}");
    assert!(!shown.contains("Budsjett"), "its own item stays: {shown}");
    let done = press(&bot, &karoline, &preview, "plan_ok:").await;
    assert!(
        text(&done).starts_with("Møteplanen for 2025 er lagret: 0 nye møter, 1 endret, 0 avlyst."),
        "{:?}",
        done.body
    );
    let after = plan_calendar(&bot, &karoline).await;
    assert_eq!(after.len(), 6);
    assert!(
        after.contains(&(september.clone(), "20250911T100000Z".into(), "2".into())),
        "the same UID at the new time, a higher SEQUENCE: {after:?}"
    );
    let uids = |events: &[(String, String, String)]| -> Vec<String> {
        let mut uids: Vec<_> = events.iter().map(|e| e.0.clone()).collect();
        uids.sort();
        uids
    };
    assert_eq!(uids(&before), uids(&after));

    // The moved meeting's notice goes out at its new time.
    let moved_notice =
        notice_posted_at(&bot, "naeringssamarbeid-2025-09-04", "2025-09-05T07:00:00Z").await;
    assert!(
        moved_notice.contains("torsdag 11. september 2025"),
        "{moved_notice}"
    );
    let october =
        notice_posted_at(&bot, "naeringssamarbeid-2025-10-30", "2025-10-24T07:00:00Z").await;
    assert!(
        october.contains("Sak 23/25 Godkjenning av innkalling og dagsorden\n")
            && october.contains("Sak 27/25 Eventuelt"),
        "numbered on from the year's earlier meetings: {october}"
    );
    let december =
        notice_posted_at(&bot, "naeringssamarbeid-2025-12-04", "2025-11-28T08:00:00Z").await;
    assert!(
        december.contains("**Innkalling: Julemøte i faggruppe for Næringssamarbeid**"),
        "{december}"
    );
    follow_up::assert_reminded_once(&bot, &owner);
    bot.finish();
    bot.stop().await;
}
