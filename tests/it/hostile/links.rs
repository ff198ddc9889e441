//! `/representative add|remove` and `/attendance link` change who may write a region's brief:
//! each is logged in the meeting's change log, with who did it and whom it linked.

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::sim::User;
use roundtable::change_report::{log_line, Style};
use roundtable::domain::records::MeetingSelector;
use roundtable::i18n::Language;
use serde_json::{json, Value};
use std::time::Duration;

async fn run(bot: &TestBot, user: &User, command: &str, options: Value) {
    let asked = bot
        .sim
        .invoke(user, bot.sim.default_channel(), command, options)
        .await;
    bot.sim.wait_response(&asked, Duration::from_secs(5)).await;
}

#[tokio::test]
async fn links_that_decide_who_may_write_are_in_the_change_log() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let karoline = User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE);
    let lina = User::member("Lina-Maria").with_locale("no");
    bot.sim.add_user(&lina);
    let representative = |sub: &str| {
        json!([{"name": sub, "options": [
            {"name": "user", "value": lina.id.to_string()},
            {"name": "region", "value": "Ringeriksregionen"}
        ]}])
    };
    run(&bot, &karoline, "representative", representative("add")).await;
    run(&bot, &karoline, "representative", representative("remove")).await;
    let link = json!([{"name": "link", "options": [
        {"name": "user", "value": lina.id.to_string()},
        {"name": "invitee", "value": "Karl Jørgen Tofte, Horten kommune"}
    ]}]);
    run(&bot, &karoline, "attendance", link).await;

    let meeting = bot
        .app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let log = bot
        .app
        .meeting_changes(meeting.id, 10)
        .await
        .expect("the change log");
    let kinds: Vec<&str> = log.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["link", "representative", "representative"]);
    assert!(log.iter().all(|e| e.actor_id == Some(karoline.id)));
    let lines: Vec<String> = log
        .iter()
        .map(|e| log_line(e, bot.app.tz, Language::Nb, Style::Plain))
        .collect();
    assert!(
        lines[0].contains("Lina-Maria er koblet til Karl Jørgen Tofte, Horten kommune"),
        "{lines:?}"
    );
    assert!(
        lines[1].contains("Lina-Maria er ikke lenger representant for Ringeriksregionen"),
        "{lines:?}"
    );
    assert!(
        lines[2].contains("Lina-Maria er nå representant for Ringeriksregionen"),
        "{lines:?}"
    );
    let discord = log_line(&log[2], bot.app.tz, Language::English, Style::Discord);
    assert!(
        discord.contains(&format!("<@{}> now speaks for Ringeriksregionen", lina.id)),
        "{discord}"
    );
    bot.sim.assert_no_violations();
    bot.stop().await;
}
