//! `/invitees [organisation] [meeting] [public]`: who is invited, grouped by organisation in
//! Norwegian alphabetical order, in pages that only the asker can turn for 15 minutes.

use super::{find_meeting, private_reply};
use crate::bot::custom_id::CustomId;
use crate::bot::localize::user_language;
use crate::bot::{BotError, Context, Data};
use crate::domain::collation::norwegian_cmp;
use crate::domain::Invitee;
use crate::i18n::{t, Language};
use poise::serenity_prelude as serenity;
use std::collections::HashMap;
use std::fmt::Write;

/// How long the page buttons work.
const PAGING_MINUTES: i64 = 15;
/// The most characters of one page (Discord allows 2,000).
const PAGE_CHARS: usize = 1800;
/// The most lines of one page, so a page reads on a phone without scrolling far.
const PAGE_LINES: usize = 30;

/// The pages of the list: a heading, then each organisation with its people. Each invitee
/// is looked at once and each page's size kept as it grows, so a long list costs in
/// proportion to its length.
fn pages(title: &str, invitees: &[Invitee], only: Option<&str>, lang: Language) -> Vec<String> {
    let mut by_organisation: HashMap<&str, Vec<&Invitee>> = HashMap::new();
    for invitee in invitees {
        if only.is_none_or(|only| invitee.organisation == only) {
            by_organisation
                .entry(invitee.organisation.as_str())
                .or_default()
                .push(invitee);
        }
    }
    let mut orgs: Vec<(&str, Vec<&Invitee>)> = by_organisation.into_iter().collect();
    orgs.sort_by(|a, b| norwegian_cmp(a.0, b.0));
    let shown: usize = orgs.iter().map(|(_, people)| people.len()).sum();
    let heading = t(
        lang,
        "invitees-heading",
        &[
            ("title", title.into()),
            ("count", shown.into()),
            ("organisations", orgs.len().into()),
        ],
    );
    let continued = format!("{heading}\n{}", t(lang, "invitees-continued", &[]));
    let size_of = |page: &str| (page.chars().count(), page.lines().count());
    let mut pages = vec![heading.clone()];
    // The last page's characters and lines, and whether it lists anyone yet.
    let (mut chars, mut lines) = size_of(&heading);
    let mut fresh = true;
    for (org, mut people) in orgs {
        people.sort_by(|a, b| {
            norwegian_cmp(&a.last_name, &b.last_name)
                .then_with(|| norwegian_cmp(&a.first_name, &b.first_name))
        });
        let org_line = format!("**{org}** ({})", people.len());
        let org_chars = org_line.chars().count();
        let mut needs_org_line = true;
        for person in people {
            let line = format!("- {}", person.full_name());
            let line_chars = line.chars().count();
            let mut adding = line_chars + 1;
            if needs_org_line {
                adding += org_chars + 1;
            }
            let full = chars + adding > PAGE_CHARS
                || lines + usize::from(needs_org_line) + 1 > PAGE_LINES + 1;
            if full && !fresh {
                pages.push(continued.clone());
                (chars, lines) = size_of(&continued);
                needs_org_line = true;
            }
            if let Some(page) = pages.last_mut() {
                if needs_org_line {
                    let _ = write!(page, "\n{org_line}");
                    (chars, lines) = (chars + org_chars + 1, lines + 1);
                    needs_org_line = false;
                }
                let _ = write!(page, "\n{line}");
                (chars, lines) = (chars + line_chars + 1, lines + 1);
                fresh = false;
            }
        }
    }
    pages
}

/// One page with its footer and buttons.
fn page_reply(
    pages: &[String],
    page: usize,
    id: impl Fn(usize) -> CustomId,
    lang: Language,
) -> (String, Vec<serenity::CreateActionRow>) {
    let page = page.min(pages.len().saturating_sub(1));
    let mut content = pages.get(page).cloned().unwrap_or_default();
    if pages.len() < 2 {
        return (content, Vec::new());
    }
    let footer = t(
        lang,
        "invitees-page",
        &[("page", (page + 1).into()), ("pages", pages.len().into())],
    );
    let _ = write!(content, "\n\n{footer}");
    let buttons = vec![serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(id(page.saturating_sub(1)).encode())
            .label(t(lang, "invitees-previous", &[]))
            .style(serenity::ButtonStyle::Secondary)
            .disabled(page == 0),
        serenity::CreateButton::new(id(page + 1).encode())
            .label(t(lang, "invitees-next", &[]))
            .style(serenity::ButtonStyle::Secondary)
            .disabled(page + 1 >= pages.len()),
    ])];
    (content, buttons)
}

