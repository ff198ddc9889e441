//! A follow-up item in words, on one line, for Discord and the command line alike.

use super::{format_date, t, Language};
use crate::domain::follow_up::FollowUpItem;
use chrono::NaiveDate;
use std::fmt::Write;

/// One item: "#3 What – Owner, frist 20.11.2024 (⚠️ forfalt) · Status: …"; `today` flags an
/// open item past its due date.
pub fn follow_up_line(item: &FollowUpItem, today: Option<NaiveDate>, lang: Language) -> String {
    let mut line = t(
        lang,
        "followup-line",
        &[
            ("id", item.id.into()),
            ("what", one_line(&item.what).into()),
            ("owner", item.owner.name().into()),
            ("due", format_date(item.due, lang).into()),
        ],
    );
    if today.is_some_and(|today| item.is_overdue(today)) {
        let _ = write!(line, " {}", t(lang, "followup-overdue", &[]));
    }
    let status = one_line(&item.status);
    let status = match (item.is_open(), status.is_empty()) {
        (false, _) => t(lang, "followup-status-done", &[("status", status.into())]),
        (true, true) => t(lang, "followup-status-none", &[]),
        (true, false) => t(lang, "followup-status", &[("status", status.into())]),
    };
    let _ = write!(line, " · {status}");
    line
}

/// A text on one line (line breaks as spaces), as a list shows it.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
