//! Groups, meetings, agendas, regions and invitees in the store: import and look-up.

use super::{db_id, discord_id, from_unix, Store, StoreError};
use crate::domain::meeting::DocumentsLink;
use crate::domain::{AgendaItem, Group, Invitee, MeetingPlan, MeetingSummary, Secretariat};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{Sqlite, Transaction};

/// Which meeting a command means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeetingSelector {
    /// The meeting with this id (digits) or key.
    Named(String),
    /// The next meeting that has not ended, else the latest, of any group.
    Upcoming,
    /// The same, among the meetings of the group whose Discord channel this is.
    UpcomingInChannel(u64),
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOutcome {
    pub meeting_id: i64,
    pub created: bool,
}

/// A member region asked for a brief at a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionRow {
    pub id: i64,
    pub name: String,
}

/// Everything stored about one meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingDetails {
    pub summary: MeetingSummary,
    pub group: Group,
    pub notice_text: String,
    pub preparation: String,
    pub documents: Option<DocumentsLink>,
    pub notice_date: NaiveDate,
    pub agenda: Vec<AgendaItem>,
    pub regions: Vec<RegionRow>,
    pub invitees: Vec<Invitee>,
}

impl Store {
    /// Writes a meeting plan in one transaction: the group and meeting are created or updated
    /// in place (by slug and key), the agenda and region list replaced, the invitees matched by
    /// name and organisation. Briefs are never touched.
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
            sqlx::query!(
                "INSERT INTO agenda_items (meeting_id, number, title, description, collects_briefs)
                 VALUES (?, ?, ?, ?, ?)",
                meeting_id,
                item.number,
                item.title,
                item.description,
                item.collects_briefs,
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

impl Store {
    /// Finds the meeting a selector means, as of `now`.
    pub async fn find_meeting(
        &self,
        selector: &MeetingSelector,
        now: DateTime<Utc>,
    ) -> Result<MeetingSummary, StoreError> {
        let now = now.timestamp();
        let id = match selector {
            MeetingSelector::Named(name) => {
                let by_id = name.parse::<i64>().unwrap_or(-1);
                sqlx::query_scalar!(
                    r#"SELECT id AS "id!: i64" FROM meetings WHERE id = ? OR key = ? ORDER BY id = ? DESC LIMIT 1"#,
                    by_id,
                    name,
                    by_id
                )
                .fetch_optional(&self.pool)
                .await?
            }
            MeetingSelector::Upcoming => {
                sqlx::query_scalar!(
                    r#"SELECT id AS "id!: i64" FROM meetings
                 ORDER BY ends_at > ? DESC,
                          CASE WHEN ends_at > ? THEN starts_at ELSE -starts_at END
                 LIMIT 1"#,
                    now,
                    now
                )
                .fetch_optional(&self.pool)
                .await?
            }
            MeetingSelector::UpcomingInChannel(channel) => {
                let channel = db_id(*channel);
                sqlx::query_scalar!(
                    r#"SELECT m.id AS "id!: i64" FROM meetings m JOIN groups g ON g.id = m.group_id
                     WHERE g.discord_channel_id = ?
                     ORDER BY m.ends_at > ? DESC,
                              CASE WHEN m.ends_at > ? THEN m.starts_at ELSE -m.starts_at END
                     LIMIT 1"#,
                    channel,
                    now,
                    now
                )
                .fetch_optional(&self.pool)
                .await?
            }
        };
        let id = id.ok_or_else(|| StoreError::MeetingNotFound {
            named: match selector {
                MeetingSelector::Named(name) => Some(name.clone()),
                _ => None,
            },
        })?;
        self.meeting_summary(id).await
    }

    async fn meeting_summary(&self, id: i64) -> Result<MeetingSummary, StoreError> {
        let row = sqlx::query!(
            "SELECT m.id, m.key, g.slug, g.name AS group_name, m.title, m.starts_at, m.ends_at,
                    m.place, m.brief_deadline, m.notice_at, m.cancelled_at
             FROM meetings m JOIN groups g ON g.id = m.group_id WHERE m.id = ?",
            id
        )
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::MeetingNotFound {
            named: Some(id.to_string()),
        })?;
        Ok(MeetingSummary {
            id: row.id,
            key: row.key,
            group_slug: row.slug,
            group_name: row.group_name,
            title: row.title,
            starts_at: from_unix(row.starts_at),
            ends_at: from_unix(row.ends_at),
            place: row.place,
            brief_deadline: from_unix(row.brief_deadline),
            notice_at: row.notice_at.map(from_unix),
            cancelled_at: row.cancelled_at.map(from_unix),
        })
    }

    /// Everything stored about a meeting.
    pub async fn meeting_details(&self, id: i64) -> Result<MeetingDetails, StoreError> {
        let summary = self.meeting_summary(id).await?;
        let m = sqlx::query!(
            "SELECT g.slug, g.name, g.organisation, g.language, g.discord_channel_id,
                    g.secretariat_name, g.secretariat_title, g.secretariat_phone,
                    g.secretariat_email, m.notice_text, m.preparation, m.documents_title,
                    m.documents_url, m.notice_date
             FROM meetings m JOIN groups g ON g.id = m.group_id WHERE m.id = ?",
            id
        )
        .fetch_one(&self.pool)
        .await?;
        let agenda = sqlx::query!(
            "SELECT number, title, description, collects_briefs
             FROM agenda_items WHERE meeting_id = ? ORDER BY number",
            id
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|a| AgendaItem {
            number: u32::try_from(a.number).unwrap_or_default(),
            title: a.title,
            description: a.description,
            collects_briefs: a.collects_briefs != 0,
        })
        .collect();
        Ok(MeetingDetails {
            summary,
            group: Group {
                slug: m.slug,
                name: m.name,
                organisation: m.organisation,
                language: m.language,
                discord_channel_id: m.discord_channel_id.map(discord_id),
                secretariat: Secretariat {
                    name: m.secretariat_name,
                    title: m.secretariat_title,
                    phone: m.secretariat_phone,
                    email: m.secretariat_email,
                },
            },
            notice_text: m.notice_text,
            preparation: m.preparation,
            documents: m.documents_url.map(|url| DocumentsLink {
                title: m.documents_title.unwrap_or_else(|| url.clone()),
                url,
            }),
            notice_date: m.notice_date.parse().unwrap_or_default(),
            agenda,
            regions: self.meeting_regions(id).await?,
            invitees: self.invitees(id).await?,
        })
    }

    /// The name of the working group whose Discord channel this is, if any.
    pub async fn group_in_channel(&self, channel: u64) -> Result<Option<String>, StoreError> {
        let channel = db_id(channel);
        Ok(sqlx::query_scalar!(
            "SELECT name FROM groups WHERE discord_channel_id = ?",
            channel
        )
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The regions asked for a brief, in speaking order.
    pub async fn meeting_regions(&self, meeting_id: i64) -> Result<Vec<RegionRow>, StoreError> {
        Ok(sqlx::query_as!(
            RegionRow,
            r#"SELECT r.id AS "id!: i64", r.name FROM meeting_regions mr JOIN regions r ON r.id = mr.region_id
             WHERE mr.meeting_id = ? ORDER BY mr.position"#,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// The invitees, in the order of the list.
    pub async fn invitees(&self, meeting_id: i64) -> Result<Vec<Invitee>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT i.first_name, i.last_name, i.organisation, r.name AS "region?",
                    i.discord_user_id
             FROM invitees i LEFT JOIN regions r ON r.id = i.region_id
             WHERE i.meeting_id = ? ORDER BY i.position"#,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| Invitee {
                first_name: r.first_name,
                last_name: r.last_name,
                organisation: r.organisation,
                region: r.region,
                discord_user_id: r.discord_user_id.map(discord_id),
            })
            .collect())
    }
}

async fn upsert_group(tx: &mut Transaction<'_, Sqlite>, g: &Group) -> Result<i64, StoreError> {
    let channel = g.discord_channel_id.map(db_id);
    let s = &g.secretariat;
    Ok(sqlx::query_scalar!(
        r#"INSERT INTO groups (slug, name, organisation, language, discord_channel_id,
               secretariat_name, secretariat_title, secretariat_phone, secretariat_email)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (slug) DO UPDATE SET name = excluded.name,
               organisation = excluded.organisation, language = excluded.language,
               discord_channel_id = coalesce(excluded.discord_channel_id, discord_channel_id),
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

async fn replace_invitees(
    tx: &mut Transaction<'_, Sqlite>,
    meeting_id: i64,
    group_id: i64,
    invitees: &[Invitee],
) -> Result<(), StoreError> {
    sqlx::query!(
        "UPDATE invitees SET position = -position - 1 WHERE meeting_id = ?",
        meeting_id
    )
    .execute(&mut **tx)
    .await?;
    for (position, i) in (1_i64..).zip(invitees) {
        let region_id = match &i.region {
            Some(name) => Some(upsert_region(tx, group_id, name).await?),
            None => None,
        };
        let discord = i.discord_user_id.map(db_id);
        sqlx::query!(
            "INSERT INTO invitees (meeting_id, position, first_name, last_name, organisation,
                 region_id, discord_user_id)
             VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (meeting_id, first_name, last_name, organisation) DO UPDATE SET
                 position = excluded.position, region_id = excluded.region_id,
                 discord_user_id = coalesce(excluded.discord_user_id, discord_user_id)",
            meeting_id,
            position,
            i.first_name,
            i.last_name,
            i.organisation,
            region_id,
            discord,
        )
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query!(
        "DELETE FROM invitees WHERE meeting_id = ? AND position < 0",
        meeting_id
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}
