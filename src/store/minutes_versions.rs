//! The approved minutes in the store: each version stored whole (its view and rendered files,
//! with its SHA-256 and approval), never changed, and the dated rettelser appended after.

use super::changes::log_change;
use super::minutes::is_locked;
use super::{from_unix, NewChange, Store, StoreError};
use crate::domain::minutes_records::{RettelseRecord, VersionRecord};
use chrono::NaiveDate;

/// An approved version to store with its files.
#[derive(Debug, Clone)]
pub struct NewVersion<'a> {
    pub meeting_id: i64,
    pub sha256: &'a str,
    pub view_json: &'a str,
    pub approving_meeting_id: Option<i64>,
    pub approving_sak: Option<&'a str>,
    /// Format name and bytes of each rendered file.
    pub files: &'a [(&'static str, Vec<u8>)],
    /// The rettelse this version approves; `None`: the first approval.
    pub rettelse_id: Option<i64>,
}

impl Store {
    /// Stores an approved version whole (the next number), with its files and log entry.
    /// False, storing nothing, if the first approval finds the minutes approved or a
    /// correction proposed meanwhile, or a rettelse's approval finds it approved already.
    pub async fn store_version(
        &self,
        new: &NewVersion<'_>,
        change: &NewChange<'_>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let meeting_id = new.meeting_id;
        if new.rettelse_id.is_none() {
            // Approved meanwhile, or a correction proposed since the app checked.
            let proposed = sqlx::query_scalar!(
                r#"SELECT EXISTS (SELECT 1 FROM minutes_corrections c
                       JOIN minutes_paragraphs p ON p.id = c.paragraph_id
                       WHERE p.meeting_id = ? AND c.status = 'proposed') AS "proposed!: bool""#,
                meeting_id
            )
            .fetch_one(&mut *tx)
            .await?;
            if proposed || is_locked(&mut tx, meeting_id).await? {
                return Ok(false);
            }
        }
        let at = change.at.timestamp();
        let version_id = sqlx::query_scalar!(
            r#"INSERT INTO minutes_versions (meeting_id, version, sha256, view_json,
                   approved_at, approved_by, approving_meeting_id, approving_sak)
               VALUES (?, (SELECT coalesce(max(version), 0) + 1 FROM minutes_versions
                           WHERE meeting_id = ?), ?, ?, ?, ?, ?, ?)
               RETURNING id AS "id!: i64""#,
            meeting_id,
            meeting_id,
            new.sha256,
            new.view_json,
            at,
            change.actor_name,
            new.approving_meeting_id,
            new.approving_sak
        )
        .fetch_one(&mut *tx)
        .await?;
        for (format, bytes) in new.files {
            sqlx::query!(
                "INSERT INTO minutes_version_files (version_id, format, bytes) VALUES (?, ?, ?)",
                version_id,
                format,
                bytes
            )
            .execute(&mut *tx)
            .await?;
        }
        if let Some(rettelse) = new.rettelse_id {
            let approved = sqlx::query!(
                "UPDATE minutes_rettelser SET version_id = ? WHERE id = ? AND version_id IS NULL",
                version_id,
                rettelse
            )
            .execute(&mut *tx)
            .await?;
            if approved.rows_affected() != 1 {
                // Approved meanwhile (a second click): nothing is stored.
                return Ok(false);
            }
        }
        log_change(&mut tx, meeting_id, change).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The approved versions, oldest first.
    pub async fn minutes_versions(
        &self,
        meeting_id: i64,
    ) -> Result<Vec<VersionRecord>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT id AS "id!: i64", version, sha256, view_json, approved_at, approved_by,
                      approving_meeting_id, approving_sak
               FROM minutes_versions WHERE meeting_id = ? ORDER BY version"#,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| VersionRecord {
                id: r.id,
                version: r.version,
                sha256: r.sha256,
                view_json: r.view_json,
                approved_at: from_unix(r.approved_at),
                approved_by: r.approved_by,
                approving_meeting_id: r.approving_meeting_id,
                approving_sak: r.approving_sak,
            })
            .collect())
    }

    /// The stored bytes of a version's file in a format, if stored.
    pub async fn minutes_file(
        &self,
        version_id: i64,
        format: &str,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(sqlx::query_scalar!(
            "SELECT bytes FROM minutes_version_files WHERE version_id = ? AND format = ?",
            version_id,
            format
        )
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Appends a dated rettelse to approved minutes (not yet approved itself).
    pub async fn add_rettelse(
        &self,
        meeting_id: i64,
        dated: NaiveDate,
        body: &str,
        change: &NewChange<'_>,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let (dated, at) = (dated.to_string(), change.at.timestamp());
        let id = sqlx::query_scalar!(
            r#"INSERT INTO minutes_rettelser (meeting_id, dated, body, created_at, created_by)
               VALUES (?, ?, ?, ?, ?) RETURNING id AS "id!: i64""#,
            meeting_id,
            dated,
            body,
            at,
            change.actor_name
        )
        .fetch_one(&mut *tx)
        .await?;
        log_change(&mut tx, meeting_id, change).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The rettelser of a meeting's minutes, oldest first.
    pub async fn rettelser(&self, meeting_id: i64) -> Result<Vec<RettelseRecord>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT id AS "id!: i64", dated, body, created_at, created_by, version_id
               FROM minutes_rettelser WHERE meeting_id = ? ORDER BY id"#,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| RettelseRecord {
                id: r.id,
                dated: r.dated.parse().unwrap_or_default(),
                body: r.body,
                created_at: from_unix(r.created_at),
                created_by: r.created_by,
                version_id: r.version_id,
            })
            .collect())
    }
}
