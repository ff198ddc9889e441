//! The messages the bot posts on its own, in the group's language: the meeting notice (laid
//! out like the secretariat's e-mailed notice), the reminders, the change note and the
//! "briefs collected" report.

use super::custom_id::CustomId;
use super::discord_text::{fit, time_and_place, timestamp, MAX_CONTENT};
use super::follow_up_text;
use crate::domain::follow_up::FollowUpItem;
use crate::domain::notice_facts::NoticeChange;
use crate::domain::records::{BriefTally, MeetingDetails, RegionBriefs};
use crate::i18n::{format_date, format_date_long, format_time_span, t, Language};
use chrono_tz::Tz;
use poise::serenity_prelude as serenity;
use std::fmt::Write;

/// The language of the group's channel.
pub fn group_language(meeting: &MeetingDetails, default: Language) -> Language {
    Language::from_code(&meeting.group.language).unwrap_or(default)
}

/// The notice: to whom, time and place, the covering text and documents, what to prepare
/// and by when, the numbered agenda (the follow-up items the meeting takes up under
/// "Oppfølging fra forrige møte", or in a section of their own), and the secretariat's
/// signature.
pub fn notice_content(
    meeting: &MeetingDetails,
    follow_ups: &[FollowUpItem],
    tz: Tz,
    lang: Language,
) -> String {
    let s = &meeting.summary;
    let g = &meeting.group;
    let deadline = s.brief_deadline.with_timezone(&tz);
    let mut out = String::new();
    if s.cancelled_at.is_some() {
        let _ = writeln!(out, "{}", t(lang, "notice-cancelled-banner", &[]));
    }
    let _ = writeln!(
        out,
        "**{}**",
        t(
            lang,
            "notice-heading",
            &[("title", s.title.as_str().into())]
        )
    );
    let _ = writeln!(
        out,
        "{}",
        t(
            lang,
            "notice-date",
            &[("date", format_date(meeting.notice_date, lang).into())]
        )
    );
    let _ = writeln!(
        out,
        "{}",
        t(
            lang,
            "notice-to",
            &[
                ("organisation", g.organisation.as_str().into()),
                ("group", g.name.as_str().into())
            ]
        )
    );
    let _ = writeln!(out, "\n{}", time_and_place(s, tz, lang));
    if !meeting.notice_text.is_empty() {
        let _ = writeln!(out, "\n{}", meeting.notice_text);
    }
    if let Some(docs) = &meeting.documents {
        let _ = writeln!(
            out,
            "{}",
            t(
                lang,
                "notice-documents",
                &[
                    ("title", docs.title.as_str().into()),
                    ("url", docs.url.as_str().into())
                ]
            )
        );
    }
    let _ = writeln!(
        out,
        "\n**{}**\n{}",
        t(lang, "notice-prepare", &[]),
        meeting.preparation
    );
    let _ = writeln!(
        out,
        "{}",
        t(
            lang,
            "notice-deadline",
            &[
                ("timestamp", timestamp(s.brief_deadline, 'f').into()),
                ("date", format_date_long(deadline.date_naive(), lang).into()),
                ("time", deadline.format("%H:%M").to_string().into()),
            ],
        )
    );
    let _ = writeln!(out, "\n**{}**", t(lang, "agenda-heading", &[]));
    for item in &meeting.agenda {
        let label = crate::i18n::sak_prefix(meeting.sak_label(item), lang);
        let _ = writeln!(out, "{label} {}", item.title);
        if let Some(description) = item.description.as_deref().filter(|d| !d.is_empty()) {
            let _ = writeln!(out, "   {description}");
        }
        follow_up_text::write_under(&mut out, item, follow_ups, None, lang);
    }
    follow_up_text::write_section(&mut out, &meeting.agenda, follow_ups, None, lang);
    let sec = &g.secretariat;
    let _ = write!(
        out,
        "\n{}\n{}\n{}",
        t(lang, "notice-regards", &[]),
        sec.name,
        sec.title
    );
    if let Some(phone) = &sec.phone {
        let _ = write!(
            out,
            "\n{}",
            t(lang, "notice-phone", &[("phone", phone.as_str().into())])
        );
    }
    if let Some(email) = &sec.email {
        let _ = write!(out, "\n{email}");
    }
    fit(&out, MAX_CONTENT)
}

/// The buttons a posted notice carries: none once the meeting is cancelled (they would only
/// answer with a refusal), else [`notice_components`].
pub fn notice_buttons(meeting: &MeetingDetails, lang: Language) -> Vec<serenity::CreateActionRow> {
    if meeting.summary.cancelled_at.is_some() {
        return Vec::new();
    }
    notice_components(meeting.summary.id, lang)
}

