//! `/agenda` end to end: the real bot, through serenity, against the Discord simulator.

use crate::support::bot::TestBot;
use crate::support::sim::User;
use roundtable::app::Submitter;
use roundtable::config::Registration;
use roundtable::domain::records::Author;
use serde_json::{json, Value};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);

async fn agenda(
    bot: &TestBot,
    user: &User,
    channel: u64,
    options: Value,
) -> crate::support::sim::Response {
    let interaction = bot.sim.invoke(user, channel, "agenda", options).await;
    bot.sim.wait_response(&interaction, WAIT).await
}

#[tokio::test]
async fn registers_exactly_its_commands_in_both_languages() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let member = User::member("Kari");
    agenda(&bot, &member, bot.sim.default_channel(), json!([])).await;
    let commands = bot.sim.registered_commands();
    let names: Vec<_> = commands.iter().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(
        names,
        [
            "agenda",
            "brief",
            "invitees",
            "briefs",
            "representative",
            "notice",
            "export",
            "meeting",
            "invitee",
            "attendance",
            "followup",
            "minutes"
        ]
    );
    let agenda = &commands[0];
    assert_eq!(agenda["name_localizations"]["no"], "sakskart");
    assert_eq!(agenda["name_localizations"]["en-US"], "agenda");
    assert_eq!(agenda["name_localizations"]["en-GB"], "agenda");
    assert!(agenda["description"]
        .as_str()
        .is_some_and(|d| d.starts_with("Vis sakskartet")));
    assert!(agenda["description_localizations"]["en-US"]
        .as_str()
        .is_some_and(|d| d.starts_with("Show the agenda")));
    let followup = &commands[10];
    assert_eq!(followup["name_localizations"]["no"], "oppfølging");
    assert_eq!(followup["options"][1]["name_localizations"]["no"], "ny");
    let option = &agenda["options"][0];
    assert_eq!(option["name"], "meeting");
    assert_eq!(option["name_localizations"]["no"], "møte");
    let brief = &commands[1];
    assert_eq!(brief["name_localizations"]["no"], "innlegg");
    let send = &brief["options"][0];
    assert_eq!(
        (send["name"].as_str(), send["type"].as_u64()),
        (Some("send"), Some(1))
    );
    assert_eq!(send["name_localizations"]["no"], "send");
    assert_eq!(send["options"][2]["name_localizations"]["no"], "fil");
    // The secretariat's commands are hidden from members who cannot manage the server.
    let permissions = |name: &str| {
        commands
            .iter()
            .find(|c| c["name"] == name)
            .map(|c| c["default_member_permissions"].clone())
            .unwrap_or_default()
    };
    for secretariat in [
        "briefs",
        "representative",
        "notice",
        "export",
        "meeting",
        "invitee",
    ] {
        assert_eq!(permissions(secretariat), "32", "{secretariat}");
    }
    // Everyone's commands (/attendance has the secretariat's `mark` and `link` inside, which
    // Discord cannot hide separately: the bot refuses them to others).
    for everyone in ["agenda", "brief", "invitees", "attendance"] {
        assert!(permissions(everyone).is_null(), "{everyone}");
    }
    let puts = bot.sim.requests_matching("/commands");
    assert_eq!(puts.len(), 1, "registered once: {puts:?}");
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn agenda_in_bokmal_before_and_after_a_brief() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let member = User::member("Kari").with_locale("no");
    let reply = agenda(&bot, &member, bot.sim.default_channel(), json!([])).await;
    assert!(reply.is_ephemeral());
    let text = reply.content().expect("content");
    assert!(
        text.starts_with("**Møte i faggruppe for Næringssamarbeid**"),
        "{text}"
    );
    assert!(
        text.contains("Tid: torsdag 7. november 2024, kl. 12:00–13:00"),
        "{text}"
    );
    assert!(
        text.contains("Sted: Oslo Rådhus, møteromssenteret (inngang sjøsiden)"),
        "{text}"
    );
    assert!(
        text.contains("1. Godkjenning av innkalling og dagsorden\n"),
        "{text}"
    );
    assert!(text.contains("5. Eventuelt"), "{text}");
    assert!(text.contains("Innlegg mottatt (0 av 5): –"), "{text}");
    assert!(text.contains("Mangler (5): Ringeriksregionen, Elverum, Kongsvingerregionen, Horten kommune, Lørenskog kommune"), "{text}");
    assert!(
        text.contains("Frist for innlegg: fredag 8. november 2024 kl. 23:59"),
        "{text}"
    );

    let meeting = bot.upcoming().await;
    let author = Author {
        name: "Karl Jørgen Tofte".into(),
        discord_user_id: None,
    };
    bot.app
        .submit_brief(
            &meeting,
            "Horten kommune",
            "Intercity.",
            &author,
            Submitter::Secretariat,
            None,
        )
        .await
        .expect("brief");
    let reply = agenda(&bot, &member, bot.sim.default_channel(), json!([])).await;
    let text = reply.content().expect("content");
    assert!(
        text.contains("Innlegg mottatt (1 av 5): Horten kommune"),
        "{text}"
    );
    assert!(
        text.contains(
            "Mangler (4): Ringeriksregionen, Elverum, Kongsvingerregionen, Lørenskog kommune"
        ),
        "{text}"
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn agenda_in_english_by_meeting_key() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let member = User::member("Jane").with_locale("en-GB");
    let options = json!([{"name": "meeting", "value": "naeringssamarbeid-2024-11-07"}]);
    let reply = agenda(&bot, &member, bot.sim.default_channel(), options).await;
    let text = reply.content().expect("content");
    assert!(
        text.contains("Time: <t:1730977200:F> (Thursday 7 November 2024, 12:00–13:00, Oslo time)"),
        "{text}"
    );
    assert!(text.contains("Agenda"), "{text}");
    assert!(text.contains("Briefs received (0 of 5)"), "{text}");
    assert!(
        text.contains("Deadline for briefs: <t:1731106799:f> (Friday 8 November 2024 at 23:59)"),
        "{text}"
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn replies_ping_nobody() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let reply = agenda(
        &bot,
        &User::member("Kari"),
        bot.sim.default_channel(),
        json!([]),
    )
    .await;
    let mentions = &reply.data()["allowed_mentions"];
    assert_eq!(mentions["parse"], json!([]), "{mentions}");
    assert!(
        mentions["users"].as_array().is_none_or(Vec::is_empty),
        "{mentions}"
    );
    assert!(
        mentions["roles"].as_array().is_none_or(Vec::is_empty),
        "{mentions}"
    );
    bot.stop().await;
}

#[tokio::test]
async fn bad_input_gets_a_clear_private_answer() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let member = User::member("Kari").with_locale("no");

    let elsewhere = bot.sim.channel("random");
    let reply = agenda(&bot, &member, elsewhere, json!([])).await;
    assert!(reply.is_ephemeral());
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("Ingen faggruppe bruker denne kanalen")),
        "{reply:?}"
    );

    let options = json!([{"name": "meeting", "value": "styremøte-1999"}]);
    let reply = agenda(&bot, &member, bot.sim.default_channel(), options).await;
    assert!(reply.is_ephemeral());
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("Fant ikke møtet «styremøte-1999»")),
        "{reply:?}"
    );

    let english = User::member("Jane").with_locale("en-US");
    let reply = agenda(&bot, &english, elsewhere, json!([])).await;
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("No working group uses this channel")),
        "{reply:?}"
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn in_a_direct_message_it_says_where_to_ask() {
    // Only globally registered commands can be used in direct messages.
    let bot = TestBot::start_with("2024-11-02T10:00:00Z", |s| {
        s.discord.register = Registration::Global
    })
    .await;
    let member = User::member("Kari").with_locale("no");
    let dm = bot.sim.dm_channel(&member);
    let reply = agenda(&bot, &member, dm, json!([])).await;
    assert!(reply.is_ephemeral());
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("ikke i direktemeldinger")),
        "{reply:?}"
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn comes_back_after_gateway_faults() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let member = User::member("Kari").with_locale("no");
    let channel = bot.sim.default_channel();
    agenda(&bot, &member, channel, json!([])).await;

    let sessions = |bot: &TestBot| {
        let s = bot.sim.gateway_stats();
        s.identifies + s.resumes
    };
    let before = sessions(&bot);
    bot.sim.drop_gateway().await;
    bot.sim.wait_identified(before + 1).await;
    let reply = agenda(&bot, &member, channel, json!([])).await;
    assert!(reply.content().is_some_and(|t| t.contains("Sakskart")));

    let before = sessions(&bot);
    bot.sim.send_reconnect().await;
    bot.sim.wait_identified(before + 1).await;
    let reply = agenda(&bot, &member, channel, json!([])).await;
    assert!(reply.content().is_some_and(|t| t.contains("Sakskart")));

    let before = sessions(&bot);
    bot.sim.send_invalid_session(false).await;
    bot.sim.wait_identified(before + 1).await;
    let reply = agenda(&bot, &member, channel, json!([])).await;
    assert!(reply.content().is_some_and(|t| t.contains("Sakskart")));
    let stats = bot.sim.gateway_stats();
    assert!(
        stats.identifies >= 2,
        "re-identified after INVALID_SESSION: {stats:?}"
    );
    assert!(
        stats.resumes >= 1,
        "resumed after the drop or RECONNECT: {stats:?}"
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn shutdown_closes_the_gateway_and_the_database() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let member = User::member("Kari").with_locale("no");
    agenda(&bot, &member, bot.sim.default_channel(), json!([])).await;
    let store = bot.db.store.clone();
    let meeting = bot.upcoming().await;
    assert!(bot.sim.gateway_stats().connected);
    let sim = bot.stop().await;
    assert!(
        !sim.gateway_stats().connected,
        "the gateway connection is closed"
    );
    assert!(
        store.meeting_regions(meeting.id).await.is_err(),
        "the pool is closed"
    );
}

