//! Group commit for briefs: one task writes every brief, committing all the saves that are
//! waiting in one transaction (one fsync), each inside its own savepoint so that one bad save
//! does not undo the others. A save is answered only after its transaction has committed.

use super::briefs::{Author, SavedBrief};
use super::{db_id, from_unix, StoreError};
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
        if let Err(e) = sqlx::query("SAVEPOINT brief").execute(&mut *tx).await {
            results.push(Err(e.into()));
            continue;
        }
        let result = write_one(&mut tx, write).await;
        if result.is_err() {
            if let Err(e) = sqlx::query("ROLLBACK TO brief").execute(&mut *tx).await {
                results.push(Err(e.into()));
                continue;
            }
        }
        if let Err(e) = sqlx::query("RELEASE brief").execute(&mut *tx).await {
            results.push(Err(e.into()));
            continue;
        }
        results.push(result);
    }
    match tx.commit().await {
        Ok(()) => results,
        Err(e) => failed_all(n, &e),
    }
}

/// The same failure for every save of a batch.
fn failed_all(n: usize, e: &sqlx::Error) -> Vec<Result<SavedBrief, StoreError>> {
    (0..n)
        .map(|_| Err(StoreError::Write(e.to_string())))
        .collect()
}

/// One save: the duplicate check, the current brief, and the new revision.
async fn write_one(conn: &mut SqliteConnection, w: &BriefWrite) -> Result<SavedBrief, StoreError> {
    let interaction = w.interaction.map(db_id);
    if let Some(done) = sqlx::query!(
        "SELECT brief_id, revision, saved_at FROM brief_revisions WHERE interaction_id = ?",
        interaction
    )
    .fetch_optional(&mut *conn)
    .await?
    {
        return Ok(SavedBrief {
            brief_id: done.brief_id,
            revision: done.revision,
            saved_at: from_unix(done.saved_at),
            duplicate: true,
        });
    }
    let region_id = sqlx::query_scalar!(
        r#"SELECT r.id AS "id!: i64" FROM meeting_regions mr JOIN regions r ON r.id = mr.region_id
           WHERE mr.meeting_id = ? AND r.name = ?"#,
        w.meeting_id,
        w.region
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(region_id) = region_id else {
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
    let body = w.text.as_str();
    // The same text again (a member re-sending after a lost receipt) is no new version.
    if let Some(current) = sqlx::query!(
        r#"SELECT b.id AS "id!: i64", b.updated_at,
                  (SELECT max(revision) FROM brief_revisions v WHERE v.brief_id = b.id)
                      AS "revision!: i64"
           FROM briefs b
           WHERE b.meeting_id = ? AND b.region_id = ? AND b.withdrawn_at IS NULL AND b.body = ?"#,
        w.meeting_id,
        region_id,
        body
    )
    .fetch_optional(&mut *conn)
    .await?
    {
        return Ok(SavedBrief {
            brief_id: current.id,
            revision: current.revision,
            saved_at: from_unix(current.updated_at),
            duplicate: true,
        });
    }
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
