//! `/export` offers the PDF and both CSV forms.

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::sim::User;
use roundtable::app::Submitter;
use roundtable::domain::records::{Author, MeetingSelector};
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn the_secretariat_gets_the_pdf_and_either_csv() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let meeting = bot
        .app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let author = Author {
        name: "=Kari".into(),
        discord_user_id: None,
    };
    bot.app
        .submit_brief(
            &meeting,
            "Elverum",
            "Næring i Elverum.",
            &author,
            Submitter::Secretariat,
            None,
        )
        .await
        .expect("saved");
    let secretariat = User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE);
    // The choices in order: Word, Markdown, PDF, CSV (Excel), CSV (RFC 4180), JSON.
    for (choice, name, starts) in [
        (2, "naeringssamarbeid-2024-11-07.pdf", "%PDF-1.7"),
        (
            3,
            "naeringssamarbeid-2024-11-07.csv",
            "\u{feff}Møte;Region;",
        ),
        (4, "naeringssamarbeid-2024-11-07.csv", "meeting,region,"),
    ] {
        let options = json!([{"name": "format", "value": choice}]);
        let i = bot
            .sim
            .invoke(&secretariat, bot.sim.default_channel(), "export", options)
            .await;
        let reply = bot.sim.wait_response(&i, Duration::from_secs(10)).await;
        assert_eq!(reply.files.len(), 1, "{choice}");
        assert_eq!(reply.files[0].filename, name);
        assert!(
            reply.files[0].bytes.starts_with(starts.as_bytes()),
            "{choice}"
        );
        if choice != 2 {
            let text = String::from_utf8(reply.files[0].bytes.clone()).expect("UTF-8");
            assert!(text.contains("'=Kari"), "no formula: {text}");
        }
    }
    bot.sim.assert_no_violations();
    bot.stop().await;
}
