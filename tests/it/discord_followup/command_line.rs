//! `roundtable followup add|list|status`: the secretariat's follow-up items from a shell,
//! checked like the Discord form's.

use crate::support::store::TestDb;
use std::process::{Command, Output};

fn roundtable(db: &TestDb, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_roundtable"))
        .env_remove("DISCORD_TOKEN")
        .env("RUST_LOG", "off")
        .args(["--database", &db.url, "followup"])
        .args(args)
        .output()
        .expect("roundtable runs")
}

#[tokio::test]
async fn the_command_line_adds_lists_and_closes_items() {
    let db = TestDb::new().await;
    db.import_example().await;
    let added = roundtable(
        &db,
        &[
            "add",
            "--meeting",
            "naeringssamarbeid-2024-11-07",
            "--what",
            "Send oversikten over tomter",
            "--due",
            "01.12.2024",
            "--region",
            "elverum",
            "--item",
            "3",
        ],
    );
    let stdout = String::from_utf8_lossy(&added.stdout);
    assert!(added.status.success(), "{stdout}");
    assert_eq!(
        stdout,
        "✅ Oppfølgingspunktet er lagt inn:\n#1 Send oversikten over tomter – Elverum, frist 01.12.2024 (⚠️ fristen er passert) · Ingen status ennå\n"
    );
    let bad = roundtable(
        &db,
        &["add", "--what", "X", "--due", "i morgen", "--person", "Ola"],
    );
    assert!(!bad.status.success());
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.contains("Forstår ikke fristen «i morgen»"),
        "{stderr}"
    );
    let closed = roundtable(&db, &["status", "1", "--status", "Sendt", "--done"]);
    assert!(closed.status.success());
    let listed = roundtable(&db, &["list"]);
    let stdout = String::from_utf8_lossy(&listed.stdout);
    assert_eq!(
        stdout,
        "#1 Send oversikten over tomter – Elverum, frist 01.12.2024 · ✅ Ferdig: Sendt\n"
    );
    let log = db.store.follow_up_changes(1).await.expect("log");
    assert_eq!(log.len(), 2);
    assert_eq!(log[1].actor_id, None, "the command line");
}

#[test]
fn the_follow_up_reminder_is_configured_with_the_other_schedule_rules() {
    use roundtable::config::Config;
    use std::path::Path;
    let path = Path::new("roundtable.toml");
    let text = "[schedule]\nfollow_up_reminder = { days = -1, time = \"14:30\" }\n";
    let config = Config::parse(path, text).expect("a valid configuration");
    let rules = config.schedule.rules().expect("rules");
    let time = chrono::NaiveTime::from_hms_opt(14, 30, 0).expect("time");
    assert_eq!(rules.follow_up_reminder, Some((-1, time)));
    // By default, with the first brief reminder.
    let rules = Config::default().schedule.rules().expect("rules");
    let nine = chrono::NaiveTime::from_hms_opt(9, 0, 0).expect("time");
    assert_eq!(rules.follow_up_reminder, Some((-2, nine)));
    let bad = "[schedule]\nfollow_up_reminder = { days = -1, time = \"halv tre\" }\n";
    let error = Config::parse(path, bad)
        .expect_err("not a time")
        .to_string();
    assert!(
        error.contains("schedule.follow_up_reminder.time"),
        "{error}"
    );
}
