//! Planning a meeting's messages in the store: each planned message recorded once (as due,
//! or as not to be sent), and moved while it is not yet sent.

use super::{Store, StoreError};
use crate::schedule::{MeetingTimes, Planned};
use chrono::{DateTime, Utc};

impl Store {
    /// Records the planned messages of a meeting: new ones as due; ones not yet sent moved
    /// to their planned time (the meeting may have moved); sent ones untouched.
    /// Nothing is written if the meeting's times are no longer `planned_for` (it changed
    /// after it was read): the plan is made again from the meeting as it is.
    pub async fn plan_messages(
        &self,
        meeting_id: i64,
        planned_for: &MeetingTimes,
        planned: &[Planned],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let current = sqlx::query!(
            r#"SELECT starts_at, ends_at, brief_deadline, notice_at,
                    cancelled_at IS NOT NULL AS "cancelled!: bool"
               FROM meetings WHERE id = ?"#,
            meeting_id
        )
        .fetch_optional(&mut *tx)
        .await?;
        let unchanged = current.is_some_and(|m| {
            m.starts_at == planned_for.starts_at.timestamp()
                && m.ends_at == planned_for.ends_at.timestamp()
                && m.brief_deadline == planned_for.brief_deadline.timestamp()
                && m.notice_at == planned_for.notice_at.map(|t| t.timestamp())
                && m.cancelled == planned_for.cancelled
        });
        if !unchanged {
            tracing::debug!(
                meeting = meeting_id,
                "not planned: the meeting changed meanwhile"
            );
            return Ok(());
        }
        let at = now.timestamp();
        for p in planned {
            let (kind, due) = (p.kind.as_str(), p.due_at.timestamp());
            let nonce = p.kind.nonce(meeting_id, &p.slot);
            sqlx::query!(
                "INSERT INTO scheduled_messages (meeting_id, kind, slot, due_at, nonce, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?)
                 ON CONFLICT (meeting_id, kind, slot) DO UPDATE SET due_at = excluded.due_at,
                     updated_at = excluded.updated_at
                 WHERE state = 'due' AND due_at != excluded.due_at",
                meeting_id,
                kind,
                p.slot,
                due,
                nonce,
                at
            )
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Records planned messages as not to be sent (`skipped`, with `reason`), unless they are
    /// recorded already.
    pub async fn record_not_sent(
        &self,
        meeting_id: i64,
        planned: &[Planned],
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        if planned.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin_write().await?;
        let at = now.timestamp();
        for p in planned {
            let (kind, due) = (p.kind.as_str(), p.due_at.timestamp());
            let nonce = p.kind.nonce(meeting_id, &p.slot);
            sqlx::query!(
                "INSERT INTO scheduled_messages (meeting_id, kind, slot, due_at, state, nonce,
                     last_error, updated_at)
                 VALUES (?, ?, ?, ?, 'skipped', ?, ?, ?)
                 ON CONFLICT (meeting_id, kind, slot) DO NOTHING",
                meeting_id,
                kind,
                p.slot,
                due,
                nonce,
                reason,
                at
            )
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
