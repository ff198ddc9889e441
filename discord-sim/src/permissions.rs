//! The simulator's permission model: what the bot may do in each guild channel, and whose direct
//! messages are closed. Channel endpoints answer from it as Discord does: 50001 where the bot
//! cannot see the channel, 50013 where it may not post (or attach), 50007 for a closed inbox.
//! Interaction responses are webhooks and need no channel permission.
use super::rules::ApiError;
use super::state::State;
use super::Sim;

/// `VIEW_CHANNEL`.
pub const VIEW_CHANNEL: u64 = 1 << 10;
/// `SEND_MESSAGES`.
pub const SEND_MESSAGES: u64 = 1 << 11;
/// `EMBED_LINKS`.
pub const EMBED_LINKS: u64 = 1 << 14;
/// `ATTACH_FILES`.
pub const ATTACH_FILES: u64 = 1 << 15;
/// `READ_MESSAGE_HISTORY`.
pub const READ_MESSAGE_HISTORY: u64 = 1 << 16;

/// What a channel request wants to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Access {
    /// Read the channel or its messages, or change the bot's own messages.
    View,
    /// Create a message (`files`: with attachments).
    Post { files: bool },
    /// Edit a message of the bot (`files`: adding attachments).
    Edit { files: bool },
}

pub(crate) fn missing_access() -> ApiError {
    ApiError::new(403, 50001, "Missing Access")
}

pub(crate) fn missing_permissions() -> ApiError {
    ApiError::new(403, 50013, "Missing Permissions")
}

pub(crate) fn closed_inbox() -> ApiError {
    ApiError::new(403, 50007, "Cannot send messages to this user")
}

/// Whether the bot may do `access` in `channel_id`; unknown channels are 10003.
pub(crate) fn check(state: &State, channel_id: u64, access: Access) -> Result<(), ApiError> {
    let channel = state
        .channels
        .get(&channel_id)
        .ok_or_else(ApiError::unknown_channel)?;
    if channel.guild_id.is_none() {
        let closed = channel
            .recipient
            .and_then(|id| state.users.get(&id))
            .is_some_and(|user| !user.accepts_dms);
        return match access {
            Access::Post { .. } if closed => Err(closed_inbox()),
            _ => Ok(()),
        };
    }
    let has = |bits: u64| channel.bot_permissions & bits == bits;
    if !has(VIEW_CHANNEL) {
        return Err(missing_access());
    }
    let files = match access {
        Access::View => return Ok(()),
        Access::Post { files } => {
            if !has(SEND_MESSAGES) {
                return Err(missing_permissions());
            }
            files
        }
        Access::Edit { files } => files,
    };
    if files && !has(ATTACH_FILES) {
        return Err(missing_permissions());
    }
    Ok(())
}

impl Sim {
    /// Sets what the bot may do in a guild channel (Discord's permission bits, e.g.
    /// `BOT_PERMISSIONS & !SEND_MESSAGES`), as a member overwrite for the bot would, and tells
    /// the bot with CHANNEL_UPDATE. Panics on an unknown or DM channel (a test bug).
    pub fn set_bot_permissions(&self, channel: u64, permissions: u64) {
        let guild_id = self.shared.guild_id;
        self.shared.update(|s| {
            let Some(info) = s.channels.get_mut(&channel) else {
                panic!("unknown channel {channel}: use sim.channel(..)");
            };
            assert!(
                info.guild_id == Some(guild_id),
                "channel {channel} is not a guild channel"
            );
            info.bot_permissions = permissions;
            let info = info.clone();
            let position = s.channels.keys().take_while(|id| **id != channel).count();
            let object = super::fixtures::guild_channel(&info, s, position);
            super::gateway::dispatch(s, "CHANNEL_UPDATE", object);
        });
    }

    /// What the bot may do in `channel` now.
    pub fn bot_permissions(&self, channel: u64) -> u64 {
        self.shared
            .lock()
            .channels
            .get(&channel)
            .map_or(0, |c| c.bot_permissions)
    }
}
