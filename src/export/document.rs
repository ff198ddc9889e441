//! The words of the agenda document that the Markdown, Word and PDF renderers share: the
//! heading, the time and place, the agenda lines, the count of briefs, the invitee table's
//! header, the page numbers and the document properties, in the group's language.
//!
//! The document goes to the members: it says how many briefs came in, not how many were
//! late (that is for the secretariat's overview and the CSV).

use super::{AgendaItemView, AttendanceView, ExportView, MeetingView};
use crate::i18n::{follow_up_words, format_date, format_time_span, t, FollowUpFacts, Language};
use chrono::{DateTime, FixedOffset, NaiveTime, Utc};
use chrono_tz::Tz;

/// Where the page number and the page count go in [`DocumentWords::page_of`].
pub(super) const PAGE: &str = "\u{1}";
pub(super) const PAGES: &str = "\u{2}";

/// The fixed words of one meeting's agenda document.
pub(super) struct DocumentWords {
    /// "Sakskart til møte i faggruppe for Næringssamarbeid, 07.11.2024".
    pub heading: String,
    /// "Tid og sted: Torsdag 7. november 2024, kl. 12:00–13:00, Oslo Rådhus, …".
    pub time_and_place: String,
    /// "Innlegg mottatt: 5 av 5.".
    pub briefs_received: String,
    /// "Ingen innlegg fra: Elverum.", when a region sent nothing.
    pub without_brief: Option<String>,
    /// "Innlegg": the heading of the briefs when no agenda item collects them.
    pub briefs: String,
    pub invitees: String,
    /// Fornavn, Etternavn, Organisasjon.
    pub invitee_columns: [String; 3],
    /// "Til stede", "Forfall", "Vara", each with its list; only those with names.
    pub attendance: Vec<(String, String)>,
    /// "(tas som lest)" after the region of a brief whose author could not come.
    pub taken_as_read: String,
    /// One line per follow-up item the meeting takes up: "#3 What – Owner, frist … · Status".
    pub follow_ups: Vec<String>,
    /// "Oppfølgingspunkter": their heading when no agenda item is "Oppfølging fra forrige
    /// møte".
    pub follow_up_section: String,
    /// "Side {PAGE} av {PAGES}", for the footer.
    pub page_of: String,
    /// The document's date: when its latest brief was saved (so the same briefs give the
    /// same document), or before any brief, the notice's date.
    pub date: DateTime<FixedOffset>,
    pub lang: Language,
    /// The language as a document tag: `nb-NO` or `en-GB`.
    pub lang_tag: &'static str,
}

impl DocumentWords {
    /// Whether the follow-up items go under agenda item `number` (or, with `None`, in a
    /// section of their own, when no item is "Oppfølging fra forrige møte").
    pub fn follow_ups_under(&self, view: &ExportView, number: Option<u32>) -> bool {
        !self.follow_ups.is_empty() && view.follow_up_item() == number
    }

    pub fn of(view: &ExportView) -> Self {
        let lang = super::document_language(view);
        let m = &view.meeting;
        let summary = view.summary();
        DocumentWords {
            heading: t(
                lang,
                "export-heading",
                &[
                    (
                        "group",
                        group_in_running_text(&view.group.name, &m.title).into(),
                    ),
                    ("date", format_date(m.starts_at.date_naive(), lang).into()),
                ],
            ),
            time_and_place: t(
                lang,
                "export-time-place",
                &[
                    ("time", time_span(m, lang).into()),
                    ("place", one_line(&m.place).into()),
                ],
            ),
            briefs_received: t(
                lang,
                "export-briefs-received",
                &[
                    ("received", summary.received.into()),
                    ("total", (summary.received + summary.missing).into()),
                ],
            ),
            without_brief: (!view.regions_without_brief.is_empty()).then(|| {
                t(
                    lang,
                    "export-without-brief",
                    &[("regions", view.regions_without_brief.join(", ").into())],
                )
            }),
            briefs: t(lang, "export-briefs", &[]),
            invitees: t(lang, "export-invitees", &[]),
            invitee_columns: [
                t(lang, "export-first-name", &[]),
                t(lang, "export-last-name", &[]),
                t(lang, "export-organisation", &[]),
            ],
            attendance: attendance_lines(&view.attendance, lang),
            taken_as_read: t(lang, "export-taken-as-read", &[]),
            follow_ups: view
                .follow_ups
                .iter()
                .map(|f| {
                    let facts = FollowUpFacts {
                        number: f.number,
                        what: &f.what,
                        owner: &f.owner,
                        due: f.due,
                        status: &f.status,
                        done: f.done,
                        overdue: false,
                    };
                    follow_up_words(&facts, lang)
                })
                .collect(),
            follow_up_section: t(lang, "followup-section", &[]),
            page_of: t(
                lang,
                "export-page-of",
                &[("page", PAGE.into()), ("pages", PAGES.into())],
            ),
            date: document_date(view),
            lang,
            lang_tag: lang_tag(lang),
        }
    }

