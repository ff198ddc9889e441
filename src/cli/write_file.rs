//! Writing a file the person named (`export --out`): to a new temporary file beside it, then
//! renamed over it, so a symlink placed there is replaced, never followed, and a reader never
//! sees half a file.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path`, replacing whatever is there (a symlink itself, not its target).
pub fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temporary = temporary_beside(path);
    let written = (|| {
        // `create_new` refuses an existing name, a symlink included: nothing is followed.
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// A name beside `path` for the file being written: hidden, and this process's own.
fn temporary_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    path.with_file_name(format!(".{name}.{}-{nanos}.tmp", std::process::id()))
}
