//! Follow-up items in the store: written with their line in the item's change log in one
//! transaction, read by group and by meeting, and who owns them on Discord. (The group's
//! regions and meetings they need are in `meeting_lookups.rs`.)

use super::{db_id, discord_id, from_unix, Store, StoreError};
use crate::domain::follow_up::{
    FollowUpChange, FollowUpChangeKind, FollowUpItem, FollowUpOrigin, FollowUpOwner,
};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{Sqlite, Transaction};

/// A follow-up item to write.
#[derive(Debug, Clone)]
pub struct NewFollowUp<'a> {
    pub group_id: i64,
    pub what: &'a str,
    /// The owner: a region of the group (its id), or a named person.
    pub owner_region_id: Option<i64>,
    pub owner_name: Option<&'a str>,
    pub owner_discord_id: Option<u64>,
    pub due: NaiveDate,
    pub meeting_id: Option<i64>,
    pub agenda_number: Option<u32>,
}

/// Who made a change (for the item's change log).
#[derive(Debug, Clone, Copy)]
pub struct FollowUpActor<'a> {
    /// `None`: the command line.
    pub id: Option<u64>,
    pub name: &'a str,
}

/// The columns every read of items selects, in this order.
macro_rules! item_query {
    ($where:literal, $($arg:expr),*) => {
        sqlx::query!(
            r#"SELECT f.id AS "id!: i64", f.what, r.name AS "region?: String",
                      f.owner_name, f.owner_discord_id, f.due_on, f.meeting_id,
                      m.title AS "meeting_title?: String", m.starts_at AS "meeting_starts?: i64",
                      f.agenda_number, f.status, f.done_at, f.created_at
               FROM follow_up_items f
               LEFT JOIN regions r ON r.id = f.owner_region_id
               LEFT JOIN meetings m ON m.id = f.meeting_id
               WHERE "# + $where + r#" ORDER BY f.id"#,
            $($arg),*
        )
    };
}

/// An item from the columns of [`item_query`].
macro_rules! item_of {
    ($r:expr) => {{
        let r = $r;
        let owner = match (r.region, r.owner_name) {
            (Some(name), _) => FollowUpOwner::Region { name },
            (None, name) => FollowUpOwner::Person {
                name: name.unwrap_or_default(),
                discord_user_id: r.owner_discord_id.map(discord_id),
            },
        };
        let origin = match (r.meeting_id, r.meeting_title, r.meeting_starts) {
            (Some(meeting_id), Some(meeting_title), Some(starts)) => Some(FollowUpOrigin {
                meeting_id,
                meeting_title,
                meeting_starts_at: from_unix(starts),
                agenda_number: r.agenda_number.and_then(|n| u32::try_from(n).ok()),
            }),
            _ => None,
        };
        FollowUpItem {
            id: r.id,
            what: r.what,
            owner,
            due: r.due_on.parse().unwrap_or_default(),
            origin,
            status: r.status,
            done_at: r.done_at.map(from_unix),
            created_at: from_unix(r.created_at),
        }
    }};
}

