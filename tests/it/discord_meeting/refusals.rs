//! Bad input and the wrong people: each gets a clear answer in their language, and nothing
//! changes.

use super::{example_csv, example_text, import, meeting_id, run, secretariat, text, BEFORE};
use crate::support::bot::TestBot;
use crate::support::sim::User;
use serde_json::json;

fn move_to(starts: &str, ends: Option<&str>) -> serde_json::Value {
    let mut options = vec![json!({"name": "starts", "value": starts})];
    if let Some(ends) = ends {
        options.push(json!({"name": "ends", "value": ends}));
    }
    json!([{"name": "move", "options": options}])
}

#[tokio::test]
async fn bad_files_and_times_are_refused_with_the_reason() {
    let bot = TestBot::start(BEFORE).await;
    let karoline = secretariat("no");
    let id = meeting_id(&bot).await;
    let before = bot.db.store.meeting_details(id).await.expect("details");

    let offset = example_text().replace(
        "starts = 2024-11-07T12:00:00",
        "starts = 2024-11-07T12:00:00+01:00",
    );
    let reply = import(&bot, &karoline, &offset, Some(&example_csv())).await;
    assert!(
        text(&reply)
            .contains("møte.toml, linje 32: meeting.starts: skriv lokal dato og tid uten tidssone"),
        "{:?}",
        reply.body
    );
    let reply = import(&bot, &karoline, &example_text(), None).await;
    assert!(
        text(&reply).contains("viser til listen over inviterte naeringssamarbeid-2024-11-07-inviterte.csv, men den er ikke lagt ved"),
        "{:?}",
        reply.body
    );
    // "Blåbær" saved as Latin-1.
    let mut latin1 = example_text().into_bytes();
    latin1.extend_from_slice(b"# Bl\xe5b\xe6r\n");
    let file = bot.sim.upload("møte.toml", "application/toml", &latin1);
    let options =
        json!([{"name": "import", "options": [{"name": "file", "value": file.to_string()}]}]);
    let reply = run(&bot, &karoline, "meeting", options).await;
    assert!(
        text(&reply).contains("«møte.toml» er ikke UTF-8-tekst"),
        "{:?}",
        reply.body
    );
    let huge = vec![b'#'; 1_000_001];
    let file = bot.sim.upload("stor.toml", "application/toml", &huge);
    let options =
        json!([{"name": "import", "options": [{"name": "file", "value": file.to_string()}]}]);
    let reply = run(&bot, &karoline, "meeting", options).await;
    assert!(
        text(&reply).contains("«stor.toml» er større enn 1 MB"),
        "{:?}",
        reply.body
    );

    for (options, expected) in [
        (
            move_to("2024-11-01 12:00", None),
            "Tid: 01.11.2024 12:00 er allerede passert.",
        ),
        (
            move_to("2024-11-14 12:00", Some("11:00")),
            "Møtet ville slutte (14.11.2024 11:00) før det begynner (14.11.2024 12:00).",
        ),
        (
            move_to("2025-03-30 02:30", None),
            "Tid: 30.03.2025 02:30 finnes ikke i norsk tid",
        ),
        (
            move_to("2025-10-26 01:30", Some("02:30")),
            "Slutt: 26.10.2025 02:30 forekommer to ganger i norsk tid",
        ),
    ] {
        let reply = run(&bot, &karoline, "meeting", options).await;
        assert!(
            text(&reply).contains(expected),
            "{expected}: {:?}",
            reply.body
        );
        assert!(reply.components().is_empty());
    }
    let english = secretariat("en-US");
    let reply = run(&bot, &english, "meeting", move_to("next Thursday", None)).await;
    assert!(
        text(&reply)
            .contains("Time: “next Thursday” is not a date and time. Write e.g. 2025-03-06 12:00."),
        "{:?}",
        reply.body
    );
    assert_eq!(
        bot.db.store.meeting_details(id).await.expect("details"),
        before
    );
    assert_eq!(bot.db.count("pending_changes").await, 0);
    assert_eq!(bot.db.count("meeting_changes").await, 0);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn only_the_secretariat_may_change_meetings_whatever_discord_shows() {
    let bot = TestBot::start(BEFORE).await;
    let id = meeting_id(&bot).await;
    let before = bot.db.store.meeting_details(id).await.expect("details");
    // The commands are registered in the background after READY: a command sent waits for
    // them (a read, which changes nothing).
    let reader = User::member("Kari");
    let agenda = bot
        .sim
        .invoke(&reader, bot.sim.default_channel(), "agenda", json!([]))
        .await;
    bot.sim
        .wait_response(&agenda, std::time::Duration::from_secs(5))
        .await;
    let commands = bot.sim.registered_commands();
    for name in ["meeting", "invitee"] {
        let command = commands.iter().find(|c| c["name"] == name).expect(name);
        assert_eq!(command["default_member_permissions"], "32", "{command}");
    }
    let meeting = commands
        .iter()
        .find(|c| c["name"] == "meeting")
        .expect("meeting");
    assert_eq!(meeting["name_localizations"]["no"], "møte");
    let group = meeting["options"]
        .as_array()
        .and_then(|o| o.iter().find(|o| o["name"] == "agenda"))
        .expect("the agenda group");
    assert_eq!(group["type"], 2, "a subcommand group");
    assert_eq!(group["name_localizations"]["no"], "sakskart");

    // A member, and an administrator without the role (as if Discord's settings were
    // loosened), are refused, and the interaction changes nothing.
    for user in [User::member("Kari"), User::admin("Admin")] {
        for (command, options) in [
            ("meeting", json!([{"name": "list"}])),
            ("meeting", json!([{"name": "cancel"}])),
            ("meeting", move_to("2024-11-14 12:00", None)),
            (
                "invitee",
                json!([{"name": "remove", "options": [{"name": "name", "value": "Anne Huse"}]}]),
            ),
        ] {
            let reply = run(&bot, &user, command, options).await;
            assert!(reply.is_ephemeral());
            assert_eq!(
                text(&reply),
                "This command is for the secretariat only.",
                "{command}"
            );
        }
        let reply = import(&bot, &user, &example_text(), Some(&example_csv())).await;
        assert_eq!(text(&reply), "This command is for the secretariat only.");
    }
    assert_eq!(
        bot.db.store.meeting_details(id).await.expect("details"),
        before
    );
    assert_eq!(bot.db.count("pending_changes").await, 0);
    bot.finish();
    bot.stop().await;
}
