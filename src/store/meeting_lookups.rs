//! The look-ups the secretariat's meeting commands need: a meeting as a plan, free keys, the
//! channel's group and its meetings with their brief counts; a meeting's group, the group's
//! regions and its meetings before a time (for the follow-up items).

use super::meetings::details_on;
use super::{db_id, discord_id, from_unix, Store, StoreError};
use crate::domain::records::{ChannelGroup, ListedMeeting, RegionRow};
use crate::domain::{MeetingPlan, MeetingSummary};
use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

impl Store {
    /// A stored meeting as the plan an import of it would write.
    pub async fn meeting_plan(&self, id: i64) -> Result<MeetingPlan, StoreError> {
        plan_on(&mut *self.pool.acquire().await?, id).await
    }

    /// The meeting with this id.
    pub async fn find_meeting_by_id(&self, id: i64) -> Result<MeetingSummary, StoreError> {
        self.meeting_summary(id).await
    }

    /// The id of the meeting with this key.
    pub async fn meeting_id_by_key(&self, key: &str) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar!(
            r#"SELECT id AS "id!: i64" FROM meetings WHERE key = ?"#,
            key
        )
        .fetch_optional(&self.pool)
        .await?)
    }

    /// `base`, or `base-2`, `base-3`, … : the first key no meeting has.
    pub async fn unused_meeting_key(&self, base: &str) -> Result<String, StoreError> {
        let mut key = base.to_owned();
        for n in 2.. {
            if self.meeting_id_by_key(&key).await?.is_none() {
                break;
            }
            key = format!("{base}-{n}");
        }
        Ok(key)
    }

    /// Every meeting's id, title and start, in the order a default takes them: those of the
    /// channel's group first (when given), then not cancelled, then not ended (soonest
    /// first), then ended (latest first).
    pub async fn meetings_by_preference(
        &self,
        channel: Option<u64>,
        now: DateTime<Utc>,
    ) -> Result<Vec<(i64, String, DateTime<Utc>)>, StoreError> {
        let (channel, now) = (channel.map(db_id), now.timestamp());
        let rows = sqlx::query!(
            r#"SELECT m.id AS "id!: i64", m.title, m.starts_at
               FROM meetings m JOIN groups g ON g.id = m.group_id
               ORDER BY coalesce(g.discord_channel_id = ?, 0) DESC, m.cancelled_at IS NULL DESC,
                        m.ends_at > ? DESC,
                        CASE WHEN m.ends_at > ? THEN m.starts_at ELSE -m.starts_at END"#,
            channel,
            now,
            now
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| (r.id, r.title, from_unix(r.starts_at)))
            .collect())
    }

    /// How many briefs (not withdrawn) a meeting has.
    pub async fn brief_count(&self, meeting_id: i64) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar!(
            r#"SELECT count(*) AS "n!: i64" FROM briefs
               WHERE meeting_id = ? AND withdrawn_at IS NULL"#,
            meeting_id
        )
        .fetch_one(&self.pool)
        .await?)
    }

    /// The working group whose Discord channel this is.
    pub async fn channel_group(&self, channel: u64) -> Result<Option<ChannelGroup>, StoreError> {
        let channel = db_id(channel);
        let row = sqlx::query!(
            r#"SELECT id AS "id!: i64", slug FROM groups WHERE discord_channel_id = ?"#,
            channel
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| ChannelGroup {
            id: r.id,
            slug: r.slug,
        }))
    }

    /// The Discord channel of a meeting's group, if it has one.
    pub async fn meeting_channel(&self, meeting_id: i64) -> Result<Option<u64>, StoreError> {
        let channel = sqlx::query_scalar!(
            r#"SELECT g.discord_channel_id FROM meetings m JOIN groups g ON g.id = m.group_id
               WHERE m.id = ?"#,
            meeting_id
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(channel.flatten().map(discord_id))
    }

    /// Every group's Discord channel.
    pub async fn group_channel_ids(&self) -> Result<Vec<u64>, StoreError> {
        let channels = sqlx::query_scalar!(
            r#"SELECT discord_channel_id AS "channel!: i64" FROM groups
               WHERE discord_channel_id IS NOT NULL"#
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(channels.into_iter().map(discord_id).collect())
    }

    /// The group's latest meeting by start, preferring one not cancelled.
    pub async fn latest_meeting_of_group(&self, group_id: i64) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar!(
            r#"SELECT id AS "id!: i64" FROM meetings WHERE group_id = ?
               ORDER BY cancelled_at IS NULL DESC, starts_at DESC LIMIT 1"#,
            group_id
        )
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The group's meetings that have not ended (soonest first, at most `upcoming`), then
    /// those that have (latest first, at most `recent`), with their brief counts.
    pub async fn group_meetings(
        &self,
        group_id: i64,
        now: DateTime<Utc>,
        upcoming: i64,
        recent: i64,
    ) -> Result<(Vec<ListedMeeting>, Vec<ListedMeeting>), StoreError> {
        let now = now.timestamp();
        let rows = sqlx::query!(
            r#"SELECT m.id AS "id!: i64", m.key, m.title, m.starts_at, m.ends_at,
                      m.cancelled_at IS NOT NULL AS "cancelled!: bool",
                      (SELECT count(*) FROM briefs b WHERE b.meeting_id = m.id
                           AND b.withdrawn_at IS NULL) AS "briefs!: i64",
                      (SELECT count(*) FROM meeting_regions mr WHERE mr.meeting_id = m.id)
                           AS "regions!: i64",
                      m.ends_at > ? AS "upcoming!: bool"
               FROM meetings m WHERE m.group_id = ?
               ORDER BY CASE WHEN m.ends_at > ? THEN m.starts_at ELSE -m.starts_at END"#,
            now,
            group_id,
            now
        )
        .fetch_all(&self.pool)
        .await?;
        let (mut soon, mut past) = (Vec::new(), Vec::new());
        for r in rows {
            let listed = ListedMeeting {
                id: r.id,
                key: r.key,
                title: r.title,
                starts_at: from_unix(r.starts_at),
                ends_at: from_unix(r.ends_at),
                cancelled: r.cancelled,
                briefs: r.briefs,
                regions: r.regions,
            };
            if r.upcoming {
                soon.push(listed);
            } else {
                past.push(listed);
            }
        }
        soon.truncate(usize::try_from(upcoming).unwrap_or_default());
        past.truncate(usize::try_from(recent).unwrap_or_default());
        Ok((soon, past))
    }
}

impl Store {
    /// The group a meeting belongs to.
    pub async fn group_of_meeting(&self, meeting_id: i64) -> Result<i64, StoreError> {
        sqlx::query_scalar!(
            r#"SELECT group_id AS "group!: i64" FROM meetings WHERE id = ?"#,
            meeting_id
        )
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::MeetingNotFound {
            named: Some(meeting_id.to_string()),
        })
    }

    /// Every region of a group, by name.
    pub async fn group_regions(&self, group_id: i64) -> Result<Vec<RegionRow>, StoreError> {
        Ok(sqlx::query_as!(
            RegionRow,
            r#"SELECT id AS "id!: i64", name FROM regions WHERE group_id = ? ORDER BY name"#,
            group_id
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// The group's latest meeting (not cancelled) that started at or before `now`.
    pub async fn latest_past_meeting(
        &self,
        group_id: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>, StoreError> {
        let now = now.timestamp();
        Ok(sqlx::query_scalar!(
            r#"SELECT id AS "id!: i64" FROM meetings
               WHERE group_id = ? AND starts_at <= ? AND cancelled_at IS NULL
               ORDER BY starts_at DESC LIMIT 1"#,
            group_id,
            now
        )
        .fetch_optional(&self.pool)
        .await?)
    }

    /// When the group's meeting (not cancelled) before the one starting at `before` started.
    pub async fn previous_meeting_start(
        &self,
        group_id: i64,
        before: DateTime<Utc>,
    ) -> Result<Option<DateTime<Utc>>, StoreError> {
        let before = before.timestamp();
        let start = sqlx::query_scalar!(
            r#"SELECT max(starts_at) AS "start?: i64" FROM meetings
               WHERE group_id = ? AND starts_at < ? AND cancelled_at IS NULL"#,
            group_id,
            before
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(start.map(from_unix))
    }
}

/// [`Store::meeting_plan`] on a connection (or within a transaction).
pub(super) async fn plan_on(
    conn: &mut SqliteConnection,
    id: i64,
) -> Result<MeetingPlan, StoreError> {
    let d = details_on(conn, id).await?;
    Ok(MeetingPlan {
        group: d.group,
        key: d.summary.key,
        title: d.summary.title,
        starts_at: d.summary.starts_at,
        ends_at: d.summary.ends_at,
        place: d.summary.place,
        notice_text: d.notice_text,
        preparation: d.preparation,
        documents: d.documents,
        notice_date: d.notice_date,
        notice_at: d.summary.notice_at,
        brief_deadline: d.summary.brief_deadline,
        agenda: d.agenda,
        regions: d.regions.into_iter().map(|r| r.name).collect(),
        invitees: d.invitees,
    })
}
