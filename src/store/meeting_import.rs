//! Writing a meeting plan: the group and meeting created or updated in place, the agenda and
//! region list replaced, the invitees kept by key or by name and organisation; briefs
//! untouched.

use super::meetings::invitees_on;
use super::{db_id, Store, StoreError};
use crate::domain::invitee_keys::pair_invitees;
use crate::domain::records::ImportOutcome;
use crate::domain::{Group, Invitee, MeetingPlan, StandingItem};
use sqlx::{Sqlite, Transaction};

impl Store {
    /// Writes a meeting plan in one transaction: the group and meeting are created or updated
    /// in place (by slug and key), the agenda and region list replaced, the invitees kept by
    /// key or by name and organisation. Briefs are never touched.
    pub async fn import_plan(&self, plan: &MeetingPlan) -> Result<ImportOutcome, StoreError> {
        let mut tx = self.begin_write().await?;
        let outcome = write_plan(&mut tx, plan).await?;
        tx.commit().await?;
        Ok(outcome)
    }
}

/// [`Store::import_plan`] within a transaction, so a caller can write more in the same one.
pub(super) async fn write_plan(
    tx: &mut Transaction<'_, Sqlite>,
    plan: &MeetingPlan,
) -> Result<ImportOutcome, StoreError> {
    {
        let group_id = upsert_group(tx, &plan.group).await?;
        let existing = sqlx::query_scalar!("SELECT id FROM meetings WHERE key = ?", plan.key)
            .fetch_optional(&mut **tx)
            .await?;
        let (starts, ends, deadline) = (
            plan.starts_at.timestamp(),
            plan.ends_at.timestamp(),
            plan.brief_deadline.timestamp(),
        );
        let notice_date = plan.notice_date.to_string();
        let notice_at = plan.notice_at.map(|t| t.timestamp());
        let (doc_title, doc_url) = match &plan.documents {
            Some(d) => (Some(d.title.as_str()), Some(d.url.as_str())),
            None => (None, None),
        };
        let meeting_id = sqlx::query_scalar!(
            r#"INSERT INTO meetings (key, group_id, title, starts_at, ends_at, place, notice_text,
                   preparation, documents_title, documents_url, notice_date, brief_deadline,
                   notice_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (key) DO UPDATE SET group_id = excluded.group_id,
                   title = excluded.title, starts_at = excluded.starts_at,
                   ends_at = excluded.ends_at, place = excluded.place,
                   notice_text = excluded.notice_text, preparation = excluded.preparation,
                   documents_title = excluded.documents_title,
                   documents_url = excluded.documents_url, notice_date = excluded.notice_date,
                   brief_deadline = excluded.brief_deadline, notice_at = excluded.notice_at
               RETURNING id AS "id!: i64""#,
            plan.key,
            group_id,
            plan.title,
            starts,
            ends,
            plan.place,
            plan.notice_text,
            plan.preparation,
            doc_title,
            doc_url,
            notice_date,
            deadline,
            notice_at,
        )
        .fetch_one(&mut **tx)
        .await?;

        sqlx::query!("DELETE FROM agenda_items WHERE meeting_id = ?", meeting_id)
            .execute(&mut **tx)
            .await?;
        for item in &plan.agenda {
            let standing = item.standing.map(StandingItem::code);
            sqlx::query!(
                "INSERT INTO agenda_items
                     (meeting_id, number, title, description, collects_briefs, standing)
                 VALUES (?, ?, ?, ?, ?, ?)",
                meeting_id,
                item.number,
                item.title,
                item.description,
                item.collects_briefs,
                standing,
            )
            .execute(&mut **tx)
            .await?;
        }

        sqlx::query!(
            "DELETE FROM meeting_regions WHERE meeting_id = ?",
            meeting_id
        )
        .execute(&mut **tx)
        .await?;
        for (position, name) in (1_i64..).zip(&plan.regions) {
            let region_id = upsert_region(tx, group_id, name).await?;
            sqlx::query!(
                "INSERT INTO meeting_regions (meeting_id, region_id, position) VALUES (?, ?, ?)",
                meeting_id,
                region_id,
                position,
            )
            .execute(&mut **tx)
            .await?;
        }

        replace_invitees(tx, meeting_id, group_id, &plan.invitees).await?;
        Ok(ImportOutcome {
            meeting_id,
            created: existing.is_none(),
        })
    }
}

