//! The minutes' comment round and approval in the store: corrections proposed and decided
//! (each checked against the paragraph in the transaction that writes it), the approval item
//! put on the next meeting once, the approved versions stored whole, and the rettelser.

use super::changes::log_change;
use super::minutes::is_locked;
use super::{db_id, discord_id, from_unix, NewChange, Store, StoreError};
use crate::domain::minutes::paragraph_fingerprint;
use crate::domain::minutes_records::{
    CorrectionRecord, CorrectionStatus, RettelseRecord, VersionRecord,
};
use chrono::NaiveDate;

/// What became of a correction's write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorrectionWrite {
    /// Written: the correction's id.
    Done(i64),
    /// The paragraph is no longer the text the correction was made against.
    Stale,
    /// The correction was decided already (or is not there).
    AlreadyDecided,
    /// The minutes are approved.
    Locked,
}

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
    /// Every correction proposed in a meeting's comment round, oldest first.
    pub(super) async fn corrections_of(
        &self,
        meeting_id: i64,
    ) -> Result<Vec<CorrectionRecord>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT c.id AS "id!: i64", r.name AS region, c.base, c.body, c.proposed_by,
                      c.proposed_name, c.proposed_at, c.status, c.decided_by, c.decided_at
               FROM minutes_corrections c
               JOIN minutes_paragraphs p ON p.id = c.paragraph_id
               JOIN regions r ON r.id = p.region_id
               WHERE p.meeting_id = ? ORDER BY c.id"#,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| CorrectionRecord {
                id: r.id,
                meeting_id,
                region: r.region,
                base: r.base,
                body: r.body,
                proposed_by: discord_id(r.proposed_by),
                proposed_name: r.proposed_name,
                proposed_at: from_unix(r.proposed_at),
                status: CorrectionStatus::from_code(&r.status),
                decided_by: r.decided_by,
                decided_at: r.decided_at.map(from_unix),
            })
            .collect())
    }

    /// A correction by its id, if there is one.
    pub async fn minutes_correction(
        &self,
        id: i64,
    ) -> Result<Option<CorrectionRecord>, StoreError> {
        let meeting = sqlx::query_scalar!(
            r#"SELECT p.meeting_id AS "meeting!: i64" FROM minutes_corrections c
               JOIN minutes_paragraphs p ON p.id = c.paragraph_id WHERE c.id = ?"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?;
        let Some(meeting) = meeting else {
            return Ok(None);
        };
        let all = self.corrections_of(meeting).await?;
        Ok(all.into_iter().find(|c| c.id == id))
    }

    /// Stores a proposed correction of a paragraph, if the paragraph is still the text with
    /// the fingerprint `base`.
    pub async fn propose_correction(
        &self,
        meeting_id: i64,
        paragraph_id: i64,
        base: &str,
        body: &str,
        user: u64,
        change: &NewChange<'_>,
    ) -> Result<CorrectionWrite, StoreError> {
        let mut tx = self.begin_write().await?;
        if is_locked(&mut tx, meeting_id).await? {
            return Ok(CorrectionWrite::Locked);
        }
        let current = sqlx::query_scalar!(
            "SELECT body FROM minutes_paragraphs WHERE id = ? AND meeting_id = ?",
            paragraph_id,
            meeting_id
        )
        .fetch_optional(&mut *tx)
        .await?;
        if current.as_deref().map(paragraph_fingerprint).as_deref() != Some(base) {
            return Ok(CorrectionWrite::Stale);
        }
        let (user, at) = (db_id(user), change.at.timestamp());
        let id = sqlx::query_scalar!(
            r#"INSERT INTO minutes_corrections (paragraph_id, base, body, proposed_by,
                   proposed_name, proposed_at) VALUES (?, ?, ?, ?, ?, ?)
               RETURNING id AS "id!: i64""#,
            paragraph_id,
            base,
            body,
            user,
            change.actor_name,
            at
        )
        .fetch_one(&mut *tx)
        .await?;
        log_change(&mut tx, meeting_id, change).await?;
        tx.commit().await?;
        Ok(CorrectionWrite::Done(id))
    }

    /// Accepts (the paragraph takes the correction's text) or rejects a proposed correction.
    /// Accepting is refused as stale if the paragraph changed since the correction was made.
    pub async fn decide_correction(
        &self,
        correction: &CorrectionRecord,
        accept: bool,
        change: &NewChange<'_>,
    ) -> Result<CorrectionWrite, StoreError> {
        let mut tx = self.begin_write().await?;
        if is_locked(&mut tx, correction.meeting_id).await? {
            return Ok(CorrectionWrite::Locked);
        }
        let row = sqlx::query!(
            r#"SELECT c.status, p.id AS "paragraph!: i64", p.body FROM minutes_corrections c
               JOIN minutes_paragraphs p ON p.id = c.paragraph_id WHERE c.id = ?"#,
            correction.id
        )
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row.filter(|r| r.status == CorrectionStatus::Proposed.code()) else {
            return Ok(CorrectionWrite::AlreadyDecided);
        };
        if accept && paragraph_fingerprint(&row.body) != correction.base {
            return Ok(CorrectionWrite::Stale);
        }
        let status = if accept {
            CorrectionStatus::Accepted
        } else {
            CorrectionStatus::Rejected
        }
        .code();
        let at = change.at.timestamp();
        sqlx::query!(
            "UPDATE minutes_corrections SET status = ?, decided_by = ?, decided_at = ?
             WHERE id = ?",
            status,
            change.actor_name,
            at,
            correction.id
        )
        .execute(&mut *tx)
        .await?;
        if accept {
            sqlx::query!(
                "UPDATE minutes_paragraphs SET body = ? WHERE id = ?",
                correction.body,
                row.paragraph
            )
            .execute(&mut *tx)
            .await?;
        }
        log_change(&mut tx, correction.meeting_id, change).await?;
        tx.commit().await?;
        Ok(CorrectionWrite::Done(correction.id))
    }

    /// Records that the draft's approval item was put on `next`'s agenda (once per draft).
    pub async fn mark_approval_item(&self, meeting_id: i64, next: i64) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query!(
            "UPDATE minutes_drafts SET approval_item_meeting_id = ? WHERE meeting_id = ?",
            next,
            meeting_id
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Stores an approved version whole (the next number), with its files and log entry.
    /// For the first approval, false if the minutes were approved meanwhile.
    pub async fn store_version(
        &self,
        new: &NewVersion<'_>,
        change: &NewChange<'_>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let meeting_id = new.meeting_id;
        if new.rettelse_id.is_none() && is_locked(&mut tx, meeting_id).await? {
            return Ok(false);
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
            sqlx::query!(
                "UPDATE minutes_rettelser SET version_id = ? WHERE id = ? AND version_id IS NULL",
                version_id,
                rettelse
            )
            .execute(&mut *tx)
            .await?;
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

    /// The group's next meeting (not cancelled) after this one, if any.
    pub async fn next_meeting_of_group(&self, meeting_id: i64) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar!(
            r#"SELECT n.id AS "id!: i64" FROM meetings m JOIN meetings n
                   ON n.group_id = m.group_id AND n.starts_at > m.starts_at
               WHERE m.id = ? AND n.cancelled_at IS NULL
               ORDER BY n.starts_at LIMIT 1"#,
            meeting_id
        )
        .fetch_optional(&self.pool)
        .await?)
    }
}
