//! The meeting paperwork itself: groups, meetings, agendas, regions, invitees, briefs and
//! their deadlines, with no Discord and no storage in it.

pub mod attendance;
pub mod brief;
pub mod brief_entry;
pub mod collation;
pub mod fingerprint;
pub mod invitee_keys;
pub mod local_time;
pub mod meeting;
pub mod meeting_diff;
pub mod meeting_edit;
pub mod meeting_name;
pub mod minutes;
pub mod minutes_records;
pub mod notice_facts;
pub mod plan_checks;
pub mod typed_time;

pub use brief::{BriefText, SpeakingEstimate};
pub use local_time::LocalTimeError;
pub mod records;

pub use meeting::{
    AgendaItem, Group, Invitee, MeetingPlan, MeetingSummary, Secretariat, StandingItem,
};
