//! The demo's transcript: what happened in the channels, in order, and its printer, which
//! writes each entry to the terminal as it happens (time, channel, author, text, buttons,
//! files), in the reader's language.

use super::markup::{self, Names};
use crate::i18n::{format_date_long, t, Language};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use std::io::Write;

/// One thing that happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// The demo's own words between the events (the set-up, the meeting starting).
    Note { at: DateTime<Utc>, text: String },
    /// What a member did: a command, a click, a form sent; the files they attached.
    Action {
        at: DateTime<Utc>,
        channel: String,
        text: String,
        /// A form's fields as sent (label and value, long values summed up).
        fields: Vec<(String, String)>,
        files: Vec<FileRef>,
    },
    /// A message in a channel, as a member sees it.
    Message(Posted),
}

/// A message as it appeared in a channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posted {
    pub at: DateTime<Utc>,
    pub channel: String,
    pub author: String,
    pub bot: bool,
    /// The text as Discord has it (markup, mentions, timestamps).
    pub content: String,
    /// The rows of buttons, each with its label and Discord's style number.
    pub buttons: Vec<Vec<(String, u64)>>,
    pub files: Vec<FileRef>,
    /// An ephemeral answer: the only member who sees it.
    pub only_for: Option<String>,
    /// An earlier message changed (the same id seen again with another version).
    pub edited: bool,
}

/// A file attached to a message or a command, as written into the demo's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRef {
    /// The file's name in the demo's folder (also its name on Discord).
    pub name: String,
    pub bytes: usize,
}

impl Entry {
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            Entry::Note { at, .. } | Entry::Action { at, .. } => *at,
            Entry::Message(p) => p.at,
        }
    }
}

/// The entries so far, and how they are put into words.
pub struct Transcript {
    pub entries: Vec<Entry>,
    pub lang: Language,
    pub tz: Tz,
    pub names: Names,
    last_day: Option<NaiveDate>,
}

/// How far the text under a header is indented.
const INDENT: &str = "       ";

impl Transcript {
    pub fn new(lang: Language, tz: Tz) -> Self {
        Self {
            entries: Vec::new(),
            lang,
            tz,
            names: Names::default(),
            last_day: None,
        }
    }

    /// Keeps an entry and prints it at once (a failed write to the terminal stops nothing).
    pub fn push(&mut self, entry: Entry, out: &mut dyn Write) {
        let _ = out.write_all(self.render(&entry).as_bytes());
        let _ = out.flush();
        self.entries.push(entry);
    }

    /// The entry as the terminal shows it, with a heading when a new day begins.
    fn render(&mut self, entry: &Entry) -> String {
        let lang = self.lang;
        let local = entry.at().with_timezone(&self.tz);
        let mut out = String::new();
        if self.last_day != Some(local.date_naive()) {
            self.last_day = Some(local.date_naive());
            let day = format_date_long(local.date_naive(), lang);
            out.push_str(&format!(
                "\n── {day} {}\n",
                "─".repeat(60 - day.chars().count().min(50))
            ));
        }
        let time = local.format("%H:%M");
        match entry {
            Entry::Note { text, .. } => out.push_str(&format!("{time}  ✦ {text}\n")),
            Entry::Action {
                channel,
                text,
                fields,
                files,
                ..
            } => {
                out.push_str(&format!("{time}  #{channel}  ▸ {text}\n"));
                for (label, value) in fields {
                    out.push_str(&format!("{INDENT}  {label}: {value}\n"));
                }
                for file in files {
                    out.push_str(&format!("{INDENT}📎 {}\n", file_line(file, lang)));
                }
            }
            Entry::Message(p) => {
                let mut header = format!("{time}  #{}  {}", p.channel, p.author);
                if p.bot {
                    header.push_str(&format!(" [{}]", t(lang, "demo-app-tag", &[])));
                }
                if let Some(name) = &p.only_for {
                    let only = t(lang, "demo-only-visible", &[("name", name.as_str().into())]);
                    header.push_str(&format!(" · {only}"));
                }
                if p.edited {
                    header.push_str(&format!(" {}", t(lang, "demo-edited", &[])));
                }
                out.push_str(&header);
                out.push('\n');
                let text = markup::plain(&p.content, &self.names, self.tz, lang);
                for line in text.lines() {
                    out.push_str(&format!("{INDENT}{line}\n"));
                }
                for row in &p.buttons {
                    let labels: Vec<String> = row.iter().map(|(l, _)| format!("[ {l} ]")).collect();
                    out.push_str(&format!("{INDENT}{}\n", labels.join(" ")));
                }
                for file in &p.files {
                    out.push_str(&format!("{INDENT}📎 {}\n", file_line(file, lang)));
                }
            }
        }
        out
    }

    /// The messages seen so far, in order.
    pub fn messages(&self) -> impl Iterator<Item = &Posted> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Message(p) => Some(p),
            _ => None,
        })
    }
}

/// `name (12.3 kB)`.
pub fn file_line(file: &FileRef, lang: Language) -> String {
    format!("{} ({})", file.name, size(file.bytes, lang))
}

/// A file size as a reader says it: bytes, kB or MB (`4,4 kB` in Norwegian).
pub fn size(bytes: usize, lang: Language) -> String {
    let text = match bytes {
        b if b < 1000 => format!("{b} B"),
        b if b < 1_000_000 => format!("{:.1} kB", b as f64 / 1000.0),
        b => format!("{:.1} MB", b as f64 / 1_000_000.0),
    };
    match lang {
        Language::Nb => text.replace('.', ","),
        Language::English => text,
    }
}
