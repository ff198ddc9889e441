//! The minutes on Discord beyond the commands: the outcome, "Eventuelt" and correction forms
//! submitted, the buttons under the posted draft (confirm, propose a correction) and the
//! secretariat's accept and reject, each answer giving back what was typed when refused. The
//! forms and buttons themselves are built in `minutes_forms.rs`.

use super::access::actor;
use super::brief_flow::MODAL_MAX_CHARS;
use super::custom_id::CustomId;
use super::discord_text::{fit, MAX_CONTENT};
use super::minutes_forms::{
    decide_buttons, kind_of, paragraph_field, ACCOUNT, CONCLUSION, PARAGRAPH, TITLE,
};
use super::reply::{modal_field, outcome, private, Reply};
use super::{BotError, Data};
use crate::app::minutes_round::paragraph_base;
use crate::app::{Actor, MinutesFailure};
use crate::domain::minutes::{ConclusionKind, Outcome, Raised};
use crate::domain::minutes_records::CorrectionRecord;
use crate::i18n::minutes_errors::minutes_error;
use crate::i18n::{t, Language};
use poise::serenity_prelude as serenity;

/// A refusal with what was typed given back (as a file when the message cannot hold it).
pub(crate) fn refused_with_text(reason: String, typed: &str, lang: Language) -> Reply {
    if typed.trim().is_empty() {
        return Reply::text(reason);
    }
    let whole = format!("{reason}\n{}\n\n{typed}", t(lang, "minutes-text-back", &[]));
    if whole.chars().count() <= MAX_CONTENT {
        return Reply::text(whole);
    }
    Reply {
        content: format!("{reason}\n{}", t(lang, "minutes-text-back-file", &[])),
        file: Some(serenity::CreateAttachment::bytes(
            typed.as_bytes().to_vec(),
            "referat-tekst.txt",
        )),
    }
}

fn failure_words(data: &Data, e: &MinutesFailure, lang: Language) -> String {
    if matches!(
        e,
        MinutesFailure::App(_) | MinutesFailure::Render(_) | MinutesFailure::Change(_)
    ) {
        tracing::error!(error = %e, "minutes: cannot do what was asked");
    }
    minutes_error(e, data.app.tz, lang)
}

/// A submitted outcome, raised matter or correction form.
pub async fn submitted(
    ctx: &serenity::Context,
    data: &Data,
    modal: &serenity::ModalInteraction,
    id: CustomId,
    lang: Language,
) -> Result<(), BotError> {
    let who = actor(data, &modal.user, modal.member.as_ref());
    let reply = match id {
        CustomId::MinutesItemModal {
            meeting,
            number,
            kind,
        } => {
            let account = modal_field(modal, ACCOUNT);
            let conclusion = modal_field(modal, CONCLUSION);
            let typed = [account.as_str(), conclusion.as_str()].join("\n\n");
            match item_saved(
                data,
                meeting,
                number,
                kind_of(kind),
                &account,
                &conclusion,
                &who,
            )
            .await
            {
                Ok((label, title)) => Reply::text(t(
                    lang,
                    "minutes-item-saved",
                    &[("number", label.into()), ("title", title.into())],
                )),
                Err(e) => refused_with_text(failure_words(data, &e, lang), typed.trim(), lang),
            }
        }
        CustomId::MinutesRaisedModal { meeting, kind } => {
            let title = modal_field(modal, TITLE);
            let account = modal_field(modal, ACCOUNT);
            let conclusion = modal_field(modal, CONCLUSION);
            let typed = [title.as_str(), account.as_str(), conclusion.as_str()].join("\n\n");
            let result = match Raised::parse(&title, &account, kind_of(kind), &conclusion) {
                Ok(raised) => match data.app.meeting_summary(meeting).await {
                    Ok(m) => data.app.add_raised(&m, &raised, &who).await,
                    Err(e) => Err(e.into()),
                },
                Err(e) => Err(e.into()),
            };
            match result {
                Ok(()) => Reply::text(t(
                    lang,
                    "minutes-raised-saved",
                    &[("title", title.trim().into())],
                )),
                Err(e) => refused_with_text(failure_words(data, &e, lang), typed.trim(), lang),
            }
        }
        CustomId::MinutesFixModal {
            meeting,
            region,
            base,
        } => {
            let text = modal_field(modal, PARAGRAPH);
            let result = match data.app.meeting_summary(meeting).await {
                Ok(m) => {
                    data.app
                        .propose_correction(&m, region, &base, &text, &who)
                        .await
                }
                Err(e) => Err(e.into()),
            };
            match result {
                Ok(c) => {
                    tell_secretariat(ctx, data, &c).await;
                    Reply::text(t(
                        lang,
                        "minutes-correction-saved",
                        &[("region", c.region.into())],
                    ))
                }
                Err(e) => refused_with_text(failure_words(data, &e, lang), &text, lang),
            }
        }
        _ => return Ok(()),
    };
    let response = serenity::CreateInteractionResponse::Message(reply.into_message());
    super::retry::with_retries(|| modal.create_response(&ctx.http, response.clone())).await?;
    Ok(())
}

