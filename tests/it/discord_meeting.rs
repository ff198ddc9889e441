//! `/meeting` and `/invitee` end to end: the secretariat runs its meetings from Discord, every
//! change previewed with Confirm and Cancel buttons, written only on Confirm, and logged.

mod edits;
mod invitee_keys;
mod meeting_names;
mod new_meeting;
mod next_meeting;
mod past_meeting;
mod refusals;
mod restore;
mod two_doors;

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::sim::{Response, User};
use crate::support::store::example_meeting;
use serde_json::{json, Value};
use std::time::Duration;

pub(super) const WAIT: Duration = Duration::from_secs(5);
/// Five days before the example meeting (7 November 2024, 12:00 Oslo time).
pub(super) const BEFORE: &str = "2024-11-02T10:00:00Z";

fn secretariat(locale: &str) -> User {
    User::member("Karoline")
        .with_locale(locale)
        .with_role(SECRETARIAT_ROLE)
}

async fn run(bot: &TestBot, user: &User, command: &str, options: Value) -> Response {
    let i = bot
        .sim
        .invoke(user, bot.sim.default_channel(), command, options)
        .await;
    bot.sim.wait_response(&i, WAIT).await
}

fn text(r: &Response) -> &str {
    r.content().unwrap_or_default()
}

/// The `custom_id` of the preview's button whose id starts with `prefix`.
fn button(preview: &Response, prefix: &str) -> String {
    preview
        .components()
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["custom_id"].as_str().map(str::to_owned))
        .find(|id| id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix} button in {:?}", preview.body))
}

async fn press(bot: &TestBot, user: &User, preview: &Response, prefix: &str) -> Response {
    let message = preview.message_id.expect("the preview is a message");
    let click = bot
        .sim
        .click(
            user,
            bot.sim.default_channel(),
            message,
            &button(preview, prefix),
        )
        .await;
    bot.sim.wait_response(&click, WAIT).await
}

/// Presses Confirm under a preview; returns the answer (the preview replaced).
async fn confirm(bot: &TestBot, user: &User, preview: &Response) -> Response {
    let done = press(bot, user, preview, "change_ok:").await;
    assert_eq!(done.callback_type(), Some(7), "{:?}", done.body);
    done
}

async fn meeting_id(bot: &TestBot) -> i64 {
    bot.upcoming().await.id
}

fn example_text() -> String {
    std::fs::read_to_string(example_meeting()).expect("the example")
}

fn example_csv() -> Vec<u8> {
    let csv = example_meeting().with_file_name("naeringssamarbeid-2024-11-07-inviterte.csv");
    std::fs::read(csv).expect("the invitee list")
}

/// `/meeting import` with a meeting file and, if given, its invitee list.
async fn import(bot: &TestBot, user: &User, toml: &str, csv: Option<&[u8]>) -> Response {
    let file = bot
        .sim
        .upload("møte.toml", "application/toml", toml.as_bytes());
    let mut options = vec![json!({"name": "file", "value": file.to_string()})];
    if let Some(csv) = csv {
        let id = bot.sim.upload(
            "naeringssamarbeid-2024-11-07-inviterte.csv",
            "text/csv",
            csv,
        );
        options.push(json!({"name": "invitees", "value": id.to_string()}));
    }
    let options = json!([{"name": "import", "options": options}]);
    run(bot, user, "meeting", options).await
}

