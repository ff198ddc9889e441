//! Attendance in the store: answers to the notice, deputies, and who was there.

use super::changes::log_change;
use super::{db_id, discord_id, NewChange, Store, StoreError};
use crate::domain::attendance::{AttendanceEntry, Rsvp};
use crate::domain::records::InviteeRef;
use crate::domain::Invitee;
use chrono::{DateTime, Utc};

impl Store {
    /// The invitee of a meeting that a Discord user is, if any.
    pub async fn invitee_of_user(
        &self,
        meeting_id: i64,
        user: u64,
    ) -> Result<Option<InviteeRef>, StoreError> {
        let user = db_id(user);
        let row = sqlx::query!(
            r#"SELECT id AS "id!: i64", first_name, last_name, organisation FROM invitees
               WHERE meeting_id = ? AND discord_user_id = ? ORDER BY position LIMIT 1"#,
            meeting_id,
            user
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| InviteeRef {
            id: r.id,
            name: format!("{} {}", r.first_name, r.last_name),
            organisation: r.organisation,
        }))
    }

    /// The invitees whose full name (or "name, organisation") matches `name` exactly.
    pub async fn invitees_named(
        &self,
        meeting_id: i64,
        name: &str,
    ) -> Result<Vec<InviteeRef>, StoreError> {
        let name = name.trim();
        let rows = sqlx::query!(
            r#"SELECT id AS "id!: i64", first_name, last_name, organisation FROM invitees
               WHERE meeting_id = ?1
                 AND (first_name || ' ' || last_name = ?2
                      OR first_name || ' ' || last_name || ', ' || organisation = ?2)
               ORDER BY position"#,
            meeting_id,
            name
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| InviteeRef {
                id: r.id,
                name: format!("{} {}", r.first_name, r.last_name),
                organisation: r.organisation,
            })
            .collect())
    }

    /// Links a Discord user to an invitee (their answers and briefs then count as theirs).
    pub async fn link_invitee(&self, invitee_id: i64, user: u64) -> Result<(), StoreError> {
        self.link_invitee_logged(invitee_id, user, None).await
    }

    /// The same, with its line in the change log of the invitee's meeting.
    pub async fn link_invitee_logged(
        &self,
        invitee_id: i64,
        user: u64,
        change: Option<&NewChange<'_>>,
    ) -> Result<(), StoreError> {
        let user = db_id(user);
        let mut tx = self.begin_write().await?;
        let meeting = sqlx::query_scalar!(
            r#"UPDATE invitees SET discord_user_id = ? WHERE id = ?
               RETURNING meeting_id AS "meeting!: i64""#,
            user,
            invitee_id
        )
        .fetch_optional(&mut *tx)
        .await?;
        if let (Some(meeting), Some(change)) = (meeting, change) {
            log_change(&mut tx, meeting, change).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Records an invitee's answer to the notice (replacing an earlier one).
    pub async fn record_rsvp(
        &self,
        invitee_id: i64,
        rsvp: &Rsvp,
        by: u64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let (answer, at, by) = (rsvp.code(), now.timestamp(), db_id(by));
        let (deputy, deputy_org) = match rsvp {
            Rsvp::Deputy { name, organisation } => {
                (Some(name.as_str()), Some(organisation.as_str()))
            }
            _ => (None, None),
        };
        sqlx::query!(
            "INSERT INTO attendance (invitee_id, answer, deputy_name, deputy_organisation,
                 answered_at, answered_by)
             VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (invitee_id) DO UPDATE SET answer = excluded.answer,
                 deputy_name = excluded.deputy_name,
                 deputy_organisation = excluded.deputy_organisation,
                 answered_at = excluded.answered_at, answered_by = excluded.answered_by",
            invitee_id,
            answer,
            deputy,
            deputy_org,
            at,
            by
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Records a Discord user's answer for the (first) invitee of the meeting they are, in one
    /// statement; returns that invitee, or `None` (nothing written) when they are none.
    pub async fn record_rsvp_of_user(
        &self,
        meeting_id: i64,
        user: u64,
        rsvp: &Rsvp,
        now: DateTime<Utc>,
    ) -> Result<Option<InviteeRef>, StoreError> {
        let (answer, at, by) = (rsvp.code(), now.timestamp(), db_id(user));
        let (deputy, deputy_org) = match rsvp {
            Rsvp::Deputy { name, organisation } => {
                (Some(name.as_str()), Some(organisation.as_str()))
            }
            _ => (None, None),
        };
        let row = sqlx::query!(
            r#"INSERT INTO attendance (invitee_id, answer, deputy_name, deputy_organisation,
                   answered_at, answered_by)
               SELECT id, ?, ?, ?, ?, ? FROM invitees
               WHERE meeting_id = ? AND discord_user_id = ? ORDER BY position LIMIT 1
               ON CONFLICT (invitee_id) DO UPDATE SET answer = excluded.answer,
                   deputy_name = excluded.deputy_name,
                   deputy_organisation = excluded.deputy_organisation,
                   answered_at = excluded.answered_at, answered_by = excluded.answered_by
               RETURNING invitee_id AS "id!: i64",
                   (SELECT first_name || ' ' || last_name FROM invitees
                    WHERE id = invitee_id) AS "name!: String",
                   (SELECT organisation FROM invitees WHERE id = invitee_id)
                       AS "organisation!: String""#,
            answer,
            deputy,
            deputy_org,
            at,
            by,
            meeting_id,
            by
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| InviteeRef {
            id: r.id,
            name: r.name,
            organisation: r.organisation,
        }))
    }

    /// Records whether an invitee was at the meeting.
    pub async fn record_presence(
        &self,
        invitee_id: i64,
        present: bool,
        by: Option<u64>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let (at, by) = (now.timestamp(), by.map(db_id));
        sqlx::query!(
            "INSERT INTO attendance (invitee_id, present, marked_at, marked_by)
             VALUES (?, ?, ?, ?)
             ON CONFLICT (invitee_id) DO UPDATE SET present = excluded.present,
                 marked_at = excluded.marked_at, marked_by = excluded.marked_by",
            invitee_id,
            present,
            at,
            by
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Every invitee of the meeting with their answer and presence, in list order.
    pub async fn attendance(&self, meeting_id: i64) -> Result<Vec<AttendanceEntry>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT i.id AS "id!: i64", i.first_name, i.last_name, i.organisation,
                      r.name AS "region?", i.discord_user_id, i.key, a.answer AS "answer?",
                      a.deputy_name AS "deputy_name?",
                      a.deputy_organisation AS "deputy_organisation?",
                      a.present AS "present?"
               FROM invitees i
               LEFT JOIN regions r ON r.id = i.region_id
               LEFT JOIN attendance a ON a.invitee_id = i.id
               WHERE i.meeting_id = ? ORDER BY i.position"#,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| AttendanceEntry {
                invitee_id: r.id,
                invitee: Invitee {
                    first_name: r.first_name,
                    last_name: r.last_name,
                    organisation: r.organisation,
                    region: r.region,
                    discord_user_id: r.discord_user_id.map(discord_id),
                    key: r.key,
                },
                rsvp: match r.answer.as_deref() {
                    Some("attending") => Some(Rsvp::Attending),
                    Some("absent") => Some(Rsvp::Absent),
                    Some("deputy") => Some(Rsvp::Deputy {
                        name: r.deputy_name.unwrap_or_default(),
                        organisation: r.deputy_organisation.unwrap_or_default(),
                    }),
                    _ => None,
                },
                present: r.present.map(|p| p != 0),
            })
            .collect())
    }
}
