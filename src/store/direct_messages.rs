//! Reminders by direct message in the store: one row per person and reminder, recorded before
//! it is sent, with its nonce and the message it became.

use super::{db_id, discord_id, Store, StoreError};
use crate::schedule::{direct_nonce, DirectMessage, SendState};
use chrono::{DateTime, Utc};

macro_rules! row_to_direct {
    ($r:expr) => {
        DirectMessage {
            id: $r.id,
            scheduled_id: $r.scheduled_id,
            meeting_id: $r.meeting_id,
            user_id: discord_id($r.user_id),
            state: SendState::parse(&$r.state),
            nonce: $r.nonce,
        }
    };
}

impl Store {
    /// Records the direct messages of a reminder to `users` (those recorded already stay as
    /// they are), in one transaction.
    pub async fn record_direct_messages(
        &self,
        scheduled_id: i64,
        users: &[u64],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let at = now.timestamp();
        for &user in users {
            let (id, nonce) = (db_id(user), direct_nonce(scheduled_id, user));
            sqlx::query!(
                "INSERT INTO direct_messages (scheduled_id, user_id, nonce, updated_at)
                 VALUES (?, ?, ?, ?) ON CONFLICT (scheduled_id, user_id) DO NOTHING",
                scheduled_id,
                id,
                nonce,
                at
            )
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The direct messages not yet sent (or left `sending` by a crash) whose reminder is in
    /// the channel, oldest first.
    pub async fn pending_direct_messages(&self) -> Result<Vec<DirectMessage>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT d.id AS "id!: i64", d.scheduled_id, s.meeting_id, d.user_id, d.state,
                      d.nonce
               FROM direct_messages d JOIN scheduled_messages s ON s.id = d.scheduled_id
               WHERE d.state IN ('due', 'sending') AND s.state = 'sent'
               ORDER BY d.id"#
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|r| row_to_direct!(r)).collect())
    }

    /// Every direct message of a reminder, by id.
    pub async fn direct_messages_of(
        &self,
        scheduled_id: i64,
    ) -> Result<Vec<DirectMessage>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT d.id AS "id!: i64", d.scheduled_id, s.meeting_id, d.user_id, d.state,
                      d.nonce
               FROM direct_messages d JOIN scheduled_messages s ON s.id = d.scheduled_id
               WHERE d.scheduled_id = ? ORDER BY d.id"#,
            scheduled_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|r| row_to_direct!(r)).collect())
    }

    /// Marks a direct message as being sent, before the request goes out.
    pub async fn mark_direct_sending(&self, id: i64, now: DateTime<Utc>) -> Result<(), StoreError> {
        let at = now.timestamp();
        sqlx::query!(
            "UPDATE direct_messages SET state = 'sending', attempts = attempts + 1,
                 updated_at = ?
             WHERE id = ?",
            at,
            id
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Marks a direct message as sent, with the message it became.
    pub async fn mark_direct_sent(
        &self,
        id: i64,
        channel_id: u64,
        message_id: u64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let (channel, message, at) = (db_id(channel_id), db_id(message_id), now.timestamp());
        sqlx::query!(
            "UPDATE direct_messages SET state = 'sent', channel_id = ?, discord_message_id = ?,
                 last_error = NULL, updated_at = ?
             WHERE id = ?",
            channel,
            message,
            at,
            id
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Marks a direct message as not to be sent (`skipped`) or not sendable (`failed`).
    pub async fn mark_direct_final(
        &self,
        id: i64,
        failed: bool,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let state = if failed { "failed" } else { "skipped" };
        let at = now.timestamp();
        sqlx::query!(
            "UPDATE direct_messages SET state = ?, last_error = ?, updated_at = ? WHERE id = ?",
            state,
            reason,
            at,
            id
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