#[tokio::test]
async fn an_import_is_previewed_confirmed_logged_and_a_second_one_changes_nothing() {
    let bot = TestBot::start(BEFORE).await;
    let karoline = secretariat("no");
    let id = meeting_id(&bot).await;
    let changed = example_text()
        .replace(
            "place = \"Oslo Rådhus, møteromssenteret (inngang sjøsiden)\"",
            "place = \"Oslo rådhus, Bystyresalen\"",
        )
        .replace(
            "[[agenda]]\ntitle = \"Eventuelt\"",
            "[[agenda]]\ntitle = \"Eventuelt\"\n\n[[agenda]]\ntitle = \"Neste møte\"",
        );
    let preview = import(&bot, &karoline, &changed, Some(&example_csv())).await;
    assert!(preview.is_ephemeral());
    let shown = text(&preview);
    for expected in [
        "**Forhåndsvisning – Import av møtefil: «Møte i faggruppe for Næringssamarbeid»**",
        "• Sted: Oslo Rådhus, møteromssenteret (inngang sjøsiden) → Oslo rådhus, Bystyresalen",
        "• Ny sak: 6. Neste møte",
        "Møtet finnes fra før (07.11.2024, nr. 1) og blir oppdatert.",
        "Møtet har ingen innlegg ennå.",
        "**Nytt sakskart**\n1. Godkjenning av innkalling og dagsorden",
        "4. Runde rundt bordet (innlegg)\n5. Eventuelt\n6. Neste møte",
    ] {
        assert!(shown.contains(expected), "missing {expected:?} in\n{shown}");
    }
    assert!(
        !shown.contains("inviterte"),
        "the invitees are the same: {shown}"
    );
    // Nothing is written before Confirm.
    let before = bot.db.store.meeting_details(id).await.expect("details");
    assert_eq!(before.agenda.len(), 5);
    assert_eq!(bot.db.count("meeting_changes").await, 0);

    let done = confirm(&bot, &karoline, &preview).await;
    assert!(
        text(&done)
            .starts_with("✅ Endringen av «Møte i faggruppe for Næringssamarbeid» er lagret."),
        "{:?}",
        done.body
    );
    assert!(done.components().is_empty(), "the buttons are gone");
    let after = bot.db.store.meeting_details(id).await.expect("details");
    assert_eq!(after.summary.place, "Oslo rådhus, Bystyresalen");
    assert_eq!(after.agenda.len(), 6);
    assert_eq!(after.invitees.len(), before.invitees.len());
    assert_eq!(bot.db.count("pending_changes").await, 0);

    let log = run(&bot, &karoline, "meeting", json!([{"name": "log"}])).await;
    let log = text(&log);
    assert!(log.contains("**Endringer av «Møte i faggruppe"), "{log}");
    assert!(
        log.contains(&format!("· <@{}> · Import av møtefil: Sted:", karoline.id)),
        "{log}"
    );

    // The same file again: nothing to confirm.
    let again = import(&bot, &karoline, &changed, Some(&example_csv())).await;
    assert!(
        text(&again).contains("ingenting å endre – møtet ser allerede slik ut."),
        "{:?}",
        again.body
    );
    assert!(again.components().is_empty());
    assert_eq!(bot.db.count("pending_changes").await, 0);
    assert_eq!(bot.db.count("meeting_changes").await, 1);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn cancel_leaves_everything_as_it_was() {
    let bot = TestBot::start(BEFORE).await;
    let karoline = secretariat("en-US");
    let id = meeting_id(&bot).await;
    let before = bot.db.store.meeting_details(id).await.expect("details");
    let options = json!([{"name": "agenda", "options": [
        {"name": "add", "options": [{"name": "title", "value": "Budsjett 2025"}]}
    ]}]);
    let preview = run(&bot, &karoline, "meeting", options).await;
    assert!(
        text(&preview).contains("• New item: 4. Budsjett 2025"),
        "{:?}",
        preview.body
    );
    // Someone else's click is refused and changes nothing.
    let other = User::member("Ola").with_role(SECRETARIAT_ROLE);
    let refused = press(&bot, &other, &preview, "change_ok:").await;
    assert!(
        text(&refused).contains("belongs to someone else"),
        "{:?}",
        refused.body
    );
    // So is the click of the one who asked once she is no longer the secretariat.
    let demoted = User::member("Karoline").with_locale("en-US");
    let refused = press(&bot, &demoted, &preview, "change_no:").await;
    assert_eq!(
        text(&refused),
        "This command is for the secretariat only.",
        "{:?}",
        refused.body
    );
    assert_eq!(bot.db.count("pending_changes").await, 1);
    let cancelled = press(&bot, &karoline, &preview, "change_no:").await;
    assert_eq!(cancelled.callback_type(), Some(7));
    assert_eq!(text(&cancelled), "Cancelled. Nothing was changed.");
    assert_eq!(
        bot.db.store.meeting_details(id).await.expect("details"),
        before
    );
    assert_eq!(bot.db.count("pending_changes").await, 0);

    // A preview confirmed after 15 minutes, or after the meeting changed, changes nothing.
    let add = json!([{"name": "agenda", "options": [
        {"name": "add", "options": [{"name": "title", "value": "Budsjett 2025"}]}
    ]}]);
    let late = run(&bot, &karoline, "meeting", add.clone()).await;
    bot.clock.set(bot.app.now() + chrono::Duration::minutes(16));
    let expired = press(&bot, &karoline, &late, "change_ok:").await;
    assert!(
        text(&expired).contains("older than 15 minutes"),
        "{:?}",
        expired.body
    );
    let stale = run(&bot, &karoline, "meeting", add).await;
    let mut plan = bot.db.store.meeting_plan(id).await.expect("plan");
    plan.place = "Teams".into();
    bot.db
        .store
        .import_plan(&plan)
        .await
        .expect("changed meanwhile");
    let refused = press(&bot, &karoline, &stale, "change_ok:").await;
    assert!(
        text(&refused).contains("changed after the preview"),
        "{:?}",
        refused.body
    );
    let details = bot.db.store.meeting_details(id).await.expect("details");
    assert_eq!(details.agenda, before.agenda);
    assert_eq!(bot.db.count("pending_changes").await, 0);
    assert_eq!(bot.db.count("meeting_changes").await, 0);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_preview_too_long_for_a_message_comes_whole_as_a_file() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let karoline = secretariat("no");
    // Forty long agenda items instead of five: the new agenda alone fills several messages.
    let items: String = (1..=40)
        .map(|n| format!("\n[[agenda]]\ntitle = \"Sak {n}: en lang tittel om regional utvikling, næringsliv og samferdsel i Osloregionen\"\n"))
        .collect();
    let toml = example_text()
        .split("[[agenda]]")
        .next()
        .expect("head")
        .to_owned()
        + &items;
    let preview = import(&bot, &karoline, &toml, Some(&example_csv())).await;
    let shown = text(&preview);
    assert!(shown.chars().count() <= 2000);
    assert!(
        shown.contains("Hele forhåndsvisningen ligger vedlagt"),
        "{shown}"
    );
    assert_eq!(preview.files.len(), 1);
    let whole = String::from_utf8(preview.files[0].bytes.clone()).expect("utf-8");
    assert!(
        whole.contains("Sak 40: en lang tittel"),
        "the whole preview"
    );
    assert!(!button(&preview, "change_ok").is_empty(), "and the buttons");
    bot.finish();
    bot.stop().await;
}
