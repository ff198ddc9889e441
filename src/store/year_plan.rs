//! A group's meeting plan in the store: its standing agenda, how it numbers its items, the
//! meetings a year's plan made, and the whole plan written in one transaction.

use super::changes::{log_change, take_pending, NewChange};
use super::checked_change::{cancel_on, current_on, restore_on, ChangeTarget};
use super::meeting_import::write_plan;
use super::standing_agenda::write_template;
use super::{from_unix, Store, StoreError};
use crate::domain::local_time::{to_utc, OSLO};
use crate::domain::records::CurrentMeeting;
use crate::domain::standing::{AgendaNumbering, SakNumbering, Template};
use crate::domain::MeetingPlan;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sqlx::SqliteConnection;

/// A meeting of a group's plan as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanMeetingRow {
    pub id: i64,
    pub key: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub cancelled: bool,
}

/// One meeting's part of a plan's write.
#[derive(Debug, Clone, Copy)]
pub enum PlanStep<'a> {
    /// Created, or updated in place by its key (and put back on, if it was cancelled).
    Write(&'a MeetingPlan),
    /// Dropped from the plan: cancelled.
    Cancel(&'a str),
}

impl PlanStep<'_> {
    pub fn key(&self) -> &str {
        match self {
            Self::Write(plan) => &plan.key,
            Self::Cancel(key) => key,
        }
    }
}

/// What came of writing a plan.
#[derive(Debug)]
pub enum PlanChecked<E> {
    /// Written: the ids of the meetings written or cancelled, in the steps' order.
    Made(Vec<i64>),
    /// The previewed plan is no longer there (confirmed or discarded).
    Gone,
    /// A meeting's check refused it; nothing is written.
    Refused(E),
}

/// The first instant of `year` in Oslo, for numbering per year.
fn year_start(year: i32) -> i64 {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .and_then(|d| to_utc(d.and_time(chrono::NaiveTime::MIN), OSLO).ok())
        .map_or(0, |t| t.timestamp())
}

/// How the items of the meeting starting at `starts_at` in group `group_id` are numbered:
/// per year, the items of the group's earlier meetings (not cancelled) of the same Oslo year
/// come first.
pub(super) async fn numbering_on(
    conn: &mut SqliteConnection,
    meeting_id: i64,
    starts_at: DateTime<Utc>,
) -> Result<AgendaNumbering, StoreError> {
    let code = sqlx::query_scalar!(
        "SELECT g.sak_numbering FROM meetings m JOIN groups g ON g.id = m.group_id
         WHERE m.id = ?",
        meeting_id
    )
    .fetch_one(&mut *conn)
    .await?;
    numbering_of(conn, &code, meeting_id, starts_at).await
}

