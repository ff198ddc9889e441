//! The fixed words of a meeting's minutes in the group's language, and the document's date
//! and properties, shared by the Markdown, Word, PDF and CSV renderers.

use super::super::document::{group_in_running_text, lang_tag, page_parts};
use super::super::{MinutesStatus, MinutesView};
use crate::i18n::{t, Args, Language};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime};
use chrono_tz::Tz;

/// The words every rendering of one view shares.
pub(super) struct MinutesWords {
    pub lang: Language,
    /// `nb-NO` or `en-GB`.
    pub lang_tag: &'static str,
    /// "Referat fra møte i faggruppe for Næringssamarbeid".
    pub heading: String,
    /// "Side {PAGE} av {PAGES}", for the footer.
    page_of: String,
    /// "utkast" or "godkjent", for the document properties.
    pub status: String,
    /// The document's date, from the view (see [`document_date`]).
    pub date: DateTime<FixedOffset>,
}

impl MinutesWords {
    pub fn of(view: &MinutesView) -> Self {
        let lang = minutes_language(view);
        let group = group_in_running_text(&view.group.name, &view.meeting.title);
        let status = match view.status {
            MinutesStatus::Draft { .. } => "referat-doc-status-draft",
            MinutesStatus::Approved(_) => "referat-doc-status-approved",
        };
        Self {
            lang,
            lang_tag: lang_tag(lang),
            heading: t(lang, "referat-doc-heading", &[("group", group.into())]),
            page_of: t(
                lang,
                "export-page-of",
                &[
                    ("page", super::super::document::PAGE.into()),
                    ("pages", super::super::document::PAGES.into()),
                ],
            ),
            status: t(lang, status, &[]),
            date: document_date(view),
        }
    }

    /// A message in the minutes' language.
    pub fn t(&self, key: &str, args: &Args<'_>) -> String {
        t(self.lang, key, args)
    }

    /// "6. februar 2025" / "6 February 2025".
    pub fn date(&self, date: NaiveDate) -> String {
        let month = t(self.lang, "month", &[("n", date.month().into())]);
        self.t(
            "referat-doc-date",
            &[
                ("day", date.day().into()),
                ("month", month.into()),
                ("year", date.year().into()),
            ],
        )
    }

    /// The footer's words around the page number and the page count: "Side ", " av ", "".
    pub fn page_parts(&self) -> [&str; 3] {
        page_parts(&self.page_of)
    }

    /// The SHA-256 of the approved minutes, for the document properties (never the text).
    pub fn sha256<'v>(&self, view: &'v MinutesView) -> Option<&'v str> {
        match &view.status {
            MinutesStatus::Approved(a) => Some(a.sha256.as_str()),
            MinutesStatus::Draft { .. } => None,
        }
    }
}

/// The language of the group's minutes (Bokmål unless the group says English).
pub(super) fn minutes_language(view: &MinutesView) -> Language {
    Language::from_code(&view.group.language).unwrap_or(Language::Nb)
}

/// The document's date, so the same view gives the same file: for a draft, the end of the
/// meeting; once approved, the start of the latest day among the approval, the corrections
/// and their approvals (in the group's time zone).
fn document_date(view: &MinutesView) -> DateTime<FixedOffset> {
    let m = &view.meeting;
    let MinutesStatus::Approved(approval) = &view.status else {
        return m.ends_at;
    };
    let latest = view
        .corrections
        .iter()
        .flat_map(|c| [Some(c.dated), c.approval.as_ref().map(|a| a.meeting_date)])
        .flatten()
        .chain([approval.meeting_date])
        .max()
        .unwrap_or(approval.meeting_date);
    let tz: Tz = m
        .time_zone
        .parse()
        .unwrap_or(crate::domain::local_time::OSLO);
    latest
        .and_time(NaiveTime::MIN)
        .and_local_timezone(tz)
        .earliest()
        .map_or(m.ends_at, |at| at.fixed_offset())
}
