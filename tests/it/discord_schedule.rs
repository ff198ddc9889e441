//! The notice, the reminders and the "collected" report, posted on schedule exactly once,
//! across restarts, crashes and Discord's errors, with a clock the test controls.

use crate::support::bot::TestBot;
use crate::support::schedule::{messages_of, settle, until_state};
use crate::support::sim::{Fault, SimMessage, User};
use chrono::{DateTime, Utc};
use roundtable::app::Submitter;
use roundtable::domain::records::Author;
use roundtable::schedule::MessageKind;
use roundtable::schedule::{ScheduledMessage, SendState};
use serde_json::json;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

async fn row(bot: &TestBot, kind: MessageKind, slot: &str) -> ScheduledMessage {
    messages_of(bot)
        .await
        .into_iter()
        .find(|r| r.kind == kind && r.slot == slot)
        .expect("the message is planned")
}

fn channel_posts(bot: &TestBot, needle: &str) -> Vec<SimMessage> {
    bot.sim
        .channel_messages(bot.sim.default_channel())
        .into_iter()
        .filter(|m| m.content().contains(needle))
        .collect()
}

async fn brief(bot: &TestBot, region: &str) {
    let meeting = bot.upcoming().await;
    let author = Author {
        name: "Sekretariatet".into(),
        discord_user_id: None,
    };
    bot.app
        .submit_brief(
            &meeting,
            region,
            "Tekst.",
            &author,
            Submitter::Secretariat,
            None,
        )
        .await
        .expect("brief");
}

