//! Group commit for briefs: one task writes every brief, committing all the saves that are
//! waiting in one transaction (one fsync). A save is answered only after its transaction has
//! committed. Each save first reads, in one statement, everything that could refuse it (an
//! unknown region) or make it a no-op (a retried interaction, the same text again), so a
//! refusal writes nothing and needs no savepoint; a database error in the writes fails the
//! whole batch, and every author gets their text back.

use super::{db_id, from_unix, StoreError};
use crate::domain::records::{Author, SavedBrief};
use crate::domain::BriefText;
use chrono::{DateTime, Utc};
use sqlx::sqlite::SqlitePool;
use sqlx::SqliteConnection;
use tokio::sync::{mpsc, oneshot};

/// The most saves committed together.
const MAX_BATCH: usize = 256;

/// One brief to save.
#[derive(Debug, Clone)]
pub struct BriefWrite {
    pub meeting_id: i64,
    pub region: String,
    pub text: BriefText,
    pub author: Author,
    pub now: DateTime<Utc>,
    pub interaction: Option<u64>,
}

type Job = (BriefWrite, oneshot::Sender<Result<SavedBrief, StoreError>>);

/// The handle to the writing task.
#[derive(Debug, Clone)]
pub struct BriefWriter {
    jobs: mpsc::Sender<Job>,
}

impl BriefWriter {
    /// Starts the writing task over `pool`.
    pub fn start(pool: SqlitePool) -> Self {
        let (jobs, rx) = mpsc::channel(4 * MAX_BATCH);
        tokio::spawn(run(pool, rx));
        Self { jobs }
    }

    /// Saves a brief; returns once it is committed.
    pub async fn save(&self, write: BriefWrite) -> Result<SavedBrief, StoreError> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send((write, reply))
            .await
            .map_err(|_| StoreError::Write("the brief writer has stopped".into()))?;
        answer
            .await
            .map_err(|_| StoreError::Write("the brief writer dropped the save".into()))?
    }
}

async fn run(pool: SqlitePool, mut rx: mpsc::Receiver<Job>) {
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let (writes, replies): (Vec<BriefWrite>, Vec<_>) = batch.into_iter().unzip();
        let results = write_batch(pool.clone(), writes).await;
        tracing::debug!(saves = replies.len(), "briefs committed together");
        for (reply, result) in replies.into_iter().zip(results) {
            let _ = reply.send(result);
        }
    }
}

/// Writes a batch in one `BEGIN IMMEDIATE` transaction, one savepoint per save.
async fn write_batch(
    pool: SqlitePool,
    batch: Vec<BriefWrite>,
) -> Vec<Result<SavedBrief, StoreError>> {
    let n = batch.len();
    let mut tx = match pool.begin_with("BEGIN IMMEDIATE").await {
        Ok(tx) => tx,
        Err(e) => return failed_all(n, &e),
    };
    let mut results = Vec::with_capacity(batch.len());
    for write in &batch {
        match write_one(&mut tx, write).await {
            // Some statement of the batch failed: nothing of it is kept.
            Err(StoreError::Db(e)) => return failed_all(n, &e),
            Err(StoreError::Busy(e)) => {
                return (0..n).map(|_| Err(StoreError::Busy(e.clone()))).collect()
            }
            other => results.push(other),
        }
    }
    match tx.commit().await {
        Ok(()) => results,
        Err(e) => failed_all(n, &e),
    }
}

/// The same failure for every save of a batch.
fn failed_all(n: usize, e: &sqlx::Error) -> Vec<Result<SavedBrief, StoreError>> {
    (0..n)
        .map(|_| {
            Err(if super::is_busy(e) {
                StoreError::Busy(e.to_string())
            } else {
                StoreError::Write(e.to_string())
            })
        })
        .collect()
}

/// One save: one read for the checks, then the current brief and its new revision.
async fn write_one(conn: &mut SqliteConnection, w: &BriefWrite) -> Result<SavedBrief, StoreError> {
    let interaction = w.interaction.map(db_id);
    let body = w.text.as_str();
    let checks = sqlx::query!(
        r#"SELECT r.id AS "region_id!: i64",
                  d.brief_id AS "retried_brief?: i64", d.revision AS "retried_revision?: i64",
                  d.saved_at AS "retried_at?: i64",
                  b.id AS "same_brief?: i64", b.updated_at AS "same_at?: i64",
                  (SELECT max(v.revision) FROM brief_revisions v WHERE v.brief_id = b.id)
                      AS "same_revision?: i64"
           FROM meeting_regions mr
           JOIN regions r ON r.id = mr.region_id
           LEFT JOIN brief_revisions d ON d.interaction_id = ?1
           LEFT JOIN briefs b ON b.meeting_id = mr.meeting_id AND b.region_id = r.id
                              AND b.withdrawn_at IS NULL AND b.body = ?2
           WHERE mr.meeting_id = ?3 AND r.name = ?4"#,
        interaction,
        body,
        w.meeting_id,
        w.region
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(checks) = checks else {
        let known = sqlx::query_scalar!(
            "SELECT r.name FROM meeting_regions mr JOIN regions r ON r.id = mr.region_id
             WHERE mr.meeting_id = ? ORDER BY mr.position",
            w.meeting_id
        )
        .fetch_all(&mut *conn)
        .await?;
        return Err(StoreError::UnknownRegion {
            region: w.region.clone(),
            known,
        });
    };
    // A retried interaction, or the same text again (a member re-sending after a lost
    // receipt): no new version.
    if let (Some(brief_id), Some(revision), Some(at)) = (
        checks.retried_brief,
        checks.retried_revision,
        checks.retried_at,
    ) {
        return Ok(SavedBrief {
            brief_id,
            revision,
            saved_at: from_unix(at),
            duplicate: true,
        });
    }
    if let (Some(brief_id), Some(revision), Some(at)) =
        (checks.same_brief, checks.same_revision, checks.same_at)
    {
        return Ok(SavedBrief {
            brief_id,
            revision,
            saved_at: from_unix(at),
            duplicate: true,
        });
    }
    let region_id = checks.region_id;
    let at = w.now.timestamp();
    let discord = w.author.discord_user_id.map(db_id);
    let brief_id = sqlx::query_scalar!(
        r#"INSERT INTO briefs (meeting_id, region_id, author, author_discord_id, body,
               created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (meeting_id, region_id) DO UPDATE SET author = excluded.author,
               author_discord_id = excluded.author_discord_id, body = excluded.body,
               updated_at = excluded.updated_at, withdrawn_at = NULL
           RETURNING id AS "id!: i64""#,
        w.meeting_id,
        region_id,
        w.author.name,
        discord,
        body,
        at,
        at,
    )
    .fetch_one(&mut *conn)
    .await?;
    let revision = sqlx::query_scalar!(
        r#"INSERT INTO brief_revisions (brief_id, revision, author, author_discord_id, body,
               saved_at, interaction_id)
           VALUES (?, (SELECT coalesce(max(revision), 0) + 1 FROM brief_revisions
                       WHERE brief_id = ?), ?, ?, ?, ?, ?)
           RETURNING revision AS "revision!: i64""#,
        brief_id,
        brief_id,
        w.author.name,
        discord,
        body,
        at,
        interaction,
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(SavedBrief {
        brief_id,
        revision,
        saved_at: w.now,
        duplicate: false,
    })
}
