//! Writing a brief on Discord: the hand-built modal, reading an attached file, saving and the
//! receipt, and giving the text back whenever it could not be saved.

use super::custom_id::CustomId;
use super::discord_text::{fit, timestamp, MAX_CONTENT};
pub use super::reply::{private, Reply};
use crate::app::{Actor, BriefError, BriefReceipt, Roundtable};
use crate::domain::brief::MAX_BRIEF_CHARS;
use crate::domain::records::RegionRow;
use crate::domain::MeetingSummary;
use crate::i18n::{errors, format_date_long, format_speaking_time, t, Language};
use poise::serenity_prelude as serenity;

/// The most characters Discord lets a modal's text field hold.
pub const MODAL_MAX_CHARS: usize = 4000;
/// The largest attached brief file read (20,000 characters of text fit well within it).
pub const MAX_ATTACHMENT_BYTES: u32 = 100_000;
/// The `custom_id` of the modal's text field.
pub const TEXT_FIELD: &str = "text";
/// How much of the brief the receipt shows.
const PREVIEW_CHARS: usize = 700;

/// The file name a brief is given back or attached under, e.g. `innlegg-horten-kommune.txt`.
pub fn file_name(region: &str) -> String {
    let slug: String = region
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    format!("innlegg-{slug}.txt")
}

/// The brief modal: one multi-line field, pre-filled with the current brief.
pub fn modal(
    id: &CustomId,
    region: &str,
    current: Option<&str>,
    lang: Language,
) -> serenity::CreateModal {
    let title = fit(
        &t(lang, "brief-modal-title", &[("region", region.into())]),
        45,
    );
    let label = fit(&t(lang, "brief-modal-label", &[]), 45);
    let placeholder = fit(&t(lang, "brief-modal-placeholder", &[]), 100);
    let mut field =
        serenity::CreateInputText::new(serenity::InputTextStyle::Paragraph, label, TEXT_FIELD)
            .placeholder(placeholder)
            .min_length(1)
            .max_length(MODAL_MAX_CHARS as u16)
            .required(true);
    if let Some(text) = current {
        field = field.value(text);
    }
    serenity::CreateModal::new(id.encode(), title)
        .components(vec![serenity::CreateActionRow::InputText(field)])
}

/// The brief form for a region, pre-filled with its current brief; or, when that brief is
/// longer than the form holds, the message asking for a file instead (so nothing is cut).
pub async fn form_for(
    app: &Roundtable,
    meeting: &MeetingSummary,
    region: &RegionRow,
    lang: Language,
) -> Result<Result<serenity::CreateModal, String>, crate::app::AppError> {
    let current = app.current_brief_text(meeting.id, region.id).await?;
    if current
        .as_ref()
        .is_some_and(|t| t.chars().count() > MODAL_MAX_CHARS)
    {
        let args = [("max", MAX_BRIEF_CHARS.into())];
        return Ok(Err(t(lang, "brief-too-long-for-modal", &args)));
    }
    let id = CustomId::BriefModal {
        meeting: meeting.id,
        region: region.id,
    };
    Ok(Ok(modal(&id, &region.name, current.as_deref(), lang)))
}

/// Reads an attached `.txt`/`.md` brief; the error is the message for the user.
pub async fn read_attachment(
    file: &serenity::Attachment,
    lang: Language,
) -> Result<String, String> {
    let name = file.filename.to_lowercase();
    if !(name.ends_with(".txt") || name.ends_with(".md")) {
        return Err(t(
            lang,
            "error-attachment-type",
            &[("name", file.filename.as_str().into())],
        ));
    }
    let max = MAX_ATTACHMENT_BYTES as usize;
    let bytes = match super::download::attachment(file, max).await {
        Ok(bytes) => bytes,
        Err(super::download::DownloadError::TooLarge { .. }) => {
            return Err(t(
                lang,
                "error-attachment-size",
                &[("max", MAX_BRIEF_CHARS.into())],
            ));
        }
        Err(e) => {
            tracing::warn!(error = %e, "cannot download an attached brief");
            return Err(t(lang, "error-attachment-download", &[]));
        }
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|_| t(lang, "error-attachment-utf8", &[]))
}

/// Saves a brief and answers with the receipt, or with the reason and the text given back.
pub async fn save_and_reply(
    app: &Roundtable,
    meeting: &MeetingSummary,
    region: &RegionRow,
    actor: &Actor,
    text: &str,
    interaction: Option<u64>,
    lang: Language,
) -> Reply {
    let saved = app
        .submit_brief(
            meeting,
            &region.name,
            text,
            &actor.author(),
            actor.submitter(),
            interaction,
        )
        .await;
    match saved {
        Ok(receipt) => Reply::text(render_receipt(&receipt, text, app, lang)),
        Err(e) => {
            if let BriefError::App(store) = &e {
                tracing::error!(error = %store, region = %region.name, "cannot save a brief");
            }
            text_back(
                errors::brief_error(&e, app.tz, lang),
                &region.name,
                text,
                lang,
            )
        }
    }
}

/// A refusal that gives the user back what they wrote, as a file beside the message.
pub fn text_back(reason: String, region: &str, text: &str, lang: Language) -> Reply {
    if text.trim().is_empty() {
        return Reply::text(reason);
    }
    let content = format!("{reason}\n{}", t(lang, "brief-text-back", &[]));
    Reply {
        content,
        file: Some(serenity::CreateAttachment::bytes(
            text.as_bytes().to_vec(),
            file_name(region),
        )),
    }
}

/// The receipt: region, meeting, length and speaking time, the deadline, and a preview.
pub fn render_receipt(
    receipt: &BriefReceipt,
    text: &str,
    app: &Roundtable,
    lang: Language,
) -> String {
    let m = &receipt.meeting;
    let speaking = format_speaking_time(receipt.estimate.duration, lang);
    let mut lines = vec![
        t(
            lang,
            "brief-receipt",
            &[
                ("region", receipt.region.as_str().into()),
                ("title", m.title.as_str().into()),
                ("revision", receipt.saved.revision.into()),
            ],
        ),
        t(
            lang,
            "brief-receipt-length",
            &[
                ("words", receipt.estimate.words.into()),
                ("time", speaking.as_str().into()),
            ],
        ),
    ];
    if receipt.estimate.over_limit() {
        lines.push(t(
            lang,
            "brief-receipt-over-limit",
            &[("time", speaking.into())],
        ));
    }
    let deadline = m.brief_deadline.with_timezone(&app.tz);
    lines.push(if receipt.late {
        t(lang, "brief-receipt-late", &[])
    } else {
        t(
            lang,
            "brief-receipt-deadline",
            &[
                ("timestamp", timestamp(m.brief_deadline, 'f').into()),
                ("date", format_date_long(deadline.date_naive(), lang).into()),
                ("time", deadline.format("%H:%M").to_string().into()),
            ],
        )
    });
    lines.push(t(lang, "brief-receipt-preview", &[]));
    let head = lines.join("\n");
    let room = MAX_CONTENT
        .saturating_sub(head.chars().count() + 16)
        .min(PREVIEW_CHARS);
    let preview: String = fit(text, room)
        .lines()
        .map(|l| format!("> {l}"))
        .collect::<Vec<_>>()
        .join("\n");
    format!("{head}\n{preview}")
}