/// Puts a proposed correction before the secretariat in its channel: the paragraph as it
/// stands and as proposed, with accept and reject (the whole as a file when long). Without a
/// secretariat channel, `/referat status` shows it.
async fn tell_secretariat(ctx: &serenity::Context, data: &Data, c: &CorrectionRecord) {
    let Some(channel) = data.secretariat_channel else {
        return;
    };
    let lang = data.default_language;
    let current = match data.app.comment_round(c.meeting_id).await {
        Ok(Some((_, paragraphs))) => paragraphs
            .into_iter()
            .find(|p| p.region == c.region)
            .map(|p| p.body)
            .unwrap_or_default(),
        _ => String::new(),
    };
    let quote = |text: &str| -> String { text.lines().map(|l| format!("> {l}\n")).collect() };
    let whole = t(
        lang,
        "minutes-correction-to-secretariat",
        &[
            ("region", c.region.as_str().into()),
            ("author", c.proposed_name.as_str().into()),
            ("current", quote(&current).into()),
            ("proposed", quote(&c.body).into()),
        ],
    );
    let mut message = serenity::CreateMessage::new()
        .content(fit(&whole, MAX_CONTENT))
        .components(vec![decide_buttons(c, lang)])
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    if whole.chars().count() > MAX_CONTENT {
        message = message.add_file(serenity::CreateAttachment::bytes(
            whole.into_bytes(),
            "rettelse.md",
        ));
    }
    if let Err(e) = channel.send_message(&ctx.http, message).await {
        tracing::warn!(error = %e, "cannot put a correction before the secretariat");
    }
}

async fn item_saved(
    data: &Data,
    meeting: i64,
    number: u32,
    kind: ConclusionKind,
    account: &str,
    conclusion: &str,
    who: &Actor,
) -> Result<(String, String), MinutesFailure> {
    let outcome = Outcome::parse(account, kind, conclusion)?;
    let meeting = data.app.meeting_summary(meeting).await?;
    let item = data
        .app
        .record_outcome(&meeting, number, &outcome, who)
        .await?;
    let label = data.app.item_label(meeting.id, &item).await?;
    Ok((label, item.title))
}

/// A click on a button under the draft or on a correction's accept/reject.
pub async fn clicked(
    data: &Data,
    click: &serenity::ComponentInteraction,
    id: &CustomId,
    lang: Language,
) -> Result<serenity::CreateInteractionResponse, BotError> {
    let who = actor(data, &click.user, click.member.as_ref());
    let app = &data.app;
    let answer = |text: String| private(text);
    Ok(match *id {
        CustomId::MinutesConfirm { meeting } => {
            let meeting = app.meeting_summary(meeting).await?;
            match app.confirm_paragraph(&meeting, &who).await {
                Ok(p) => answer(t(lang, "minutes-confirmed", &[("region", p.region.into())])),
                Err(e) => answer(failure_words(data, &e, lang)),
            }
        }
        CustomId::MinutesFix { meeting } => {
            let meeting = app.meeting_summary(meeting).await?;
            match app.own_paragraph(&meeting, &who).await {
                Ok(p) if p.body.chars().count() > MODAL_MAX_CHARS => {
                    answer(t(lang, "minutes-paragraph-too-long", &[]))
                }
                Ok(p) => {
                    let id = CustomId::MinutesFixModal {
                        meeting: meeting.id,
                        region: p.region_id,
                        base: paragraph_base(&p),
                    };
                    let heading = t(
                        lang,
                        "minutes-fix-modal-title",
                        &[("region", p.region.as_str().into())],
                    );
                    let field = paragraph_field(
                        t(lang, "minutes-field-paragraph", &[]),
                        PARAGRAPH,
                        Some(&p.body),
                        true,
                    );
                    serenity::CreateInteractionResponse::Modal(
                        serenity::CreateModal::new(id.encode(), fit(&heading, 45))
                            .components(vec![field]),
                    )
                }
                Err(e) => answer(failure_words(data, &e, lang)),
            }
        }
        CustomId::MinutesDecide { correction, accept } => {
            match app.decide_correction(correction, accept, &who).await {
                // The message about this correction alone becomes its outcome; under the
                // status of several, the others' buttons stay.
                Ok(c) if click.message.components.len() <= 1 => {
                    outcome(fit(&decided_line(&c, accept, lang), MAX_CONTENT))
                }
                Ok(c) => answer(decided_line(&c, accept, lang)),
                Err(e) => answer(failure_words(data, &e, lang)),
            }
        }
        _ => answer(t(lang, "error-internal", &[])),
    })
}

fn decided_line(c: &CorrectionRecord, accept: bool, lang: Language) -> String {
    let key = if accept {
        "minutes-correction-accepted"
    } else {
        "minutes-correction-rejected"
    };
    t(
        lang,
        key,
        &[
            ("region", c.region.as_str().into()),
            ("author", c.proposed_name.as_str().into()),
        ],
    )
}
