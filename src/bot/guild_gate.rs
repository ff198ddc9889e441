//! Which Discord server the bot serves. An interaction from any other server is refused before
//! a command or button sees it, and a meeting named by id or key (an option, a button) is only
//! found from the server of its own group's channel: with global registration anyone can add
//! the bot to their own server, and meeting ids are sequential.

use super::BotError;
use crate::app::{AppError, Roundtable};
use crate::i18n::{t, Language};
use poise::serenity_prelude as serenity;
use std::collections::HashMap;
use std::sync::Mutex;

/// The server answered in: `discord.guild_id` when set, else the servers of the groups'
/// channels, as Discord names them.
pub struct GuildGate {
    configured: Option<u64>,
    app: Roundtable,
    /// The server of each group channel looked up so far (`None`: not a server's channel).
    channel_guilds: Mutex<HashMap<u64, Option<u64>>>,
}

impl GuildGate {
    pub fn new(configured: Option<u64>, app: Roundtable) -> Self {
        Self {
            configured,
            app,
            channel_guilds: Mutex::new(HashMap::new()),
        }
    }

    /// Whether an interaction from `guild` is answered at all. Direct messages pass: each
    /// command refuses what it cannot do there.
    pub async fn admits(
        &self,
        http: &serenity::Http,
        guild: Option<serenity::GuildId>,
    ) -> Result<bool, AppError> {
        let Some(guild) = guild else {
            return Ok(true);
        };
        if let Some(home) = self.configured {
            return Ok(guild.get() == home);
        }
        for channel in self.app.group_channel_ids().await? {
            if self.guild_of(http, channel).await == Some(guild.get()) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Whether a meeting belongs to the server an interaction came from (never to a direct
    /// message).
    pub async fn meeting_in(
        &self,
        http: &serenity::Http,
        meeting: i64,
        guild: Option<serenity::GuildId>,
    ) -> Result<bool, AppError> {
        let Some(guild) = guild else {
            return Ok(false);
        };
        if let Some(home) = self.configured {
            return Ok(guild.get() == home);
        }
        let Some(channel) = self.app.meeting_channel(meeting).await? else {
            return Ok(false);
        };
        Ok(self.guild_of(http, channel).await == Some(guild.get()))
    }

    /// The refusal for a meeting found in another server: the same words as for one that
    /// does not exist, so that ids cannot be probed.
    pub async fn check_meeting(
        &self,
        http: &serenity::Http,
        meeting: i64,
        guild: Option<serenity::GuildId>,
        named: &str,
    ) -> Result<(), BotError> {
        if self.meeting_in(http, meeting, guild).await? {
            return Ok(());
        }
        tracing::info!(meeting, guild = ?guild, "a meeting of another server was asked for");
        Err(super::Refusal::new("error-meeting-unknown")
            .with("meeting", named)
            .into())
    }

    /// The server of a channel, asked of Discord once (a failure is asked again next time).
    async fn guild_of(&self, http: &serenity::Http, channel: u64) -> Option<u64> {
        if let Some(known) = self.known(channel) {
            return known;
        }
        let id = serenity::ChannelId::new(std::num::NonZeroU64::new(channel)?.get());
        let guild = match http.get_channel(id).await {
            Ok(serenity::Channel::Guild(c)) => Some(c.guild_id.get()),
            Ok(_) => None,
            Err(e) => {
                tracing::warn!(channel, error = %e, "cannot look up the server of a group's channel");
                return None;
            }
        };
        if let Ok(mut cache) = self.channel_guilds.lock() {
            cache.insert(channel, guild);
        }
        guild
    }

    fn known(&self, channel: u64) -> Option<Option<u64>> {
        self.channel_guilds.lock().ok()?.get(&channel).copied()
    }
}

/// Lets an interaction through to poise if its server is served; else answers it with the
/// refusal (an empty list for an autocomplete) and returns false.
pub async fn screen(
    gate: &GuildGate,
    ctx: &serenity::Context,
    interaction: &serenity::Interaction,
    default_language: Language,
) -> bool {
    let guild = match interaction {
        serenity::Interaction::Command(c) | serenity::Interaction::Autocomplete(c) => c.guild_id,
        serenity::Interaction::Component(c) => c.guild_id,
        serenity::Interaction::Modal(m) => m.guild_id,
        _ => return true,
    };
    match gate.admits(&ctx.http, guild).await {
        Ok(true) => return true,
        Ok(false) => tracing::info!(guild = ?guild, "refused: an interaction from another server"),
        Err(e) => tracing::error!(error = %e, "cannot check the interaction's server"),
    }
    let words = |locale: &str| {
        let lang = Language::for_discord_locale(locale, default_language);
        serenity::CreateInteractionResponse::Message(
            serenity::CreateInteractionResponseMessage::new()
                .content(t(lang, "error-other-server", &[]))
                .ephemeral(true)
                .allowed_mentions(serenity::CreateAllowedMentions::new()),
        )
    };
    let answered = match interaction {
        serenity::Interaction::Command(c) => c.create_response(&ctx.http, words(&c.locale)).await,
        serenity::Interaction::Autocomplete(a) => {
            let none = serenity::CreateAutocompleteResponse::new();
            a.create_response(
                &ctx.http,
                serenity::CreateInteractionResponse::Autocomplete(none),
            )
            .await
        }
        serenity::Interaction::Component(c) => c.create_response(&ctx.http, words(&c.locale)).await,
        serenity::Interaction::Modal(m) => m.create_response(&ctx.http, words(&m.locale)).await,
        _ => Ok(()),
    };
    if let Err(e) = answered {
        tracing::warn!(error = %e, "cannot tell a user of another server that they are refused");
    }
    false
}
