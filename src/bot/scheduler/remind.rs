//! A reminder in as many messages as its pings need: every missing representative is pinged
//! exactly once, with at most 100 users a message (Discord's `allowed_mentions` limit) and
//! 2,000 characters. Each part is recorded as soon as Discord has it, so a retry or a restart
//! posts only the parts still missing. The minutes' comment round is reminded the same way,
//! and its direct message worded here too.

use super::send::DiscordNotifier;
use crate::app::schedule::{Delivered, DeliveryError, Outgoing};
use crate::bot::discord_text::{fit, MAX_CONTENT};
use crate::schedule::PostedPart;
use poise::serenity_prelude as serenity;
use std::collections::HashSet;

/// At most this many users are pinged by one message (Discord's `allowed_mentions` limit).
pub const PINGS_PER_MESSAGE: usize = 100;

/// What the reminder's words may take of its first message, leaving room for mentions.
const TEXT_ROOM: usize = MAX_CONTENT - 300;

/// One message of a reminder: its content and exactly the users it mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub content: String,
    pub pings: Vec<u64>,
}

/// The messages for `text` (`None` when the first part, which carries it, is posted already)
/// and the users to ping, each once, in order.
pub fn split(text: Option<&str>, pings: &[u64]) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut content = text.map(|t| fit(t, TEXT_ROOM)).unwrap_or_default();
    let mut length = content.chars().count();
    let mut current = Vec::new();
    for &user in pings {
        let mention = format!("<@{user}>");
        let full = current.len() == PINGS_PER_MESSAGE;
        if full || length + 1 + mention.len() > MAX_CONTENT {
            parts.push(Part {
                content: std::mem::take(&mut content),
                pings: std::mem::take(&mut current),
            });
            length = 0;
        }
        if length > 0 {
            content.push(if current.is_empty() { '\n' } else { ' ' });
            length += 1;
        }
        content.push_str(&mention);
        length += mention.len();
        current.push(user);
    }
    if !content.is_empty() {
        parts.push(Part {
            content,
            pings: current,
        });
    }
    parts
}

impl DiscordNotifier {
    /// Posts the parts not yet posted of a reminder (`text`, then the mentions of `pings`):
    /// the briefs' reminder, the follow-up items' or the minutes' comment round's. (The direct
    /// messages, with `remind_by_dm`, are the app's own deliveries.)
    pub(super) async fn remind(
        &self,
        channel: u64,
        out: &Outgoing,
        text: &str,
        pings: &[u64],
    ) -> Result<Delivered, DeliveryError> {
        let posted = out.parts.posted();
        let pinged: HashSet<u64> = posted.iter().flat_map(|p| p.pinged.clone()).collect();
        let remaining: Vec<u64> = pings
            .iter()
            .copied()
            .filter(|u| !pinged.contains(u))
            .collect();
        let text = posted.is_empty().then_some(text);
        let mut first = posted.first().map(|p| (p.channel, p.message));
        for (number, part) in (out.parts.next()..).zip(split(text, &remaining)) {
            let users: Vec<serenity::UserId> = part
                .pings
                .iter()
                .copied()
                .map(serenity::UserId::new)
                .collect();
            let message = serenity::CreateMessage::new()
                .content(part.content)
                .allowed_mentions(serenity::CreateAllowedMentions::new().users(users));
            let nonce = out.parts.nonce(number);
            let m = self
                .post(channel, &nonce, message)
                .await
                .map_err(super::send::failure)?;
            let posted = PostedPart {
                part: number,
                nonce,
                channel: m.channel_id.get(),
                message: m.id.get(),
                pinged: part.pings,
            };
            if let Err(e) = out.parts.record(&posted).await {
                // Posted but not recorded: the same nonce is sent again at the next step.
                return Err(DeliveryError::Transient(e.to_string()));
            }
            first.get_or_insert((posted.channel, posted.message));
        }
        Ok(match first {
            Some((channel, message)) => Delivered::Posted { channel, message },
            None => Delivered::Nowhere("nothing to post"),
        })
    }
}

impl DiscordNotifier {
    /// The comment round's reminder to one representative by direct message, pinging nobody.
    pub(super) async fn remind_minutes_directly(
        &self,
        out: &Outgoing,
        user: u64,
        silent: &[String],
        comments_by: chrono::DateTime<chrono::Utc>,
        lang: crate::i18n::Language,
    ) -> Result<Delivered, DeliveryError> {
        let dm = serenity::UserId::new(user)
            .create_dm_channel(&self.http)
            .await
            .map_err(super::send::failure)?;
        let content = crate::bot::minutes_forms::reminder_content(
            &out.meeting,
            silent,
            comments_by,
            self.tz,
            lang,
        );
        let message = serenity::CreateMessage::new()
            .content(content)
            .allowed_mentions(serenity::CreateAllowedMentions::new());
        let m = self
            .post(dm.id.get(), &out.nonce, message)
            .await
            .map_err(super::send::failure)?;
        Ok(Delivered::Posted {
            channel: m.channel_id.get(),
            message: m.id.get(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(content: &str) -> Vec<u64> {
        content
            .split("<@")
            .skip(1)
            .filter_map(|rest| rest.split('>').next()?.parse().ok())
            .collect()
    }

    #[test]
    fn every_user_is_pinged_once_within_discords_limits() {
        let users: Vec<u64> = (0..250).map(|n| 1_187_000_000_000_000_000 + n).collect();
        let text = "Påminnelse: ".to_owned() + &"Region med et langt navn, ".repeat(200);
        let parts = split(Some(&text), &users);
        assert!(parts.len() >= 3, "{}", parts.len());
        let mut all = Vec::new();
        for part in &parts {
            assert!(part.content.chars().count() <= MAX_CONTENT);
            assert!(part.pings.len() <= PINGS_PER_MESSAGE);
            assert_eq!(mentions(&part.content), part.pings);
            all.extend(part.pings.clone());
        }
        assert_eq!(all, users);
        assert!(parts[0].content.starts_with("Påminnelse: "));
        assert!(parts[1..].iter().all(|p| p.content.starts_with("<@")));
    }

    #[test]
    fn short_reminders_are_one_message_and_resumed_parts_carry_no_text() {
        let parts = split(Some("Påminnelse."), &[1, 2]);
        assert_eq!(
            parts,
            [Part {
                content: "Påminnelse.\n<@1> <@2>".into(),
                pings: vec![1, 2]
            }]
        );
        assert_eq!(split(Some("Påminnelse."), &[]).len(), 1);
        assert!(split(None, &[]).is_empty());
        assert_eq!(split(None, &[3])[0].content, "<@3>");
        let many: Vec<u64> = (1..=250).collect();
        let sizes: Vec<usize> = split(None, &many).iter().map(|p| p.pings.len()).collect();
        assert_eq!(sizes, [100, 100, 50]);
    }
}
