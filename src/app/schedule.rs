//! What the bot posts on its own, as a step over the database: plan each meeting's messages,
//! notice a changed notice, and hand what is due to a [`Notifier`], recording each message
//! before and after it is sent, so a restart neither repeats nor forgets one. A failed read
//! stops the step; it is tried again at the next one, never turned into a default.

use super::Roundtable;
use crate::domain::fingerprint::notice_fingerprint;
use crate::domain::follow_up::FollowUpItem;
use crate::domain::notice_facts::{NoticeChange, NoticeFacts};
use crate::domain::records::{MeetingDetails, RegionBriefs};
use crate::schedule::{
    catch_up, decide, follow_up_useful, plan, MeetingTimes, MessageKind, ScheduledMessage,
    SendState,
};
use crate::store::StoreError;
use chrono::{DateTime, Utc};
use std::future::Future;
use tracing::Instrument;

mod delivery;
mod direct;
mod notice_post;
mod upcoming;

pub use delivery::{reminder_pings, RemindedItem};
pub use notice_post::NoticePost;
pub use upcoming::Upcoming;

/// Why a message first planned after its meeting ended is not sent.
const MEETING_OVER: &str = "MeetingOverWhenPlanned";

/// How long after a meeting it is still looked at.
const LOOK_BACK: chrono::Duration = chrono::Duration::days(8);

/// One message to deliver, with everything needed to word it.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub kind: MessageKind,
    /// Discord's nonce for the message (at most 25 characters), the same on every retry.
    pub nonce: String,
    /// The meeting as it stands now, and its regions with their briefs.
    pub meeting: MeetingDetails,
    pub briefs: Vec<RegionBriefs>,
    /// For the notice: the follow-up items the meeting takes up (empty for other messages).
    pub follow_ups: Vec<FollowUpItem>,
    pub delivery: Delivery,
    /// The parts of the message Discord has already, for a message sent in several.
    pub parts: super::MessageParts,
}

/// What kind of delivery a message is, as decided by the rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// The notice, posted in the group's channel.
    Notice { channel: u64 },
    /// The posted notice edited in place, with its calendar file at `sequence`.
    NoticeEdit {
        channel: u64,
        message: u64,
        sequence: u32,
    },
    /// A note in the channel that the notice changed (what changed, when known), linking it
    /// if it was posted; `restored`: the change was the lifting of its cancellation.
    Changed {
        channel: u64,
        notice: Option<(u64, u64)>,
        changes: Vec<NoticeChange>,
        restored: bool,
    },
    /// A reminder naming the regions whose brief is missing and pinging exactly `pings`.
    Reminder {
        channel: u64,
        missing: Vec<String>,
        pings: Vec<u64>,
    },
    /// The "collected" report, to the secretariat.
    Collected,
    /// A reminder to one person by direct message (with `remind_by_dm`), pinging nobody.
    DirectReminder { user: u64, missing: Vec<String> },
    /// The open follow-up items the meeting takes up, each with the owners it pings; `pings`
    /// is every one of them, once.
    FollowUpReminder {
        channel: u64,
        items: Vec<RemindedItem>,
        pings: Vec<u64>,
    },
    /// The comment round's reminder to one person by direct message (with `remind_by_dm`).
    DirectMinutesReminder {
        user: u64,
        silent: Vec<String>,
        comments_by: DateTime<Utc>,
    },
    /// A reminder of the minutes' comment round, naming the regions that have not answered
    /// and pinging exactly their representatives.
    MinutesReminder {
        channel: u64,
        silent: Vec<String>,
        pings: Vec<u64>,
        comments_by: DateTime<Utc>,
    },
}

/// Where a message landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivered {
    Posted {
        channel: u64,
        message: u64,
    },
    /// There is no place to send it (e.g. no secretariat channel configured).
    Nowhere(&'static str),
}

/// Why a delivery failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeliveryError {
    /// Worth trying again at the next step (rate limit, server error, network).
    #[error("transient: {0}")]
    Transient(String),
    /// Refused for good where it was to go (e.g. a missing permission): marked failed and
    /// reported.
    #[error("refused: {0}")]
    Refused(String),
    /// Refused for good for what it is (e.g. too long for Discord): marked failed and
    /// reported as the bot's fault, not the channel's.
    #[error("rejected: {0}")]
    Rejected(String),
}

/// What sends the scheduler's messages (the Discord bot; a recorder in tests).
pub trait Notifier: Sync {
    fn deliver(
        &self,
        message: &Outgoing,
    ) -> impl Future<Output = Result<Delivered, DeliveryError>> + Send;
    /// Tells the secretariat once that a message could not be sent.
    fn report_failure(
        &self,
        message: &Outgoing,
        error: &DeliveryError,
    ) -> impl Future<Output = ()> + Send;
}

/// What one step did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StepOutcome {
    pub sent: usize,
    pub skipped: usize,
    pub failed: usize,
    /// Transient failures, tried again at the next step.
    pub retry: usize,
}

impl Roundtable {
    /// Plans a meeting's messages by the configured rules (its group must have a channel),
    /// unless the meeting changed meanwhile (then the next step plans it again).
    pub async fn plan_meeting(&self, meeting: &MeetingDetails) -> Result<(), StoreError> {
        if meeting.group.discord_channel_id.is_none() {
            return Ok(());
        }
        let (id, now) = (meeting.summary.id, self.now());
        let times = MeetingTimes::of(&meeting.summary);
        let planned = plan(&times, &self.settings.schedule, self.tz);
        // A meeting first planned after it ended (imported afterwards) gets no notice and no
        // reminders; the report to the secretariat still goes out after the deadline.
        let over = meeting.summary.ends_at <= now;
        let (not_sent, planned): (Vec<_>, Vec<_>) = planned
            .into_iter()
            .partition(|p| over && p.kind != MessageKind::Collected);
        self.store.plan_messages(id, &times, &planned, now).await?;
        self.store
            .record_not_sent(id, &not_sent, MEETING_OVER, now)
            .await
    }

