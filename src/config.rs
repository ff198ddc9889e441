//! The configuration file (`roundtable.toml`), its defaults, and the errors that name the key.

use crate::i18n::Language;
use chrono_tz::Tz;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The file read when `--config` is not given, if it exists.
pub const DEFAULT_CONFIG_FILE: &str = "roundtable.toml";

/// Why the configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: cannot read the configuration file: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: {key}: {message}")]
    Invalid {
        path: PathBuf,
        key: &'static str,
        message: String,
    },
}

/// The whole configuration. Every key has a default; see `config.example.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub database: DatabaseConfig,
    pub discord: DiscordConfig,
    pub locale: LocaleConfig,
    pub schedule: ScheduleConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseConfig {
    /// e.g. `sqlite://roundtable.db`; the file is created on first use.
    pub url: String,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self {
            url: "sqlite://roundtable.db".into(),
        }
    }
}

/// Where commands are registered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Registration {
    /// In `guild_id` only: immediate, the usual choice for one server.
    #[default]
    Guild,
    /// Globally, for every server the bot is in.
    Global,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DiscordConfig {
    /// The server the bot serves (needed when `register = "guild"`).
    pub guild_id: Option<u64>,
    pub register: Registration,
    /// The role whose members are the secretariat.
    pub secretariat_role_id: Option<u64>,
    /// Where REST calls go instead of Discord (a local simulator in tests).
    pub api_base: Option<String>,
    /// The secretariat's own channel, for the "briefs collected" report and failures.
    pub secretariat_channel_id: Option<u64>,
    /// Without `secretariat_channel_id`: the secretariat members to tell by direct message.
    pub secretariat_user_ids: Vec<u64>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LocaleConfig {
    /// `nb` (Norwegian Bokmål) or `en`: for users whose Discord language is neither, and the CLI.
    pub default_language: String,
    /// An IANA time zone name.
    pub time_zone: String,
}

impl Default for LocaleConfig {
    fn default() -> Self {
        Self {
            default_language: "nb".into(),
            time_zone: "Europe/Oslo".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ScheduleConfig {
    /// Days before the meeting the notice is posted, unless the meeting file says otherwise.
    pub notice_days_before: u32,
    /// The time of day (local) the notice is posted, `HH:MM`.
    pub notice_time: String,
    /// When the members still missing a brief are reminded, relative to the meeting's day.
    pub reminders: Vec<ReminderConfig>,
    /// Also remind each representative by direct message.
    pub remind_by_dm: bool,
    /// How often the scheduler looks for messages that are due, in seconds.
    pub tick_seconds: u64,
    /// A reminder the bot missed (it was down) is sent later only if at least this many
    /// minutes remain before the deadline.
    pub catch_up_min: u32,
    /// When the owners of the open follow-up items a meeting takes up are reminded, relative
    /// to the meeting's day (before the meeting starts).
    pub follow_up_reminder: ReminderConfig,
    /// Days the representatives have to comment on the draft minutes, unless
    /// `/referat utkast` says otherwise.
    pub minutes_comment_days: u32,
}

/// A reminder: `days` from the meeting's day (-2: two days before), at `time` (`HH:MM`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReminderConfig {
    pub days: i32,
    pub time: String,
}

impl Default for ScheduleConfig {
    fn default() -> Self {
        let reminder = |days, time: &str| ReminderConfig {
            days,
            time: time.into(),
        };
        Self {
            notice_days_before: 6,
            notice_time: "09:00".into(),
            reminders: vec![
                reminder(-2, "09:00"),
                reminder(0, "08:00"),
                reminder(1, "09:00"),
            ],
            remind_by_dm: false,
            tick_seconds: 30,
            catch_up_min: 60,
            follow_up_reminder: reminder(-2, "09:00"),
            minutes_comment_days: 7,
        }
    }
}

impl ScheduleConfig {
    /// The schedule's rules with their times parsed.
    pub fn rules(&self) -> Result<crate::schedule::ScheduleRules, (&'static str, String)> {
        let time = |key: &'static str, text: &str| {
            chrono::NaiveTime::parse_from_str(text, "%H:%M").map_err(|_| {
                (
                    key,
                    format!("{text:?} is not a time of day; write HH:MM, e.g. \"09:00\""),
                )
            })
        };
        let mut reminders = Vec::new();
        for r in &self.reminders {
            reminders.push((r.days, time("schedule.reminders.time", &r.time)?));
        }
        Ok(crate::schedule::ScheduleRules {
            notice_days_before: self.notice_days_before,
            notice_time: time("schedule.notice_time", &self.notice_time)?,
            reminders,
            catch_up_min: chrono::Duration::minutes(self.catch_up_min.into()),
            follow_up_reminder: Some((
                self.follow_up_reminder.days,
                time(
                    "schedule.follow_up_reminder.time",
                    &self.follow_up_reminder.time,
                )?,
            )),
            minutes_comment_days: self.minutes_comment_days.clamp(1, 60),
        })
    }
}

impl Config {
    /// Reads `path`, or [`DEFAULT_CONFIG_FILE`] if it exists, or takes the defaults; with the
    /// path read (for the messages).
    pub fn load(path: Option<&Path>) -> Result<(PathBuf, Self), ConfigError> {
        let path = match path {
            Some(p) => p.to_owned(),
            None if Path::new(DEFAULT_CONFIG_FILE).exists() => DEFAULT_CONFIG_FILE.into(),
            None => return Ok((DEFAULT_CONFIG_FILE.into(), Self::default())),
        };
        let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Read {
            path: path.clone(),
            source,
        })?;
        let config = Self::parse(&path, &text)?;
        Ok((path, config))
    }

    /// Parses and checks a configuration text; `path` is only for the messages.
    pub fn parse(path: &Path, text: &str) -> Result<Self, ConfigError> {
        let config: Self = toml::from_str(text).map_err(|e| ConfigError::Syntax {
            path: path.to_owned(),
            line: e
                .span()
                .and_then(|s| text.get(..s.start))
                .map_or(1, |t| t.matches('\n').count() + 1),
            message: e.message().to_owned(),
        })?;
        crate::settings::Settings::from_config(path, &config)?;
        Ok(config)
    }

    pub fn time_zone(&self) -> Result<Tz, String> {
        self.locale.time_zone.parse().map_err(|_| {
            format!(
                "{:?} is not a time zone; write an IANA name such as \"Europe/Oslo\"",
                self.locale.time_zone
            )
        })
    }

    pub fn default_language(&self) -> Result<Language, String> {
        Language::from_code(&self.locale.default_language).ok_or_else(|| {
            format!(
                "{:?} is not a supported language; write \"nb\" or \"en\"",
                self.locale.default_language
            )
        })
    }
}
