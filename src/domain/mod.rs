//! The meeting paperwork itself: groups, meetings, agendas, regions, invitees, briefs and
//! their deadlines, with no Discord and no storage in it.

pub mod attendance;
pub mod brief;
pub mod brief_entry;
pub mod collation;
pub mod fingerprint;
pub mod follow_up;
pub mod holidays;
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
pub mod standing;
pub mod standing_edit;
pub mod typed_time;
pub mod year_plan;

pub use brief::{BriefText, SpeakingEstimate};
pub use local_time::LocalTimeError;
pub mod records;
pub mod sak_label;

pub use meeting::{
    AgendaItem, Group, Invitee, MeetingPlan, MeetingSummary, Secretariat, StandingItem,
};
pub use standing::{sak_label, AgendaNumbering, SakLabel, SakNumbering, Template};
