//! The SQLite store: opening and migrating the database, and the one place SQL lives.

mod attendance;
mod backup;
mod brief_writer;
mod briefs;
mod changes;
mod checked_change;
mod direct_messages;
mod follow_ups;
mod groups;
mod meeting_agenda;
mod meeting_import;
mod meeting_lookups;
mod meetings;
mod message_parts;
mod minutes;
mod minutes_draft;
mod minutes_round;
mod minutes_versions;
mod representatives;
mod schedule;
mod schedule_plan;
mod standing_agenda;
mod year_plan;

pub use backup::{BackupError, BackupInfo};
pub use changes::{NewChange, PendingRow};
pub use checked_change::{ChangeTarget, ChangeWrite, Checked};
pub use follow_ups::{FollowUpActor, NewFollowUp};
pub use minutes_draft::NewParagraph;
pub use minutes_round::CorrectionWrite;
pub use minutes_versions::NewVersion;
pub use year_plan::{PlanChecked, PlanMeetingRow, PlanStep};

use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{Sqlite, Transaction};
use std::str::FromStr;
use std::time::Duration;

/// How long a statement waits for another writer (or a connection of the pool) before it
/// gives up: short enough that an interaction that writes before it answers is answered
/// within Discord's 3 seconds ("busy, try again" at worst).
const BUSY_TIMEOUT: Duration = Duration::from_secs(2);

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database URL {url:?} is not valid: {source}")]
    BadUrl { url: String, source: sqlx::Error },
    #[error("cannot open the database {url}: {source}")]
    Open { url: String, source: sqlx::Error },
    #[error("cannot bring the database {url} up to date: {source}")]
    Migrate {
        url: String,
        source: sqlx::migrate::MigrateError,
    },
    /// No meeting has this id or key; or, for `named: None`, there is no meeting to default to.
    #[error("no meeting matches {named:?}")]
    MeetingNotFound { named: Option<String> },
    #[error("{region:?} is not a region of this meeting")]
    UnknownRegion { region: String, known: Vec<String> },
    #[error("database error: {0}")]
    Db(sqlx::Error),
    /// Another writer held the database longer than [`BUSY_TIMEOUT`].
    #[error("the database is busy: {0}")]
    Busy(String),
    /// A brief could not be committed (the message of the underlying error).
    #[error("cannot save: {0}")]
    Write(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        if is_busy(&e) {
            Self::Busy(e.to_string())
        } else {
            Self::Db(e)
        }
    }
}

/// Whether SQLite gave up waiting for another writer (`SQLITE_BUSY`, `SQLITE_LOCKED` and
/// their extended codes), or no connection of the pool came free in time.
pub(crate) fn is_busy(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut => true,
        sqlx::Error::Database(db) => db
            .code()
            .and_then(|c| c.parse::<i64>().ok())
            .is_some_and(|c| matches!(c & 0xff, 5 | 6)),
        _ => false,
    }
}

/// Creates a missing database file readable and writable by its owner alone (`0600`; SQLite
/// gives its `-wal` and `-shm` files the same): it holds what members wrote before the
/// secretariat has seen it. An existing file is left as it is.
fn create_private(path: &std::path::Path) -> std::io::Result<()> {
    let memory = path.as_os_str().is_empty() || path.as_os_str() == ":memory:";
    if memory || path.exists() {
        return Ok(());
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        // A missing folder: SQLite says so itself, with its own words the user is shown.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// The database: a pool of SQLite connections in WAL mode.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    writer: brief_writer::BriefWriter,
}

impl Store {
    /// Opens (creating if missing) the database at `url`, e.g. `sqlite://roundtable.db`, and
    /// applies the migrations it lacks.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|source| StoreError::BadUrl {
                url: url.to_owned(),
                source,
            })?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(BUSY_TIMEOUT);
        create_private(options.get_filename()).map_err(|e| StoreError::Open {
            url: url.to_owned(),
            source: sqlx::Error::Io(e),
        })?;
        // No ping before each acquire: a connection to a local file does not go stale, and
        // each ping is a round trip to the connection's thread (two context switches, the
        // largest part of a quick read's cost; see README, "The bot's own cost").
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .test_before_acquire(false)
            .acquire_timeout(BUSY_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(|source| StoreError::Open {
                url: url.to_owned(),
                source,
            })?;
        sqlx::migrate!("./migrations")
            .run(&pool)
            .await
            .map_err(|source| StoreError::Migrate {
                url: url.to_owned(),
                source,
            })?;
        // A file the bot may read but not write (read-only, or owned by another user) would
        // only fail at the first brief: write its header once (rolled back), so start-up
        // refuses it. (`BEGIN IMMEDIATE` alone succeeds on a read-only file in WAL mode.)
        let probe = |source| StoreError::Open {
            url: url.to_owned(),
            source,
        };
        let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.map_err(probe)?;
        let version: i64 = sqlx::query_scalar("PRAGMA user_version")
            .fetch_one(&mut *tx)
            .await
            .map_err(probe)?;
        sqlx::query(&format!("PRAGMA user_version = {version}"))
            .execute(&mut *tx)
            .await
            .map_err(probe)?;
        tx.rollback().await.map_err(probe)?;
        let writer = brief_writer::BriefWriter::start(pool.clone());
        Ok(Self { pool, writer })
    }

    /// Closes every connection, after the statements under way have finished.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Starts a write transaction that takes the write lock at once (`BEGIN IMMEDIATE`), so
    /// two writers never deadlock upgrading a read lock.
    async fn begin_write(&self) -> Result<Transaction<'static, Sqlite>, StoreError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }
}

/// A Discord id as SQLite stores it (snowflakes fit in 63 bits).
fn db_id(id: u64) -> i64 {
    i64::try_from(id).unwrap_or(i64::MAX)
}

/// A Discord id read back from SQLite.
fn discord_id(id: i64) -> u64 {
    u64::try_from(id).unwrap_or_default()
}

fn from_unix(seconds: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(seconds, 0).unwrap_or_default()
}
