//! Registering the slash commands with Discord at start-up, in the background: retried with a
//! growing pause while Discord (or the network) fails, so that a failed registration neither
//! silences the bot nor holds up the interactions it can already answer (poise runs its setup
//! once, and every event waits for it).

use super::retry::is_transient;
use poise::serenity_prelude as serenity;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The first pause after a failed registration; it doubles up to [`LONGEST_PAUSE`].
const FIRST_PAUSE: Duration = Duration::from_millis(500);
const LONGEST_PAUSE: Duration = Duration::from_secs(60);

/// Where the commands are registered.
#[derive(Debug, Clone, Copy)]
pub enum Place {
    Guild(serenity::GuildId),
    Global,
}

/// The registration under way, stopped when the bot stops.
#[derive(Clone, Default)]
pub struct Registration(Arc<Mutex<Option<tokio::task::JoinHandle<()>>>>);

impl Registration {
    /// Starts registering `commands` at `place`, until it succeeds or Discord refuses them.
    pub fn start(
        &self,
        http: Arc<serenity::Http>,
        commands: Vec<serenity::CreateCommand>,
        place: Place,
    ) {
        let task = tokio::spawn(register(http, commands, place));
        if let Ok(mut slot) = self.0.lock() {
            if let Some(earlier) = slot.replace(task) {
                earlier.abort();
            }
        }
    }

    /// Stops a registration still being retried.
    pub fn stop(&self) {
        if let Some(task) = self.0.lock().ok().and_then(|mut slot| slot.take()) {
            task.abort();
        }
    }
}

async fn register(http: Arc<serenity::Http>, commands: Vec<serenity::CreateCommand>, place: Place) {
    let count = commands.len();
    let mut pause = FIRST_PAUSE;
    loop {
        let done = match place {
            Place::Guild(guild) => guild.set_commands(&http, commands.clone()).await.map(drop),
            Place::Global => serenity::Command::set_global_commands(&http, commands.clone())
                .await
                .map(drop),
        };
        match done {
            Ok(()) => {
                match place {
                    Place::Guild(guild) => tracing::info!(%guild, count, "commands registered"),
                    Place::Global => tracing::info!(count, "commands registered globally"),
                }
                return;
            }
            Err(e) if is_transient(&e) => {
                tracing::warn!(error = %e, retry_in = ?pause, "cannot register the commands yet");
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(LONGEST_PAUSE);
            }
            Err(e) => {
                tracing::error!(error = %e, "Discord refused the commands; they are not registered");
                return;
            }
        }
    }
}
