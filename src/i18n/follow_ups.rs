//! A follow-up item in words, on one line, for Discord, the command line and the exports.

use super::{format_date, t, Language};
use crate::domain::follow_up::FollowUpItem;
use chrono::NaiveDate;
use std::fmt::Write;

/// What a line about a follow-up item says.
#[derive(Debug, Clone, Copy)]
pub struct FollowUpFacts<'a> {
    pub number: i64,
    pub what: &'a str,
    pub owner: &'a str,
    pub due: NaiveDate,
    pub status: &'a str,
    pub done: bool,
    /// Open and past its due date.
    pub overdue: bool,
}

/// One item: "#3 What – Owner, frist 20.11.2024 (⚠️ forfalt) · Status: …"; `today` flags an
/// open item past its due date.
pub fn follow_up_line(item: &FollowUpItem, today: Option<NaiveDate>, lang: Language) -> String {
    follow_up_words(
        &FollowUpFacts {
            number: item.id,
            what: &item.what,
            owner: item.owner.name(),
            due: item.due,
            status: &item.status,
            done: !item.is_open(),
            overdue: today.is_some_and(|today| item.is_overdue(today)),
        },
        lang,
    )
}

/// The line of [`follow_up_line`] from its facts.
pub fn follow_up_words(facts: &FollowUpFacts<'_>, lang: Language) -> String {
    let mut line = t(
        lang,
        "followup-line",
        &[
            ("id", facts.number.into()),
            ("what", one_line(facts.what).into()),
            ("owner", one_line(facts.owner).into()),
            ("due", format_date(facts.due, lang).into()),
        ],
    );
    if facts.overdue {
        let _ = write!(line, " {}", t(lang, "followup-overdue", &[]));
    }
    let status = one_line(facts.status);
    let status = match (facts.done, status.is_empty()) {
        (true, _) => t(lang, "followup-status-done", &[("status", status.into())]),
        (false, true) => t(lang, "followup-status-none", &[]),
        (false, false) => t(lang, "followup-status", &[("status", status.into())]),
    };
    let _ = write!(line, " · {status}");
    line
}

/// A text on one line (line breaks as spaces), as a list shows it.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
