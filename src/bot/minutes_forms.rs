//! The minutes' forms, buttons and reminder words on Discord: the outcome and "Eventuelt"
//! forms (pre-filled when edited), the buttons under the draft and under a correction, and
//! the comment round's reminder.

use super::brief_flow::MODAL_MAX_CHARS;
use super::custom_id::CustomId;
use super::discord_text::fit;
use crate::domain::minutes::{ConclusionKind, Outcome, MAX_TITLE};
use crate::domain::minutes_records::CorrectionRecord;
use crate::i18n::{t, Language};
use poise::serenity_prelude as serenity;
/// The form fields' `custom_id`s.
pub const ACCOUNT: &str = "account";
pub const CONCLUSION: &str = "conclusion";
pub const TITLE: &str = "title";
pub const PARAGRAPH: &str = "paragraph";

/// The one-letter code of a kind in a form's id.
pub fn kind_letter(kind: ConclusionKind) -> char {
    match kind {
        ConclusionKind::Decision => 'd',
        ConclusionKind::Conclusion => 'c',
        ConclusionKind::Noted => 'n',
    }
}

pub fn kind_of(letter: char) -> ConclusionKind {
    match letter {
        'd' => ConclusionKind::Decision,
        'c' => ConclusionKind::Conclusion,
        _ => ConclusionKind::Noted,
    }
}

/// The kind's name as the minutes write it.
pub fn kind_name(kind: ConclusionKind, lang: Language) -> String {
    t(lang, "minutes-kind", &[("kind", kind.code().into())])
}

pub fn paragraph_field(
    label: String,
    id: &str,
    value: Option<&str>,
    required: bool,
) -> serenity::CreateActionRow {
    let mut field =
        serenity::CreateInputText::new(serenity::InputTextStyle::Paragraph, fit(&label, 45), id)
            .max_length(MODAL_MAX_CHARS as u16)
            .required(required);
    if let Some(value) = value.filter(|v| !v.is_empty()) {
        field = field.value(fit(value, MODAL_MAX_CHARS));
    }
    serenity::CreateActionRow::InputText(field)
}

/// The outcome form of an agenda item, pre-filled with what was recorded.
pub fn item_modal(
    meeting: i64,
    (number, label): (u32, &str),
    title: &str,
    kind: ConclusionKind,
    current: Option<&Outcome>,
    lang: Language,
) -> serenity::CreateModal {
    let id = CustomId::MinutesItemModal {
        meeting,
        number,
        kind: kind_letter(kind),
    };
    let heading = t(
        lang,
        "minutes-item-modal-title",
        &[("number", label.into()), ("title", title.into())],
    );
    let account = current.and_then(|o| o.account.as_deref());
    let conclusion = current
        .and_then(|o| o.conclusion.as_ref())
        .map(|c| c.text.as_str());
    serenity::CreateModal::new(id.encode(), fit(&heading, 45)).components(vec![
        paragraph_field(
            t(lang, "minutes-field-account", &[]),
            ACCOUNT,
            account,
            false,
        ),
        paragraph_field(kind_name(kind, lang), CONCLUSION, conclusion, false),
    ])
}

/// The form for a matter raised under "Eventuelt".
pub fn raised_modal(meeting: i64, kind: ConclusionKind, lang: Language) -> serenity::CreateModal {
    let id = CustomId::MinutesRaisedModal {
        meeting,
        kind: kind_letter(kind),
    };
    let title = serenity::CreateInputText::new(
        serenity::InputTextStyle::Short,
        fit(&t(lang, "minutes-field-title", &[]), 45),
        TITLE,
    )
    .max_length(MAX_TITLE as u16)
    .required(true);
    let heading = t(lang, "minutes-raised-modal-title", &[]);
    serenity::CreateModal::new(id.encode(), fit(&heading, 45)).components(vec![
        serenity::CreateActionRow::InputText(title),
        paragraph_field(t(lang, "minutes-field-account", &[]), ACCOUNT, None, false),
        paragraph_field(kind_name(kind, lang), CONCLUSION, None, false),
    ])
}

/// The buttons under a pending correction in `/referat status`.
pub fn decide_buttons(c: &CorrectionRecord, lang: Language) -> serenity::CreateActionRow {
    let label = |key: &str| fit(&t(lang, key, &[("region", c.region.as_str().into())]), 80);
    serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(
            CustomId::MinutesDecide {
                correction: c.id,
                accept: true,
            }
            .encode(),
        )
        .label(label("minutes-accept-button"))
        .style(serenity::ButtonStyle::Success),
        serenity::CreateButton::new(
            CustomId::MinutesDecide {
                correction: c.id,
                accept: false,
            }
            .encode(),
        )
        .label(label("minutes-reject-button"))
        .style(serenity::ButtonStyle::Danger),
    ])
}

/// The buttons under the posted draft.
pub fn draft_buttons(meeting: i64, lang: Language) -> serenity::CreateActionRow {
    serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(CustomId::MinutesConfirm { meeting }.encode())
            .label(t(lang, "minutes-confirm-button", &[]))
            .style(serenity::ButtonStyle::Success),
        serenity::CreateButton::new(CustomId::MinutesFix { meeting }.encode())
            .label(t(lang, "minutes-fix-button", &[]))
            .style(serenity::ButtonStyle::Secondary),
    ])
}

/// The comment round's reminder: the regions that have not answered and the deadline.
pub fn reminder_content(
    meeting: &crate::domain::records::MeetingDetails,
    silent: &[String],
    comments_by: chrono::DateTime<chrono::Utc>,
    tz: chrono_tz::Tz,
    lang: Language,
) -> String {
    let deadline = comments_by.with_timezone(&tz).date_naive();
    t(
        lang,
        "minutes-reminder",
        &[
            ("title", meeting.summary.title.as_str().into()),
            ("regions", silent.join(", ").into()),
            (
                "deadline",
                crate::i18n::format_date_long(deadline, lang).into(),
            ),
        ],
    )
}
