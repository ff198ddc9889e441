//! Sending one scheduled message to Discord, per kind, with retries for what Discord asks to
//! be retried (429, server errors) and Discord's nonce, so a retried send posts once.

use super::Scheduler;
use crate::bot::notice;
use crate::bot::retry::with_retries;
use crate::domain::attendance::{AttendanceEntry, Rsvp};
use crate::domain::records::{MeetingDetails, RegionBriefs};
use crate::schedule::MessageKind;
use crate::schedule::ScheduledMessage;
use poise::serenity_prelude as serenity;

/// What became of a send.
pub enum Sent {
    Posted {
        channel: u64,
        message: u64,
        hash: Option<String>,
    },
    /// There is no place to send it (e.g. no secretariat channel configured).
    Nowhere(&'static str),
}

/// Whether a representative is spared the reminder: they said they cannot attend and named
/// a deputy (their region's brief being missing, a brief in cannot excuse them here).
fn excused(attendance: &[AttendanceEntry], user: u64) -> bool {
    attendance.iter().any(|e| {
        e.invitee.discord_user_id == Some(user) && matches!(e.rsvp, Some(Rsvp::Deputy { .. }))
    })
}

fn none() -> serenity::CreateAllowedMentions {
    serenity::CreateAllowedMentions::new()
}

impl Scheduler {
    fn language(&self, details: &MeetingDetails) -> crate::i18n::Language {
        notice::group_language(details, self.settings.default_language)
    }

    fn ics(&self, details: &MeetingDetails, sequence: u32) -> serenity::CreateAttachment {
        let ics = crate::calendar::meeting_ics(details, self.app.tz, sequence);
        serenity::CreateAttachment::bytes(ics.into_bytes(), notice::ics_file_name(details))
    }

    /// Posts a message in a channel, with the row's nonce enforced.
    async fn post(
        &self,
        channel: u64,
        row: &ScheduledMessage,
        message: serenity::CreateMessage,
    ) -> Result<serenity::Message, serenity::Error> {
        let message = message
            .nonce(serenity::Nonce::String(row.nonce.clone()))
            .enforce_nonce(true);
        with_retries(|| serenity::ChannelId::new(channel).send_message(&self.http, message.clone()))
            .await
    }

    pub(super) async fn send(
        &self,
        row: &ScheduledMessage,
        details: &MeetingDetails,
        briefs: &[RegionBriefs],
    ) -> Result<Sent, serenity::Error> {
        let lang = self.language(details);
        let Some(channel) = details.group.discord_channel_id else {
            return Ok(Sent::Nowhere("the group has no channel"));
        };
        let posted = |m: serenity::Message, hash| Sent::Posted {
            channel: m.channel_id.get(),
            message: m.id.get(),
            hash,
        };
        match row.kind {
            MessageKind::Notice => {
                let message = serenity::CreateMessage::new()
                    .content(notice::notice_content(details, self.app.tz, lang))
                    .components(notice::notice_components(details.summary.id, lang))
                    .add_file(self.ics(details, 0))
                    .allowed_mentions(none());
                let m = self.post(channel, row, message).await?;
                Ok(posted(m, Some(notice::change_hash(details))))
            }
            MessageKind::NoticeEdit => {
                let messages = self
                    .app
                    .store
                    .scheduled_messages(details.summary.id)
                    .await
                    .unwrap_or_default();
                let Some((channel, message)) = messages
                    .iter()
                    .find(|r| r.kind == MessageKind::Notice)
                    .and_then(|r| Some((r.channel_id?, r.discord_message_id?)))
                else {
                    return Ok(Sent::Nowhere("the notice was never posted"));
                };
                let sequence = row.slot.parse().unwrap_or(1);
                let edit = serenity::EditMessage::new()
                    .content(notice::notice_content(details, self.app.tz, lang))
                    .components(notice::notice_components(details.summary.id, lang))
                    .attachments(serenity::EditAttachments::new().add(self.ics(details, sequence)))
                    .allowed_mentions(none());
                let m = with_retries(|| {
                    serenity::ChannelId::new(channel).edit_message(
                        &self.http,
                        serenity::MessageId::new(message),
                        edit.clone(),
                    )
                })
                .await?;
                Ok(posted(m, None))
            }
            MessageKind::Changed => {
                let messages = self
                    .app
                    .store
                    .scheduled_messages(details.summary.id)
                    .await
                    .unwrap_or_default();
                let link = messages
                    .iter()
                    .find(|r| r.kind == MessageKind::Notice)
                    .and_then(|r| Some((r.channel_id?, r.discord_message_id?)))
                    .zip(self.settings.guild_id)
                    .map(|((c, m), g)| format!("https://discord.com/channels/{g}/{c}/{m}"));
                let message = serenity::CreateMessage::new()
                    .content(notice::changed_content(details, link, lang))
                    .allowed_mentions(none());
                Ok(posted(self.post(channel, row, message).await?, None))
            }
            MessageKind::Reminder => self.remind(channel, row, details, briefs, lang).await,
            MessageKind::Collected => {
                let content = notice::collected_content(details, briefs, lang);
                self.to_secretariat(row, content).await
            }
        }
    }

