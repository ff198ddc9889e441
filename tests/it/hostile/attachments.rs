//! Attachments are streamed with a byte cap: a file served far larger than it claims is
//! refused after the cap, never read whole.

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::sim::User;
use roundtable::domain::records::MeetingSelector;
use serde_json::json;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(10);
/// Well past both caps (100 kB for a brief, 1 MB for a meeting file), well short of whole.
const READ_AT_MOST: u64 = 8_000_000;

#[tokio::test]
async fn a_file_served_larger_than_it_claims_is_refused_after_the_cap() {
    let bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let channel = bot.sim.default_channel();
    let karl = User::member("Karl Jørgen").with_locale("no");
    let meeting = bot
        .app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    bot.db
        .store
        .add_representative(meeting.id, "Horten kommune", karl.id, 1, bot.app.now())
        .await
        .expect("link");

    let chunk = "ord ".repeat(16 * 1024);
    let endless = bot
        .sim
        .upload_endless("innlegg.txt", "text/plain", chunk.as_bytes(), 120);
    let options =
        json!([{"name": "send", "options": [{"name": "file", "value": endless.to_string()}]}]);
    let sent = bot.sim.invoke(&karl, channel, "brief", options).await;
    let reply = bot.sim.wait_response(&sent, WAIT).await;
    assert!(
        reply
            .content()
            .is_some_and(|c| c.contains("Filen er for stor")),
        "{reply:?}"
    );
    assert!(bot.sim.bytes_served(endless) < READ_AT_MOST);

    let karoline = User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE);
    let endless = bot
        .sim
        .upload_endless("møte.toml", "application/toml", chunk.as_bytes(), 900);
    let options =
        json!([{"name": "import", "options": [{"name": "file", "value": endless.to_string()}]}]);
    let imported = bot.sim.invoke(&karoline, channel, "meeting", options).await;
    let reply = bot.sim.wait_response(&imported, WAIT).await;
    assert!(
        reply
            .content()
            .is_some_and(|c| c.contains("«møte.toml» er større enn 1 MB")),
        "{reply:?}"
    );
    assert!(bot.sim.bytes_served(endless) < READ_AT_MOST);
    assert!(current(&bot).await.is_none(), "no brief was saved");
    bot.sim.assert_no_violations();
    bot.stop().await;
}

async fn current(bot: &TestBot) -> Option<String> {
    let meeting = bot
        .app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let briefs = bot.app.region_briefs(meeting.id).await.expect("briefs");
    briefs
        .into_iter()
        .find(|b| b.region == "Horten kommune")
        .and_then(|b| b.brief)
        .map(|b| b.body)
}
