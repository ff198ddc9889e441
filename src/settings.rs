//! The configuration as typed settings, parsed once at start (ids, zones, durations,
//! languages): no caller parses a string of the configuration again.

use crate::config::{Config, ConfigError, Registration};
use crate::i18n::Language;
use crate::schedule::ScheduleRules;
use chrono_tz::Tz;
use std::path::Path;
use std::time::Duration;

/// Everything the program runs with.
#[derive(Debug, Clone)]
pub struct Settings {
    pub database_url: String,
    /// For users whose Discord language is neither Norwegian nor English, and the CLI.
    pub language: Language,
    pub tz: Tz,
    pub schedule: ScheduleRules,
    /// How often the bot's scheduler takes a step.
    pub tick: Duration,
    pub remind_by_dm: bool,
    pub discord: DiscordSettings,
}

/// The Discord part of the settings.
#[derive(Debug, Clone, Default)]
pub struct DiscordSettings {
    pub guild_id: Option<u64>,
    /// Where commands are registered: globally when no guild is set.
    pub register: Registration,
    pub secretariat_role_id: Option<u64>,
    pub api_base: Option<String>,
    pub secretariat_channel_id: Option<u64>,
    pub secretariat_user_ids: Vec<u64>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            database_url: crate::config::DatabaseConfig::default().url,
            language: Language::Nb,
            tz: crate::domain::local_time::OSLO,
            schedule: ScheduleRules::default(),
            tick: Duration::from_secs(30),
            remind_by_dm: false,
            discord: DiscordSettings::default(),
        }
    }
}

impl Settings {
    /// Reads `path`, or `roundtable.toml` if it exists, or takes the defaults.
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        let (path, config) = Config::load(path)?;
        Self::from_config(&path, &config)
    }

    /// Checks and types a configuration; `path` is only for the messages.
    pub fn from_config(path: &Path, config: &Config) -> Result<Self, ConfigError> {
        let invalid = |key, message: String| ConfigError::Invalid {
            path: path.to_owned(),
            key,
            message,
        };
        let tz = config
            .time_zone()
            .map_err(|m| invalid("locale.time_zone", m))?;
        let language = config
            .default_language()
            .map_err(|m| invalid("locale.default_language", m))?;
        let schedule = config
            .schedule
            .rules()
            .map_err(|(key, m)| invalid(key, m))?;
        if config.schedule.tick_seconds == 0 {
            return Err(invalid(
                "schedule.tick_seconds",
                "must be at least 1".into(),
            ));
        }
        let d = &config.discord;
        // Without a server to register in, the commands are registered globally: the bot
        // then runs from a fresh clone with the token alone.
        let register = match (d.register, d.guild_id) {
            (Registration::Guild, None) => Registration::Global,
            (register, _) => register,
        };
        Ok(Self {
            database_url: config.database.url.clone(),
            language,
            tz,
            schedule,
            tick: Duration::from_secs(config.schedule.tick_seconds),
            remind_by_dm: config.schedule.remind_by_dm,
            discord: DiscordSettings {
                guild_id: d.guild_id,
                register,
                secretariat_role_id: d.secretariat_role_id,
                api_base: d.api_base.clone(),
                secretariat_channel_id: d.secretariat_channel_id,
                secretariat_user_ids: d.secretariat_user_ids.clone(),
            },
        })
    }
}
