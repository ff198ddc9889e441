//! `roundtable doctor`: whether the bot can do its job with this token and configuration, before
//! the first notice is due: the database, the token, the server, each group's channel and the
//! bot's permissions there, the secretariat's role and channel, where the commands are
//! registered, and the next messages due. Every problem says what to do.

mod discord;
mod permissions;
mod upcoming;

use super::CliError;
use crate::app::Roundtable;
use crate::clock::{ManualClock, SharedClock};
use crate::domain::records::GroupChannel;
use crate::i18n::{t, Language};
use crate::settings::Settings;
use chrono::{DateTime, Utc};
use secrecy::SecretString;
use std::io::Write;
use std::sync::Arc;

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Ok,
    /// Works, but not as well as it could (or cannot be checked).
    Note,
    /// Stops the bot from doing its job.
    Fail,
}

/// One check's outcome, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub mark: Mark,
    pub text: String,
}

/// Everything the doctor found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// The next messages the bot will send, one line each.
    pub upcoming: Vec<String>,
}

impl Report {
    pub fn failures(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.mark == Mark::Fail)
            .count()
    }

    fn push(&mut self, mark: Mark, text: String) {
        self.findings.push(Finding { mark, text });
    }

    /// The report as printed: one line per check, the next messages, and the verdict.
    pub fn render(&self, lang: Language) -> String {
        let mut out = String::new();
        for f in &self.findings {
            let mark = match f.mark {
                Mark::Ok => '✓',
                Mark::Note => '⚠',
                Mark::Fail => '✗',
            };
            out.push_str(&format!("{mark} {}\n", f.text));
        }
        out.push('\n');
        if self.upcoming.is_empty() {
            out.push_str(&t(lang, "doctor-upcoming-none", &[]));
            out.push('\n');
        } else {
            out.push_str(&t(lang, "doctor-upcoming-heading", &[]));
            out.push('\n');
            for line in &self.upcoming {
                out.push_str(&format!("  {line}\n"));
            }
        }
        if self.failures() == 0 {
            let notes = self.findings.iter().any(|f| f.mark == Mark::Note);
            let key = if notes {
                "doctor-all-well-notes"
            } else {
                "doctor-all-well"
            };
            out.push('\n');
            out.push_str(&t(lang, key, &[]));
            out.push('\n');
        }
        out
    }
}

/// Examines the configuration, the database and Discord as `token` sees it, at `now`.
pub async fn examine(
    settings: &Settings,
    token: Option<&SecretString>,
    now: DateTime<Utc>,
    lang: Language,
) -> Report {
    let mut report = Report::default();
    let url = &settings.database_url;
    let clock: SharedClock = Arc::new(ManualClock::new(now));
    let app = match Roundtable::open(settings, clock).await {
        Ok(app) => {
            let args = [("url", url.as_str().into())];
            report.push(Mark::Ok, t(lang, "doctor-database-ok", &args));
            Some(app)
        }
        Err(e) => {
            report.push(Mark::Fail, e.describe(lang));
            None
        }
    };
    let mut groups: Vec<GroupChannel> = Vec::new();
    if let Some(app) = &app {
        match app.group_channels().await {
            Ok(found) => groups = found,
            Err(e) => report.push(Mark::Fail, e.describe(lang)),
        }
        if groups.is_empty() {
            report.push(Mark::Note, t(lang, "doctor-groups-none", &[]));
        }
    }
    discord::check(&settings.discord, token, &groups, lang, &mut report).await;
    if let Some(app) = app {
        match upcoming::lines(&app, now, lang).await {
            Ok(lines) => report.upcoming = lines,
            Err(e) => report.push(Mark::Fail, e.describe(lang)),
        }
        app.close().await;
    }
    report
}

/// Runs the checks with the token in `DISCORD_TOKEN` and prints the report; fails (with the
/// number of problems) when the bot cannot do its job.
pub async fn execute(settings: &Settings, out: &mut dyn Write) -> Result<(), CliError> {
    let lang = settings.language;
    let token = std::env::var("DISCORD_TOKEN")
        .ok()
        .filter(|t| !t.trim().is_empty())
        .map(SecretString::from);
    let report = examine(settings, token.as_ref(), Utc::now(), lang).await;
    let _ = write!(out, "{}", report.render(lang));
    match report.failures() {
        0 => Ok(()),
        problems => Err(CliError::Doctor { problems }),
    }
}

/// The text with its first letter in upper case (a label that starts a sentence).
fn sentence(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}
