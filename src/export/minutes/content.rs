//! The minutes as a sequence of parts in reading order, decided once for every document
//! format: the heading (with "UTKAST" and the comment deadline on a draft), time and place,
//! who was there, each sak with its account, outcome and follow-up items, the regions'
//! paragraphs under round the table, the matters raised under Eventuelt ("Ingen saker."
//! when none), the follow-up table, and on approved minutes the approval line and the
//! corrections after it. The Markdown, Word and PDF renderers only lay these parts out.

use super::super::document::{attendance_lines, one_line, time_span};
use super::super::{
    ApprovalView, ConclusionKind, ConclusionView, FollowUpView, MinutesItem, MinutesStatus,
    MinutesView,
};
use super::words::MinutesWords;
use crate::domain::StandingItem;
use crate::i18n::format_date;

/// One part of the document. Texts members or the secretariat wrote are borrowed as they
/// stand; the renderers make them safe for their format.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Part<'a> {
    /// The document's heading (level 1).
    Title(String),
    /// "UTKAST": set apart, in bold.
    Draft(String),
    /// "Tid: …", "Til stede: …": each name (with its colon) and its one-line value.
    Fields(Vec<(String, String)>),
    /// "Sak 1/24  Title" (level 2), and the headings "Oppfølgingspunkter", "Rettelser".
    Heading(String),
    /// A region's name under round the table, a raised matter, a correction (level 3).
    Subheading(String),
    /// A text with paragraphs and bullets as written (see `export::blocks`).
    Text(&'a str),
    /// "Vedtak: …", "Oppfølging: …": the label in bold, then the text (line breaks kept).
    Labelled { label: String, text: String },
    /// A note set in italics.
    Note(&'a str),
    /// A line of the document's own words ("Ingen saker.", "Merknader innen …").
    Line(String),
    /// The approval line that closes approved minutes, set apart from what is above it.
    Closing(String),
    /// The follow-up table: three columns, a header row.
    Table {
        columns: [String; 3],
        rows: Vec<[String; 3]>,
    },
}

/// The parts of a view's minutes, in order.
pub(super) fn parts<'a>(view: &'a MinutesView, words: &MinutesWords) -> Vec<Part<'a>> {
    let mut out = vec![Part::Title(words.heading.clone())];
    if let MinutesStatus::Draft { comments_by } = &view.status {
        out.push(Part::Draft(words.t("referat-doc-draft", &[])));
        if let Some(date) = comments_by {
            let date = words.date(*date);
            out.push(Part::Line(
                words.t("referat-doc-comments-by", &[("date", date.into())]),
            ));
        }
    }
    out.push(Part::Fields(heading_fields(view, words)));
    for item in &view.items {
        sak(&mut out, item, words);
    }
    if !view.follow_ups.is_empty() {
        out.push(Part::Heading(words.t("referat-doc-follow-ups", &[])));
        out.push(Part::Table {
            columns: ["referat-doc-what", "referat-doc-owner", "referat-doc-due"]
                .map(|key| words.t(key, &[])),
            rows: view
                .follow_ups
                .iter()
                .map(|f| {
                    [
                        one_line(&f.what),
                        one_line(&f.owner),
                        f.due
                            .map(|d| format_date(d, words.lang))
                            .unwrap_or_default(),
                    ]
                })
                .collect(),
        });
    }
    if let MinutesStatus::Approved(approval) = &view.status {
        out.push(Part::Closing(approval_line(
            approval,
            words,
            MINUTES_APPROVED,
        )));
        if !view.corrections.is_empty() {
            out.push(Part::Heading(words.t("referat-doc-corrections", &[])));
        }
        for c in &view.corrections {
            let date = words.date(c.dated);
            out.push(Part::Subheading(
                words.t("referat-doc-correction", &[("date", date.into())]),
            ));
            out.push(Part::Text(&c.text));
            out.push(Part::Line(match &c.approval {
                Some(a) => approval_line(a, words, CORRECTION_APPROVED),
                None => words.t("referat-doc-correction-pending", &[]),
            }));
        }
    }
    out
}