async fn log_follow_up(
    tx: &mut Transaction<'_, Sqlite>,
    item_id: i64,
    at: DateTime<Utc>,
    by: FollowUpActor<'_>,
    kind: FollowUpChangeKind,
    status: &str,
) -> Result<(), StoreError> {
    let (at, actor, kind) = (at.timestamp(), by.id.map(db_id), kind.as_str());
    sqlx::query!(
        "INSERT INTO follow_up_changes (item_id, at, actor_id, actor_name, kind, status)
         VALUES (?, ?, ?, ?, ?, ?)",
        item_id,
        at,
        actor,
        by.name,
        kind,
        status
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Store {
    /// Writes a new follow-up item and its line in the change log; returns its id.
    pub async fn add_follow_up(
        &self,
        item: &NewFollowUp<'_>,
        by: FollowUpActor<'_>,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let due = item.due.to_string();
        let (user, at) = (item.owner_discord_id.map(db_id), now.timestamp());
        let number = item.agenda_number.map(i64::from);
        let id = sqlx::query_scalar!(
            r#"INSERT INTO follow_up_items (group_id, what, owner_region_id, owner_name,
                   owner_discord_id, due_on, meeting_id, agenda_number, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id AS "id!: i64""#,
            item.group_id,
            item.what,
            item.owner_region_id,
            item.owner_name,
            user,
            due,
            item.meeting_id,
            number,
            at,
            at
        )
        .fetch_one(&mut *tx)
        .await?;
        log_follow_up(&mut tx, id, now, by, FollowUpChangeKind::Create, "").await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Writes an item's new line of status (and marks it done, with `done`), with its line in
    /// the change log. False if there is no such item.
    pub async fn set_follow_up_status(
        &self,
        item_id: i64,
        status: &str,
        done: bool,
        by: FollowUpActor<'_>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let at = now.timestamp();
        let done_at = done.then_some(at);
        let updated = sqlx::query!(
            "UPDATE follow_up_items SET status = ?, done_at = coalesce(done_at, ?),
                 updated_at = ?
             WHERE id = ?",
            status,
            done_at,
            at,
            item_id
        )
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() != 1 {
            return Ok(false);
        }
        let kind = if done {
            FollowUpChangeKind::Done
        } else {
            FollowUpChangeKind::Status
        };
        log_follow_up(&mut tx, item_id, now, by, kind, status).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Every follow-up item of a group, as created.
    pub async fn group_follow_ups(&self, group_id: i64) -> Result<Vec<FollowUpItem>, StoreError> {
        let rows = item_query!("f.group_id = ?", group_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(|r| item_of!(r)).collect())
    }

    /// The items a meeting decided, as created.
    pub async fn follow_ups_from(&self, meeting_id: i64) -> Result<Vec<FollowUpItem>, StoreError> {
        let rows = item_query!("f.meeting_id = ?", meeting_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(|r| item_of!(r)).collect())
    }

    /// A follow-up item and the id of its group.
    pub async fn follow_up(&self, item_id: i64) -> Result<Option<(i64, FollowUpItem)>, StoreError> {
        let group = sqlx::query_scalar!(
            r#"SELECT group_id AS "group!: i64" FROM follow_up_items WHERE id = ?"#,
            item_id
        )
        .fetch_optional(&self.pool)
        .await?;
        let Some(group) = group else {
            return Ok(None);
        };
        let row = item_query!("f.id = ?", item_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| (group, item_of!(r))))
    }

    /// A follow-up item's change log, oldest first.
    pub async fn follow_up_changes(&self, item_id: i64) -> Result<Vec<FollowUpChange>, StoreError> {
        let rows = sqlx::query!(
            "SELECT at, actor_id, actor_name, kind, status FROM follow_up_changes
             WHERE item_id = ? ORDER BY at, id",
            item_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| FollowUpChange {
                at: from_unix(r.at),
                actor_id: r.actor_id.map(discord_id),
                actor_name: r.actor_name,
                kind: FollowUpChangeKind::parse(&r.kind).unwrap_or(FollowUpChangeKind::Status),
                status: r.status,
            })
            .collect())
    }

    /// The Discord users who answer for an item: the named person's user, or the region's
    /// representatives (the secretariat's links, and the invitees of `meeting_id` for it).
    pub async fn follow_up_owners(
        &self,
        item_id: i64,
        meeting_id: Option<i64>,
    ) -> Result<Vec<u64>, StoreError> {
        let meeting = meeting_id.unwrap_or(-1);
        let users = sqlx::query_scalar!(
            r#"SELECT owner_discord_id AS "user!: i64" FROM follow_up_items
               WHERE id = ? AND owner_discord_id IS NOT NULL
               UNION
               SELECT p.discord_user_id FROM representatives p
               JOIN follow_up_items f ON f.owner_region_id = p.region_id WHERE f.id = ?
               UNION
               SELECT i.discord_user_id FROM invitees i
               JOIN follow_up_items f ON f.owner_region_id = i.region_id
               WHERE f.id = ? AND i.meeting_id = ? AND i.discord_user_id IS NOT NULL
               ORDER BY 1"#,
            item_id,
            item_id,
            item_id,
            meeting
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(users.into_iter().map(discord_id).collect())
    }

    /// Whether a Discord user answers for an item: its named person, or a representative of
    /// its region (linked by the secretariat, or an invitee of any of the group's meetings).
    pub async fn owns_follow_up(&self, item_id: i64, user: u64) -> Result<bool, StoreError> {
        let user = db_id(user);
        Ok(sqlx::query_scalar!(
            r#"SELECT EXISTS (
                   SELECT 1 FROM follow_up_items f WHERE f.id = ? AND (
                       f.owner_discord_id = ?
                       OR EXISTS (SELECT 1 FROM representatives p
                                  WHERE p.region_id = f.owner_region_id
                                    AND p.discord_user_id = ?)
                       OR EXISTS (SELECT 1 FROM invitees i
                                  WHERE i.region_id = f.owner_region_id
                                    AND i.discord_user_id = ?))
               ) AS "owns!: bool""#,
            item_id,
            user,
            user,
            user
        )
        .fetch_one(&self.pool)
        .await?)
    }
}
