//! The minutes' draft in the store: the draft with its comment deadline and posted message,
//! each region's paragraph as it went out, and the representatives' confirmations.

use super::minutes::commit_logged;
use super::{db_id, discord_id, from_unix, NewChange, Store, StoreError};
use crate::domain::minutes_records::{DraftRecord, ParagraphRecord};
use chrono::{DateTime, Utc};

/// A region's paragraph as a new draft takes it from its brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewParagraph {
    pub region_id: i64,
    pub author: String,
    pub body: String,
}

impl Store {
    /// Starts the draft with its paragraphs, or (a draft being out) sets its new comment
    /// deadline, keeping its paragraphs and answers; false if locked.
    pub async fn start_draft(
        &self,
        meeting_id: i64,
        comments_by: DateTime<Utc>,
        paragraphs: &[NewParagraph],
        change: &NewChange<'_>,
    ) -> Result<bool, StoreError> {
        let Some(mut tx) = self.begin_unlocked(meeting_id).await? else {
            return Ok(false);
        };
        let (at, by) = (change.at.timestamp(), change.actor_name);
        let deadline = comments_by.timestamp();
        let created = sqlx::query!(
            "INSERT INTO minutes_drafts (meeting_id, created_at, created_by, comments_by)
             VALUES (?, ?, ?, ?)
             ON CONFLICT (meeting_id) DO UPDATE SET comments_by = excluded.comments_by",
            meeting_id,
            at,
            by,
            deadline
        )
        .execute(&mut *tx)
        .await?;
        let existing = sqlx::query_scalar!(
            r#"SELECT count(*) AS "n!: i64" FROM minutes_paragraphs WHERE meeting_id = ?"#,
            meeting_id
        )
        .fetch_one(&mut *tx)
        .await?;
        if created.rows_affected() > 0 && existing == 0 {
            for (position, p) in (0_i64..).zip(paragraphs) {
                sqlx::query!(
                    "INSERT INTO minutes_paragraphs (meeting_id, region_id, position, author,
                         body) VALUES (?, ?, ?, ?, ?)",
                    meeting_id,
                    p.region_id,
                    position,
                    p.author,
                    p.body
                )
                .execute(&mut *tx)
                .await?;
            }
        }
        commit_logged(tx, meeting_id, change).await?;
        Ok(true)
    }

    /// Records the channel message the draft was posted as.
    pub async fn set_draft_message(&self, meeting_id: i64, message: u64) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let message = db_id(message);
        sqlx::query!(
            "UPDATE minutes_drafts SET message_id = ? WHERE meeting_id = ?",
            message,
            meeting_id
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The draft, if one has been made.
    pub async fn minutes_draft(&self, meeting_id: i64) -> Result<Option<DraftRecord>, StoreError> {
        let row = sqlx::query!(
            "SELECT created_at, created_by, comments_by, message_id, approval_item_meeting_id
             FROM minutes_drafts WHERE meeting_id = ?",
            meeting_id
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| DraftRecord {
            meeting_id,
            created_at: from_unix(r.created_at),
            created_by: r.created_by,
            comments_by: from_unix(r.comments_by),
            message_id: r.message_id.map(discord_id),
            approval_item_meeting_id: r.approval_item_meeting_id,
        }))
    }

    /// The draft's paragraphs in speaking order, each with its corrections.
    pub async fn minutes_paragraphs(
        &self,
        meeting_id: i64,
    ) -> Result<Vec<ParagraphRecord>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT p.id AS "id!: i64", p.region_id, r.name AS region, p.author, p.body,
                      p.confirmed_by, p.confirmed_at
               FROM minutes_paragraphs p JOIN regions r ON r.id = p.region_id
               WHERE p.meeting_id = ? ORDER BY p.position"#,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        let corrections = self.corrections_of(meeting_id).await?;
        Ok(rows
            .into_iter()
            .map(|r| ParagraphRecord {
                id: r.id,
                region_id: r.region_id,
                corrections: corrections
                    .iter()
                    .filter(|c| c.region == r.region)
                    .cloned()
                    .collect(),
                region: r.region,
                author: r.author,
                body: r.body,
                confirmed_by: r.confirmed_by.map(discord_id),
                confirmed_at: r.confirmed_at.map(from_unix),
            })
            .collect())
    }

    /// Marks a paragraph confirmed by its region's representative; false if locked.
    pub async fn confirm_paragraph(
        &self,
        meeting_id: i64,
        paragraph_id: i64,
        user: u64,
        change: &NewChange<'_>,
    ) -> Result<bool, StoreError> {
        let Some(mut tx) = self.begin_unlocked(meeting_id).await? else {
            return Ok(false);
        };
        let (user, at) = (db_id(user), change.at.timestamp());
        sqlx::query!(
            "UPDATE minutes_paragraphs SET confirmed_by = ?, confirmed_at = ?
             WHERE id = ? AND meeting_id = ?",
            user,
            at,
            paragraph_id,
            meeting_id
        )
        .execute(&mut *tx)
        .await?;
        commit_logged(tx, meeting_id, change).await?;
        Ok(true)
    }
}
