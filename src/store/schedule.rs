//! The schedule of the bot's own messages in the store: each recorded before it is sent,
//! with its state and the Discord message it became.

use super::{db_id, discord_id, from_unix, Store, StoreError};
use crate::schedule::{MessageKind, ScheduledMeeting, ScheduledMessage, SendState};
use chrono::{DateTime, Utc};

macro_rules! row_to_message {
    ($r:expr) => {
        ScheduledMessage {
            id: $r.id,
            meeting_id: $r.meeting_id,
            kind: MessageKind::parse(&$r.kind).unwrap_or(MessageKind::Notice),
            slot: $r.slot,
            due_at: from_unix($r.due_at),
            state: SendState::parse(&$r.state),
            nonce: $r.nonce,
            channel_id: $r.channel_id.map(discord_id),
            discord_message_id: $r.discord_message_id.map(discord_id),
            content_hash: $r.content_hash,
            shown: $r.shown,
            attempts: $r.attempts,
        }
    };
}

impl Store {
    /// The meetings to keep a schedule for: those of groups with a channel that ended less
    /// than `since` ago or are still to come.
    pub async fn meetings_to_schedule(
        &self,
        since: DateTime<Utc>,
    ) -> Result<Vec<ScheduledMeeting>, StoreError> {
        let since = since.timestamp();
        let rows = sqlx::query!(
            r#"SELECT m.id AS "id!: i64", g.discord_channel_id AS "channel!: i64"
               FROM meetings m JOIN groups g ON g.id = m.group_id
               WHERE g.discord_channel_id IS NOT NULL AND m.ends_at > ?
               ORDER BY m.starts_at"#,
            since
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| ScheduledMeeting {
                meeting_id: r.id,
                channel_id: discord_id(r.channel),
            })
            .collect())
    }

    /// The messages due by `now` (and those left `sending` by a crash), oldest first.
    pub async fn due_messages(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Vec<ScheduledMessage>, StoreError> {
        let now = now.timestamp();
        let rows = sqlx::query!(
            r#"SELECT id AS "id!: i64", meeting_id, kind, slot, due_at, state, nonce, channel_id,
                    discord_message_id, content_hash, shown, attempts
               FROM scheduled_messages
               WHERE state IN ('due', 'sending') AND due_at <= ?
               ORDER BY due_at, id"#,
            now
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|r| row_to_message!(r)).collect())
    }

    /// Every scheduled message of a meeting, by due time.
    pub async fn scheduled_messages(
        &self,
        meeting_id: i64,
    ) -> Result<Vec<ScheduledMessage>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT id AS "id!: i64", meeting_id, kind, slot, due_at, state, nonce, channel_id,
                    discord_message_id, content_hash, shown, attempts
               FROM scheduled_messages WHERE meeting_id = ? ORDER BY due_at, id"#,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|r| row_to_message!(r)).collect())
    }

    /// Marks a message as being sent, before the request goes out.
    pub async fn mark_sending(&self, id: i64, now: DateTime<Utc>) -> Result<(), StoreError> {
        let at = now.timestamp();
        sqlx::query!(
            "UPDATE scheduled_messages SET state = 'sending', attempts = attempts + 1,
                 updated_at = ?
             WHERE id = ?",
            at,
            id
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Marks a message as sent, with the Discord message it became.
    pub async fn mark_sent(
        &self,
        id: i64,
        channel_id: u64,
        message_id: u64,
        content_hash: Option<&str>,
        shown: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let (channel, message, at) = (db_id(channel_id), db_id(message_id), now.timestamp());
        sqlx::query!(
            "UPDATE scheduled_messages SET state = 'sent', channel_id = ?,
                 discord_message_id = ?, content_hash = coalesce(?, content_hash),
                 shown = coalesce(?, shown), last_error = NULL, updated_at = ?
             WHERE id = ?",
            channel,
            message,
            content_hash,
            shown,
            at,
            id
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Marks a message as not to be sent (`skipped`) or not sendable (`failed`).
    pub async fn mark_final(
        &self,
        id: i64,
        failed: bool,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let state = if failed { "failed" } else { "skipped" };
        let at = now.timestamp();
        sqlx::query!(
            "UPDATE scheduled_messages SET state = ?, last_error = ?, updated_at = ? WHERE id = ?",
            state,
            reason,
            at,
            id
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Records that a posted notice no longer matches its meeting: an edit of the notice and
    /// a "changed" note (keeping what the notice showed before), both due now, and the new
    /// content hash and what the notice now shows (one transaction, so a change is announced
    /// once).
    pub async fn record_notice_change(
        &self,
        notice: &ScheduledMessage,
        new_hash: &str,
        new_shown: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let at = now.timestamp();
        let version = sqlx::query_scalar!(
            r#"SELECT count(*) + 1 AS "n!: i64" FROM scheduled_messages
               WHERE meeting_id = ? AND kind = 'notice_edit'"#,
            notice.meeting_id
        )
        .fetch_one(&mut *tx)
        .await?
        .to_string();
        for kind in [MessageKind::NoticeEdit, MessageKind::Changed] {
            let nonce = kind.nonce(notice.meeting_id, &version);
            let before = (kind == MessageKind::Changed)
                .then_some(notice.shown.as_deref())
                .flatten();
            let kind = kind.as_str();
            sqlx::query!(
                "INSERT INTO scheduled_messages (meeting_id, kind, slot, due_at, nonce, updated_at,
                     shown)
                 VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                notice.meeting_id,
                kind,
                version,
                at,
                nonce,
                at,
                before
            )
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query!(
            "UPDATE scheduled_messages SET content_hash = ?, shown = ?, updated_at = ? WHERE id = ?",
            new_hash,
            new_shown,
            at,
            notice.id
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Moves a due notice to now (`/notice post`). Returns false if it is not due any more.
    pub async fn post_notice_now(
        &self,
        meeting_id: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let at = now.timestamp();
        // One statement, so it is atomic without a transaction of its own.
        let done = sqlx::query!(
            "UPDATE scheduled_messages SET due_at = ?, updated_at = ?, state = 'due'
             WHERE meeting_id = ? AND kind = 'notice' AND state IN ('due', 'skipped', 'failed')",
            at,
            at,
            meeting_id
        )
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() > 0)
    }
}