/// Tid, Sted, then Til stede, Forfall, Vara, Fra sekretariatet, Observatører, Referent
/// (each only when it names someone), each name with its colon.
fn heading_fields(view: &MinutesView, words: &MinutesWords) -> Vec<(String, String)> {
    let m = &view.meeting;
    let a = &view.attendance;
    let names = |list: &[String]| {
        let names: Vec<String> = list.iter().map(|n| one_line(n)).collect();
        names.join(", ")
    };
    let mut fields = vec![
        (words.t("referat-doc-time", &[]), time_span(m, words.lang)),
        (words.t("referat-doc-place", &[]), one_line(&m.place)),
    ];
    fields.extend(attendance_lines(&a.members, words.lang));
    for (key, list) in [
        ("referat-doc-secretariat", &a.secretariat),
        ("referat-doc-observers", &a.observers),
    ] {
        if !list.is_empty() {
            fields.push((words.t(key, &[]), names(list)));
        }
    }
    if let Some(taker) = &view.minute_taker {
        fields.push((words.t("referat-doc-minute-taker", &[]), one_line(taker)));
    }
    fields
        .into_iter()
        .map(|(name, value)| (format!("{name}:"), one_line(&value)))
        .collect()
}

/// A sak: its heading, account, outcome, follow-up items, and the briefs or raised matters
/// it holds.
fn sak<'a>(out: &mut Vec<Part<'a>>, item: &'a MinutesItem, words: &MinutesWords) {
    let label = words.t(
        "referat-doc-sak",
        &[("label", one_line(&item.label).into())],
    );
    out.push(Part::Heading(format!("{label}  {}", one_line(&item.title))));
    outcome(
        out,
        item.account.as_deref(),
        item.conclusion.as_ref(),
        words,
    );
    for f in &item.follow_ups {
        out.push(Part::Labelled {
            label: format!("{}:", words.t("referat-doc-follow-up", &[])),
            text: follow_up_line(f, words),
        });
    }
    for brief in &item.briefs {
        out.push(Part::Subheading(one_line(&brief.region)));
        out.push(Part::Text(&brief.text));
        if let Some(note) = &brief.note {
            out.push(Part::Note(note));
        }
    }
    for matter in &item.raised {
        out.push(Part::Subheading(one_line(&matter.title)));
        outcome(
            out,
            matter.account.as_deref(),
            matter.conclusion.as_ref(),
            words,
        );
    }
    if item.standing == Some(StandingItem::AnyOtherBusiness) && item.raised.is_empty() {
        out.push(Part::Line(words.t("referat-doc-no-matters", &[])));
    }
}

/// The account as written, then the conclusion after its kind's word.
fn outcome<'a>(
    out: &mut Vec<Part<'a>>,
    account: Option<&'a str>,
    conclusion: Option<&ConclusionView>,
    words: &MinutesWords,
) {
    if let Some(account) = account.filter(|a| !a.trim().is_empty()) {
        out.push(Part::Text(account));
    }
    if let Some(c) = conclusion {
        let kind = words.t(kind_key(c.kind), &[]);
        let text = c.text.trim();
        out.push(if text.is_empty() {
            Part::Line(format!("{kind}."))
        } else {
            Part::Labelled {
                label: format!("{kind}:"),
                text: text.to_owned(),
            }
        });
    }
}

/// The message key of a kind of outcome's word: "Vedtak", "Konklusjon", ….
pub(super) fn kind_key(kind: ConclusionKind) -> &'static str {
    match kind {
        ConclusionKind::Decision => "referat-doc-decision",
        ConclusionKind::Conclusion => "referat-doc-conclusion",
        ConclusionKind::Noted => "referat-doc-noted",
    }
}

/// "Sende kalenderinvitasjoner (ansvarlig: Sekretariatet, frist 1. desember 2024)".
fn follow_up_line(f: &FollowUpView, words: &MinutesWords) -> String {
    let what = one_line(&f.what);
    let owner = one_line(&f.owner);
    match f.due {
        Some(due) => words.t(
            "referat-doc-follow-up-line-due",
            &[
                ("what", what.into()),
                ("owner", owner.into()),
                ("date", words.date(due).into()),
            ],
        ),
        None => words.t(
            "referat-doc-follow-up-line",
            &[("what", what.into()), ("owner", owner.into())],
        ),
    }
}

/// The keys of an approval line: in a meeting under a sak, and outside a meeting.
const MINUTES_APPROVED: [&str; 2] = ["referat-doc-approved", "referat-doc-approved-outside"];
const CORRECTION_APPROVED: [&str; 2] = [
    "referat-doc-correction-approved",
    "referat-doc-correction-approved-outside",
];

/// "Referatet ble godkjent i møte 6. februar 2025, sak 2/25.", in the words of `keys`.
fn approval_line(approval: &ApprovalView, words: &MinutesWords, keys: [&str; 2]) -> String {
    let date = words.date(approval.meeting_date);
    match &approval.sak {
        Some(sak) => words.t(
            keys[0],
            &[("date", date.into()), ("sak", one_line(sak).into())],
        ),
        None => words.t(keys[1], &[("date", date.into())]),
    }
}