/// Who is invited to the meeting.
#[poise::command(slash_command)]
pub async fn invitees(
    ctx: Context<'_>,
    #[description = "Only this organisation"]
    #[autocomplete = "super::autocomplete::organisation"]
    organisation: Option<String>,
    #[description = "The meeting's id or key"] meeting: Option<String>,
    #[description = "Post the list in the channel"] public: Option<bool>,
) -> Result<(), BotError> {
    let lang = user_language(ctx);
    let meeting = find_meeting(ctx, meeting).await?;
    let list = ctx.data().app.invitees(meeting.id).await?;
    let mut orgs = Vec::new();
    let only = match organisation.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(name) => {
            orgs = Invitee::organisations(&list);
            let found = super::choice::index(name, orgs.len());
            let found = found.or_else(|| orgs.iter().position(|o| o == name));
            let found = found.or_else(|| {
                let name = name.to_lowercase();
                orgs.iter().position(|o| o.to_lowercase().contains(&name))
            });
            match found {
                Some(i) => Some(i),
                None => {
                    let message = t(lang, "invitees-no-organisation", &[("name", name.into())]);
                    ctx.send(private_reply(message)).await?;
                    return Ok(());
                }
            }
        }
    };
    let pages = pages(
        &meeting.title,
        &list,
        only.and_then(|i| orgs.get(i)).map(String::as_str),
        lang,
    );
    let created = ctx.data().app.now().timestamp();
    let user = ctx.author().id.get();
    let id = |page| CustomId::InviteesPage {
        meeting: meeting.id,
        page,
        user,
        created,
        organisation: only,
    };
    let (content, buttons) = page_reply(&pages, 0, id, lang);
    let reply = private_reply(content)
        .components(buttons)
        .ephemeral(!public.unwrap_or(false));
    ctx.send(reply).await?;
    Ok(())
}

/// A click on a page button: the page, for the user who asked and within 15 minutes.
pub async fn invitees_page(
    data: &Data,
    click: &serenity::ComponentInteraction,
    id: CustomId,
    lang: Language,
) -> Result<serenity::CreateInteractionResponse, BotError> {
    let CustomId::InviteesPage {
        meeting,
        page,
        user,
        created,
        organisation,
    } = id
    else {
        return Ok(serenity::CreateInteractionResponse::Acknowledge);
    };
    if user != click.user.id.get() {
        let message = serenity::CreateInteractionResponseMessage::new()
            .content(t(lang, "error-not-your-button", &[]))
            .ephemeral(true)
            .allowed_mentions(serenity::CreateAllowedMentions::new());
        return Ok(serenity::CreateInteractionResponse::Message(message));
    }
    let expired = data.app.now().timestamp() > created + PAGING_MINUTES * 60;
    if expired {
        let message = serenity::CreateInteractionResponseMessage::new()
            .content(t(lang, "invitees-expired", &[]))
            .components(Vec::new())
            .allowed_mentions(serenity::CreateAllowedMentions::new());
        return Ok(serenity::CreateInteractionResponse::UpdateMessage(message));
    }
    let summary = data.app.meeting_summary(meeting).await?;
    let list = data.app.invitees(meeting).await?;
    let orgs = match organisation {
        Some(_) => Invitee::organisations(&list),
        None => Vec::new(),
    };
    let only = organisation.and_then(|i| orgs.get(i)).map(String::as_str);
    let pages = pages(&summary.title, &list, only, lang);
    let id = |page| CustomId::InviteesPage {
        meeting,
        page,
        user,
        created,
        organisation,
    };
    let (content, buttons) = page_reply(&pages, page, id, lang);
    let message = serenity::CreateInteractionResponseMessage::new()
        .content(content)
        .components(buttons)
        .allowed_mentions(serenity::CreateAllowedMentions::new());
    Ok(serenity::CreateInteractionResponse::UpdateMessage(message))
}

/// The first page of the list, for the notice's "Invitees" button.
pub async fn first_page(
    data: &Data,
    meeting: i64,
    user: u64,
    lang: Language,
) -> Result<serenity::CreateInteractionResponseMessage, BotError> {
    let summary = data.app.meeting_summary(meeting).await?;
    let list = data.app.invitees(meeting).await?;
    let pages = pages(&summary.title, &list, None, lang);
    let created = data.app.now().timestamp();
    let id = |page| CustomId::InviteesPage {
        meeting,
        page,
        user,
        created,
        organisation: None,
    };
    let (content, buttons) = page_reply(&pages, 0, id, lang);
    Ok(serenity::CreateInteractionResponseMessage::new()
        .content(content)
        .components(buttons)
        .ephemeral(true)
        .allowed_mentions(serenity::CreateAllowedMentions::new()))
}

#[cfg(test)]
#[path = "invitees_tests.rs"]
mod tests;
