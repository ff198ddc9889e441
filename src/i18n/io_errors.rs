//! System errors (a missing file, a refused permission, a full disk) in the reader's language,
//! instead of the operating system's English ("No such file or directory (os error 2)").

use super::{t, Language};
use std::io::ErrorKind;

/// Why a file operation failed, in words; an error without words of its own is shown as the
/// system gives it.
pub fn io_reason(e: &std::io::Error, lang: Language) -> String {
    let key = match e.kind() {
        ErrorKind::NotFound => "io-not-found",
        ErrorKind::PermissionDenied => "io-permission-denied",
        ErrorKind::AlreadyExists => "io-already-exists",
        ErrorKind::IsADirectory => "io-is-a-directory",
        ErrorKind::NotADirectory => "io-not-a-directory",
        ErrorKind::StorageFull => "io-storage-full",
        ErrorKind::ReadOnlyFilesystem => "io-read-only",
        _ => return t(lang, "io-other", &[("reason", e.to_string().into())]),
    };
    t(lang, key, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_in_norwegian() {
        let e = std::io::Error::from(ErrorKind::NotFound);
        assert_eq!(
            io_reason(&e, Language::Nb),
            "filen eller mappen finnes ikke"
        );
    }
}
