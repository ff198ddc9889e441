//! The follow-up items' forms: the secretariat's new item (what, owner, due date, sak) and an
//! owner's line of status, built here and handled when submitted; whatever could not be
//! saved is given back to whoever typed it.

use super::access::actor;
use super::custom_id::CustomId;
use super::discord_text::{fit, MAX_CONTENT};
use super::follow_up_text::item_line;
use super::reply::{modal_field, Reply};
use super::{BotError, Data};
use crate::app::{Actor, FollowUpError, FollowUpInput, OwnerInput};
use crate::domain::follow_up::{FollowUpItem, MAX_OWNER_CHARS, MAX_STATUS_CHARS, MAX_WHAT_CHARS};
use crate::i18n::{t, Language};
use poise::serenity_prelude as serenity;

const WHAT: &str = "what";
const OWNER: &str = "owner";
const DUE: &str = "due";
const AGENDA_ITEM: &str = "item";
const STATUS: &str = "status";

fn input(
    style: serenity::InputTextStyle,
    label: String,
    id: &str,
    max: usize,
) -> serenity::CreateInputText {
    serenity::CreateInputText::new(style, fit(&label, 45), id)
        .max_length(u16::try_from(max).unwrap_or(4000))
}

/// The form for a new item, with the owner filled in.
pub fn new_modal(
    meeting: i64,
    owner: char,
    user: u64,
    owner_name: &str,
    lang: Language,
) -> serenity::CreateModal {
    let id = CustomId::FollowUpNewModal {
        meeting,
        owner,
        user,
    };
    let (short, paragraph) = (
        serenity::InputTextStyle::Short,
        serenity::InputTextStyle::Paragraph,
    );
    let fields = [
        input(
            paragraph,
            t(lang, "followup-modal-what", &[]),
            WHAT,
            MAX_WHAT_CHARS,
        )
        .required(true),
        input(
            short,
            t(lang, "followup-modal-owner", &[]),
            OWNER,
            MAX_OWNER_CHARS,
        )
        .required(true)
        .value(fit(owner_name, MAX_OWNER_CHARS)),
        input(short, t(lang, "followup-modal-due", &[]), DUE, 20)
            .required(true)
            .placeholder(t(lang, "followup-modal-due-placeholder", &[])),
        input(short, t(lang, "followup-modal-item", &[]), AGENDA_ITEM, 10).required(false),
    ];
    let title = fit(&t(lang, "followup-modal-new-title", &[]), 45);
    serenity::CreateModal::new(id.encode(), title).components(
        fields
            .into_iter()
            .map(serenity::CreateActionRow::InputText)
            .collect(),
    )
}

/// The form for an item's line of status (filled with the current one).
pub fn status_modal(item: &FollowUpItem, done: bool, lang: Language) -> serenity::CreateModal {
    let id = CustomId::FollowUpStatusModal {
        item: item.id,
        done,
    };
    let key = if done {
        "followup-modal-done-title"
    } else {
        "followup-modal-status-title"
    };
    let title = fit(&t(lang, key, &[("item", item.id.into())]), 45);
    let mut field = input(
        serenity::InputTextStyle::Short,
        t(lang, "followup-modal-status", &[]),
        STATUS,
        MAX_STATUS_CHARS,
    )
    .required(true);
    if !item.status.is_empty() {
        field = field.value(fit(&item.status, MAX_STATUS_CHARS));
    }
    serenity::CreateModal::new(id.encode(), title)
        .components(vec![serenity::CreateActionRow::InputText(field)])
}

/// A refusal (or a failure) that gives back what was typed: quoted under the reason, or as
/// a file when it would not fit.
fn text_back(reason: String, typed: &[&str], lang: Language) -> Reply {
    let typed: Vec<&str> = typed
        .iter()
        .copied()
        .filter(|t| !t.trim().is_empty())
        .collect();
    if typed.is_empty() {
        return Reply::text(reason);
    }
    let head = format!("{reason}\n{}", t(lang, "followup-text-back", &[]));
    let quoted: String = typed
        .iter()
        .flat_map(|text| text.lines())
        .map(|line| format!("\n> {line}"))
        .collect();
    if head.chars().count() + quoted.chars().count() <= MAX_CONTENT {
        return Reply::text(format!("{head}{quoted}"));
    }
    Reply {
        content: head,
        file: Some(serenity::CreateAttachment::bytes(
            typed.join("\n\n").into_bytes(),
            "oppfolging.txt",
        )),
    }
}

/// What the user is told for a follow-up error: its words for a refusal; for a failure of
/// the database, that it failed (logged here, without what was typed).
fn error_words(error: &FollowUpError, lang: Language) -> String {
    if error.is_refusal() {
        return error.describe(lang);
    }
    tracing::error!(error = %error, "cannot save a follow-up item");
    t(lang, "error-internal", &[])
}

/// The answer to a submitted form, pinging nobody (what members wrote is in it).
async fn answer(
    ctx: &serenity::Context,
    modal: &serenity::ModalInteraction,
    reply: Reply,
) -> Result<(), BotError> {
    let response = serenity::CreateInteractionResponse::Message(reply.into_message());
    super::retry::with_retries(|| modal.create_response(&ctx.http, response.clone())).await?;
    Ok(())
}