    async fn remind(
        &self,
        channel: u64,
        row: &ScheduledMessage,
        details: &MeetingDetails,
        briefs: &[RegionBriefs],
        lang: crate::i18n::Language,
    ) -> Result<Sent, serenity::Error> {
        let missing: Vec<RegionBriefs> = briefs
            .iter()
            .filter(|b| b.brief.is_none())
            .cloned()
            .collect();
        let representatives = self
            .app
            .store
            .representatives(details.summary.id)
            .await
            .unwrap_or_default();
        let attendance = self
            .app
            .store
            .attendance(details.summary.id)
            .await
            .unwrap_or_default();
        let mut pings: Vec<u64> = representatives
            .iter()
            .filter(|r| missing.iter().any(|m| m.region == r.region))
            .map(|r| r.discord_user_id)
            .filter(|user| !excused(&attendance, *user))
            .collect();
        pings.sort_unstable();
        pings.dedup();
        pings.truncate(100);
        let users: Vec<serenity::UserId> =
            pings.iter().copied().map(serenity::UserId::new).collect();
        let message = serenity::CreateMessage::new()
            .content(notice::reminder_content(details, &missing, &pings, lang))
            .allowed_mentions(serenity::CreateAllowedMentions::new().users(users.clone()));
        let m = self.post(channel, row, message).await?;
        if self.settings.remind_by_dm {
            let text = notice::reminder_content(details, &missing, &[], lang);
            for user in users {
                let dm = async {
                    let dm = user.create_dm_channel(&self.http).await?;
                    dm.send_message(
                        &self.http,
                        serenity::CreateMessage::new()
                            .content(text.clone())
                            .allowed_mentions(none()),
                    )
                    .await
                };
                if let Err(e) = dm.await {
                    tracing::warn!(%user, error = %e, "cannot send a reminder by direct message");
                }
            }
        }
        Ok(Sent::Posted {
            channel: m.channel_id.get(),
            message: m.id.get(),
            hash: None,
        })
    }

    /// Posts to the secretariat's channel, or else by direct message to its members.
    async fn to_secretariat(
        &self,
        row: &ScheduledMessage,
        content: String,
    ) -> Result<Sent, serenity::Error> {
        let message = serenity::CreateMessage::new()
            .content(content)
            .allowed_mentions(none());
        if let Some(channel) = self.settings.secretariat_channel_id {
            let m = self.post(channel, row, message).await?;
            return Ok(Sent::Posted {
                channel: m.channel_id.get(),
                message: m.id.get(),
                hash: None,
            });
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
            Some(m) => Sent::Posted {
                channel: m.channel_id.get(),
                message: m.id.get(),
                hash: None,
            },
            None => Sent::Nowhere("no secretariat channel or users configured"),
        })
    }

    /// Tells the secretariat once that a message could not be posted.
    pub(super) async fn report_failure(
        &self,
        row: &ScheduledMessage,
        details: &MeetingDetails,
        error: &serenity::Error,
    ) {
        let lang = self.language(details);
        let content = crate::i18n::t(
            lang,
            "scheduler-failed",
            &[
                ("kind", row.kind.as_str().into()),
                ("title", details.summary.title.as_str().into()),
                ("error", error.to_string().into()),
            ],
        );
        let message = serenity::CreateMessage::new()
            .content(content)
            .allowed_mentions(none());
        let target = self.settings.secretariat_channel_id;
        let result = match target {
            Some(channel) => serenity::ChannelId::new(channel)
                .send_message(&self.http, message)
                .await
                .map(|_| ()),
            None => Ok(()),
        };
        if let Err(e) = result {
            tracing::error!(error = %e, "cannot tell the secretariat about a failed message");
        }
    }
}
