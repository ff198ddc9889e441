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

/// A meeting whose group has a channel, for the scheduler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduledMeeting {
    pub meeting_id: i64,
    pub channel_id: u64,
}
