//! The minutes in the store: recorded outcomes, raised matters, the people the minutes list
//! (the draft is in `minutes_draft.rs`, the comment round in `minutes_round.rs`, the approved
//! versions in `minutes_versions.rs`). Every write refuses (returns false) once the minutes
//! are approved, checked in its own transaction, and logs its change there.

use super::changes::log_change;
use super::{from_unix, NewChange, Store, StoreError};
use crate::domain::minutes::{Conclusion, ConclusionKind, Outcome, Raised};
use crate::domain::minutes_records::{MinutesPeople, OutcomeRecord, RaisedRecord};
use sqlx::{Sqlite, Transaction};

/// Whether the meeting's minutes are approved (and so locked), read in the transaction.
pub(super) async fn is_locked(
    tx: &mut Transaction<'_, Sqlite>,
    meeting_id: i64,
) -> Result<bool, StoreError> {
    Ok(sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!: i64" FROM minutes_versions WHERE meeting_id = ?"#,
        meeting_id
    )
    .fetch_one(&mut **tx)
    .await?
        > 0)
}

/// Logs the change to the minutes in their transaction, and commits it.
pub(super) async fn commit_logged(
    mut tx: Transaction<'static, Sqlite>,
    meeting_id: i64,
    change: &NewChange<'_>,
) -> Result<(), StoreError> {
    log_change(&mut tx, meeting_id, change).await?;
    tx.commit().await?;
    Ok(())
}

/// An outcome as its columns store it: the account, the conclusion's kind code and text.
fn outcome_columns(outcome: &Outcome) -> (Option<&str>, Option<&'static str>, Option<&str>) {
    let conclusion = outcome.conclusion.as_ref();
    (
        outcome.account.as_deref(),
        conclusion.map(|c| c.kind.code()),
        conclusion.map(|c| c.text.as_str()),
    )
}

/// An outcome read back from its columns (no conclusion unless both kind and text are there).
fn outcome_from(account: Option<String>, kind: Option<String>, text: Option<String>) -> Outcome {
    let conclusion = || {
        Some(Conclusion {
            kind: ConclusionKind::from_code(&kind?)?,
            text: text?,
        })
    };
    Outcome {
        account,
        conclusion: conclusion(),
    }
}

impl Store {
    /// A write transaction on the meeting's minutes, or `None` once they are approved (and so
    /// locked).
    pub(super) async fn begin_unlocked(
        &self,
        meeting_id: i64,
    ) -> Result<Option<Transaction<'static, Sqlite>>, StoreError> {
        let mut tx = self.begin_write().await?;
        Ok((!is_locked(&mut tx, meeting_id).await?).then_some(tx))
    }

    /// Records an agenda item's outcome (replacing one recorded before); false if locked.
    pub async fn save_outcome(
        &self,
        meeting_id: i64,
        item_number: u32,
        outcome: &Outcome,
        change: &NewChange<'_>,
    ) -> Result<bool, StoreError> {
        let Some(mut tx) = self.begin_unlocked(meeting_id).await? else {
            return Ok(false);
        };
        let (account, kind, text) = outcome_columns(outcome);
        let at = change.at.timestamp();
        sqlx::query!(
            "INSERT INTO minutes_outcomes (meeting_id, item_number, account, conclusion_kind,
                 conclusion_text, recorded_at, recorded_by)
             VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (meeting_id, item_number) DO UPDATE SET account = excluded.account,
                 conclusion_kind = excluded.conclusion_kind,
                 conclusion_text = excluded.conclusion_text,
                 recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by",
            meeting_id,
            item_number,
            account,
            kind,
            text,
            at,
            change.actor_name
        )
        .execute(&mut *tx)
        .await?;
        commit_logged(tx, meeting_id, change).await?;
        Ok(true)
    }

    /// The outcomes recorded for a meeting, by item number.
    pub async fn outcomes(&self, meeting_id: i64) -> Result<Vec<OutcomeRecord>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT item_number AS "number!: i64", account, conclusion_kind, conclusion_text,
                      recorded_at, recorded_by
               FROM minutes_outcomes WHERE meeting_id = ? ORDER BY item_number"#,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| OutcomeRecord {
                item_number: u32::try_from(r.number).unwrap_or_default(),
                outcome: outcome_from(r.account, r.conclusion_kind, r.conclusion_text),
                recorded_at: from_unix(r.recorded_at),
                recorded_by: r.recorded_by,
            })
            .collect())
    }

    /// Adds a matter raised under "Eventuelt"; false if locked.
    pub async fn add_raised(
        &self,
        meeting_id: i64,
        raised: &Raised,
        change: &NewChange<'_>,
    ) -> Result<bool, StoreError> {
        let Some(mut tx) = self.begin_unlocked(meeting_id).await? else {
            return Ok(false);
        };
        let (account, kind, text) = outcome_columns(&raised.outcome);
        let at = change.at.timestamp();
        sqlx::query!(
            "INSERT INTO minutes_raised (meeting_id, title, account, conclusion_kind,
                 conclusion_text, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            meeting_id,
            raised.title,
            account,
            kind,
            text,
            at,
            change.actor_name
        )
        .execute(&mut *tx)
        .await?;
        commit_logged(tx, meeting_id, change).await?;
        Ok(true)
    }

    /// The matters raised under "Eventuelt", in the order recorded.
    pub async fn raised(&self, meeting_id: i64) -> Result<Vec<RaisedRecord>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT id AS "id!: i64", title, account, conclusion_kind, conclusion_text
               FROM minutes_raised WHERE meeting_id = ? ORDER BY id"#,
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| RaisedRecord {
                id: r.id,
                raised: Raised {
                    title: r.title,
                    outcome: outcome_from(r.account, r.conclusion_kind, r.conclusion_text),
                },
            })
            .collect())
    }

    /// Replaces the people the minutes list besides the invitees; false if locked.
    pub async fn set_minutes_people(
        &self,
        meeting_id: i64,
        people: &MinutesPeople,
        change: &NewChange<'_>,
    ) -> Result<bool, StoreError> {
        let Some(mut tx) = self.begin_unlocked(meeting_id).await? else {
            return Ok(false);
        };
        sqlx::query!(
            "DELETE FROM minutes_people WHERE meeting_id = ?",
            meeting_id
        )
        .execute(&mut *tx)
        .await?;
        let taker = people.minute_taker.iter();
        let lists = [
            ("secretariat", people.secretariat.iter().collect::<Vec<_>>()),
            ("observer", people.observers.iter().collect()),
            ("minute_taker", taker.collect()),
        ];
        for (role, names) in lists {
            for (position, name) in (0_i64..).zip(names) {
                sqlx::query!(
                    "INSERT INTO minutes_people (meeting_id, role, position, name)
                     VALUES (?, ?, ?, ?)",
                    meeting_id,
                    role,
                    position,
                    name
                )
                .execute(&mut *tx)
                .await?;
            }
        }
        commit_logged(tx, meeting_id, change).await?;
        Ok(true)
    }

    /// The people the minutes list besides the invitees.
    pub async fn minutes_people(&self, meeting_id: i64) -> Result<MinutesPeople, StoreError> {
        let rows = sqlx::query!(
            "SELECT role, name FROM minutes_people WHERE meeting_id = ? ORDER BY role, position",
            meeting_id
        )
        .fetch_all(&self.pool)
        .await?;
        let mut people = MinutesPeople::default();
        for r in rows {
            match r.role.as_str() {
                "secretariat" => people.secretariat.push(r.name),
                "observer" => people.observers.push(r.name),
                _ => people.minute_taker = Some(r.name),
            }
        }
        Ok(people)
    }
}
