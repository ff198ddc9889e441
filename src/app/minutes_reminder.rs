//! The minutes' comment round on the schedule: its one reminder before the comment deadline,
//! planned when the draft goes out, to the regions that have not answered, pinging exactly
//! their representatives.

use super::Roundtable;
use crate::app::schedule::{Delivery, Outgoing};
use crate::domain::minutes::RoundAnswer;
use crate::domain::minutes_records::DraftRecord;
use crate::schedule::{decide_minutes_reminder, plan_minutes_reminder, MeetingTimes, SkipReason};
use crate::schedule::{DirectMessage, MessageKind};
use crate::store::StoreError;
use chrono::{DateTime, Utc};

impl Roundtable {
    /// Plans (or moves, while not sent) the comment round's one reminder before its deadline.
    pub(super) async fn plan_minutes_reminder(
        &self,
        meeting_id: i64,
        draft: &DraftRecord,
    ) -> Result<(), StoreError> {
        let details = self.store.meeting_details(meeting_id).await?;
        if details.group.discord_channel_id.is_none() {
            return Ok(());
        }
        let planned = plan_minutes_reminder(draft.created_at, draft.comments_by);
        let times = MeetingTimes::of(&details.summary);
        self.store
            .plan_messages(meeting_id, &times, &[planned], self.now())
            .await
    }

    /// The regions silent in the comment round, and the representatives a reminder pings
    /// (each once).
    pub(super) async fn minutes_silent(
        &self,
        meeting_id: i64,
    ) -> Result<(Vec<String>, Vec<u64>), StoreError> {
        let silent: Vec<String> = self
            .store
            .minutes_paragraphs(meeting_id)
            .await?
            .into_iter()
            .filter(|p| p.answer() == RoundAnswer::Silent)
            .map(|p| p.region)
            .collect();
        let mut pings: Vec<u64> = self
            .store
            .representatives(meeting_id)
            .await?
            .into_iter()
            .filter(|r| silent.contains(&r.region))
            .map(|r| r.discord_user_id)
            .collect();
        pings.sort_unstable();
        pings.dedup();
        Ok((silent, pings))
    }

    /// Whether the comment round's reminder is still useful now ([`decide_minutes_reminder`]).
    pub(super) async fn minutes_reminder_useful(
        &self,
        meeting_id: i64,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Result<(), SkipReason>, StoreError> {
        let Some(draft) = self.store.minutes_draft(meeting_id).await? else {
            return Ok(Err(SkipReason::AllAnswered));
        };
        let approved = !self.store.minutes_versions(meeting_id).await?.is_empty();
        let (silent, _) = self.minutes_silent(meeting_id).await?;
        Ok(decide_minutes_reminder(
            draft.comments_by,
            approved,
            silent.len(),
            now,
        ))
    }

    /// The comment round's reminder by direct message to one representative, or why it is no
    /// longer useful (their region has answered since, or the round is over).
    pub(super) async fn direct_minutes_reminder(
        &self,
        dm: &DirectMessage,
        now: DateTime<Utc>,
    ) -> Result<Result<Outgoing, String>, StoreError> {
        if let Err(reason) = self.minutes_reminder_useful(dm.meeting_id, now).await? {
            return Ok(Err(format!("{reason:?}")));
        }
        let (silent, pings) = self.minutes_silent(dm.meeting_id).await?;
        if !pings.contains(&dm.user_id) {
            return Ok(Err("NoLongerSilent".into()));
        }
        let Some(draft) = self.store.minutes_draft(dm.meeting_id).await? else {
            return Ok(Err("NoDraft".into()));
        };
        Ok(Ok(Outgoing {
            kind: MessageKind::MinutesReminder,
            nonce: dm.nonce.clone(),
            meeting: self.store.meeting_details(dm.meeting_id).await?,
            briefs: Vec::new(),
            follow_ups: Vec::new(),
            delivery: Delivery::DirectMinutesReminder {
                user: dm.user_id,
                silent,
                comments_by: draft.comments_by,
            },
            parts: self.unsplit(&dm.nonce),
        }))
    }
}
