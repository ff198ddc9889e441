//! The Discord side of the scheduler: words each message the app layer hands over and sends
//! it, with retries for what Discord asks to be retried (429, server errors) and Discord's
//! nonce, so a retried send posts once.

use crate::app::schedule::{Delivered, Delivery, DeliveryError, Notifier, Outgoing};
use crate::bot::discord_text::{fit, MAX_CONTENT};
use crate::bot::notice;
use crate::bot::retry::{is_transient, with_retries};
use crate::domain::records::MeetingDetails;
use crate::i18n::Language;
use chrono_tz::Tz;
use poise::serenity_prelude as serenity;
use std::sync::Arc;

/// Where the secretariat is told, and how members are reminded.
#[derive(Debug, Clone)]
pub struct NotifierSettings {
    pub guild_id: Option<u64>,
    pub secretariat_channel_id: Option<u64>,
    pub secretariat_user_ids: Vec<u64>,
    pub default_language: Language,
}

/// Sends the scheduler's messages to Discord.
#[derive(Clone)]
pub struct DiscordNotifier {
    pub http: Arc<serenity::Http>,
    pub settings: NotifierSettings,
    pub tz: Tz,
}

fn none() -> serenity::CreateAllowedMentions {
    serenity::CreateAllowedMentions::new()
}

/// A message to the group's members: it pings the group's member role, if it has one, and
/// nobody else.
fn to_members(meeting: &MeetingDetails, content: String) -> serenity::CreateMessage {
    match meeting.group.member_role_id {
        Some(role) => serenity::CreateMessage::new()
            .content(fit(&format!("<@&{role}>\n{content}"), MAX_CONTENT))
            .allowed_mentions(none().roles([serenity::RoleId::new(role)])),
        None => serenity::CreateMessage::new()
            .content(content)
            .allowed_mentions(none()),
    }
}

/// A failed send: worth another try, refused where it was to go (the channel or user cannot
/// be reached), or rejected for what it is (anything else, e.g. too long).
pub(super) fn failure(e: serenity::Error) -> DeliveryError {
    if is_transient(&e) {
        return DeliveryError::Transient(e.to_string());
    }
    let access = match &e {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(r)) => {
            is_access(r.status_code.as_u16(), r.error.code)
        }
        _ => false,
    };
    if access {
        DeliveryError::Refused(e.to_string())
    } else {
        DeliveryError::Rejected(e.to_string())
    }
}

/// Whether Discord refused for want of access: forbidden, or an unknown channel or user, or
/// missing access or permissions, or a closed inbox.
fn is_access(status: u16, code: isize) -> bool {
    matches!(status, 403 | 404) || matches!(code, 10003 | 10013 | 50001 | 50007 | 50013)
}

fn posted(m: &serenity::Message) -> Delivered {
    Delivered::Posted {
        channel: m.channel_id.get(),
        message: m.id.get(),
    }
}

impl Notifier for DiscordNotifier {
    async fn deliver(&self, out: &Outgoing) -> Result<Delivered, DeliveryError> {
        self.send(out).await
    }

    async fn report_failure(&self, out: &Outgoing, error: &DeliveryError) {
        let lang = self.language(&out.meeting);
        let (key, error) = match error {
            DeliveryError::Rejected(e) => ("scheduler-failed-rejected", e),
            DeliveryError::Refused(e) | DeliveryError::Transient(e) => ("scheduler-failed", e),
        };
        let content = crate::i18n::t(
            lang,
            key,
            &[
                ("kind", out.kind.as_str().into()),
                ("title", out.meeting.summary.title.as_str().into()),
                ("error", error.as_str().into()),
            ],
        );
        let content = fit(&content, MAX_CONTENT);
        let Some(channel) = self.settings.secretariat_channel_id else {
            return;
        };
        let message = serenity::CreateMessage::new()
            .content(content)
            .allowed_mentions(none());
        if let Err(e) = serenity::ChannelId::new(channel)
            .send_message(&self.http, message)
            .await
        {
            tracing::error!(error = %e, "cannot tell the secretariat about a failed message");
        }
    }
}

impl DiscordNotifier {
    fn language(&self, details: &MeetingDetails) -> Language {
        notice::group_language(details, self.settings.default_language)
    }

    fn ics(&self, details: &MeetingDetails, sequence: u32) -> serenity::CreateAttachment {
        let ics = crate::calendar::meeting_ics(details, self.tz, sequence);
        serenity::CreateAttachment::bytes(ics.into_bytes(), notice::ics_file_name(details, self.tz))
    }

    /// Posts a message in a channel, with the message's nonce enforced.
    pub(super) async fn post(
        &self,
        channel: u64,
        nonce: &str,
        message: serenity::CreateMessage,
    ) -> Result<serenity::Message, serenity::Error> {
        let message = message
            .nonce(serenity::Nonce::String(nonce.to_owned()))
            .enforce_nonce(true);
        with_retries(|| serenity::ChannelId::new(channel).send_message(&self.http, message.clone()))
            .await
    }

