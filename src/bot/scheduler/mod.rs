//! The scheduler: on every tick it plans each meeting's messages into the database, notices
//! changes of a posted notice, and sends what is due, recording each message before it is
//! sent, so a restart neither repeats nor forgets one.

mod send;

use crate::app::Roundtable;
use crate::domain::records::MeetingDetails;
use crate::i18n::Language;
use crate::schedule::{decide, plan, MeetingTimes, MessageKind, ScheduleRules};
use crate::schedule::{ScheduledMessage, SendState};
use crate::store::StoreError;
use poise::serenity_prelude as serenity;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tracing::Instrument;

/// How long after a meeting it is still looked at.
const LOOK_BACK: chrono::Duration = chrono::Duration::days(8);

/// What the scheduler needs to know beyond the store.
#[derive(Debug, Clone)]
pub struct SchedulerSettings {
    pub tick: Duration,
    pub rules: ScheduleRules,
    pub guild_id: Option<u64>,
    pub secretariat_channel_id: Option<u64>,
    pub secretariat_user_ids: Vec<u64>,
    pub remind_by_dm: bool,
    pub default_language: Language,
}

/// The scheduler's working parts.
pub struct Scheduler {
    app: Roundtable,
    http: Arc<serenity::Http>,
    settings: SchedulerSettings,
}

/// Starts the scheduler; it stops when `stop` turns true.
pub fn spawn(
    app: Roundtable,
    http: Arc<serenity::Http>,
    settings: SchedulerSettings,
    mut stop: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    let scheduler = Scheduler {
        app,
        http,
        settings,
    };
    tokio::spawn(async move {
        loop {
            if let Err(e) = scheduler.tick().await {
                tracing::error!(error = %e, "scheduler tick failed");
            }
            tokio::select! {
                () = tokio::time::sleep(scheduler.settings.tick) => {}
                _ = stop.changed() => break,
            }
            if *stop.borrow() {
                break;
            }
        }
        tracing::debug!("scheduler stopped");
    })
}

fn times(meeting: &MeetingDetails) -> MeetingTimes {
    let s = &meeting.summary;
    MeetingTimes {
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        brief_deadline: s.brief_deadline,
        notice_at: s.notice_at,
        cancelled: s.cancelled_at.is_some(),
    }
}

impl Scheduler {
    /// Plans, notices changes, and sends what is due.
    pub async fn tick(&self) -> Result<(), StoreError> {
        let store = &self.app.store;
        let now = self.app.now();
        for m in store.meetings_to_schedule(now - LOOK_BACK).await? {
            let details = store.meeting_details(m.meeting_id).await?;
            let planned = plan(&times(&details), &self.settings.rules, self.app.tz);
            store.plan_messages(m.meeting_id, &planned, now).await?;
            let messages = store.scheduled_messages(m.meeting_id).await?;
            let notice = messages
                .iter()
                .find(|r| r.kind == MessageKind::Notice && r.state == SendState::Sent);
            if let Some(notice) = notice {
                let hash = super::notice::change_hash(&details);
                if notice.content_hash.as_deref() != Some(hash.as_str()) {
                    tracing::info!(
                        meeting = m.meeting_id,
                        "the meeting changed since its notice"
                    );
                    store.record_notice_change(notice, &hash, now).await?;
                }
            }
        }
        let due = store.due_messages(now).await?;
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
            self.process(row, later_reminder).instrument(span).await?;
        }
        Ok(())
    }

    async fn process(
        &self,
        row: &ScheduledMessage,
        later_reminder: bool,
    ) -> Result<(), StoreError> {
        let store = &self.app.store;
        let now = self.app.now();
        let details = store.meeting_details(row.meeting_id).await?;
        let briefs = store.region_briefs(row.meeting_id).await?;
        let all_in = briefs.iter().all(|b| b.brief.is_some());
        if let Err(reason) = decide(row.kind, &times(&details), now, all_in, later_reminder) {
            tracing::info!(?reason, "not sent: no longer useful");
            return store
                .mark_final(row.id, false, &format!("{reason:?}"), now)
                .await;
        }
        store.mark_sending(row.id, now).await?;
        match self.send(row, &details, &briefs).await {
            Ok(send::Sent::Posted {
                channel,
                message,
                hash,
            }) => {
                tracing::info!(channel, message, "sent");
                store
                    .mark_sent(row.id, channel, message, hash.as_deref(), self.app.now())
                    .await
            }
            Ok(send::Sent::Nowhere(reason)) => {
                tracing::warn!(reason, "nowhere to send it");
                store
                    .mark_final(row.id, false, reason, self.app.now())
                    .await
            }
            Err(e) if crate::bot::retry::is_transient(&e) => {
                tracing::warn!(error = %e, "sending failed; will try again");
                Ok(())
            }
            Err(e) => {
                tracing::error!(error = %e, "sending failed for good");
                store
                    .mark_final(row.id, true, &e.to_string(), self.app.now())
                    .await?;
                self.report_failure(row, &details, &e).await;
                Ok(())
            }
        }
    }
}
