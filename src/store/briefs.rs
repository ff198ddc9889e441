//! Briefs and their revisions in the store.

use super::{db_id, discord_id, from_unix, Store, StoreError};
use crate::domain::records::{
    Author, BriefRecord, RegionBriefs, Revision, RevisionKind, SavedBrief,
};
use crate::domain::BriefText;
use chrono::{DateTime, Utc};

impl Store {
    /// Saves `text` as the region's brief for the meeting: a new brief, or a new revision of
    /// the one there is (the earlier text is kept as a revision). With an `interaction` id that
    /// was stored before, nothing is written and the earlier revision is returned. Concurrent
    /// saves are committed together (see [`super::brief_writer`]); the answer comes once the
    /// brief is durable.
    pub async fn save_brief(
        &self,
        meeting_id: i64,
        region: &str,
        text: &BriefText,
        author: &Author,
        now: DateTime<Utc>,
        interaction: Option<u64>,
    ) -> Result<SavedBrief, StoreError> {
        self.writer
            .save(super::brief_writer::BriefWrite {
                meeting_id,
                region: region.to_owned(),
                text: text.clone(),
                author: author.clone(),
                now,
                interaction,
            })
            .await
    }

    /// Withdraws the region's current brief (it then counts as missing; its history stays).
    /// Returns false when there was no brief to withdraw.
    pub async fn withdraw_brief(
        &self,
        meeting_id: i64,
        region: &str,
        author: &Author,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let at = now.timestamp();
        let brief_id = sqlx::query_scalar!(
            r#"UPDATE briefs SET withdrawn_at = ?
               WHERE meeting_id = ? AND withdrawn_at IS NULL
                 AND region_id = (SELECT id FROM regions WHERE name = ?
                                  AND group_id = (SELECT group_id FROM meetings WHERE id = ?))
               RETURNING id AS "id!: i64""#,
            at,
            meeting_id,
            region,
            meeting_id
        )
        .fetch_optional(&mut *tx)
        .await?;
        let Some(brief_id) = brief_id else {
            return Ok(false);
        };
        let discord = author.discord_user_id.map(db_id);
        sqlx::query!(
            "INSERT INTO brief_revisions (brief_id, revision, author, author_discord_id, body,
                 saved_at, kind)
             VALUES (?, (SELECT coalesce(max(revision), 0) + 1 FROM brief_revisions
                         WHERE brief_id = ?), ?, ?, '', ?, 'withdrawn')",
            brief_id,
            brief_id,
            author.name,
            discord,
            at,
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Each region of the meeting, in speaking order, with its current brief.
    pub async fn region_briefs(&self, meeting_id: i64) -> Result<Vec<RegionBriefs>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT r.name AS region, b.author AS "author?", b.author_discord_id,
                      b.body AS "body?", b.created_at AS "created_at?",
                      b.updated_at AS "updated_at?",
                      (SELECT count(*) FROM brief_revisions v WHERE v.brief_id = b.id)
                          AS "revisions!: i64"
               FROM meeting_regions mr
               JOIN regions r ON r.id = mr.region_id
               LEFT JOIN briefs b ON b.meeting_id = mr.meeting_id AND b.region_id = r.id
                                  AND b.withdrawn_at IS NULL
               WHERE mr.meeting_id = ?
               ORDER BY mr.position"#,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| RegionBriefs {
                brief: match (r.author, r.body, r.created_at, r.updated_at) {
                    (Some(author), Some(body), Some(created), Some(updated)) => Some(BriefRecord {
                        region: r.region.clone(),
                        author,
                        author_discord_id: r.author_discord_id.map(discord_id),
                        body,
                        created_at: from_unix(created),
                        updated_at: from_unix(updated),
                        revisions: r.revisions,
                    }),
                    _ => None,
                },
                region: r.region,
            })
            .collect())
    }

    /// Every saved version of a region's brief, oldest first.
    pub async fn brief_revisions(
        &self,
        meeting_id: i64,
        region: &str,
    ) -> Result<Vec<Revision>, StoreError> {
        let rows = sqlx::query!(
            "SELECT v.revision, v.kind, v.author, v.body, v.saved_at
             FROM brief_revisions v
             JOIN briefs b ON b.id = v.brief_id
             JOIN regions r ON r.id = b.region_id
             WHERE b.meeting_id = ? AND r.name = ?
             ORDER BY v.revision",
            meeting_id,
            region
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|v| Revision {
                revision: v.revision,
                kind: if v.kind == "withdrawn" {
                    RevisionKind::Withdrawn
                } else {
                    RevisionKind::Saved
                },
                author: v.author,
                body: v.body,
                saved_at: from_unix(v.saved_at),
            })
            .collect())
    }
}