/// The notice's buttons: the answers (attending, not, a deputy), then send a brief, the
/// agenda, the invitees.
pub fn notice_components(meeting: i64, lang: Language) -> Vec<serenity::CreateActionRow> {
    let button = |id: CustomId, key: &str, style| {
        serenity::CreateButton::new(id.encode())
            .label(t(lang, key, &[]))
            .style(style)
    };
    let rsvp = |answer| CustomId::Rsvp { meeting, answer };
    let (primary, secondary) = (
        serenity::ButtonStyle::Primary,
        serenity::ButtonStyle::Secondary,
    );
    vec![
        serenity::CreateActionRow::Buttons(vec![
            button(
                rsvp('y'),
                "notice-button-attending",
                serenity::ButtonStyle::Success,
            ),
            button(rsvp('n'), "notice-button-absent", secondary),
            button(rsvp('d'), "notice-button-deputy", secondary),
        ]),
        serenity::CreateActionRow::Buttons(vec![
            button(
                CustomId::NoticeBrief { meeting },
                "notice-button-brief",
                primary,
            ),
            button(
                CustomId::NoticeAgenda { meeting },
                "notice-button-agenda",
                secondary,
            ),
            button(
                CustomId::NoticeInvitees { meeting },
                "notice-button-invitees",
                secondary,
            ),
        ]),
    ]
}

/// The `.ics` file's name for a meeting: the group and the day it is held (not its key,
/// which keeps the day it was first planned for).
pub fn ics_file_name(meeting: &MeetingDetails, tz: Tz) -> String {
    let s = &meeting.summary;
    let stem = crate::domain::meeting_edit::meeting_key(&s.group_slug, s.starts_at, tz);
    format!("{stem}.ics")
}

/// A reminder naming the regions still missing a brief (the mentions of their
/// representatives are added by the scheduler, in as many messages as they need).
pub fn reminder_content(meeting: &MeetingDetails, missing: &[String], lang: Language) -> String {
    let regions: Vec<&str> = missing.iter().map(String::as_str).collect();
    let out = t(
        lang,
        "reminder",
        &[
            ("title", meeting.summary.title.as_str().into()),
            ("regions", regions.join(", ").into()),
            ("count", regions.len().into()),
            (
                "timestamp",
                timestamp(meeting.summary.brief_deadline, 'f').into(),
            ),
        ],
    );
    fit(&out, MAX_CONTENT)
}

/// The note that the notice changed: what changed (when known), with a link to the notice;
/// `restored`: the meeting is held after all.
pub fn changed_content(
    meeting: &MeetingDetails,
    changes: &[NoticeChange],
    link: Option<String>,
    restored: bool,
    tz: Tz,
    lang: Language,
) -> String {
    let key = match (meeting.summary.cancelled_at, restored) {
        (Some(_), _) => "notice-cancelled",
        (None, true) => "notice-restored",
        (None, false) => "notice-changed",
    };
    let mut out = t(
        lang,
        key,
        &[("title", meeting.summary.title.as_str().into())],
    );
    if let Some(link) = link {
        let _ = write!(out, " {link}");
    }
    if meeting.summary.cancelled_at.is_none() {
        for change in changes {
            let line = match change {
                NoticeChange::Time { starts_at, ends_at } => t(
                    lang,
                    "notice-changed-time",
                    &[(
                        "time",
                        format_time_span(*starts_at, *ends_at, tz, lang).into(),
                    )],
                ),
                NoticeChange::Place(place) => t(
                    lang,
                    "notice-changed-place",
                    &[("place", place.as_str().into())],
                ),
                NoticeChange::Deadline(deadline) => {
                    let local = deadline.with_timezone(&tz);
                    t(
                        lang,
                        "notice-changed-deadline",
                        &[
                            ("date", format_date_long(local.date_naive(), lang).into()),
                            ("time", local.format("%H:%M").to_string().into()),
                        ],
                    )
                }
            };
            let _ = write!(out, "\n{line}");
        }
    }
    fit(&out, MAX_CONTENT)
}

/// The report to the secretariat after the deadline.
pub fn collected_content(
    meeting: &MeetingDetails,
    briefs: &[RegionBriefs],
    lang: Language,
) -> String {
    let s = &meeting.summary;
    let tally = BriefTally::of(briefs, s.brief_deadline);
    let (late, received) = (tally.late, tally.received);
    let words = |missing: String| {
        t(
            lang,
            "collected",
            &[
                ("title", s.title.as_str().into()),
                ("received", received.into()),
                ("total", briefs.len().into()),
                ("late", late.into()),
                ("missing", missing.into()),
                ("key", s.key.as_str().into()),
            ],
        )
    };
    if tally.missing.is_empty() {
        return fit(&words("–".to_owned()), MAX_CONTENT);
    }
    // As many of the missing regions as fit in one message, then how many more.
    let all = tally.missing.len();
    let mut length = 0;
    let mut shown = tally
        .missing
        .iter()
        .take_while(|name| {
            length += name.chars().count() + 2;
            length <= MAX_CONTENT
        })
        .count();
    loop {
        let mut list = tally.missing[..shown].join(", ");
        if shown < all {
            let more = t(lang, "collected-more", &[("count", (all - shown).into())]);
            let _ = write!(list, " {more}");
        }
        let content = words(list);
        if content.chars().count() <= MAX_CONTENT || shown == 0 {
            return fit(&content, MAX_CONTENT);
        }
        shown -= 1;
    }
}
