//! Groups, meetings, agendas, regions and invitees in the store: looking them up.

use super::{db_id, discord_id, from_unix, Store, StoreError};
use crate::domain::meeting::DocumentsLink;
use crate::domain::records::{MeetingDetails, MeetingSelector, RegionRow};
use crate::domain::{AgendaItem, Group, Invitee, MeetingSummary, Secretariat, StandingItem};
use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

/// A meeting's summary as one row.
struct SummaryRow {
    id: i64,
    key: String,
    slug: String,
    group_name: String,
    title: String,
    starts_at: i64,
    ends_at: i64,
    place: String,
    brief_deadline: i64,
    notice_at: Option<i64>,
    cancelled_at: Option<i64>,
}

impl From<SummaryRow> for MeetingSummary {
    fn from(row: SummaryRow) -> Self {
        MeetingSummary {
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
        }
    }
}

/// The statement reading a [`SummaryRow`] from `meetings m JOIN groups g`, ending with the
/// literal `$tail` (where, order, limit).
macro_rules! summary_where {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            SummaryRow,
            r#"SELECT m.id AS "id!: i64", m.key AS "key!", g.slug AS "slug!",
                      g.name AS "group_name!", m.title AS "title!", m.starts_at AS "starts_at!",
                      m.ends_at AS "ends_at!", m.place AS "place!",
                      m.brief_deadline AS "brief_deadline!", m.notice_at AS "notice_at?",
                      m.cancelled_at AS "cancelled_at?"
               FROM meetings m JOIN groups g ON g.id = m.group_id "# + $tail
            $(, $arg)*
        )
    };
}

impl Store {
    /// Finds the meeting a selector means, as of `now`.
    pub async fn find_meeting(
        &self,
        selector: &MeetingSelector,
        now: DateTime<Utc>,
    ) -> Result<MeetingSummary, StoreError> {
        let now = now.timestamp();
        // One statement each: the meeting's summary, found as the selector says.
        let row = match selector {
            MeetingSelector::Named(name) | MeetingSelector::NamedInChannel { name, .. } => {
                let by_id = name.parse::<i64>().unwrap_or(-1);
                summary_where!(
                    "WHERE m.id = ? OR m.key = ? ORDER BY m.id = ? DESC LIMIT 1",
                    by_id,
                    name,
                    by_id
                )
                .fetch_optional(&self.pool)
                .await?
            }
            MeetingSelector::Upcoming => {
                summary_where!(
                    "ORDER BY m.cancelled_at IS NULL DESC, m.ends_at > ? DESC,
                              CASE WHEN m.ends_at > ? THEN m.starts_at ELSE -m.starts_at END
                     LIMIT 1",
                    now,
                    now
                )
                .fetch_optional(&self.pool)
                .await?
            }
            MeetingSelector::UpcomingInChannel(channel) => {
                let channel = db_id(*channel);
                summary_where!(
                    "WHERE g.discord_channel_id = ?
                     ORDER BY m.cancelled_at IS NULL DESC, m.ends_at > ? DESC,
                              CASE WHEN m.ends_at > ? THEN m.starts_at ELSE -m.starts_at END
                     LIMIT 1",
                    channel,
                    now,
                    now
                )
                .fetch_optional(&self.pool)
                .await?
            }
            MeetingSelector::CancelledInChannel(channel) => {
                let channel = db_id(*channel);
                summary_where!(
                    "WHERE g.discord_channel_id = ? AND m.cancelled_at IS NOT NULL
                           AND m.ends_at > ?
                     ORDER BY m.starts_at LIMIT 1",
                    channel,
                    now
                )
                .fetch_optional(&self.pool)
                .await?
            }
        };
        let row = row.ok_or_else(|| StoreError::MeetingNotFound {
            named: match selector {
                MeetingSelector::Named(name) | MeetingSelector::NamedInChannel { name, .. } => {
                    Some(name.clone())
                }
                _ => None,
            },
        })?;
        Ok(row.into())
    }

    /// A meeting by its id.
    pub async fn meeting_summary(&self, id: i64) -> Result<MeetingSummary, StoreError> {
        summary_on(&mut *self.pool.acquire().await?, id).await
    }

    /// Everything stored about a meeting.
    pub async fn meeting_details(&self, id: i64) -> Result<MeetingDetails, StoreError> {
        details_on(&mut *self.pool.acquire().await?, id).await
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
        regions_on(&mut *self.pool.acquire().await?, meeting_id).await
    }

