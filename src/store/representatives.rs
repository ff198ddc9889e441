//! Who speaks for which region on Discord: the invitees' own links and the secretariat's.

use super::changes::log_change;
use super::{db_id, discord_id, NewChange, Store, StoreError};
use crate::domain::records::{RegionRow, Representative};
use chrono::{DateTime, Utc};

impl Store {
    /// The regions of a meeting that a Discord user speaks for, in speaking order.
    pub async fn regions_of_user(
        &self,
        meeting_id: i64,
        user: u64,
    ) -> Result<Vec<RegionRow>, StoreError> {
        let user = db_id(user);
        Ok(sqlx::query_as!(
            RegionRow,
            r#"SELECT r.id AS "id!: i64", r.name
               FROM meeting_regions mr JOIN regions r ON r.id = mr.region_id
               WHERE mr.meeting_id = ?
                 AND (EXISTS (SELECT 1 FROM representatives p
                              WHERE p.region_id = r.id AND p.discord_user_id = ?)
                      OR EXISTS (SELECT 1 FROM invitees i
                                 WHERE i.meeting_id = mr.meeting_id AND i.region_id = r.id
                                   AND i.discord_user_id = ?))
               ORDER BY mr.position"#,
            meeting_id,
            user,
            user
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// Every representative of the meeting's regions, in speaking order.
    pub async fn representatives(
        &self,
        meeting_id: i64,
    ) -> Result<Vec<Representative>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT r.name AS "region!: String", p.discord_user_id AS "user!: i64",
                      1 AS "by_secretariat!: i64", mr.position AS "position!: i64"
               FROM meeting_regions mr JOIN regions r ON r.id = mr.region_id
               JOIN representatives p ON p.region_id = r.id
               WHERE mr.meeting_id = ?
               UNION
               SELECT r.name, i.discord_user_id, 0, mr.position
               FROM meeting_regions mr JOIN regions r ON r.id = mr.region_id
               JOIN invitees i ON i.region_id = r.id AND i.meeting_id = mr.meeting_id
               WHERE mr.meeting_id = ? AND i.discord_user_id IS NOT NULL
               ORDER BY 4, 2"#,
            meeting_id,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| Representative {
                region: r.region,
                discord_user_id: discord_id(r.user),
                linked_by_secretariat: r.by_secretariat != 0,
            })
            .collect())
    }

    /// Links a Discord user to a region of the meeting's group. Returns false if they were
    /// linked already.
    pub async fn add_representative(
        &self,
        meeting_id: i64,
        region: &str,
        user: u64,
        added_by: u64,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        self.add_representative_logged(meeting_id, region, user, added_by, now, None)
            .await
    }

    /// The same, with its line in the change log (written only if the link is new).
    pub async fn add_representative_logged(
        &self,
        meeting_id: i64,
        region: &str,
        user: u64,
        added_by: u64,
        now: DateTime<Utc>,
        change: Option<&NewChange<'_>>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let region_id = region_of_meeting(&mut tx, meeting_id, region).await?;
        let (user, added_by, at) = (db_id(user), db_id(added_by), now.timestamp());
        let done = sqlx::query!(
            "INSERT INTO representatives (region_id, discord_user_id, added_by, added_at)
             VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            region_id,
            user,
            added_by,
            at
        )
        .execute(&mut *tx)
        .await?;
        let added = done.rows_affected() == 1;
        if let Some(change) = change.filter(|_| added) {
            log_change(&mut tx, meeting_id, change).await?;
        }
        tx.commit().await?;
        Ok(added)
    }

    /// Unlinks a Discord user from a region. Returns false if they were not linked by the
    /// secretariat (a link from the invitee list is changed in the meeting file).
    pub async fn remove_representative(
        &self,
        meeting_id: i64,
        region: &str,
        user: u64,
    ) -> Result<bool, StoreError> {
        self.remove_representative_logged(meeting_id, region, user, None)
            .await
    }

    /// The same, with its line in the change log (written only if there was a link).
    pub async fn remove_representative_logged(
        &self,
        meeting_id: i64,
        region: &str,
        user: u64,
        change: Option<&NewChange<'_>>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let region_id = region_of_meeting(&mut tx, meeting_id, region).await?;
        let user = db_id(user);
        let done = sqlx::query!(
            "DELETE FROM representatives WHERE region_id = ? AND discord_user_id = ?",
            region_id,
            user
        )
        .execute(&mut *tx)
        .await?;
        let removed = done.rows_affected() == 1;
        if let Some(change) = change.filter(|_| removed) {
            log_change(&mut tx, meeting_id, change).await?;
        }
        tx.commit().await?;
        Ok(removed)
    }
}

async fn region_of_meeting(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    meeting_id: i64,
    region: &str,
) -> Result<i64, StoreError> {
    let id = sqlx::query_scalar!(
        r#"SELECT r.id AS "id!: i64" FROM meeting_regions mr JOIN regions r ON r.id = mr.region_id
           WHERE mr.meeting_id = ? AND r.name = ?"#,
        meeting_id,
        region
    )
    .fetch_optional(&mut **tx)
    .await?;
    match id {
        Some(id) => Ok(id),
        None => {
            let known = sqlx::query_scalar!(
                "SELECT r.name FROM meeting_regions mr JOIN regions r ON r.id = mr.region_id
                 WHERE mr.meeting_id = ? ORDER BY mr.position",
                meeting_id
            )
            .fetch_all(&mut **tx)
            .await?;
            Err(StoreError::UnknownRegion {
                region: region.to_owned(),
                known,
            })
        }
    }
}
