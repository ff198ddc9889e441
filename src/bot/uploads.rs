//! Reading what the secretariat attaches to a command: a meeting file, plan file or invitee
//! list (capped, UTF-8), and the invitees CSV a meeting or plan file names taken from the
//! list attached with it.

use crate::i18n::{t, Language};
use crate::meeting_file::ImportError;
use poise::serenity_prelude as serenity;
use std::path::{Path, PathBuf};

/// The largest meeting file or invitee list read from an attachment.
pub const MAX_UPLOAD_BYTES: u32 = 1_000_000;

/// An invitee list attached beside a meeting or plan file: its file name and its text.
pub type AttachedCsv = (PathBuf, String);

/// Reads an attached text file (a meeting file, plan file or invitee list): at most 1 MB, UTF-8 (a
/// byte-order mark is dropped). The error is the message for the user.
pub async fn read_upload(file: &serenity::Attachment, lang: Language) -> Result<String, String> {
    let name = || file.filename.as_str().into();
    let too_big = || t(lang, "error-upload-size", &[("name", name())]);
    let bytes = match super::download::attachment(file, MAX_UPLOAD_BYTES as usize).await {
        Ok(bytes) => bytes,
        Err(super::download::DownloadError::TooLarge { .. }) => return Err(too_big()),
        Err(e) => {
            tracing::warn!(error = %e, "cannot download an attached file");
            return Err(t(lang, "error-attachment-download", &[]));
        }
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|_| t(lang, "error-upload-utf8", &[("name", name())]))
}

/// Reads an attached file, and the invitee list attached with it if any. The error is the
/// message for the user.
pub async fn read_with_csv(
    file: &serenity::Attachment,
    invitees: Option<&serenity::Attachment>,
    lang: Language,
) -> Result<(String, Option<AttachedCsv>), String> {
    let text = read_upload(file, lang).await?;
    let csv = match invitees {
        Some(f) => Some((PathBuf::from(&f.filename), read_upload(f, lang).await?)),
        None => None,
    };
    Ok((text, csv))
}

/// The invitees CSV the file at `path` names (`named`): the attached list, whatever its
/// name; without one, an error naming the file and the CSV it wants.
pub fn attached_csv(
    path: &Path,
    csv: Option<&AttachedCsv>,
    named: &Path,
) -> Result<(PathBuf, Vec<u8>), ImportError> {
    match csv {
        Some((csv_path, text)) => Ok((csv_path.clone(), text.clone().into_bytes())),
        None => Err(ImportError::MissingCsv {
            path: path.to_owned(),
            csv: named.to_owned(),
        }),
    }
}