#[tokio::test]
async fn a_button_that_fails_says_so_in_the_users_language() {
    let bot = TestBot::start("2024-11-01T08:00:00Z").await;
    bot.step().await;
    let notice = bot
        .sim
        .wait_message(bot.sim.default_channel(), Duration::from_secs(5), |m| {
            m.content().contains("Innkalling")
        })
        .await;
    let agenda_button = notice.json["components"][1]["components"][1]["custom_id"]
        .as_str()
        .expect("the agenda button")
        .to_owned();
    // The database loses a table under the bot's feet.
    let pool = sqlx::SqlitePool::connect(&bot.db.url)
        .await
        .expect("connect");
    sqlx::query("PRAGMA foreign_keys = OFF")
        .execute(&pool)
        .await
        .expect("pragma");
    sqlx::query("DROP TABLE agenda_items")
        .execute(&pool)
        .await
        .expect("drop");
    pool.close().await;
    let kari = User::member("Kari").with_locale("no");
    let click = bot
        .sim
        .click(&kari, bot.sim.default_channel(), notice.id, &agenda_button)
        .await;
    let reply = bot.sim.wait_response(&click, WAIT).await;
    assert!(reply.is_ephemeral());
    assert!(
        reply.content().is_some_and(|t| t.contains("Noe gikk galt")),
        "{:?}",
        reply.body
    );
    bot.finish();
    bot.stop().await;
}