    /// One step of the scheduler at `now`.
    pub async fn schedule_step(
        &self,
        now: DateTime<Utc>,
        notifier: &impl Notifier,
    ) -> Result<StepOutcome, StoreError> {
        for m in self.store.meetings_to_schedule(now - LOOK_BACK).await? {
            let details = self.store.meeting_details(m.meeting_id).await?;
            self.plan_meeting(&details).await?;
            let messages = self.store.scheduled_messages(m.meeting_id).await?;
            let notice = messages
                .iter()
                .find(|r| r.kind == MessageKind::Notice && r.state == SendState::Sent);
            if let Some(notice) = notice {
                let hash = notice_fingerprint(&details);
                if notice.content_hash.as_deref() != Some(hash.as_str()) {
                    tracing::info!(
                        meeting = m.meeting_id,
                        "the meeting changed since its notice"
                    );
                    let shown = NoticeFacts::of(&details).to_json();
                    self.store
                        .record_notice_change(notice, &hash, &shown, now)
                        .await?;
                }
            }
        }
        let due = self.store.due_messages(now).await?;
        let mut outcome = StepOutcome::default();
        for (i, row) in due.iter().enumerate() {
            let later_reminder = due[i + 1..]
                .iter()
                .any(|r| r.meeting_id == row.meeting_id && r.kind == MessageKind::Reminder);
            let span = tracing::info_span!(
                "scheduled",
                meeting = row.meeting_id,
                kind = row.kind.as_str(),
                slot = %row.slot
            );
            self.process(row, now, later_reminder, notifier, &mut outcome)
                .instrument(span)
                .await?;
        }
        self.send_direct_messages(now, notifier, &mut outcome)
            .await?;
        Ok(outcome)
    }

    async fn process(
        &self,
        row: &ScheduledMessage,
        now: DateTime<Utc>,
        later_reminder: bool,
        notifier: &impl Notifier,
        outcome: &mut StepOutcome,
    ) -> Result<(), StoreError> {
        let meeting = self.store.meeting_details(row.meeting_id).await?;
        let briefs = self.store.region_briefs(row.meeting_id).await?;
        let all_in = briefs.iter().all(|b| b.brief.is_some());
        let follow_ups = match row.kind {
            MessageKind::Notice | MessageKind::NoticeEdit | MessageKind::FollowUp => {
                self.store_follow_ups_at(row.meeting_id).await?
            }
            _ => Vec::new(),
        };
        let open = follow_ups.iter().filter(|i| i.is_open()).count();
        let times = MeetingTimes::of(&meeting.summary);
        let least = self.settings.schedule.catch_up_min;
        let useful = match row.kind {
            MessageKind::MinutesReminder => {
                self.minutes_reminder_useful(row.meeting_id, now).await?
            }
            kind => decide(kind, &times, now, all_in, later_reminder)
                .and_then(|()| follow_up_useful(kind, open))
                .and_then(|()| catch_up(kind, row.due_at, times.brief_deadline, now, least)),
        };
        if let Err(reason) = useful {
            tracing::info!(?reason, "not sent: no longer useful");
            outcome.skipped += 1;
            return self
                .store
                .mark_final(row.id, false, &format!("{reason:?}"), now)
                .await;
        }
        let Some(delivery) = self.delivery(row, &meeting, &briefs, &follow_ups).await? else {
            tracing::warn!("nowhere to send it");
            outcome.skipped += 1;
            return self.store.mark_final(row.id, false, "nowhere", now).await;
        };
        if let Delivery::Reminder { pings, .. } | Delivery::MinutesReminder { pings, .. } =
            &delivery
        {
            self.record_direct_messages(row.id, pings, now).await?;
        }
        let message = Outgoing {
            kind: row.kind,
            nonce: row.nonce.clone(),
            meeting,
            briefs,
            follow_ups,
            delivery,
            parts: self.message_parts(row).await?,
        };
        self.store.mark_sending(row.id, now).await?;
        let is_notice = row.kind == MessageKind::Notice;
        let hash = is_notice.then(|| notice_fingerprint(&message.meeting));
        let shown = is_notice.then(|| NoticeFacts::of(&message.meeting).to_json());
        match notifier.deliver(&message).await {
            Ok(Delivered::Posted { channel, message }) => {
                tracing::info!(channel, message, "sent");
                outcome.sent += 1;
                self.store
                    .mark_sent(
                        row.id,
                        channel,
                        message,
                        hash.as_deref(),
                        shown.as_deref(),
                        self.now(),
                    )
                    .await
            }
            Ok(Delivered::Nowhere(reason)) => {
                tracing::warn!(reason, "nowhere to send it");
                outcome.skipped += 1;
                self.store
                    .mark_final(row.id, false, reason, self.now())
                    .await
            }
            Err(DeliveryError::Transient(error)) => {
                tracing::warn!(error, "sending failed; will try again");
                outcome.retry += 1;
                Ok(())
            }
            Err(error @ (DeliveryError::Refused(_) | DeliveryError::Rejected(_))) => {
                tracing::error!(%error, "sending failed for good");
                outcome.failed += 1;
                self.store
                    .mark_final(row.id, true, &error.to_string(), self.now())
                    .await?;
                notifier.report_failure(&message, &error).await;
                Ok(())
            }
        }
    }
}
