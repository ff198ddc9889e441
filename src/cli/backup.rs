//! `roundtable backup --out FILE`: a consistent copy of the live database, safe to make while
//! the bot runs.

use super::CliError;
use crate::app::{BackupError, Roundtable};
use crate::i18n::{t, Language};
use std::io::Write;
use std::path::Path;

/// Copies the database to `path` and says where and how large the copy is.
pub async fn execute(
    app: &Roundtable,
    path: &Path,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let info = app.backup_to(path).await?;
    let message = t(
        lang,
        "backup-written",
        &[
            ("path", info.path.display().to_string().into()),
            ("size", size(info.bytes, lang).into()),
        ],
    );
    let _ = writeln!(out, "{message}");
    Ok(())
}

/// `1,2 MB`, `340 kB` (decimal units, the decimal mark of the language).
fn size(bytes: u64, lang: Language) -> String {
    let (value, unit) = if bytes >= 1_000_000 {
        (bytes as f64 / 1_000_000.0, "MB")
    } else {
        (bytes as f64 / 1_000.0, "kB")
    };
    let text = format!("{value:.1} {unit}");
    match lang {
        Language::Nb => text.replace('.', ","),
        Language::English => text,
    }
}

/// The backup's failure in words.
pub fn describe(e: &BackupError, lang: Language) -> String {
    match e {
        BackupError::File { path, source } => t(
            lang,
            "error-backup-file",
            &[
                ("path", path.display().to_string().into()),
                ("reason", crate::i18n::io_reason(source, lang).into()),
            ],
        ),
        BackupError::Copy { path, reason } => t(
            lang,
            "error-backup-copy",
            &[
                ("path", path.display().to_string().into()),
                ("reason", reason.as_str().into()),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_in_each_language() {
        assert_eq!(size(1_234_567, Language::Nb), "1,2 MB");
        assert_eq!(size(340_000, Language::English), "340.0 kB");
    }
}
