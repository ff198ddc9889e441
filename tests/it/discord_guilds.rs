//! Guild binding: the bot answers only in the group's server, and a meeting named by id or key
//! is only found from the server of its own group's channel, whoever added the bot elsewhere.

use crate::support::bot::TestBot;
use crate::support::sim::{Response, User};
use crate::support::store::example_meeting;
use roundtable::config::Registration;
use roundtable::domain::local_time::OSLO;
use roundtable::domain::records::MeetingSelector;
use roundtable::meeting_file::read_meeting_file;
use serde_json::{json, Value};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);
const NOW: &str = "2024-11-02T10:00:00Z";

async fn agenda(bot: &TestBot, user: &User, channel: u64, options: Value) -> Response {
    let asked = bot.sim.invoke(user, channel, "agenda", options).await;
    bot.sim.wait_response(&asked, WAIT).await
}

async fn meeting_id(bot: &TestBot) -> i64 {
    bot.app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("the example meeting")
        .id
}

fn said(reply: &Response, words: &str) -> bool {
    reply.content().is_some_and(|c| c.contains(words))
}

#[tokio::test]
async fn another_server_is_refused_when_the_server_is_configured() {
    // Registered globally (so offered everywhere), with the group's server configured.
    let bot = TestBot::start_with(NOW, |s| s.discord.register = Registration::Global).await;
    let id = meeting_id(&bot).await;
    let stranger = User::member("Fremmed").with_locale("no");
    let foreign = bot.sim.other_guild_channel("general");

    let reply = agenda(
        &bot,
        &stranger,
        foreign,
        json!([{"name": "meeting", "value": id.to_string()}]),
    )
    .await;
    assert!(reply.is_ephemeral());
    assert!(
        said(&reply, "hører til en annen Discord-server"),
        "{reply:?}"
    );
    assert!(!said(&reply, "Runde rundt bordet"), "{reply:?}");

    let typed = json!([{"name": "organisation", "value": "", "focused": true}]);
    let asked = bot
        .sim
        .autocomplete(&stranger, foreign, "invitees", typed)
        .await;
    let choices = bot.sim.wait_response(&asked, WAIT).await.choices();
    assert!(choices.is_empty(), "{choices:?}");

    let member = User::member("Kari").with_locale("no");
    let home = agenda(
        &bot,
        &member,
        bot.sim.default_channel(),
        json!([{"name": "meeting", "value": id.to_string()}]),
    )
    .await;
    assert!(said(&home, "Runde rundt bordet"), "{home:?}");
    bot.sim.assert_no_violations();
    bot.stop().await;
}

#[tokio::test]
async fn with_global_registration_a_meeting_is_found_only_from_its_groups_server() {
    let bot = TestBot::start_with(NOW, |s| {
        s.discord.register = Registration::Global;
        s.discord.guild_id = None;
    })
    .await;
    let id = meeting_id(&bot).await;
    // Another group whose channel is in the stranger's own server.
    let foreign = bot.sim.other_guild_channel("vår-gruppe");
    let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("the example is valid");
    plan.group.slug = "fremmed".into();
    plan.key = "fremmed-2024-11-07".into();
    plan.title = "Fremmed gruppe".into();
    plan.group.discord_channel_id = Some(foreign);
    bot.db.store.import_plan(&plan).await.expect("import");

    let stranger = User::member("Fremmed").with_locale("no");
    for named in [id.to_string(), "naeringssamarbeid-2024-11-07".to_owned()] {
        let reply = agenda(
            &bot,
            &stranger,
            foreign,
            json!([{"name": "meeting", "value": named}]),
        )
        .await;
        assert!(said(&reply, "Fant ikke møtet"), "{reply:?}");
        assert!(!said(&reply, "Runde rundt bordet"), "{reply:?}");
    }
    let own = agenda(&bot, &stranger, foreign, json!([])).await;
    assert!(said(&own, "Fremmed gruppe"), "{own:?}");

    let member = User::member("Kari").with_locale("no");
    let home = agenda(
        &bot,
        &member,
        bot.sim.default_channel(),
        json!([{"name": "meeting", "value": id.to_string()}]),
    )
    .await;
    assert!(said(&home, "Runde rundt bordet"), "{home:?}");
    bot.sim.assert_no_violations();
    bot.stop().await;
}
