//! The schedule as recorded: each planned message, where it stands, and the meetings it is
//! planned for.

use super::MessageKind;
use chrono::{DateTime, Utc};

/// Where a scheduled message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendState {
    Due,
    /// Recorded as being sent: after a crash, sent again with the same nonce.
    Sending,
    Sent,
    Failed,
    Skipped,
}

impl SendState {
    pub fn parse(text: &str) -> Self {
        match text {
            "sending" => Self::Sending,
            "sent" => Self::Sent,
            "failed" => Self::Failed,
            "skipped" => Self::Skipped,
            _ => Self::Due,
        }
    }
}

/// One message of the schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduledMessage {
    pub id: i64,
    pub meeting_id: i64,
    pub kind: MessageKind,
    pub slot: String,
    pub due_at: DateTime<Utc>,
    pub state: SendState,
    pub nonce: String,
    pub channel_id: Option<u64>,
    pub discord_message_id: Option<u64>,
    pub content_hash: Option<String>,
    /// A notice: what it shows (JSON of the domain's `NoticeFacts`); a change note: what the
    /// notice showed before the change.
    pub shown: Option<String>,
    pub attempts: i64,
}

/// A reminder to one person by direct message, recorded before it is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectMessage {
    pub id: i64,
    /// The reminder in the channel it goes with.
    pub scheduled_id: i64,
    pub meeting_id: i64,
    pub user_id: u64,
    pub state: SendState,
    pub nonce: String,
}

/// The nonce of a reminder's direct message to `user`: unique per reminder and person, at
/// most 25 characters (the user's id in base 36).
pub fn direct_nonce(scheduled_id: i64, user: u64) -> String {
    let mut digits = Vec::new();
    let mut rest = user;
    loop {
        let digit = u32::try_from(rest % 36).unwrap_or_default();
        digits.push(char::from_digit(digit, 36).unwrap_or('0'));
        rest /= 36;
        if rest == 0 {
            break;
        }
    }
    let mut nonce = format!("rt{scheduled_id}u");
    nonce.extend(digits.iter().rev());
    nonce.truncate(25);
    nonce
}

/// A meeting whose group has a channel, for the scheduler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduledMeeting {
    pub meeting_id: i64,
    pub channel_id: u64,
}

/// One part of a scheduled message that Discord has: a message too big for one is posted in
/// parts, each with its own nonce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostedPart {
    /// 1 for the first part.
    pub part: u32,
    pub nonce: String,
    pub channel: u64,
    pub message: u64,
    /// The users this part pinged.
    pub pinged: Vec<u64>,
}

/// The nonce of part `part` of a message whose nonce is `base`: the base itself for the first
/// part (as for a message in one part), else the base and `p` with the part's number, within
/// Discord's 25 characters.
pub fn part_nonce(base: &str, part: u32) -> String {
    if part <= 1 {
        return base.to_owned();
    }
    let suffix = format!("p{part}");
    let mut nonce: String = base.chars().take(25 - suffix.len().min(25)).collect();
    nonce.push_str(&suffix);
    nonce
}
