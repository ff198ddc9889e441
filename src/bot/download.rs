//! Downloading a file a user attached: streamed with a cap on its bytes and a time limit, so a
//! file served larger than the attachment claims (or served slowly) is refused without being
//! read whole or waited on forever.

use poise::serenity_prelude as serenity;
use std::sync::OnceLock;
use std::time::Duration;

/// How long a download may take in all.
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(20);

/// Why an attachment was not read.
#[derive(Debug, thiserror::Error)]
pub enum DownloadError {
    #[error("the file is larger than {max} bytes")]
    TooLarge { max: usize },
    #[error("the download took longer than {DOWNLOAD_TIMEOUT:?}")]
    TimedOut,
    #[error("cannot download the file: {0}")]
    Failed(#[from] reqwest::Error),
}

fn client() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .build()
            .unwrap_or_default()
    })
}

/// The attachment's bytes, if it has at most `max` of them (whatever it claims).
pub async fn attachment(file: &serenity::Attachment, max: usize) -> Result<Vec<u8>, DownloadError> {
    if usize::try_from(file.size).unwrap_or(usize::MAX) > max {
        return Err(DownloadError::TooLarge { max });
    }
    tokio::time::timeout(DOWNLOAD_TIMEOUT, fetch(&file.url, max))
        .await
        .unwrap_or(Err(DownloadError::TimedOut))
}

async fn fetch(url: &str, max: usize) -> Result<Vec<u8>, DownloadError> {
    let mut response = client().get(url).send().await?.error_for_status()?;
    if response
        .content_length()
        .is_some_and(|n| usize::try_from(n).unwrap_or(usize::MAX) > max)
    {
        return Err(DownloadError::TooLarge { max });
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if bytes.len() + chunk.len() > max {
            return Err(DownloadError::TooLarge { max });
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}