    /// The invitees, in the order of the list.
    pub async fn invitees(&self, meeting_id: i64) -> Result<Vec<Invitee>, StoreError> {
        invitees_on(&mut *self.pool.acquire().await?, meeting_id).await
    }
}

/// A meeting by its id.
pub(super) async fn summary_on(
    conn: &mut SqliteConnection,
    id: i64,
) -> Result<MeetingSummary, StoreError> {
    let row = summary_where!("WHERE m.id = ?", id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| StoreError::MeetingNotFound {
            named: Some(id.to_string()),
        })?;
    Ok(row.into())
}

/// Everything stored about a meeting.
pub(super) async fn details_on(
    conn: &mut SqliteConnection,
    id: i64,
) -> Result<MeetingDetails, StoreError> {
    let summary = summary_on(conn, id).await?;
    let m = sqlx::query!(
        "SELECT g.slug, g.name, g.organisation, g.language, g.discord_channel_id,
                g.member_role_id, g.secretariat_name, g.secretariat_title, g.secretariat_phone,
                g.secretariat_email, m.notice_text, m.preparation, m.documents_title,
                m.documents_url, m.notice_date
         FROM meetings m JOIN groups g ON g.id = m.group_id WHERE m.id = ?",
        id
    )
    .fetch_one(&mut *conn)
    .await?;
    let agenda = sqlx::query!(
        "SELECT number, title, description, collects_briefs, standing
         FROM agenda_items WHERE meeting_id = ? ORDER BY number",
        id
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|a| AgendaItem {
        number: u32::try_from(a.number).unwrap_or_default(),
        title: a.title,
        description: a.description,
        collects_briefs: a.collects_briefs != 0,
        standing: a.standing.as_deref().and_then(StandingItem::from_code),
    })
    .collect();
    let numbering = super::year_plan::numbering_on(conn, id, summary.starts_at).await?;
    Ok(MeetingDetails {
        summary,
        group: Group {
            slug: m.slug,
            name: m.name,
            organisation: m.organisation,
            language: m.language,
            discord_channel_id: m.discord_channel_id.map(discord_id),
            member_role_id: m.member_role_id.map(discord_id),
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
        regions: regions_on(conn, id).await?,
        invitees: invitees_on(conn, id).await?,
        numbering,
    })
}

/// The regions asked for a brief, in speaking order.
pub(super) async fn regions_on(
    conn: &mut SqliteConnection,
    meeting_id: i64,
) -> Result<Vec<RegionRow>, StoreError> {
    Ok(sqlx::query_as!(
        RegionRow,
        r#"SELECT r.id AS "id!: i64", r.name FROM meeting_regions mr JOIN regions r ON r.id = mr.region_id
         WHERE mr.meeting_id = ? ORDER BY mr.position"#,
        meeting_id
    )
    .fetch_all(&mut *conn)
    .await?)
}

/// The invitees, in the order of the list: one row, the list aggregated as JSON by SQLite
/// (each row of a result is a hand-off from the connection's thread; see README, "The bot's
/// own cost per interaction").
pub(super) async fn invitees_on(
    conn: &mut SqliteConnection,
    meeting_id: i64,
) -> Result<Vec<Invitee>, StoreError> {
    let json = sqlx::query_scalar!(
        r#"SELECT json_group_array(json_array(i.first_name, i.last_name, i.organisation,
                                              r.name, i.discord_user_id, i.key)
                                   ORDER BY i.position) AS "invitees!: String"
           FROM invitees i LEFT JOIN regions r ON r.id = i.region_id
           WHERE i.meeting_id = ?"#,
        meeting_id
    )
    .fetch_one(&mut *conn)
    .await?;
    type Row = (
        String,
        String,
        String,
        Option<String>,
        Option<i64>,
        Option<i64>,
    );
    let rows: Vec<Row> = serde_json::from_str(&json)
        .map_err(|e| StoreError::Db(sqlx::Error::Decode(Box::new(e))))?;
    Ok(rows
        .into_iter()
        .map(
            |(first_name, last_name, organisation, region, discord, key)| Invitee {
                first_name,
                last_name,
                organisation,
                region,
                discord_user_id: discord.map(discord_id),
                key,
            },
        )
        .collect())
}
