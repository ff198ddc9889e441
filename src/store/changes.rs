//! The secretariat's changes in the store: previews waiting for confirmation, and applying
//! them together with their entry in the change log (one transaction), cancellations too.

use super::meeting_import::write_plan;
use super::{db_id, discord_id, from_unix, Store, StoreError};
use crate::domain::records::{ChangeEntry, ImportOutcome};
use crate::domain::MeetingPlan;
use chrono::{DateTime, Utc};
use sqlx::{Sqlite, Transaction};

/// A change previewed and not yet confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingRow {
    pub id: i64,
    pub user_id: u64,
    pub created_at: DateTime<Utc>,
    pub kind: String,
    pub meeting_key: String,
    /// What the change writes (JSON).
    pub payload: String,
}

/// An entry of the change log to write.
#[derive(Debug, Clone, Copy)]
pub struct NewChange<'a> {
    pub at: DateTime<Utc>,
    /// `None`: the command line.
    pub actor_id: Option<u64>,
    pub actor_name: &'a str,
    pub kind: &'a str,
    /// The meeting diff (JSON).
    pub diff: &'a str,
}

pub(super) async fn log_change(
    tx: &mut Transaction<'_, Sqlite>,
    meeting_id: i64,
    change: &NewChange<'_>,
) -> Result<(), StoreError> {
    let (at, actor) = (change.at.timestamp(), change.actor_id.map(db_id));
    sqlx::query!(
        "INSERT INTO meeting_changes (meeting_id, at, actor_id, actor_name, kind, diff)
         VALUES (?, ?, ?, ?, ?, ?)",
        meeting_id,
        at,
        actor,
        change.actor_name,
        change.kind,
        change.diff
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Takes a pending change out; false if it is gone (confirmed or discarded already).
async fn take_pending(tx: &mut Transaction<'_, Sqlite>, id: i64) -> Result<bool, StoreError> {
    let done = sqlx::query!("DELETE FROM pending_changes WHERE id = ?", id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() == 1)
}

impl Store {
    /// Stores a previewed change for `user`, dropping those created before `expired`.
    pub async fn save_pending_change(
        &self,
        user: u64,
        kind: &str,
        meeting_key: &str,
        payload: &str,
        now: DateTime<Utc>,
        expired: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let (user, at, old) = (db_id(user), now.timestamp(), expired.timestamp());
        sqlx::query!("DELETE FROM pending_changes WHERE created_at < ?", old)
            .execute(&mut *tx)
            .await?;
        let id = sqlx::query_scalar!(
            r#"INSERT INTO pending_changes (user_id, created_at, kind, meeting_key, payload)
               VALUES (?, ?, ?, ?, ?) RETURNING id AS "id!: i64""#,
            user,
            at,
            kind,
            meeting_key,
            payload
        )
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// A previewed change, if it is still there.
    pub async fn pending_change(&self, id: i64) -> Result<Option<PendingRow>, StoreError> {
        let row = sqlx::query!(
            r#"SELECT id AS "id!: i64", user_id, created_at, kind, meeting_key, payload
               FROM pending_changes WHERE id = ?"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| PendingRow {
            id: r.id,
            user_id: discord_id(r.user_id),
            created_at: from_unix(r.created_at),
            kind: r.kind,
            meeting_key: r.meeting_key,
            payload: r.payload,
        }))
    }

    /// Drops a previewed change; false if it was not there.
    pub async fn discard_pending_change(&self, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let taken = take_pending(&mut tx, id).await?;
        tx.commit().await?;
        Ok(taken)
    }

    /// Writes a plan and logs the change, in one transaction; with `pending`, only if that
    /// previewed change is still there (it is taken out), else `None`.
    pub async fn apply_plan(
        &self,
        pending: Option<i64>,
        plan: &MeetingPlan,
        change: &NewChange<'_>,
    ) -> Result<Option<ImportOutcome>, StoreError> {
        let mut tx = self.begin_write().await?;
        if let Some(id) = pending {
            if !take_pending(&mut tx, id).await? {
                return Ok(None);
            }
        }
        let outcome = write_plan(&mut tx, plan).await?;
        log_change(&mut tx, outcome.meeting_id, change).await?;
        tx.commit().await?;
        Ok(Some(outcome))
    }

    /// Cancels a meeting and logs it, taking out the previewed change; false if it is gone.
    pub async fn apply_cancel(
        &self,
        pending: i64,
        meeting_id: i64,
        change: &NewChange<'_>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        if !take_pending(&mut tx, pending).await? {
            return Ok(false);
        }
        let at = change.at.timestamp();
        sqlx::query!(
            "UPDATE meetings SET cancelled_at = coalesce(cancelled_at, ?) WHERE id = ?",
            at,
            meeting_id
        )
        .execute(&mut *tx)
        .await?;
        log_change(&mut tx, meeting_id, change).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// A meeting's change log, newest first, at most `limit` entries.
    pub async fn meeting_changes(
        &self,
        meeting_id: i64,
        limit: i64,
    ) -> Result<Vec<ChangeEntry>, StoreError> {
        let rows = sqlx::query!(
            "SELECT at, actor_id, actor_name, kind, diff FROM meeting_changes
             WHERE meeting_id = ? ORDER BY at DESC, id DESC LIMIT ?",
            meeting_id,
            limit
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| ChangeEntry {
                at: from_unix(r.at),
                actor_id: r.actor_id.map(discord_id),
                actor_name: r.actor_name,
                kind: r.kind,
                diff: r.diff,
            })
            .collect())
    }
}