/// How a meeting's items are numbered, its group's numbering (`code`) known: per year, the
/// items of the group's earlier meetings that year are counted (one statement); per meeting,
/// nothing is read.
pub(super) async fn numbering_of(
    conn: &mut SqliteConnection,
    code: &str,
    meeting_id: i64,
    starts_at: DateTime<Utc>,
) -> Result<AgendaNumbering, StoreError> {
    let numbering = SakNumbering::from_code(code).unwrap_or_default();
    let year = starts_at.with_timezone(&OSLO).year();
    if numbering == SakNumbering::PerMeeting {
        return Ok(AgendaNumbering {
            numbering,
            year,
            items_before: 0,
        });
    }
    let (from, starts) = (year_start(year), starts_at.timestamp());
    let before = sqlx::query_scalar!(
        r#"SELECT count(*) AS "count!: i64" FROM agenda_items a
           JOIN meetings m ON m.id = a.meeting_id
           WHERE m.group_id = (SELECT group_id FROM meetings WHERE id = ?)
             AND m.cancelled_at IS NULL AND m.starts_at >= ?
             AND (m.starts_at < ? OR (m.starts_at = ? AND m.id < ?))"#,
        meeting_id,
        from,
        starts,
        starts,
        meeting_id
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(AgendaNumbering {
        numbering,
        year,
        items_before: u32::try_from(before).unwrap_or_default(),
    })
}

impl Store {
    /// The group's numbering (per meeting if there is no such group).
    pub async fn sak_numbering(&self, group_slug: &str) -> Result<SakNumbering, StoreError> {
        let code = sqlx::query_scalar!(
            "SELECT sak_numbering FROM groups WHERE slug = ?",
            group_slug
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(code
            .as_deref()
            .and_then(SakNumbering::from_code)
            .unwrap_or_default())
    }

    /// The meetings of the group's plan for `year` (all its meetings that year, with
    /// `plan_only: false`), by start.
    pub async fn plan_meetings(
        &self,
        group_slug: &str,
        year: i32,
        plan_only: bool,
    ) -> Result<Vec<PlanMeetingRow>, StoreError> {
        let (from, to) = (year_start(year), year_start(year + 1));
        let rows = sqlx::query!(
            r#"SELECT m.id AS "id!: i64", m.key, m.starts_at, m.ends_at,
                      m.cancelled_at IS NOT NULL AS "cancelled!: bool"
               FROM meetings m JOIN groups g ON g.id = m.group_id
               WHERE g.slug = ? AND m.starts_at >= ? AND m.starts_at < ?
                 AND (m.plan_year = ? OR NOT ?)
               ORDER BY m.starts_at, m.id"#,
            group_slug,
            from,
            to,
            year,
            plan_only
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| PlanMeetingRow {
                id: r.id,
                key: r.key,
                starts_at: from_unix(r.starts_at),
                ends_at: from_unix(r.ends_at),
                cancelled: r.cancelled,
            })
            .collect())
    }

    /// The ids of the group's meetings that year's plan made (cancelled ones too), by start.
    pub async fn plan_meeting_ids(
        &self,
        group_slug: &str,
        year: i32,
    ) -> Result<Vec<i64>, StoreError> {
        let rows = sqlx::query_scalar!(
            r#"SELECT m.id AS "id!: i64" FROM meetings m JOIN groups g ON g.id = m.group_id
               WHERE g.slug = ? AND m.plan_year = ? ORDER BY m.starts_at, m.id"#,
            group_slug,
            year
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows)
    }

    /// Writes a year's plan in one `BEGIN IMMEDIATE` transaction: takes out the previewed
    /// change `pending` (if given); checks every meeting the plan touches with `check` (as
    /// it stands now), and only if all pass writes each step with its log entry, the group's
    /// template (if given) and numbering (if given). The ids of the meetings written, in order.
    #[allow(clippy::too_many_arguments)]
    pub async fn apply_year_plan<E>(
        &self,
        pending: Option<i64>,
        year: i32,
        steps: &[(PlanStep<'_>, Option<NewChange<'_>>)],
        group_slug: &str,
        template: Option<&Template>,
        numbering: Option<SakNumbering>,
        check: impl Fn(&str, Option<&CurrentMeeting>) -> Result<(), E>,
    ) -> Result<PlanChecked<E>, StoreError> {
        let mut tx = self.begin_write().await?;
        if let Some(id) = pending {
            if !take_pending(&mut tx, id).await? {
                return Ok(PlanChecked::Gone);
            }
        }
        let mut currents = Vec::with_capacity(steps.len());
        for (step, _) in steps {
            let current = current_on(&mut tx, ChangeTarget::Key(step.key())).await?;
            if let Err(e) = check(step.key(), current.as_ref()) {
                tx.commit().await?;
                return Ok(PlanChecked::Refused(e));
            }
            currents.push(current);
        }
        let mut written = Vec::with_capacity(steps.len());
        for ((step, change), current) in steps.iter().zip(&currents) {
            let at = change.as_ref().map_or(0, |c| c.at.timestamp());
            let id = match (step, current) {
                (PlanStep::Write(plan), _) => {
                    let id = write_plan(&mut tx, plan).await?.meeting_id;
                    if current.as_ref().is_some_and(|c| c.cancelled) {
                        restore_on(&mut tx, id).await?;
                    }
                    sqlx::query!("UPDATE meetings SET plan_year = ? WHERE id = ?", year, id)
                        .execute(&mut *tx)
                        .await?;
                    id
                }
                (PlanStep::Cancel(_), Some(c)) => {
                    cancel_on(&mut tx, c.id, at).await?;
                    c.id
                }
                (PlanStep::Cancel(_), None) => continue,
            };
            if let Some(change) = change {
                log_change(&mut tx, id, change).await?;
            }
            written.push(id);
        }
        if let Some(template) = template {
            write_template(&mut tx, group_slug, template).await?;
        }
        if let Some(numbering) = numbering {
            let code = numbering.code();
            sqlx::query!(
                "UPDATE groups SET sak_numbering = ? WHERE slug = ?",
                code,
                group_slug
            )
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(PlanChecked::Made(written))
    }
}
