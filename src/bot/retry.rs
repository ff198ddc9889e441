//! Retrying a Discord request that Discord asks to be retried (429, server errors, a broken
//! connection), with a growing pause; anything else fails at once.

use poise::serenity_prelude as serenity;
use std::time::Duration;

/// How many times a request is tried, and the first pause between tries (the pauses add up
/// to 1.75 s, within Discord's 3 s for an interaction's answer).
const TRIES: u32 = 4;
const FIRST_PAUSE: Duration = Duration::from_millis(250);

/// Whether Discord (or the network) asks for the request to be tried again.
pub fn is_transient(e: &serenity::Error) -> bool {
    match e {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(r)) => {
            r.status_code.as_u16() == 429 || r.status_code.is_server_error()
        }
        serenity::Error::Http(serenity::HttpError::Request(_)) => true,
        _ => false,
    }
}

/// Runs `attempt` until it succeeds, fails for good, or the tries are used up.
pub async fn with_retries<T, F, Fut>(mut attempt: F) -> Result<T, serenity::Error>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, serenity::Error>>,
{
    let mut pause = FIRST_PAUSE;
    let mut tries = 1;
    loop {
        match attempt().await {
            Err(e) if is_transient(&e) && tries < TRIES => {
                tracing::debug!(error = %e, tries, "retrying");
                tokio::time::sleep(pause).await;
                pause *= 2;
                tries += 1;
            }
            other => return other,
        }
    }
}
