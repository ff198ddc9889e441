//! The parts of a scheduled message posted so far, each recorded as soon as Discord has it.

use super::{db_id, discord_id, Store, StoreError};
use crate::schedule::PostedPart;
use chrono::{DateTime, Utc};

impl Store {
    /// The parts of a scheduled message already posted, in order.
    pub async fn posted_parts(&self, message_id: i64) -> Result<Vec<PostedPart>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT part AS "part!: i64", nonce, channel_id AS "channel_id!: i64",
                      discord_message_id AS "discord_message_id!: i64", pinged
               FROM scheduled_message_parts WHERE message_id = ? ORDER BY part"#,
            message_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| PostedPart {
                part: u32::try_from(r.part).unwrap_or_default(),
                nonce: r.nonce,
                channel: discord_id(r.channel_id),
                message: discord_id(r.discord_message_id),
                pinged: r
                    .pinged
                    .split(',')
                    .filter_map(|id| id.parse().ok())
                    .collect(),
            })
            .collect())
    }

    /// Records a part as posted (again: unchanged).
    pub async fn record_part(
        &self,
        message_id: i64,
        part: &PostedPart,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let number = i64::from(part.part);
        let (channel, message) = (db_id(part.channel), db_id(part.message));
        let pinged: Vec<String> = part.pinged.iter().map(u64::to_string).collect();
        let pinged = pinged.join(",");
        let at = now.timestamp();
        sqlx::query!(
            "INSERT INTO scheduled_message_parts
                 (message_id, part, nonce, channel_id, discord_message_id, pinged, sent_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (message_id, part) DO NOTHING",
            message_id,
            number,
            part.nonce,
            channel,
            message,
            pinged,
            at
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
