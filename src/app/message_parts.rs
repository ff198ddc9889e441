//! A scheduled message in parts: the notifier is told which parts Discord has already, and
//! records each new part as soon as it is posted, so a retry or a restart, however late,
//! posts only the parts still missing.

use super::{AppError, Roundtable};
use crate::schedule::{part_nonce, PostedPart, ScheduledMessage};
use crate::store::StoreError;

/// The parts of one scheduled message: those posted, and where the next are recorded.
#[derive(Debug, Clone)]
pub struct MessageParts {
    app: Roundtable,
    message_id: i64,
    nonce: String,
    posted: Vec<PostedPart>,
}

impl MessageParts {
    /// The parts Discord has, in order.
    pub fn posted(&self) -> &[PostedPart] {
        &self.posted
    }

    /// The number of the next part to post.
    pub fn next(&self) -> u32 {
        self.posted.iter().map(|p| p.part).max().unwrap_or(0) + 1
    }

    /// The nonce of part `part` (the message's own for the first).
    pub fn nonce(&self, part: u32) -> String {
        part_nonce(&self.nonce, part)
    }

    /// Records a part Discord has taken.
    pub async fn record(&self, part: &PostedPart) -> Result<(), AppError> {
        let now = self.app.now();
        Ok(self
            .app
            .store
            .record_part(self.message_id, part, now)
            .await?)
    }
}

impl Roundtable {
    /// The parts of a scheduled message posted so far.
    /// The parts of a message that is never split (a direct message): none posted, none
    /// recorded.
    pub(super) fn unsplit(&self, nonce: &str) -> MessageParts {
        MessageParts {
            app: self.clone(),
            message_id: 0,
            nonce: nonce.to_owned(),
            posted: Vec::new(),
        }
    }

    pub(super) async fn message_parts(
        &self,
        row: &ScheduledMessage,
    ) -> Result<MessageParts, StoreError> {
        Ok(MessageParts {
            app: self.clone(),
            message_id: row.id,
            nonce: row.nonce.clone(),
            posted: self.store.posted_parts(row.id).await?,
        })
    }
}
