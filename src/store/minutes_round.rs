//! The minutes' comment round in the store: corrections proposed and decided (each checked
//! against the paragraph in the transaction that writes it), the approval item put on the
//! next meeting once, and the group's next meeting.

use super::minutes::commit_logged;
use super::{db_id, discord_id, from_unix, NewChange, Store, StoreError};
use crate::domain::minutes::paragraph_fingerprint;
use crate::domain::minutes_records::{CorrectionRecord, CorrectionStatus};

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
        let Some(mut tx) = self.begin_unlocked(meeting_id).await? else {
            return Ok(CorrectionWrite::Locked);
        };
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
        commit_logged(tx, meeting_id, change).await?;
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
        let Some(mut tx) = self.begin_unlocked(correction.meeting_id).await? else {
            return Ok(CorrectionWrite::Locked);
        };
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
        commit_logged(tx, correction.meeting_id, change).await?;
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

    /// The group's latest meeting before this one (not cancelled), if any.
    pub async fn previous_meeting_of_group(
        &self,
        meeting_id: i64,
    ) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar!(
            r#"SELECT p.id AS "id!: i64" FROM meetings m JOIN meetings p
                   ON p.group_id = m.group_id AND p.starts_at < m.starts_at
               WHERE m.id = ? AND p.cancelled_at IS NULL
               ORDER BY p.starts_at DESC LIMIT 1"#,
            meeting_id
        )
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The group's latest meeting after this one that has started by `now` (not cancelled).
    pub async fn latest_started_meeting_after(
        &self,
        meeting_id: i64,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Option<i64>, StoreError> {
        let now = now.timestamp();
        Ok(sqlx::query_scalar!(
            r#"SELECT n.id AS "id!: i64" FROM meetings m JOIN meetings n
                   ON n.group_id = m.group_id AND n.starts_at > m.starts_at
               WHERE m.id = ? AND n.cancelled_at IS NULL AND n.starts_at <= ?
               ORDER BY n.starts_at DESC LIMIT 1"#,
            meeting_id,
            now
        )
        .fetch_optional(&self.pool)
        .await?)
    }
}
