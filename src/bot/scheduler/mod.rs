//! The bot's scheduler: a timer that takes a step of the app layer's schedule
//! ([`crate::app::schedule`]) every tick, with the Discord notifier of [`send`].

mod remind;
mod send;

pub use send::{DiscordNotifier, NotifierSettings};

use crate::app::schedule::StepOutcome;
use crate::app::Roundtable;
use std::time::Duration;
use tokio::sync::watch;

/// Takes one step now.
pub async fn step(app: &Roundtable, notifier: &DiscordNotifier) -> Option<StepOutcome> {
    match app.schedule_step(app.now(), notifier).await {
        Ok(outcome) => Some(outcome),
        Err(e) => {
            tracing::error!(error = %e, "scheduler step failed; tried again at the next");
            None
        }
    }
}

/// Starts the timer (every `tick`; none when `None`: steps are then taken by hand); it stops
/// when `stop` turns true.
pub fn spawn(
    app: Roundtable,
    notifier: DiscordNotifier,
    tick: Option<Duration>,
    mut stop: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let Some(tick) = tick else {
            return;
        };
        loop {
            step(&app, &notifier).await;
            tokio::select! {
                () = tokio::time::sleep(tick) => {}
                _ = stop.changed() => break,
            }
            if *stop.borrow() {
                break;
            }
        }
        tracing::debug!("scheduler stopped");
    })
}
