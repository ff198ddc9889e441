//! A moved meeting's key keeps the old date: the key stays the meeting's id, but people read
//! the meeting by its day and title, and the commands and the CLI find it by either.

use super::{confirm, run, secretariat, text, BEFORE};
use crate::support::bot::TestBot;
use serde_json::json;
use std::process::Command;

fn status(bot: &TestBot, meeting: &str) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .env_remove("DISCORD_TOKEN")
        .env("RUST_LOG", "off")
        .args(["--database", &bot.db.url, "status", "--meeting", meeting])
        .output()
        .expect("roundtable status");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn a_moved_meeting_is_read_and_found_by_its_new_day_and_its_title() {
    let bot = TestBot::start(BEFORE).await;
    let karoline = secretariat("no");
    let moved =
        json!([{"name": "move", "options": [{"name": "starts", "value": "2024-11-14 12:00"}]}]);
    let preview = run(&bot, &karoline, "meeting", moved).await;
    confirm(&bot, &karoline, &preview).await;
    let title = "Møte i faggruppe for Næringssamarbeid";

    // On Discord: by its new day, by its title, by its key (its id, which keeps the old day).
    for name in [
        "14.11.2024",
        "2024-11-14",
        title,
        "naeringssamarbeid-2024-11-07",
    ] {
        let options = json!([{"name": "meeting", "value": name}]);
        let agenda = run(&bot, &karoline, "agenda", options).await;
        assert!(
            text(&agenda).starts_with(&format!("**{title}**")),
            "{name}: {:?}",
            agenda.body
        );
    }
    let old_day = json!([{"name": "meeting", "value": "07.11.2024"}]);
    let refused = run(&bot, &karoline, "agenda", old_day).await;
    assert!(
        text(&refused).contains("Fant ikke møtet «07.11.2024»"),
        "{:?}",
        refused.body
    );
    // What a person reads names the day it is held, not the key's.
    let list = run(&bot, &karoline, "meeting", json!([{"name": "list"}])).await;
    assert!(
        text(&list).contains(&format!("**{title}** (nr. 1)")),
        "{:?}",
        list.body
    );
    assert!(!text(&list).contains("2024-11-07"), "{:?}", list.body);
    let notice = run(&bot, &karoline, "notice", json!([{"name": "preview"}])).await;
    assert_eq!(notice.files.len(), 1);
    assert_eq!(notice.files[0].filename, "naeringssamarbeid-2024-11-14.ics");

    // On the command line: the same names, and the status reads by day and title.
    for name in ["14.11.2024", title] {
        let (ok, out, err) = status(&bot, name);
        assert!(ok, "{name}: {err}");
        assert!(
            out.starts_with(&format!("{title}, 14.11.2024 (nr. 1)")),
            "{out}"
        );
        assert!(!out.contains("2024-11-07"), "{out}");
    }
    let (ok, _, err) = status(&bot, "2024-11-07");
    assert!(!ok);
    assert!(err.contains("Fant ikke møtet «2024-11-07»"), "{err}");
    bot.sim.assert_no_violations();
    bot.stop().await;
}
