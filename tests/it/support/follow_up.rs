//! The follow-up items' reminders as the bot posted them in the group's channel.

use super::bot::TestBot;
use serde_json::Value;

/// What the follow-up reminder starts with (in Norwegian).
pub const REMINDER: &str = "🔁 Oppfølgingspunkter som tas opp";

/// The body of every follow-up reminder the bot posted in the default channel, as it sent
/// it (its `content` and `allowed_mentions`), in order.
pub fn posted_reminders(bot: &TestBot) -> Vec<Value> {
    let channel = bot.sim.default_channel();
    bot.sim
        .requests_matching(&format!("/channels/{channel}/messages"))
        .into_iter()
        .filter_map(|r| r.body)
        .filter(|b| {
            b["content"]
                .as_str()
                .is_some_and(|c| c.starts_with(REMINDER))
        })
        .collect()
}
