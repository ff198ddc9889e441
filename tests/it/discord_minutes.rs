//! The minutes (referat) end to end through the simulator: outcomes recorded, the draft
//! posted, the comment round with confirmations and an accepted correction, the approval item
//! on the next meeting, the approval that locks the minutes, and their byte-identical export.

mod cycle;
mod forms;
mod refusals;
mod reminder;

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::sim::{Response, SimMessage, User};
use crate::support::store::example_meeting;
use chrono::{DateTime, Utc};
use roundtable::app::Submitter;
use roundtable::domain::local_time::OSLO;
use roundtable::domain::records::Author;
use roundtable::domain::StandingItem;
use roundtable::meeting_file::read_meeting_file;
use serde_json::{json, Value};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);
/// Before the example meeting (7 November 2024, 12:00 Oslo time): briefs are open.
pub(super) const BEFORE: &str = "2024-11-02T10:00:00Z";
/// The day after the meeting: the secretariat writes the minutes.
pub(super) const AFTER: &str = "2024-11-08T09:00:00Z";
/// The next meeting, 6 February 2025 at 12:00 Oslo time.
pub(super) const NEXT_STARTS: &str = "2025-02-06T11:00:00Z";

pub(super) fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

pub(super) fn secretariat() -> User {
    User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE)
}

/// Three representatives, each of one region, with their briefs in.
pub(super) struct Cast {
    pub anne: User,
    pub asbjorn: User,
    pub camilla: User,
}

pub(super) const RINGERIKE: &str = "Et stort næringsprosjekt på Treklyngen er i gang.";
pub(super) const ELVERUM: &str = "Elverum Vekst har åpnet et nytt gründerhus.";
pub(super) const KONGSVINGER: &str = "Kongsvingerregionen satser på grensehandel.";

/// The example meeting with three briefs in, a next meeting of the group (without an approval
/// item on its agenda) and the clock the day after the meeting.
pub(super) async fn prepared() -> (TestBot, Cast) {
    prepared_with(|_| {}).await
}

/// The same, with the bot's settings changed by `adjust` first.
pub(super) async fn prepared_with(
    adjust: impl FnOnce(&mut roundtable::bot::BotSettings),
) -> (TestBot, Cast) {
    let bot = TestBot::start_with(BEFORE, adjust).await;
    let cast = Cast {
        anne: User::member("Anne").with_locale("no"),
        asbjorn: User::member("Asbjørn").with_locale("no"),
        camilla: User::member("Camilla").with_locale("no"),
    };
    let meeting = bot.upcoming().await;
    for (user, region, text) in [
        (&cast.anne, "Ringeriksregionen", RINGERIKE),
        (&cast.asbjorn, "Elverum", ELVERUM),
        (&cast.camilla, "Kongsvingerregionen", KONGSVINGER),
    ] {
        bot.link(user, region).await;
        let author = Author {
            name: user.name.clone(),
            discord_user_id: Some(user.id),
        };
        bot.app
            .submit_brief(&meeting, region, text, &author, Submitter::Member, None)
            .await
            .expect("the brief is saved");
    }
    let mut next = read_meeting_file(&example_meeting(), OSLO).expect("the example");
    next.group.discord_channel_id = Some(bot.sim.default_channel());
    next.key = "naeringssamarbeid-2025-02-06".into();
    next.starts_at = at(NEXT_STARTS);
    next.ends_at = at("2025-02-06T12:00:00Z");
    next.brief_deadline = at("2025-02-07T22:59:59Z");
    next.notice_date = "2025-01-30".parse().expect("a date");
    next.notice_at = None;
    next.agenda
        .retain(|i| i.standing != Some(StandingItem::MinutesApproval));
    for (n, item) in (1..).zip(next.agenda.iter_mut()) {
        item.number = n;
    }
    bot.db
        .store
        .import_plan(&next)
        .await
        .expect("the next meeting");
    bot.clock.set(at(AFTER));
    (bot, cast)
}

pub(super) async fn run(bot: &TestBot, user: &User, sub: &str, options: Value) -> Response {
    let i = bot
        .sim
        .invoke(
            user,
            bot.sim.default_channel(),
            "minutes",
            json!([{"name": sub, "options": options}]),
        )
        .await;
    bot.sim.wait_response(&i, WAIT).await
}

pub(super) fn text(r: &Response) -> &str {
    r.content().unwrap_or_default()
}

/// Submits the form `modal` opened, with `fields`.
pub(super) async fn submit(
    bot: &TestBot,
    user: &User,
    modal: &Response,
    fields: &[(&str, &str)],
) -> Response {
    assert_eq!(modal.callback_type(), Some(9), "a form: {:?}", modal.body);
    let id = modal.data()["custom_id"]
        .as_str()
        .expect("custom_id")
        .to_owned();
    let i = bot
        .sim
        .submit_modal(user, bot.sim.default_channel(), &id, fields)
        .await;
    bot.sim.wait_response(&i, WAIT).await
}

/// Clicks the button whose id starts with `prefix` on a stored message.
pub(super) async fn click(
    bot: &TestBot,
    user: &User,
    message: u64,
    components: &[Value],
    prefix: &str,
) -> Response {
    let id = components
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["custom_id"].as_str().map(str::to_owned))
        .find(|id| id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix} button in {components:?}"));
    let i = bot
        .sim
        .click(user, bot.sim.default_channel(), message, &id)
        .await;
    bot.sim.wait_response(&i, WAIT).await
}

/// The value a form's field is pre-filled with.
pub(super) fn prefilled(modal: &Response, field: &str) -> Option<String> {
    modal.data()["components"]
        .as_array()?
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .find(|c| c["custom_id"] == field)
        .and_then(|c| c["value"].as_str().map(str::to_owned))
}

/// The bot's messages in the group's channel that are not answers only one member sees.
pub(super) fn channel_posts(bot: &TestBot) -> Vec<SimMessage> {
    let mut all = bot.sim.channel_messages(bot.sim.default_channel());
    all.retain(|m| !m.is_ephemeral() && m.interaction_id.is_none());
    all
}

/// Records item `number`'s outcome through the form.
pub(super) async fn record(
    bot: &TestBot,
    user: &User,
    number: u32,
    account: &str,
    conclusion: &str,
) -> Response {
    let form = run(
        bot,
        user,
        "item",
        json!([{"name": "number", "value": number}]),
    )
    .await;
    submit(
        bot,
        user,
        &form,
        &[("account", account), ("conclusion", conclusion)],
    )
    .await
}

/// Posts the draft; returns the posted message.
pub(super) async fn post_draft(bot: &TestBot, user: &User) -> (Response, SimMessage) {
    let reply = run(bot, user, "draft", json!([])).await;
    let posted = channel_posts(bot)
        .into_iter()
        .rev()
        .find(|m| m.content().contains("Utkast til referat"))
        .expect("the draft is posted to the channel");
    (reply, posted)
}
