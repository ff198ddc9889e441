//! Discord's markup as a reader sees it: `**bold**`, `<@id>` mentions shown by name,
//! `<t:…:F>` timestamps shown in the reader's language and zone, `[title](<url>)` links and
//! `> ` quotes; as plain text for the terminal, or as escaped HTML for the page.

use crate::i18n::{format_date_long, format_date_time, Language};
use chrono::DateTime;
use chrono_tz::Tz;
use std::collections::HashMap;

/// Who a mention names: user ids and their display names.
#[derive(Debug, Clone, Default)]
pub struct Names(HashMap<u64, String>);

impl Names {
    pub fn insert(&mut self, id: u64, name: &str) {
        self.0.insert(id, name.to_owned());
    }

    fn of(&self, id: u64) -> String {
        self.0.get(&id).cloned().unwrap_or_else(|| id.to_string())
    }
}

/// A piece of a line of Discord text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Text(String),
    /// `**`: bold on or off.
    Bold,
    Mention(u64),
    Time(i64, char),
    Link {
        title: String,
        url: String,
    },
}

/// The tokens of one line.
fn tokens(line: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let special = if rest.starts_with("**") {
            Some((Token::Bold, 2))
        } else if c == '<' {
            angle(rest)
        } else if c == '[' {
            link(rest)
        } else {
            None
        };
        match special {
            Some((token, used)) => {
                if !text.is_empty() {
                    out.push(Token::Text(std::mem::take(&mut text)));
                }
                out.push(token);
                rest = &rest[used..];
            }
            None => {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !text.is_empty() {
        out.push(Token::Text(text));
    }
    out
}

/// `<@123>`, `<@!123>` or `<t:1730977200:F>` at the start of `s`, and its length.
fn angle(s: &str) -> Option<(Token, usize)> {
    let end = s.find('>')?;
    let inner = &s[1..end];
    if let Some(id) = inner.strip_prefix('@') {
        let id = id.strip_prefix('!').unwrap_or(id);
        return Some((Token::Mention(id.parse().ok()?), end + 1));
    }
    let time = inner.strip_prefix("t:")?;
    let (seconds, style) = match time.split_once(':') {
        Some((s, style)) => (s, style.chars().next().unwrap_or('f')),
        None => (time, 'f'),
    };
    Some((Token::Time(seconds.parse().ok()?, style), end + 1))
}

/// `[title](<url>)` or `[title](url)` at the start of `s`, and its length.
fn link(s: &str) -> Option<(Token, usize)> {
    let close = s.find("](")?;
    let title = &s[1..close];
    let after = &s[close + 2..];
    let end = after.find(')')?;
    let url = after[..end].trim_start_matches('<').trim_end_matches('>');
    if title.contains('[') || !(url.starts_with("http://") || url.starts_with("https://")) {
        return None;
    }
    let token = Token::Link {
        title: title.to_owned(),
        url: url.to_owned(),
    };
    Some((token, close + 2 + end + 1))
}

/// A timestamp as Discord shows it to a reader in `tz`: `F` with the weekday, others short.
fn time(seconds: i64, style: char, tz: Tz, lang: Language) -> String {
    let Some(at) = DateTime::from_timestamp(seconds, 0) else {
        return seconds.to_string();
    };
    let local = at.with_timezone(&tz);
    match style {
        'F' => format!(
            "{} {}",
            format_date_long(local.date_naive(), lang),
            local.format("%H:%M")
        ),
        't' => local.format("%H:%M").to_string(),
        _ => format_date_time(local.naive_local(), lang),
    }
}

/// The text as plain lines for the terminal.
pub fn plain(content: &str, names: &Names, tz: Tz, lang: Language) -> String {
    let lines: Vec<String> = content
        .lines()
        .map(|line| {
            tokens(line)
                .into_iter()
                .map(|token| match token {
                    Token::Text(text) => text,
                    Token::Bold => String::new(),
                    Token::Mention(id) => format!("@{}", names.of(id)),
                    Token::Time(seconds, style) => time(seconds, style, tz, lang),
                    Token::Link { title, url } => format!("{title} ({url})"),
                })
                .collect()
        })
        .collect();
    lines.join("\n")
}

/// Escapes text for HTML (and XML: the page is well-formed as both).
pub fn escape(text: &str) -> String {
    crate::export::sanitize::escape_markup(text)
}

/// The text as HTML: one `<p>` per line (quotes as `<blockquote>`), bold, mentions and times
/// marked up, links shown with their address as text (the page requests nothing).
pub fn html(content: &str, names: &Names, tz: Tz, lang: Language) -> String {
    let mut out = String::new();
    for line in content.lines() {
        let (quote, line) = match line.strip_prefix("> ") {
            Some(rest) => (true, rest),
            None => (line == ">", if line == ">" { "" } else { line }),
        };
        let mut bold = false;
        let mut inner = String::new();
        for token in tokens(line) {
            match token {
                Token::Text(text) => inner.push_str(&escape(&text)),
                Token::Bold => {
                    inner.push_str(if bold { "</strong>" } else { "<strong>" });
                    bold = !bold;
                }
                Token::Mention(id) => inner.push_str(&format!(
                    "<span class=\"mention\">@{}</span>",
                    escape(&names.of(id))
                )),
                Token::Time(seconds, style) => inner.push_str(&format!(
                    "<span class=\"time\">{}</span>",
                    escape(&time(seconds, style, tz, lang))
                )),
                Token::Link { title, url } => inner.push_str(&format!(
                    "<span class=\"link\">{}</span> <span class=\"url\">({})</span>",
                    escape(&title),
                    escape(&url)
                )),
            }
        }
        if bold {
            inner.push_str("</strong>");
        }
        let tag = if quote { "blockquote" } else { "p" };
        out.push_str(&format!("<{tag}>{inner}</{tag}>\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::local_time::OSLO;

    #[test]
    fn markup_reads_as_text() {
        let mut names = Names::default();
        names.insert(42, "Camilla Håltem");
        let text = "**Frist:** <t:1731106799:f> <@42>, se [Sakspapirer](<https://example.org/a>)";
        assert_eq!(
            plain(text, &names, OSLO, Language::Nb),
            "Frist: 08.11.2024 23:59 @Camilla Håltem, se Sakspapirer (https://example.org/a)"
        );
        let html = html(text, &names, OSLO, Language::English);
        assert!(
            html.starts_with(
                "<p><strong>Frist:</strong> <span class=\"time\">2024-11-08 23:59</span>"
            ),
            "{html}"
        );
        assert!(html.contains("<span class=\"mention\">@Camilla Håltem</span>"));
        assert!(!html.contains("href"));
    }

    #[test]
    fn quotes_and_unclosed_markup_stay_well_formed() {
        let names = Names::default();
        let html = html("> **a & b\n<t:x> [no](link)", &names, OSLO, Language::Nb);
        assert_eq!(
            html,
            "<blockquote><strong>a &amp; b</strong></blockquote>\n<p>&lt;t:x&gt; [no](link)</p>\n"
        );
    }
}