async fn upsert_group(tx: &mut Transaction<'_, Sqlite>, g: &Group) -> Result<i64, StoreError> {
    let channel = g.discord_channel_id.map(db_id);
    let role = g.member_role_id.map(db_id);
    let s = &g.secretariat;
    Ok(sqlx::query_scalar!(
        r#"INSERT INTO groups (slug, name, organisation, language, discord_channel_id,
               secretariat_name, secretariat_title, secretariat_phone, secretariat_email,
               member_role_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (slug) DO UPDATE SET name = excluded.name,
               organisation = excluded.organisation, language = excluded.language,
               discord_channel_id = coalesce(excluded.discord_channel_id, discord_channel_id),
               member_role_id = excluded.member_role_id,
               secretariat_name = excluded.secretariat_name,
               secretariat_title = excluded.secretariat_title,
               secretariat_phone = excluded.secretariat_phone,
               secretariat_email = excluded.secretariat_email
           RETURNING id AS "id!: i64""#,
        g.slug,
        g.name,
        g.organisation,
        g.language,
        channel,
        s.name,
        s.title,
        s.phone,
        s.email,
        role,
    )
    .fetch_one(&mut **tx)
    .await?)
}

async fn upsert_region(
    tx: &mut Transaction<'_, Sqlite>,
    group_id: i64,
    name: &str,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar!(
        r#"INSERT INTO regions (group_id, name) VALUES (?, ?)
           ON CONFLICT (group_id, name) DO UPDATE SET name = excluded.name
           RETURNING id AS "id!: i64""#,
        group_id,
        name
    )
    .fetch_one(&mut **tx)
    .await?)
}

/// Replaces the meeting's invitees with `invitees`, keeping the stored row (its id, key,
/// answer and Discord link) of each invitee who is someone already invited: by key where the
/// list names one, else by name and organisation ([`pair_invitees`]).
async fn replace_invitees(
    tx: &mut Transaction<'_, Sqlite>,
    meeting_id: i64,
    group_id: i64,
    invitees: &[Invitee],
) -> Result<(), StoreError> {
    let stored = invitees_on(tx, meeting_id).await?;
    let rows: Vec<(i64, Option<i64>)> = sqlx::query!(
        r#"SELECT id AS "id!: i64", key FROM invitees WHERE meeting_id = ? ORDER BY position"#,
        meeting_id
    )
    .fetch_all(&mut **tx)
    .await?
    .into_iter()
    .map(|r| (r.id, r.key))
    .collect();
    // Linear in the size of the lists (an import of 20,000 invitees must not compare each
    // with each).
    let row_by_key: std::collections::HashMap<i64, i64> = rows
        .iter()
        .filter_map(|(id, key)| Some(((*key)?, *id)))
        .collect();
    let row_of = |b: usize| {
        let key = stored.get(b).and_then(|i| i.key)?;
        row_by_key.get(&key).copied()
    };
    let targets: Vec<Option<i64>> = pair_invitees(&stored, invitees)
        .into_iter()
        .map(|b| b.and_then(row_of))
        .collect();
    let kept: std::collections::HashSet<i64> = targets.iter().flatten().copied().collect();
    for (id, _) in &rows {
        if !kept.contains(id) {
            sqlx::query!("DELETE FROM invitees WHERE id = ?", id)
                .execute(&mut **tx)
                .await?;
        }
    }
    // Names that pass from one row to another must not meet the unique index half-way.
    sqlx::query!(
        "UPDATE invitees SET position = -id, first_name = char(1) || id WHERE meeting_id = ?",
        meeting_id
    )
    .execute(&mut **tx)
    .await?;
    for ((position, i), target) in (1_i64..).zip(invitees).zip(targets) {
        let region_id = match &i.region {
            Some(name) => Some(upsert_region(tx, group_id, name).await?),
            None => None,
        };
        let discord = i.discord_user_id.map(db_id);
        match target {
            Some(id) => {
                sqlx::query!(
                    "UPDATE invitees SET position = ?, first_name = ?, last_name = ?,
                         organisation = ?, region_id = ?,
                         discord_user_id = coalesce(?, discord_user_id)
                     WHERE id = ?",
                    position,
                    i.first_name,
                    i.last_name,
                    i.organisation,
                    region_id,
                    discord,
                    id
                )
                .execute(&mut **tx)
                .await?;
            }
            None => {
                sqlx::query!(
                    "INSERT INTO invitees (meeting_id, position, first_name, last_name,
                         organisation, region_id, discord_user_id, key)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    meeting_id,
                    position,
                    i.first_name,
                    i.last_name,
                    i.organisation,
                    region_id,
                    discord,
                    i.key
                )
                .execute(&mut **tx)
                .await?;
            }
        }
    }
    // A new invitee's key is their row's id.
    sqlx::query!(
        "UPDATE invitees SET key = id WHERE meeting_id = ? AND key IS NULL",
        meeting_id
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}
