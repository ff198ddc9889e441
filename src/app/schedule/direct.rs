//! Reminders by direct message (`remind_by_dm`): each person's message is recorded before it
//! is sent (with its own nonce) and marked sent after, like the channel's messages, so a crash
//! half-way repeats nothing to those already reached and still reaches the others.

use super::{Delivered, Delivery, DeliveryError, Notifier, Outgoing, StepOutcome};
use crate::app::Roundtable;
use crate::schedule::{decide, DirectMessage, MeetingTimes, MessageKind};
use crate::store::StoreError;
use chrono::{DateTime, Utc};
use tracing::Instrument;

impl Roundtable {
    /// Records a reminder's direct messages to `users` (once per reminder and person).
    pub(super) async fn record_direct_messages(
        &self,
        reminder: i64,
        users: &[u64],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        if !self.settings.remind_by_dm || users.is_empty() {
            return Ok(());
        }
        self.store
            .record_direct_messages(reminder, users, now)
            .await
    }

    /// Sends the direct messages recorded and not yet sent whose reminder is in the channel.
    pub(super) async fn send_direct_messages(
        &self,
        now: DateTime<Utc>,
        notifier: &impl Notifier,
        outcome: &mut StepOutcome,
    ) -> Result<(), StoreError> {
        for dm in self.store.pending_direct_messages().await? {
            let span = tracing::info_span!(
                "direct",
                meeting = dm.meeting_id,
                reminder = dm.scheduled_id,
                user = dm.user_id
            );
            self.send_direct(&dm, now, notifier, outcome)
                .instrument(span)
                .await?;
        }
        Ok(())
    }

    /// The direct message to send now, or why it is no longer useful: a brief reminder, or
    /// the minutes' comment round's (`minutes_reminder.rs`).
    async fn direct_message(
        &self,
        dm: &DirectMessage,
        now: DateTime<Utc>,
    ) -> Result<Result<Outgoing, String>, StoreError> {
        let kind = self
            .store
            .scheduled_messages(dm.meeting_id)
            .await?
            .into_iter()
            .find(|r| r.id == dm.scheduled_id)
            .map(|r| r.kind);
        if kind == Some(MessageKind::MinutesReminder) {
            return self.direct_minutes_reminder(dm, now).await;
        }
        let meeting = self.store.meeting_details(dm.meeting_id).await?;
        let briefs = self.store.region_briefs(dm.meeting_id).await?;
        let all_in = briefs.iter().all(|b| b.brief.is_some());
        let times = MeetingTimes::of(&meeting.summary);
        if let Err(reason) = decide(MessageKind::Reminder, &times, now, all_in, false) {
            return Ok(Err(format!("{reason:?}")));
        }
        // Someone whose region has sent its brief since the reminder (or who has named a
        // deputy) is not reminded any more.
        let (missing, pings) = self.reminded(dm.meeting_id, &briefs).await?;
        if !pings.contains(&dm.user_id) {
            return Ok(Err("NoLongerMissing".into()));
        }
        Ok(Ok(Outgoing {
            kind: MessageKind::Reminder,
            nonce: dm.nonce.clone(),
            meeting,
            briefs,
            follow_ups: Vec::new(),
            delivery: Delivery::DirectReminder {
                user: dm.user_id,
                missing,
            },
            parts: self.unsplit(&dm.nonce),
        }))
    }

    async fn send_direct(
        &self,
        dm: &DirectMessage,
        now: DateTime<Utc>,
        notifier: &impl Notifier,
        outcome: &mut StepOutcome,
    ) -> Result<(), StoreError> {
        let message = match self.direct_message(dm, now).await? {
            Ok(message) => message,
            Err(reason) => {
                tracing::info!(reason, "not sent: no longer useful");
                outcome.skipped += 1;
                return self
                    .store
                    .mark_direct_final(dm.id, false, &reason, now)
                    .await;
            }
        };
        self.store.mark_direct_sending(dm.id, now).await?;
        match notifier.deliver(&message).await {
            Ok(Delivered::Posted { channel, message }) => {
                tracing::info!(channel, message, "sent by direct message");
                outcome.sent += 1;
                self.store
                    .mark_direct_sent(dm.id, channel, message, self.now())
                    .await
            }
            Ok(Delivered::Nowhere(reason)) => {
                outcome.skipped += 1;
                self.store
                    .mark_direct_final(dm.id, false, reason, self.now())
                    .await
            }
            Err(DeliveryError::Transient(error)) => {
                tracing::warn!(error, "direct message failed; will try again");
                outcome.retry += 1;
                Ok(())
            }
            // A member who does not take direct messages has the reminder in the channel.
            Err(DeliveryError::Refused(error) | DeliveryError::Rejected(error)) => {
                tracing::warn!(error, "cannot send a reminder by direct message");
                outcome.failed += 1;
                self.store
                    .mark_direct_final(dm.id, true, &error, self.now())
                    .await
            }
        }
    }
}