    async fn send(&self, out: &Outgoing) -> Result<Delivered, DeliveryError> {
        let (details, lang) = (&out.meeting, self.language(&out.meeting));
        match &out.delivery {
            Delivery::Notice { channel } => {
                let content = notice::notice_content(details, &out.follow_ups, self.tz, lang);
                let message = to_members(details, content)
                    .components(notice::notice_buttons(details, lang))
                    .add_file(self.ics(details, 0));
                let m = self.post(*channel, &out.nonce, message).await;
                Ok(posted(&m.map_err(failure)?))
            }
            Delivery::NoticeEdit {
                channel,
                message,
                sequence,
            } => {
                let edit = serenity::EditMessage::new()
                    .content(notice::notice_content(
                        details,
                        &out.follow_ups,
                        self.tz,
                        lang,
                    ))
                    .components(notice::notice_buttons(details, lang))
                    .attachments(serenity::EditAttachments::new().add(self.ics(details, *sequence)))
                    .allowed_mentions(none());
                let m = with_retries(|| {
                    serenity::ChannelId::new(*channel).edit_message(
                        &self.http,
                        serenity::MessageId::new(*message),
                        edit.clone(),
                    )
                })
                .await;
                Ok(posted(&m.map_err(failure)?))
            }
            Delivery::Changed {
                channel,
                notice,
                changes,
                restored,
            } => {
                let link = notice
                    .zip(self.settings.guild_id)
                    .map(|((c, m), g)| format!("https://discord.com/channels/{g}/{c}/{m}"));
                let message = to_members(
                    details,
                    notice::changed_content(details, changes, link, *restored, self.tz, lang),
                );
                let m = self.post(*channel, &out.nonce, message).await;
                Ok(posted(&m.map_err(failure)?))
            }
            Delivery::Reminder {
                channel,
                missing,
                pings,
            } => {
                let text = notice::reminder_content(details, missing, lang);
                self.remind(*channel, out, &text, pings).await
            }
            Delivery::FollowUpReminder {
                channel,
                items,
                pings,
            } => {
                let text = crate::bot::follow_up_text::reminder(details, items, self.tz, lang);
                self.remind(*channel, out, &text, pings).await
            }
            Delivery::MinutesReminder {
                channel,
                silent,
                pings,
                comments_by,
            } => {
                let text = crate::bot::minutes_forms::reminder_content(
                    details,
                    silent,
                    *comments_by,
                    self.tz,
                    lang,
                );
                self.remind(*channel, out, &text, pings).await
            }
            Delivery::DirectReminder { user, missing } => {
                let dm = serenity::UserId::new(*user)
                    .create_dm_channel(&self.http)
                    .await
                    .map_err(failure)?;
                let message = serenity::CreateMessage::new()
                    .content(notice::reminder_content(details, missing, lang))
                    .allowed_mentions(none());
                let m = self.post(dm.id.get(), &out.nonce, message).await;
                Ok(posted(&m.map_err(failure)?))
            }
            Delivery::DirectMinutesReminder {
                user,
                silent,
                comments_by,
            } => {
                self.remind_minutes_directly(out, *user, silent, *comments_by, lang)
                    .await
            }
            Delivery::Collected => {
                let content = notice::collected_content(details, &out.briefs, lang);
                self.to_secretariat(&out.nonce, content)
                    .await
                    .map_err(failure)
            }
        }
    }

    /// Posts to the secretariat's channel, or else by direct message to its members.
    async fn to_secretariat(
        &self,
        nonce: &str,
        content: String,
    ) -> Result<Delivered, serenity::Error> {
        let message = serenity::CreateMessage::new()
            .content(content)
            .allowed_mentions(none());
        if let Some(channel) = self.settings.secretariat_channel_id {
            return Ok(posted(&self.post(channel, nonce, message).await?));
        }
        let mut first = None;
        // Each member of the secretariat in turn; one who cannot be reached does not stop the
        // others (the report counts as sent once one has it).
        let mut last_error = None;
        for &user in &self.settings.secretariat_user_ids {
            let sent = async {
                let dm = serenity::UserId::new(user)
                    .create_dm_channel(&self.http)
                    .await?;
                dm.send_message(&self.http, message.clone()).await
            };
            match sent.await {
                Ok(m) => {
                    first.get_or_insert(m);
                }
                Err(e) => {
                    tracing::warn!(%user, error = %e, "cannot send the report by direct message");
                    last_error = Some(e);
                }
            }
        }
        if let (None, Some(e)) = (&first, last_error) {
            return Err(e);
        }
        Ok(match first {
            Some(m) => posted(&m),
            None => Delivered::Nowhere("no secretariat channel or users configured"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::is_access;

    #[test]
    fn only_access_refusals_are_the_channels_fault() {
        for (status, code) in [(403, 50013), (403, 50001), (403, 50007), (404, 10003)] {
            assert!(is_access(status, code), "{status} {code}");
        }
        // Invalid form body (e.g. content over 2,000 characters), a file too large.
        for (status, code) in [(400, 50035), (413, 40005)] {
            assert!(!is_access(status, code), "{status} {code}");
        }
    }
}
