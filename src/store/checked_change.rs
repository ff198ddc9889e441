//! A change written only if the meeting is still as it was previewed: the check and the write
//! in one `BEGIN IMMEDIATE` transaction, so two writers (the bot and `roundtable import`, in
//! two processes) cannot both pass the check against the same meeting.

use super::changes::{log_change, take_pending, NewChange};
use super::meeting_import::write_plan;
use super::meeting_lookups::plan_on;
use super::{Store, StoreError};
use crate::domain::records::{CurrentMeeting, ImportOutcome};
use crate::domain::MeetingPlan;
use sqlx::SqliteConnection;

/// The meeting a change is checked against.
#[derive(Debug, Clone, Copy)]
pub enum ChangeTarget<'a> {
    Id(i64),
    /// A meeting that may not exist yet (an import or a new meeting).
    Key(&'a str),
}

/// What a checked change writes.
#[derive(Debug, Clone, Copy)]
pub enum ChangeWrite<'a> {
    /// The whole plan, created or updated in place by its key.
    Plan(&'a MeetingPlan),
    Cancel,
    /// The meeting is on again; the messages skipped because it was cancelled are due again.
    Restore,
}

/// What came of a checked change.
#[derive(Debug)]
pub enum Checked<E> {
    Made(ImportOutcome),
    /// The previewed change is no longer there (confirmed or discarded), or its meeting is gone.
    Gone,
    /// The check refused it; the previewed change, if any, is taken out all the same.
    Refused(E),
}

/// The skip reason the scheduler records for a message of a cancelled meeting.
const SKIPPED_AS_CANCELLED: &str = "Cancelled";

pub(super) async fn current_on(
    conn: &mut SqliteConnection,
    target: ChangeTarget<'_>,
) -> Result<Option<CurrentMeeting>, StoreError> {
    let row = match target {
        ChangeTarget::Id(id) => sqlx::query!(
            r#"SELECT id AS "id!: i64", cancelled_at IS NOT NULL AS "cancelled!: bool"
               FROM meetings WHERE id = ?"#,
            id
        )
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| (r.id, r.cancelled)),
        ChangeTarget::Key(key) => sqlx::query!(
            r#"SELECT id AS "id!: i64", cancelled_at IS NOT NULL AS "cancelled!: bool"
               FROM meetings WHERE key = ?"#,
            key
        )
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| (r.id, r.cancelled)),
    };
    let Some((id, cancelled)) = row else {
        return Ok(None);
    };
    let plan = plan_on(conn, id).await?;
    Ok(Some(CurrentMeeting {
        id,
        plan,
        cancelled,
    }))
}

/// Cancels a meeting (keeping the time of an earlier cancellation).
pub(super) async fn cancel_on(
    conn: &mut SqliteConnection,
    id: i64,
    at: i64,
) -> Result<(), StoreError> {
    sqlx::query!(
        "UPDATE meetings SET cancelled_at = coalesce(cancelled_at, ?) WHERE id = ?",
        at,
        id
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Puts a cancelled meeting back on: the messages skipped because it was cancelled are due
/// again.
pub(super) async fn restore_on(conn: &mut SqliteConnection, id: i64) -> Result<(), StoreError> {
    sqlx::query!("UPDATE meetings SET cancelled_at = NULL WHERE id = ?", id)
        .execute(&mut *conn)
        .await?;
    sqlx::query!(
        "UPDATE scheduled_messages SET state = 'due', last_error = NULL
         WHERE meeting_id = ? AND state = 'skipped' AND last_error = ?",
        id,
        SKIPPED_AS_CANCELLED
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl Store {
    /// The meeting as it stands now.
    pub async fn current_meeting(
        &self,
        target: ChangeTarget<'_>,
    ) -> Result<Option<CurrentMeeting>, StoreError> {
        current_on(&mut *self.pool.acquire().await?, target).await
    }

    /// In one write transaction: takes out the previewed change `pending` (if given), reads
    /// the meeting, and writes `write` with its log entry (none for `change: None`) only if
    /// `check` passes on the meeting as it is then.
    pub async fn apply_checked<E>(
        &self,
        pending: Option<i64>,
        target: ChangeTarget<'_>,
        check: impl FnOnce(Option<&CurrentMeeting>) -> Result<(), E>,
        write: ChangeWrite<'_>,
        change: Option<&NewChange<'_>>,
    ) -> Result<Checked<E>, StoreError> {
        let mut tx = self.begin_write().await?;
        if let Some(id) = pending {
            if !take_pending(&mut tx, id).await? {
                return Ok(Checked::Gone);
            }
        }
        let current = current_on(&mut tx, target).await?;
        if let Err(e) = check(current.as_ref()) {
            tx.commit().await?;
            return Ok(Checked::Refused(e));
        }
        let outcome = match (write, &current) {
            (ChangeWrite::Plan(plan), _) => write_plan(&mut tx, plan).await?,
            (ChangeWrite::Cancel, Some(c)) => {
                let at = change.map_or(0, |c| c.at.timestamp());
                cancel_on(&mut tx, c.id, at).await?;
                ImportOutcome {
                    meeting_id: c.id,
                    created: false,
                }
            }
            (ChangeWrite::Restore, Some(c)) => {
                restore_on(&mut tx, c.id).await?;
                ImportOutcome {
                    meeting_id: c.id,
                    created: false,
                }
            }
            (ChangeWrite::Cancel | ChangeWrite::Restore, None) => return Ok(Checked::Gone),
        };
        if let Some(change) = change {
            log_change(&mut tx, outcome.meeting_id, change).await?;
        }
        tx.commit().await?;
        Ok(Checked::Made(outcome))
    }
}