    /// The footer's words around the page number and the page count: "Side ", " av ", "".
    pub fn page_parts(&self) -> [&str; 3] {
        page_parts(&self.page_of)
    }

    /// "Sakspapirer og underlag: <link>", with the link as the format writes it.
    pub fn documents(&self, link: String) -> String {
        t(self.lang, "export-documents", &[("link", link.into())])
    }
}

/// A footer's words ("Side {PAGE} av {PAGES}") around the page number and the page count:
/// "Side ", " av ", "".
pub(super) fn page_parts(page_of: &str) -> [&str; 3] {
    let (before, rest) = page_of.split_once(PAGE).unwrap_or(("", ""));
    let (between, after) = rest.split_once(PAGES).unwrap_or((rest, ""));
    [before, between, after]
}

/// The group's name as the meeting's title writes it in running text ("Møte i faggruppe for
/// Næringssamarbeid" gives "faggruppe for Næringssamarbeid" for the group "Faggruppe for
/// Næringssamarbeid"), else as the group is named.
pub(super) fn group_in_running_text(group: &str, meeting_title: &str) -> String {
    let name = one_line(group);
    let title = one_line(meeting_title);
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return name;
    };
    let lower: String = first.to_lowercase().chain(chars).collect();
    if lower != name && title.contains(&lower) {
        lower
    } else {
        name
    }
}

/// The language as a document tag: `nb-NO` or `en-GB`.
pub(super) fn lang_tag(lang: Language) -> &'static str {
    match lang {
        Language::Nb => "nb-NO",
        Language::English => "en-GB",
    }
}

/// "Torsdag 7. november 2024, kl. 12:00–13:00": the meeting's time in the group's time zone.
pub(super) fn time_span(m: &MeetingView, lang: Language) -> String {
    let tz: Tz = m
        .time_zone
        .parse()
        .unwrap_or(crate::domain::local_time::OSLO);
    let span = format_time_span(
        m.starts_at.with_timezone(&Utc),
        m.ends_at.with_timezone(&Utc),
        tz,
        lang,
    );
    capitalized(&span)
}

/// When the latest brief was saved, or the start of the notice's day.
fn document_date(view: &ExportView) -> DateTime<FixedOffset> {
    let notice_day = || {
        let midnight = view.meeting.notice_date.and_time(NaiveTime::MIN);
        let offset = *view.meeting.starts_at.offset();
        midnight
            .and_local_timezone(offset)
            .single()
            .unwrap_or(view.meeting.starts_at)
    };
    view.briefs
        .iter()
        .map(|b| b.last_edited_at)
        .max()
        .unwrap_or_else(notice_day)
}

/// The attendance lists with their labels ("Til stede", "Forfall", "Vara"), leaving out the
/// empty ones.
pub(super) fn attendance_lines(a: &AttendanceView, lang: Language) -> Vec<(String, String)> {
    let deputies: Vec<String> = a
        .deputies
        .iter()
        .map(|d| {
            let args = [
                ("deputy", format!("{} ({})", d.name, d.organisation).into()),
                ("name", d.for_invitee.as_str().into()),
            ];
            t(lang, "export-deputy-for", &args)
        })
        .collect();
    [
        ("export-present", a.present.clone()),
        ("export-apologies", a.apologies.clone()),
        ("export-deputies", deputies),
    ]
    .into_iter()
    .filter(|(_, names)| !names.is_empty())
    .map(|(key, names)| (t(lang, key, &[]), names.join(", ")))
    .collect()
}

/// The invitee table's rows: first name, last name and organisation, each on one line.
pub(super) fn invitee_rows(view: &ExportView) -> Vec<Vec<String>> {
    view.invitees
        .iter()
        .map(|i| {
            [&i.first_name, &i.last_name, &i.organisation]
                .map(|t| one_line(t))
                .to_vec()
        })
        .collect()
}

/// An agenda item's text on one line: "Runde rundt bordet – Orientering om …".
pub(super) fn agenda_line(item: &AgendaItemView, lang: Language) -> String {
    let title = match &item.sak {
        Some(sak) => format!(
            "{} {}",
            crate::i18n::t(
                lang,
                "standing-sak-label",
                &[("label", sak.as_str().into())]
            ),
            one_line(&item.title)
        ),
        None => one_line(&item.title),
    };
    match item.description.as_deref().map(one_line) {
        Some(description) if !description.is_empty() => format!("{title} – {description}"),
        _ => title,
    }
}

/// A text from the meeting file on one line: white space runs (line breaks too) and control
/// characters become one space.
pub(super) fn one_line(text: &str) -> String {
    super::sanitize::one_line(text)
}

/// An agenda item's heading: its title, after "Sak 12/25" when the group numbers per year.
pub(super) fn sak_title(item: &AgendaItemView, lang: Language) -> String {
    match &item.sak {
        Some(sak) => format!(
            "{} {}",
            t(
                lang,
                "standing-sak-label",
                &[("label", sak.as_str().into())]
            ),
            one_line(&item.title)
        ),
        None => one_line(&item.title),
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