/// The group of the channel a form was submitted in.
/// The group of the channel a form was sent in; a channel of no group is refused with what
/// was `typed` given back.
async fn group_of(
    data: &Data,
    modal: &serenity::ModalInteraction,
    typed: &[&str],
    lang: Language,
) -> Result<Result<i64, Reply>, BotError> {
    Ok(
        match data.app.channel_group(modal.channel_id.get()).await? {
            Some(group) => Ok(group.id),
            None => {
                let reason = super::Refusal::new("error-channel-without-group").words(lang);
                Err(text_back(reason, typed, lang))
            }
        },
    )
}

/// "Done" on the list: the form marking the item done, for its owner or the secretariat.
pub async fn done_clicked(
    data: &Data,
    channel: u64,
    item: i64,
    who: &Actor,
    lang: Language,
) -> Result<serenity::CreateInteractionResponse, BotError> {
    let app = &data.app;
    let Some(group) = app.channel_group(channel).await? else {
        return Err(super::Refusal::new("error-channel-without-group").into());
    };
    let item = app.follow_up_in(group.id, &item.to_string()).await?;
    app.check_follow_up_owner(&item, Some(who)).await?;
    Ok(serenity::CreateInteractionResponse::Modal(status_modal(
        &item, true, lang,
    )))
}

/// The buttons under `/followup list`: "Done" for each open item in `mine` (at most Discord's
/// 25: five rows of five).
pub fn done_buttons(mine: &[&FollowUpItem], lang: Language) -> Vec<serenity::CreateActionRow> {
    let buttons: Vec<serenity::CreateButton> = mine
        .iter()
        .take(25)
        .map(|item| {
            let id = CustomId::FollowUpDone { item: item.id };
            serenity::CreateButton::new(id.encode())
                .label(fit(
                    &t(lang, "followup-button-done", &[("item", item.id.into())]),
                    80,
                ))
                .style(serenity::ButtonStyle::Secondary)
        })
        .collect();
    buttons
        .chunks(5)
        .map(|row| serenity::CreateActionRow::Buttons(row.to_vec()))
        .collect()
}

/// The secretariat's new item submitted.
pub async fn new_submitted(
    ctx: &serenity::Context,
    data: &Data,
    modal: &serenity::ModalInteraction,
    (meeting, owner, user): (i64, char, u64),
) -> Result<(), BotError> {
    let lang = Language::for_discord_locale(&modal.locale, data.default_language);
    let who = actor(data, &modal.user, modal.member.as_ref());
    let what = modal_field(modal, WHAT);
    let owner_name = modal_field(modal, OWNER);
    let due = modal_field(modal, DUE);
    let agenda_item = modal_field(modal, AGENDA_ITEM);
    let typed = [what.as_str(), &owner_name, &due, &agenda_item];
    let group = match group_of(data, modal, &typed, lang).await? {
        Ok(group) => group,
        Err(refused) => return answer(ctx, modal, refused).await,
    };
    let owner = if owner == 'r' {
        OwnerInput::Region(owner_name.clone())
    } else {
        OwnerInput::Person {
            name: owner_name.clone(),
            discord_user_id: (user > 0).then_some(user),
        }
    };
    let input = FollowUpInput {
        what: what.clone(),
        owner,
        due: due.clone(),
        meeting_id: (meeting > 0).then_some(meeting),
        agenda_number: Some(agenda_item.clone()),
    };
    let app = &data.app;
    let reply = match app.add_follow_up(group, &input, Some(&who)).await {
        Ok(item) => Reply::text(format!(
            "{}\n{}",
            t(lang, "followup-added", &[]),
            item_line(&item, Some(app.today()), lang)
        )),
        Err(e) => text_back(error_words(&e, lang), &typed, lang),
    };
    answer(ctx, modal, reply).await
}

/// An owner's (or the secretariat's) line of status submitted.
pub async fn status_submitted(
    ctx: &serenity::Context,
    data: &Data,
    modal: &serenity::ModalInteraction,
    (item, done): (i64, bool),
) -> Result<(), BotError> {
    let lang = Language::for_discord_locale(&modal.locale, data.default_language);
    let who = actor(data, &modal.user, modal.member.as_ref());
    let status = modal_field(modal, STATUS);
    let group = match group_of(data, modal, &[&status], lang).await? {
        Ok(group) => group,
        Err(refused) => return answer(ctx, modal, refused).await,
    };
    let app = &data.app;
    let given = item.to_string();
    let reply = match app
        .update_follow_up(group, &given, &status, done, Some(&who))
        .await
    {
        Ok(item) => Reply::text(format!(
            "{}\n{}",
            t(lang, "followup-updated", &[]),
            item_line(&item, Some(app.today()), lang)
        )),
        Err(e) => text_back(error_words(&e, lang), &[&status], lang),
    };
    answer(ctx, modal, reply).await
}
