//! What the app layer hands on from the store as it is: reads of meetings, regions, briefs,
//! invitees and the change log, and the secretariat's links of members to regions and
//! invitees. Each is one store call with its error turned into an [`AppError`].

use super::{AppError, Roundtable};
use crate::domain::attendance::AttendanceEntry;
use crate::domain::records::{
    ChangeEntry, ChannelGroup, GroupChannel, InviteeRef, ListedMeeting, MeetingAgenda,
    MeetingDetails, RegionBriefs, RegionRow, Representative, Revision,
};
use crate::domain::{Invitee, MeetingPlan, MeetingSummary};
use crate::schedule::ScheduledMessage;
use chrono::{DateTime, Utc};

/// Methods of [`Roundtable`] that call the store's method of the same name.
macro_rules! pass_through {
    ($( $(#[$doc:meta])* $name:ident ( $($arg:ident : $ty:ty),* ) -> $ret:ty; )*) => {
        impl Roundtable {
            $(
                $(#[$doc])*
                pub async fn $name(&self, $($arg: $ty),*) -> Result<$ret, AppError> {
                    Ok(self.store.$name($($arg),*).await?)
                }
            )*
        }
    };
}

pass_through! {
    /// A meeting by its id.
    meeting_summary(id: i64) -> MeetingSummary;
    /// Everything about a meeting: group, texts, agenda, regions, invitees.
    meeting_details(id: i64) -> MeetingDetails;
    /// A meeting as a plan (what a meeting file says), for the secretariat's edits.
    meeting_plan(id: i64) -> MeetingPlan;
    /// The regions asked for a brief, in speaking order.
    meeting_regions(meeting_id: i64) -> Vec<RegionRow>;
    /// Each region with its brief, if one is in.
    region_briefs(meeting_id: i64) -> Vec<RegionBriefs>;
    /// What `/agenda` shows: the meeting, its items, which regions' briefs are in.
    meeting_agenda(id: i64) -> MeetingAgenda;
    /// The text of a region's current brief, if it has one.
    current_brief_text(meeting_id: i64, region_id: i64) -> Option<String>;
    /// Every version of a region's brief.
    brief_revisions(meeting_id: i64, region: &str) -> Vec<Revision>;
    /// The invitees, in the order of the list.
    invitees(meeting_id: i64) -> Vec<Invitee>;
    /// Each invitee with their answer and the record made at the meeting.
    attendance(meeting_id: i64) -> Vec<AttendanceEntry>;
    /// The invitee a Discord user is linked to.
    invitee_of_user(meeting_id: i64, user: u64) -> Option<InviteeRef>;
    /// Who speaks for which region.
    representatives(meeting_id: i64) -> Vec<Representative>;
    /// The newest entries of a meeting's change log.
    meeting_changes(meeting_id: i64, limit: i64) -> Vec<ChangeEntry>;
    /// The messages planned for a meeting, by due time.
    scheduled_messages(meeting_id: i64) -> Vec<ScheduledMessage>;
    /// Every working group, by name, with the channel its notices go to.
    group_channels() -> Vec<GroupChannel>;
    /// The group whose channel this is.
    channel_group(channel: u64) -> Option<ChannelGroup>;
    /// The Discord channel of a meeting's group, if it has one.
    meeting_channel(meeting_id: i64) -> Option<u64>;
    /// Every group's Discord channel.
    group_channel_ids() -> Vec<u64>;
    /// The name of the group whose channel this is.
    group_in_channel(channel: u64) -> Option<String>;
    /// A group's newest meeting.
    latest_meeting_of_group(group_id: i64) -> Option<i64>;
    /// A group's upcoming and recent meetings.
    group_meetings(group_id: i64, now: DateTime<Utc>, upcoming: i64, recent: i64)
        -> (Vec<ListedMeeting>, Vec<ListedMeeting>);
    /// A meeting key not yet taken, from `base`.
    unused_meeting_key(base: &str) -> String;
    /// Links a Discord user to an invitee (the secretariat's `/attendance link`).
    link_invitee(invitee_id: i64, user: u64) -> ();
    /// Adds a representative of a region; false if they were one already.
    add_representative(meeting_id: i64, region: &str, user: u64, added_by: u64, now: DateTime<Utc>) -> bool;
    /// Removes a representative added by the secretariat; false if there was none.
    remove_representative(meeting_id: i64, region: &str, user: u64) -> bool;
}