#[tokio::test]
async fn the_notice_goes_out_at_its_time_with_buttons_and_a_calendar_file() {
    let bot = TestBot::start("2024-10-31T12:00:00Z").await;
    until_state(&bot, MessageKind::Notice, "1", SendState::Due).await;
    settle(&bot).await;
    assert!(
        channel_posts(&bot, "Innkalling").is_empty(),
        "not before its time"
    );

    bot.clock.set(at("2024-11-01T08:00:00Z"));
    let sent = until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    let posts = channel_posts(&bot, "Innkalling");
    assert_eq!(posts.len(), 1);
    let notice = &posts[0];
    assert_eq!(sent.discord_message_id, Some(notice.id));
    let text = notice.content();
    for expected in [
        "**Innkalling: Møte i faggruppe for Næringssamarbeid**",
        "Dato: 01.11.2024",
        "Til: Faggruppe for Næringssamarbeid, Osloregionen",
        "Tid: torsdag 7. november 2024, kl. 12:00–13:00",
        "Sted: Oslo Rådhus, møteromssenteret (inngang sjøsiden)",
        "Møtet i faggruppen gjennomføres som del av felles faggruppemøte.",
        "[Faggruppesamling 7. november 2024 - Osloregionen](<https://www.osloregionen.no/kalender/faggruppesamling/>)",
        "Sak 4. Forberede kort innlegg (maks 2-3 min)",
        "Frist for innlegg: fredag 8. november 2024 kl. 23:59.",
        "4. Runde rundt bordet\n   Orientering om aktuelle saker fra medlemmene. Møtedeltakere forbereder kort innlegg (maks 2-3 min) om aktuelle saker i sin kommune/delregion.\n5. Eventuelt",
        "Med vennlig hilsen\nKaroline Holmstrøm Ulateig\nSekretariatet for Osloregionen\nTlf. 41203424",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    let labels = |row: usize| -> Vec<String> {
        notice.json["components"][row]["components"]
            .as_array()
            .expect("buttons")
            .iter()
            .filter_map(|b| b["label"].as_str().map(str::to_owned))
            .collect()
    };
    assert_eq!(
        labels(0),
        ["Jeg kommer", "Jeg melder forfall", "Vara møter for meg"]
    );
    assert_eq!(labels(1), ["Send innlegg", "Sakskart", "Inviterte"]);
    let buttons = &notice.json["components"][1]["components"];
    let request = bot
        .sim
        .requests_matching("POST /channels/{channel_id}/messages");
    let body = &request.first().expect("the post").body;
    let body = body.as_ref().expect("a body");
    assert_eq!(body["allowed_mentions"]["parse"], json!([]));
    assert!(
        body["allowed_mentions"]["roles"]
            .as_array()
            .is_none_or(|r| r.is_empty()),
        "without a member role the notice pings nobody"
    );
    assert_eq!(body["enforce_nonce"], true);
    assert_eq!(body["nonce"], sent.nonce.as_str());

    assert_eq!(notice.files.len(), 1);
    assert!(notice.files[0].filename.ends_with(".ics"));
    let ics = String::from_utf8(notice.files[0].bytes.clone()).expect("utf-8");
    let calendar: icalendar::Calendar = ics.parse().expect("a calendar");
    let event = calendar
        .components
        .iter()
        .find_map(|c| c.as_event())
        .expect("an event");
    use icalendar::{Component, EventLike};
    assert_eq!(
        event.get_uid(),
        Some("naeringssamarbeid-2024-11-07@roundtable")
    );
    assert_eq!(
        event.get_location(),
        Some("Oslo Rådhus, møteromssenteret (inngang sjøsiden)")
    );
    match event.get_start() {
        Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(start))) => {
            assert_eq!(start, at("2024-11-07T11:00:00Z"));
        }
        other => panic!("a start time in UTC, got {other:?}"),
    }

    // The buttons answer like the commands.
    let kari = User::member("Kari").with_locale("no");
    let click = bot
        .sim
        .click(
            &kari,
            bot.sim.default_channel(),
            notice.id,
            buttons[1]["custom_id"].as_str().expect("id"),
        )
        .await;
    let agenda = bot.sim.wait_response(&click, WAIT).await;
    assert!(agenda.is_ephemeral() && agenda.content().is_some_and(|t| t.contains("**Sakskart**")));
    let karl = User::member("Karl Jørgen").with_locale("no");
    bot.link(&karl, "Horten kommune").await;
    let click = bot
        .sim
        .click(
            &karl,
            bot.sim.default_channel(),
            notice.id,
            buttons[0]["custom_id"].as_str().expect("id"),
        )
        .await;
    let modal = bot.sim.wait_response(&click, WAIT).await;
    assert_eq!(modal.callback_type(), Some(9));
    assert_eq!(modal.data()["title"], "Innlegg fra Horten kommune");
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn reminders_ping_exactly_the_missing_regions_representatives() {
    let bot = TestBot::start("2024-11-04T12:00:00Z").await;
    let karl = User::member("Karl Jørgen");
    let asbjorn = User::member("Asbjørn");
    bot.link(&karl, "Horten kommune").await;
    bot.link(&asbjorn, "Elverum").await;
    brief(&bot, "Elverum").await;
    brief(&bot, "Ringeriksregionen").await;

    bot.clock.set(at("2024-11-05T08:00:00Z"));
    until_state(&bot, MessageKind::Reminder, "1", SendState::Sent).await;
    let reminders = channel_posts(&bot, "Påminnelse");
    assert_eq!(reminders.len(), 1);
    let text = reminders[0].content();
    assert!(
        text.contains("mangler fra Kongsvingerregionen, Horten kommune, Lørenskog kommune"),
        "{text}"
    );
    assert!(text.contains(&format!("<@{}>", karl.id)), "{text}");
    assert!(!text.contains(&format!("<@{}>", asbjorn.id)), "{text}");
    let posts = bot
        .sim
        .requests_matching("POST /channels/{channel_id}/messages");
    let body = posts
        .iter()
        .filter_map(|r| r.body.as_ref())
        .find(|b| {
            b["content"]
                .as_str()
                .is_some_and(|c| c.contains("Påminnelse"))
        })
        .expect("the reminder");
    assert_eq!(body["allowed_mentions"]["parse"], json!([]));
    assert_eq!(
        body["allowed_mentions"]["users"],
        json!([karl.id.to_string()])
    );
    assert!(body["allowed_mentions"]["roles"]
        .as_array()
        .is_none_or(Vec::is_empty));

    // Once every region is in, the next reminder is not sent.
    for region in ["Kongsvingerregionen", "Horten kommune", "Lørenskog kommune"] {
        brief(&bot, region).await;
    }
    bot.clock.set(at("2024-11-07T07:00:00Z"));
    until_state(&bot, MessageKind::Reminder, "2", SendState::Skipped).await;
    assert_eq!(channel_posts(&bot, "Påminnelse").len(), 1);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_restart_repeats_nothing_and_catches_up_on_what_is_still_useful() {
    let mut bot = TestBot::start("2024-11-01T08:00:00Z").await;
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    bot = bot.restart().await;
    settle(&bot).await;
    assert_eq!(
        channel_posts(&bot, "Innkalling").len(),
        1,
        "not posted again after a restart"
    );

    // Down across both reminders before the deadline: only the latest is sent.
    bot.stop_only().await;
    bot.clock.set(at("2024-11-07T09:00:00Z"));
    let bot = bot.start_again().await;
    until_state(&bot, MessageKind::Reminder, "2", SendState::Sent).await;
    assert_eq!(
        row(&bot, MessageKind::Reminder, "1").await.state,
        SendState::Skipped
    );
    assert_eq!(channel_posts(&bot, "Påminnelse").len(), 1);

    // Down across the deadline: the last reminder would come too late; the report goes out.
    let mut bot = bot;
    bot.stop_only().await;
    bot.clock.set(at("2024-11-09T10:00:00Z"));
    let bot = bot.start_again().await;
    until_state(&bot, MessageKind::Collected, "1", SendState::Sent).await;
    assert_eq!(
        row(&bot, MessageKind::Reminder, "3").await.state,
        SendState::Skipped
    );
    assert_eq!(channel_posts(&bot, "Påminnelse").len(), 1);
    let report = bot.sim.channel_messages(bot.secretariat_channel());
    assert_eq!(report.len(), 1);
    assert!(
        report[0].content().contains("det kom ingen innlegg"),
        "{}",
        report[0].content()
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_crash_between_recording_and_sending_posts_once() {
    // Crashed after recording "sending" but before the request: sent on start.
    let mut bot = TestBot::start("2024-10-31T12:00:00Z").await;
    let notice = until_state(&bot, MessageKind::Notice, "1", SendState::Due).await;
    bot.stop_only().await;
    bot.clock.set(at("2024-11-01T09:00:00Z"));
    let store = roundtable::store::Store::open(&bot.db.url)
        .await
        .expect("open");
    store
        .mark_sending(notice.id, bot.app.now())
        .await
        .expect("record");
    store.close().await;
    let mut bot = bot.start_again().await;
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    assert_eq!(channel_posts(&bot, "Innkalling").len(), 1);

    // Crashed after Discord took the message but before "sent" was recorded: the retry
    // carries the same nonce, and Discord returns the message it already has.
    bot.stop_only().await;
    let store = roundtable::store::Store::open(&bot.db.url)
        .await
        .expect("open");
    store
        .mark_sending(notice.id, bot.app.now())
        .await
        .expect("record");
    store.close().await;
    let bot = bot.start_again().await;
    let again = until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    let posts = channel_posts(&bot, "Innkalling");
    assert_eq!(posts.len(), 1, "the notice appears once");
    assert_eq!(again.discord_message_id, Some(posts[0].id));
    assert_eq!(
        bot.sim
            .requests_matching("POST /channels/{channel_id}/messages")
            .len(),
        2
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_changed_meeting_edits_the_notice_and_says_so_once() {
    let bot = TestBot::start("2024-11-01T08:00:00Z").await;
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    let mut plan = roundtable::meeting_file::read_meeting_file(
        &crate::support::store::example_meeting(),
        roundtable::domain::local_time::OSLO,
    )
    .expect("valid");
    plan.group.discord_channel_id = Some(bot.sim.default_channel());
    plan.place = "Oslo rådhus, Bystyresalen".into();
    bot.db.store.import_plan(&plan).await.expect("re-import");
    until_state(&bot, MessageKind::Changed, "1", SendState::Sent).await;
    until_state(&bot, MessageKind::NoticeEdit, "1", SendState::Sent).await;
    let posts = channel_posts(&bot, "Innkalling:");
    assert_eq!(posts.len(), 1, "edited in place, not posted again");
    assert!(posts[0]
        .content()
        .contains("Sted: Oslo rådhus, Bystyresalen"));
    assert_eq!(posts[0].history.len(), 1, "edited once");
    // The calendar file is replaced by one with the next SEQUENCE (the same UID).
    assert_eq!(
        posts[0].json["attachments"].as_array().map(Vec::len),
        Some(1)
    );
    let latest = posts[0].files.last().expect("the new file");
    let ics = String::from_utf8(latest.bytes.clone()).expect("ics");
    assert!(
        ics.contains("SEQUENCE:1") && ics.contains("Bystyresalen"),
        "{ics}"
    );
    settle(&bot).await;
    let notes = channel_posts(&bot, "er endret");
    assert_eq!(notes.len(), 1, "the change is announced once");
    assert!(notes[0].content().contains(&format!(
        "https://discord.com/channels/{}/{}/{}",
        bot.sim.guild_id(),
        bot.sim.default_channel(),
        posts[0].id
    )));
    let note = notes[0].content();
    assert!(
        note.contains("\nNytt sted: Oslo rådhus, Bystyresalen"),
        "{note}"
    );
    assert!(
        !note.contains("Ny tid") && !note.contains("Ny frist"),
        "{note}"
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_429_is_retried_and_a_403_is_reported_once() {
    let bot = TestBot::start("2024-10-31T12:00:00Z").await;
    until_state(&bot, MessageKind::Notice, "1", SendState::Due).await;
    bot.sim.fail_next(
        "POST /channels/*/messages",
        Fault::RateLimited { retry_after: 0.05 },
        2,
    );
    bot.clock.set(at("2024-11-01T08:00:00Z"));
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    assert_eq!(channel_posts(&bot, "Innkalling").len(), 1);

    bot.sim.fail_next(
        &format!("POST /channels/{}/messages", bot.sim.default_channel()),
        Fault::MissingPermissions,
        1,
    );
    bot.clock.set(at("2024-11-05T08:00:00Z"));
    let failed = until_state(&bot, MessageKind::Reminder, "1", SendState::Failed).await;
    assert_eq!(failed.attempts, 1, "a client error is not retried");
    let reports = bot
        .sim
        .wait_message(bot.secretariat_channel(), WAIT, |m| {
            m.content().contains("fikk ikke sendt")
        })
        .await;
    assert!(
        reports
            .content()
            .contains("fikk ikke sendt påminnelsen til «"),
        "{}",
        reports.content()
    );
    settle(&bot).await;
    assert_eq!(
        bot.sim.channel_messages(bot.secretariat_channel()).len(),
        1,
        "reported once"
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_new_deadline_alone_also_updates_the_notice() {
    let bot = TestBot::start("2024-11-01T08:00:00Z").await;
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    let mut plan = roundtable::meeting_file::read_meeting_file(
        &crate::support::store::example_meeting(),
        roundtable::domain::local_time::OSLO,
    )
    .expect("valid");
    plan.group.discord_channel_id = Some(bot.sim.default_channel());
    plan.brief_deadline = at("2024-11-10T22:59:59Z");
    bot.db.store.import_plan(&plan).await.expect("re-import");
    until_state(&bot, MessageKind::NoticeEdit, "1", SendState::Sent).await;
    until_state(&bot, MessageKind::Changed, "1", SendState::Sent).await;
    let posts = channel_posts(&bot, "Innkalling:");
    assert!(
        posts[0]
            .content()
            .contains("Frist for innlegg: søndag 10. november 2024 kl. 23:59."),
        "{}",
        posts[0].content()
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn the_report_by_direct_message_reaches_whom_it_can() {
    let (kari, ola) = (User::member("Kari"), User::member("Ola"));
    let ids = vec![kari.id, ola.id];
    let bot = TestBot::start_with("2024-11-08T20:00:00Z", |s| {
        s.discord.secretariat_channel_id = None;
        s.discord.secretariat_user_ids = ids;
    })
    .await;
    bot.sim.add_user(&kari);
    bot.sim.add_user(&ola);
    // Kari's direct messages are closed.
    bot.sim
        .fail_next("POST /users/@me/channels", Fault::MissingPermissions, 1);
    bot.clock.set(at("2024-11-09T08:00:00Z"));
    until_state(&bot, MessageKind::Collected, "1", SendState::Sent).await;
    assert!(
        bot.sim
            .channel_messages(bot.sim.dm_channel(&kari))
            .is_empty(),
        "Kari's were closed"
    );
    let to_ola = bot.sim.channel_messages(bot.sim.dm_channel(&ola));
    assert_eq!(to_ola.len(), 1);
    assert!(
        to_ola[0].content().contains("Fristen for innlegg til «"),
        "{}",
        to_ola[0].content()
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_cancelled_meetings_notice_is_not_posted_on_request() {
    let bot = TestBot::start("2024-10-20T08:00:00Z").await;
    let pool = sqlx::SqlitePool::connect(&bot.db.url)
        .await
        .expect("connect");
    sqlx::query("UPDATE meetings SET cancelled_at = 1729411200")
        .execute(&pool)
        .await
        .expect("cancel");
    pool.close().await;
    let secretariat = User::member("Karoline")
        .with_locale("no")
        .with_role(crate::support::bot::SECRETARIAT_ROLE);
    let meeting = json!([{"name": "post", "options": [{"name": "meeting", "value": "naeringssamarbeid-2024-11-07"}]}]);
    let i = bot
        .sim
        .invoke(&secretariat, bot.sim.default_channel(), "notice", meeting)
        .await;
    let reply = bot.sim.wait_response(&i, WAIT).await;
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("Møtet er avlyst")),
        "{:?}",
        reply.body
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn the_notice_and_its_change_note_ping_the_groups_member_role_and_nothing_else() {
    const ROLE: u64 = 1_187_000_000_000_000_777;
    let bot = TestBot::start("2024-10-31T12:00:00Z").await;
    let mut plan = roundtable::meeting_file::read_meeting_file(
        &crate::support::store::example_meeting(),
        roundtable::domain::local_time::OSLO,
    )
    .expect("valid");
    plan.group.discord_channel_id = Some(bot.sim.default_channel());
    plan.group.member_role_id = Some(ROLE);
    bot.db.store.import_plan(&plan).await.expect("re-import");
    bot.clock.set(at("2024-11-01T08:00:00Z"));
    until_state(&bot, MessageKind::Notice, "1", SendState::Sent).await;
    plan.place = "Oslo rådhus, Bystyresalen".into();
    bot.db.store.import_plan(&plan).await.expect("re-import");
    until_state(&bot, MessageKind::Changed, "1", SendState::Sent).await;
    let posts = bot
        .sim
        .requests_matching("POST /channels/{channel_id}/messages");
    assert_eq!(posts.len(), 2, "the notice and the change note");
    for post in posts {
        let body = post.body.as_ref().expect("a body");
        assert_eq!(body["allowed_mentions"]["parse"], json!([]));
        assert_eq!(body["allowed_mentions"]["roles"], json!([ROLE.to_string()]));
        assert!(
            body["content"]
                .as_str()
                .expect("content")
                .starts_with(&format!("<@&{ROLE}>\n")),
            "{body}"
        );
    }
    let reminders: Vec<_> = messages_of(&bot)
        .await
        .into_iter()
        .filter(|m| m.kind == MessageKind::Reminder)
        .collect();
    assert!(
        !reminders.is_empty(),
        "reminders are planned, and ping only representatives"
    );
    bot.finish();
}
