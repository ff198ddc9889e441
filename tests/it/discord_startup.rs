//! Start-up: a command registration that fails (a 5xx at the first Ready) is retried with a
//! growing pause in the background, and interactions are answered meanwhile.

use crate::support::bot::TestBot;
use crate::support::sim::{Fault, User};
use serde_json::json;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);

#[tokio::test]
async fn a_failed_registration_is_retried_and_interactions_are_answered_meanwhile() {
    let mut bot = TestBot::start("2024-11-02T10:00:00Z").await;
    let member = User::member("Kari").with_locale("no");
    let channel = bot.sim.default_channel();
    bot.stop_only().await;

    let registration = "PUT /applications/*/guilds/*/commands";
    bot.sim.fail_next(registration, Fault::ServerError, 2);
    let bot = bot.start_again().await;
    // Registered by the first start, the commands are there while the new registration fails.
    let asked = bot.sim.invoke(&member, channel, "agenda", json!([])).await;
    let reply = bot.sim.wait_response(&asked, WAIT).await;
    assert!(
        reply
            .content()
            .is_some_and(|c| c.contains("Runde rundt bordet")),
        "{reply:?}"
    );

    let registered = async {
        loop {
            let statuses: Vec<u16> = bot
                .sim
                .requests()
                .iter()
                .filter(|r| r.method == "PUT" && r.path.ends_with("/commands"))
                .map(|r| r.status)
                .collect();
            if statuses.len() >= 4 {
                return statuses;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    let statuses = tokio::time::timeout(Duration::from_secs(10), registered)
        .await
        .expect("the registration is retried until it succeeds");
    assert_eq!(statuses, [200, 500, 500, 200]);
    bot.sim.assert_no_violations();
    bot.stop().await;
}
