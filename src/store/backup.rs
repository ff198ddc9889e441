//! A consistent copy of the live database (`VACUUM INTO`, one read transaction, so writers
//! in this or another process go on meanwhile), checked and then written owner-only
//! through a temporary file renamed into place.

use super::Store;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};
use std::path::{Path, PathBuf};

/// Why a backup could not be made.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The backup file (or its temporary file beside it) could not be created or moved.
    #[error("cannot write the backup {path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    /// SQLite could not copy the database, or the copy failed its check.
    #[error("cannot copy the database to {path}: {reason}")]
    Copy { path: PathBuf, reason: String },
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    pub path: PathBuf,
    pub bytes: u64,
}

impl Store {
    /// Copies the database to `path` as it stands at one moment, while others go on writing.
    /// The copy is written to a temporary file in the same folder (mode 0600), checked with
    /// `PRAGMA quick_check`, synced, and renamed over `path`; on failure nothing is left.
    pub async fn backup_to(&self, path: &Path) -> Result<BackupInfo, BackupError> {
        let temporary = temporary_beside(path);
        let result = self.write_checked_copy(&temporary, path).await;
        if result.is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
        result
    }

    async fn write_checked_copy(
        &self,
        temporary: &Path,
        path: &Path,
    ) -> Result<BackupInfo, BackupError> {
        let file_error = |source| BackupError::File {
            path: path.to_owned(),
            source,
        };
        let copy_error = |reason: String| BackupError::Copy {
            path: path.to_owned(),
            reason,
        };
        // An empty file, owner-only before a byte is in it; VACUUM INTO fills an empty file.
        create_private(temporary).map_err(file_error)?;
        let target = temporary
            .to_str()
            .ok_or_else(|| copy_error("the path is not UTF-8".into()))?;
        sqlx::query("VACUUM INTO ?")
            .bind(target)
            .execute(&self.pool)
            .await
            .map_err(|e| copy_error(e.to_string()))?;
        check(temporary).await.map_err(copy_error)?;
        let file = std::fs::File::open(temporary).map_err(file_error)?;
        file.sync_all().map_err(file_error)?;
        let bytes = file.metadata().map_err(file_error)?.len();
        std::fs::rename(temporary, path).map_err(file_error)?;
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            // The rename itself is durable once the folder is synced (best effort).
            if let Ok(folder) = std::fs::File::open(folder) {
                let _ = folder.sync_all();
            }
        }
        Ok(BackupInfo {
            path: path.to_owned(),
            bytes,
        })
    }
}

/// `FOLDER/.NAME.PID.tmp`: beside the target, so the rename stays on one file system.
fn temporary_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "backup".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

fn create_private(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map(drop)
}

/// Opens the copy read-only and asks SQLite whether it is whole.
async fn check(path: &Path) -> Result<(), String> {
    let mut connection = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await
        .map_err(|e| e.to_string())?;
    let verdict: String = sqlx::query_scalar("PRAGMA quick_check")
        .fetch_one(&mut connection)
        .await
        .map_err(|e| e.to_string())?;
    let _ = connection.close().await;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(verdict)
    }
}
