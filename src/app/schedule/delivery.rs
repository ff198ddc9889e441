//! Who and where each due message goes to: the group's channel, the posted notice, the
//! representatives a reminder pings, the owners of follow-up items, the secretariat.

use super::{Delivery, Roundtable};
use crate::app::meeting_admin::ChangeKind;
use crate::domain::attendance::{AttendanceEntry, Rsvp};
use crate::domain::follow_up::FollowUpItem;
use crate::domain::notice_facts::NoticeFacts;
use crate::domain::records::{MeetingDetails, RegionBriefs};
use crate::schedule::{MessageKind, ScheduledMessage};
use crate::store::StoreError;

/// A follow-up item its owners are reminded of, and the Discord users that are its owners
/// (none when nobody is linked: the item is named in the channel without a ping).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemindedItem {
    pub item: FollowUpItem,
    pub owners: Vec<u64>,
}

/// The representatives a reminder pings: those of the missing regions, except one who said
/// they cannot attend and named a deputy; each once.
pub fn reminder_pings(
    representatives: &[(String, u64)],
    missing: &[String],
    attendance: &[AttendanceEntry],
) -> Vec<u64> {
    let excused = |user: u64| {
        attendance.iter().any(|e| {
            e.invitee.discord_user_id == Some(user) && matches!(e.rsvp, Some(Rsvp::Deputy { .. }))
        })
    };
    let mut pings: Vec<u64> = representatives
        .iter()
        .filter(|(region, _)| missing.contains(region))
        .map(|(_, user)| *user)
        .filter(|user| !excused(*user))
        .collect();
    pings.sort_unstable();
    pings.dedup();
    pings
}

impl Roundtable {
    /// The regions whose brief is missing, and the representatives a reminder about them
    /// pings now ([`reminder_pings`]).
    pub(super) async fn reminded(
        &self,
        meeting_id: i64,
        briefs: &[RegionBriefs],
    ) -> Result<(Vec<String>, Vec<u64>), StoreError> {
        let missing: Vec<String> = briefs
            .iter()
            .filter(|b| b.brief.is_none())
            .map(|b| b.region.clone())
            .collect();
        let representatives: Vec<(String, u64)> = self
            .store
            .representatives(meeting_id)
            .await?
            .into_iter()
            .map(|r| (r.region, r.discord_user_id))
            .collect();
        let attendance = self.store.attendance(meeting_id).await?;
        let pings = reminder_pings(&representatives, &missing, &attendance);
        Ok((missing, pings))
    }

    /// How a due message is delivered; `None` when there is nowhere to send it.
    pub(super) async fn delivery(
        &self,
        row: &ScheduledMessage,
        meeting: &MeetingDetails,
        briefs: &[RegionBriefs],
        follow_ups: &[FollowUpItem],
    ) -> Result<Option<Delivery>, StoreError> {
        let Some(channel) = meeting.group.discord_channel_id else {
            return Ok(None);
        };
        let posted_notice = || async {
            let messages = self.store.scheduled_messages(meeting.summary.id).await?;
            Ok::<_, StoreError>(
                messages
                    .iter()
                    .find(|r| r.kind == MessageKind::Notice)
                    .and_then(|r| Some((r.channel_id?, r.discord_message_id?))),
            )
        };
        Ok(Some(match row.kind {
            MessageKind::Notice => Delivery::Notice { channel },
            MessageKind::NoticeEdit => {
                let Some((channel, message)) = posted_notice().await? else {
                    return Ok(None);
                };
                let sequence = row.slot.parse().unwrap_or(1);
                Delivery::NoticeEdit {
                    channel,
                    message,
                    sequence,
                }
            }
            MessageKind::Changed => Delivery::Changed {
                channel,
                notice: posted_notice().await?,
                changes: NoticeFacts::from_json(row.shown.as_deref())
                    .map(|before| before.changes_to(&NoticeFacts::of(meeting)))
                    .unwrap_or_default(),
                restored: self
                    .store
                    .meeting_changes(meeting.summary.id, 1)
                    .await?
                    .first()
                    .is_some_and(|c| c.kind == ChangeKind::Restore.as_str()),
            },
            MessageKind::Reminder => {
                let (missing, pings) = self.reminded(meeting.summary.id, briefs).await?;
                Delivery::Reminder {
                    channel,
                    missing,
                    pings,
                }
            }
            MessageKind::Collected => Delivery::Collected,
            MessageKind::FollowUp => {
                let (items, pings) = self.follow_up_pings(meeting.summary.id, follow_ups).await?;
                Delivery::FollowUpReminder {
                    channel,
                    items,
                    pings,
                }
            }
            MessageKind::MinutesReminder => {
                let Some(draft) = self.store.minutes_draft(meeting.summary.id).await? else {
                    return Ok(None);
                };
                let (silent, pings) = self.minutes_silent(meeting.summary.id).await?;
                Delivery::MinutesReminder {
                    channel,
                    silent,
                    pings,
                    comments_by: draft.comments_by,
                }
            }
        }))
    }

    /// The open items among `follow_ups`, each with its owners on Discord, and everyone they
    /// ping, once.
    async fn follow_up_pings(
        &self,
        meeting_id: i64,
        follow_ups: &[FollowUpItem],
    ) -> Result<(Vec<RemindedItem>, Vec<u64>), StoreError> {
        let mut items = Vec::new();
        for item in follow_ups.iter().filter(|i| i.is_open()) {
            let owners = self.follow_up_owners(item.id, meeting_id).await?;
            items.push(RemindedItem {
                item: item.clone(),
                owners,
            });
        }
        let mut pings: Vec<u64> = items.iter().flat_map(|i| i.owners.clone()).collect();
        pings.sort_unstable();
        pings.dedup();
        Ok((items, pings))
    }
}
