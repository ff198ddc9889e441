//! The reads behind the members' quick answers, each one statement: `/agenda` (the meeting,
//! its items and which regions' briefs are in, the lists aggregated as JSON by SQLite, with
//! what the follow-up items and numbering per year need to know; a second statement only
//! for a group that numbers per year), one
//! region's current brief for the brief form, and a submitted brief's meeting and region with
//! whether the member speaks for it.

use super::db_id;
use super::{from_unix, Store, StoreError};
use crate::domain::local_time::OSLO;
use crate::domain::records::{MeetingAgenda, RegionBriefState, RegionRow};
use crate::domain::standing::{AgendaNumbering, SakNumbering};
use crate::domain::{AgendaItem, MeetingSummary, StandingItem};
use chrono::Datelike;

/// An agenda item as `json_array` gives it: number, title, description, collects briefs
/// (0 or 1), standing item's code.
type AgendaJson = (u32, String, Option<String>, i64, Option<String>);

impl Store {
    /// A meeting's agenda and which regions have sent their brief, in one statement.
    pub async fn meeting_agenda(&self, id: i64) -> Result<MeetingAgenda, StoreError> {
        let row = sqlx::query!(
            r#"SELECT m.id, m.key, g.slug, g.name AS group_name, m.title, m.starts_at,
                      m.ends_at, m.place, m.brief_deadline, m.notice_at, m.cancelled_at,
                      m.group_id, g.sak_numbering,
                      (SELECT max(p.starts_at) FROM meetings p
                       WHERE p.group_id = m.group_id AND p.starts_at < m.starts_at
                         AND p.cancelled_at IS NULL) AS "previous_start?: i64",
                      EXISTS (SELECT 1 FROM follow_up_items f WHERE f.group_id = m.group_id)
                          AS "has_follow_ups!: bool",
                      (SELECT json_group_array(json_array(a.number, a.title, a.description,
                                                          a.collects_briefs, a.standing)
                                               ORDER BY a.number)
                       FROM agenda_items a WHERE a.meeting_id = m.id) AS "agenda!: String",
                      (SELECT json_group_array(json_array(r.name, EXISTS (
                                  SELECT 1 FROM briefs b WHERE b.meeting_id = mr.meeting_id
                                      AND b.region_id = mr.region_id
                                      AND b.withdrawn_at IS NULL))
                                               ORDER BY mr.position)
                       FROM meeting_regions mr JOIN regions r ON r.id = mr.region_id
                       WHERE mr.meeting_id = m.id) AS "regions!: String"
               FROM meetings m JOIN groups g ON g.id = m.group_id WHERE m.id = ?"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::MeetingNotFound {
            named: Some(id.to_string()),
        })?;
        let agenda: Vec<AgendaJson> = parse_json(&row.agenda)?;
        let regions: Vec<(String, i64)> = parse_json(&row.regions)?;
        let starts_at = from_unix(row.starts_at);
        let numbering = if row.sak_numbering == SakNumbering::PerMeeting.code() {
            AgendaNumbering {
                numbering: SakNumbering::PerMeeting,
                year: starts_at.with_timezone(&OSLO).year(),
                items_before: 0,
            }
        } else {
            let mut conn = self.pool.acquire().await?;
            super::year_plan::numbering_of(&mut conn, &row.sak_numbering, id, starts_at).await?
        };
        Ok(MeetingAgenda {
            group_id: row.group_id,
            numbering,
            previous_start: row.previous_start.map(from_unix),
            has_follow_ups: row.has_follow_ups,
            summary: MeetingSummary {
                id: row.id,
                key: row.key,
                group_slug: row.slug,
                group_name: row.group_name,
                title: row.title,
                starts_at,
                ends_at: from_unix(row.ends_at),
                place: row.place,
                brief_deadline: from_unix(row.brief_deadline),
                notice_at: row.notice_at.map(from_unix),
                cancelled_at: row.cancelled_at.map(from_unix),
            },
            agenda: agenda
                .into_iter()
                .map(
                    |(number, title, description, briefs, standing)| AgendaItem {
                        number,
                        title,
                        description,
                        collects_briefs: briefs != 0,
                        standing: standing.as_deref().and_then(StandingItem::from_code),
                    },
                )
                .collect(),
            regions: regions
                .into_iter()
                .map(|(region, brief_in)| RegionBriefState {
                    region,
                    brief_in: brief_in != 0,
                })
                .collect(),
        })
    }

    /// The text of a region's current brief (not withdrawn), if it has one.
    pub async fn current_brief_text(
        &self,
        meeting_id: i64,
        region_id: i64,
    ) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar!(
            "SELECT body FROM briefs
             WHERE meeting_id = ? AND region_id = ? AND withdrawn_at IS NULL",
            meeting_id,
            region_id
        )
        .fetch_optional(&self.pool)
        .await?)
    }
}

impl Store {
    /// A meeting's summary, with one of its regions (`None` when the region is not one of the
    /// meeting's) and whether `user` speaks for it (a representative, or an invitee linked to
    /// it), in one statement.
    pub async fn meeting_region_access(
        &self,
        meeting_id: i64,
        region_id: i64,
        user: u64,
    ) -> Result<(MeetingSummary, Option<(RegionRow, bool)>), StoreError> {
        let user = db_id(user);
        let row = sqlx::query!(
            r#"SELECT m.id AS "id!: i64", m.key AS "key!", g.slug AS "slug!",
                      g.name AS "group_name!", m.title AS "title!", m.starts_at AS "starts_at!",
                      m.ends_at AS "ends_at!", m.place AS "place!",
                      m.brief_deadline AS "brief_deadline!", m.notice_at AS "notice_at?",
                      m.cancelled_at AS "cancelled_at?",
                      r.id AS "region_id?: i64", r.name AS "region_name?: String",
                      (EXISTS (SELECT 1 FROM representatives p
                               WHERE p.region_id = r.id AND p.discord_user_id = ?)
                       OR EXISTS (SELECT 1 FROM invitees i
                                  WHERE i.meeting_id = m.id AND i.region_id = r.id
                                    AND i.discord_user_id = ?)) AS "represents!: bool"
               FROM meetings m JOIN groups g ON g.id = m.group_id
               LEFT JOIN meeting_regions mr ON mr.meeting_id = m.id AND mr.region_id = ?
               LEFT JOIN regions r ON r.id = mr.region_id
               WHERE m.id = ?"#,
            user,
            user,
            region_id,
            meeting_id
        )
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::MeetingNotFound {
            named: Some(meeting_id.to_string()),
        })?;
        let region = match (row.region_id, row.region_name) {
            (Some(id), Some(name)) => Some((RegionRow { id, name }, row.represents)),
            _ => None,
        };
        let summary = MeetingSummary {
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
        };
        Ok((summary, region))
    }
}

/// A list SQLite aggregated as JSON.
fn parse_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Db(sqlx::Error::Decode(Box::new(e))))
}
