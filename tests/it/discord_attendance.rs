//! Attendance end to end: the answer buttons on the notice, the deputy form, the cut-off at
//! the meeting's start, the secretariat's record, the exports and the reminders.

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::sim::{Response, SimMessage, User};
use roundtable::export::{render, Format};
use roundtable::schedule::MessageKind;
use roundtable::schedule::SendState;
use serde_json::json;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);

/// The notice in the channel, posted by a step of the scheduler (the clock is at its time
/// when the bot starts).
async fn notice(bot: &TestBot) -> SimMessage {
    bot.step().await;
    bot.sim
        .wait_message(bot.sim.default_channel(), WAIT, |m| {
            m.content().contains("Innkalling")
        })
        .await
}

fn button(notice: &SimMessage, label: &str) -> String {
    notice.json["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .find(|b| b["label"] == label)
        .and_then(|b| b["custom_id"].as_str().map(str::to_owned))
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

async fn click(bot: &TestBot, user: &User, notice: &SimMessage, label: &str) -> Response {
    let id = button(notice, label);
    let i = bot
        .sim
        .click(user, bot.sim.default_channel(), notice.id, &id)
        .await;
    bot.sim.wait_response(&i, WAIT).await
}

/// Makes `user` the invitee called `name`.
async fn link(bot: &TestBot, user: &User, name: &str) {
    let meeting = bot.upcoming().await;
    let invitee = bot.app.find_invitee(&meeting, name).await.expect("invitee");
    bot.db
        .store
        .link_invitee(invitee.id, user.id)
        .await
        .expect("link");
}

async fn answers(bot: &TestBot) -> Vec<(String, Option<String>)> {
    let meeting = bot.upcoming().await;
    let entries = bot
        .db
        .store
        .attendance(meeting.id)
        .await
        .expect("attendance");
    entries
        .into_iter()
        .filter(|e| e.rsvp.is_some())
        .map(|e| (e.invitee.full_name(), e.rsvp.map(|r| r.code().to_owned())))
        .collect()
}

#[tokio::test]
async fn members_answer_change_their_answer_and_name_a_deputy() {
    let bot = TestBot::start("2024-11-01T08:00:00Z").await;
    let notice = notice(&bot).await;
    let karl = User::member("Karl Jørgen").with_locale("no");
    link(&bot, &karl, "Karl Jørgen Tofte").await;

    let reply = click(&bot, &karl, &notice, "Jeg kommer").await;
    assert!(reply.is_ephemeral());
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("Takk, Karl Jørgen Tofte: du er påmeldt")),
        "{:?}",
        reply.body
    );
    assert_eq!(
        answers(&bot).await,
        [("Karl Jørgen Tofte".to_owned(), Some("attending".to_owned()))]
    );

    let reply = click(&bot, &karl, &notice, "Jeg melder forfall").await;
    assert!(reply
        .content()
        .is_some_and(|t| t.contains("legges da fram skriftlig")));
    assert_eq!(answers(&bot).await[0].1.as_deref(), Some("absent"));

    let modal = click(&bot, &karl, &notice, "Vara møter for meg").await;
    assert_eq!(modal.callback_type(), Some(9));
    let id = modal.data()["custom_id"].as_str().expect("id").to_owned();
    let submit = bot
        .sim
        .submit_modal(
            &karl,
            bot.sim.default_channel(),
            &id,
            &[("name", "Vera Vara"), ("organisation", "Horten kommune")],
        )
        .await;
    let reply = bot.sim.wait_response(&submit, WAIT).await;
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("Vera Vara (Horten kommune) møter som vara for deg")),
        "{:?}",
        reply.body
    );
    assert_eq!(answers(&bot).await[0].1.as_deref(), Some("deputy"));

    let show = bot
        .sim
        .invoke(
            &karl,
            bot.sim.default_channel(),
            "attendance",
            json!([{"name": "show"}]),
        )
        .await;
    let show = bot.sim.wait_response(&show, WAIT).await;
    let text = show.content().expect("overview");
    assert!(text.contains("**Kommer** (0): –"), "{text}");
    assert!(
        text.contains("**Vara** (1): Vera Vara (Horten kommune) for Karl Jørgen Tofte"),
        "{text}"
    );
    assert!(text.contains("**Ikke svart** (44)"), "{text}");
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn strangers_are_told_and_answers_close_when_the_meeting_starts() {
    let bot = TestBot::start("2024-11-01T08:00:00Z").await;
    let notice = notice(&bot).await;
    let ola = User::member("Ola").with_locale("en-US");
    let reply = click(&bot, &ola, &notice, "Jeg kommer").await;
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("not among the invitees of this meeting")),
        "{:?}",
        reply.body
    );
    let reply = click(&bot, &ola, &notice, "Vara møter for meg").await;
    assert_eq!(reply.callback_type(), Some(4), "no form for a stranger");

    let karl = User::member("Karl Jørgen").with_locale("no");
    link(&bot, &karl, "Karl Jørgen Tofte").await;
    bot.clock.set("2024-11-07T11:00:00Z".parse().expect("time"));
    let reply = click(&bot, &karl, &notice, "Jeg melder forfall").await;
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("Møtet begynte kl. 12:00")),
        "{:?}",
        reply.body
    );
    assert!(answers(&bot).await.is_empty());
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn the_secretariat_records_who_was_there_and_the_minutes_list_it() {
    let bot = TestBot::start("2024-11-01T08:00:00Z").await;
    let notice = notice(&bot).await;
    let karl = User::member("Karl Jørgen").with_locale("no");
    let camilla = User::member("Camilla").with_locale("no");
    link(&bot, &karl, "Karl Jørgen Tofte").await;
    link(&bot, &camilla, "Camilla Håltem").await;
    click(&bot, &karl, &notice, "Jeg melder forfall").await;
    click(&bot, &camilla, &notice, "Jeg kommer").await;
    // Karl sends his brief anyway: it is taken as read.
    let meeting = bot.upcoming().await;
    bot.db
        .store
        .add_representative(meeting.id, "Horten kommune", karl.id, 1, bot.app.now())
        .await
        .expect("rep");
    let modal = bot
        .sim
        .invoke(
            &karl,
            bot.sim.default_channel(),
            "brief",
            json!([{"name": "send"}]),
        )
        .await;
    let modal = bot.sim.wait_response(&modal, WAIT).await;
    let id = modal.data()["custom_id"].as_str().expect("id").to_owned();
    let submit = bot
        .sim
        .submit_modal(
            &karl,
            bot.sim.default_channel(),
            &id,
            &[("text", "Intercity.")],
        )
        .await;
    bot.sim.wait_response(&submit, WAIT).await;

    // At the meeting: a member may not record; the secretariat records Anne, who came unannounced.
    bot.clock.set("2024-11-07T11:05:00Z".parse().expect("time"));
    let mark = json!([{"name": "mark", "options": [
        {"name": "invitee", "value": "Anne Huse, Kongsvingerregionen"},
        {"name": "present", "value": true}
    ]}]);
    let refused = bot
        .sim
        .invoke(
            &camilla,
            bot.sim.default_channel(),
            "attendance",
            mark.clone(),
        )
        .await;
    let refused = bot.sim.wait_response(&refused, WAIT).await;
    assert!(refused
        .content()
        .is_some_and(|t| t.contains("bare for sekretariatet")));
    let secretariat = User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE);
    let done = bot
        .sim
        .invoke(&secretariat, bot.sim.default_channel(), "attendance", mark)
        .await;
    let done = bot.sim.wait_response(&done, WAIT).await;
    assert!(
        done.content()
            .is_some_and(|t| t.contains("Anne Huse er registrert som til stede")),
        "{:?}",
        done.body
    );

    let view = bot.app.export_view(meeting.id).await.expect("view");
    let md = String::from_utf8(render(&view, Format::Markdown).expect("md")).expect("utf-8");
    assert!(
        md.contains(
            "**Til stede:** Anne Huse (Kongsvingerregionen), Camilla Håltem (Lørenskog kommune)"
        ),
        "{md}"
    );
    assert!(
        md.contains("**Forfall:** Karl Jørgen Tofte (Horten kommune)"),
        "{md}"
    );
    assert!(
        md.contains("### Horten kommune (legges fram skriftlig)\n\nIntercity."),
        "{md}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&render(&view, Format::Json).expect("json")).expect("parse");
    assert_eq!(
        json["attendance"]["present"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(json["briefs"][0]["taken_as_read"], true);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_reminder_spares_those_who_named_a_deputy() {
    let bot = TestBot::start("2024-11-01T08:00:00Z").await;
    let notice = notice(&bot).await;
    let karl = User::member("Karl Jørgen").with_locale("no");
    let camilla = User::member("Camilla").with_locale("no");
    link(&bot, &karl, "Karl Jørgen Tofte").await;
    let meeting = bot.upcoming().await;
    for (user, region) in [(&karl, "Horten kommune"), (&camilla, "Lørenskog kommune")] {
        bot.db
            .store
            .add_representative(meeting.id, region, user.id, 1, bot.app.now())
            .await
            .expect("rep");
    }
    let modal = click(&bot, &karl, &notice, "Vara møter for meg").await;
    let id = modal.data()["custom_id"].as_str().expect("id").to_owned();
    let submit = bot
        .sim
        .submit_modal(
            &karl,
            bot.sim.default_channel(),
            &id,
            &[("name", "Vera Vara"), ("organisation", "Horten kommune")],
        )
        .await;
    bot.sim.wait_response(&submit, WAIT).await;

    bot.clock.set("2024-11-05T08:00:00Z".parse().expect("time"));
    crate::support::schedule::until_state(&bot, MessageKind::Reminder, "1", SendState::Sent).await;
    let reminder = bot
        .sim
        .wait_message(bot.sim.default_channel(), WAIT, |m| {
            m.content().contains("Påminnelse")
        })
        .await;
    assert!(
        reminder.content().contains("Horten kommune"),
        "the region is still named"
    );
    assert!(reminder.content().contains(&format!("<@{}>", camilla.id)));
    assert!(
        !reminder.content().contains(&format!("<@{}>", karl.id)),
        "{}",
        reminder.content()
    );
    bot.finish();
    bot.stop().await;
}
