//! The words of the agenda document that the Markdown and Word renderers share: the heading,
//! the time and place, the agenda lines, the count of briefs, and the invitee table's header,
//! in the group's language.

use super::{AgendaItemView, ExportView};
use crate::i18n::{format_date, format_time_span, t, Language};
use chrono::Utc;
use chrono_tz::Tz;

/// The fixed words of one meeting's agenda document.
pub(super) struct DocumentWords {
    /// "Sakskart til møte i Faggruppe for Næringssamarbeid, 07.11.2024".
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
    pub lang: Language,
}

impl DocumentWords {
    pub fn of(view: &ExportView) -> Self {
        let lang = super::document_language(view);
        let m = &view.meeting;
        let tz: Tz = m
            .time_zone
            .parse()
            .unwrap_or(crate::domain::local_time::OSLO);
        let date = format_date(m.starts_at.date_naive(), lang);
        let span = format_time_span(
            m.starts_at.with_timezone(&Utc),
            m.ends_at.with_timezone(&Utc),
            tz,
            lang,
        );
        let summary = view.summary();
        DocumentWords {
            heading: t(
                lang,
                "export-heading",
                &[
                    ("group", view.group.name.as_str().into()),
                    ("date", date.into()),
                ],
            ),
            time_and_place: t(
                lang,
                "export-time-place",
                &[
                    ("time", capitalized(&span).into()),
                    ("place", one_line(&m.place).into()),
                ],
            ),
            briefs_received: t(
                lang,
                "export-briefs-received",
                &[
                    ("received", summary.received.into()),
                    ("total", (summary.received + summary.missing).into()),
                    ("late", summary.late.into()),
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
            attendance: attendance_lines(view, lang),
            taken_as_read: t(lang, "export-taken-as-read", &[]),
            lang,
        }
    }

    /// "Sakspapirer og underlag: <link>", with the link as the format writes it.
    pub fn documents(&self, link: String) -> String {
        t(self.lang, "export-documents", &[("link", link.into())])
    }
}

/// The attendance lists with their labels, leaving out the empty ones.
fn attendance_lines(view: &ExportView, lang: Language) -> Vec<(String, String)> {
    let a = &view.attendance;
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

/// An agenda item's text on one line: "Runde rundt bordet – Orientering om …".
pub(super) fn agenda_line(item: &AgendaItemView) -> String {
    let title = one_line(&item.title);
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

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
