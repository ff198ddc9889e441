//! The meeting paperwork itself: groups, meetings, agendas, regions, invitees, briefs and
//! their deadlines, with no Discord and no storage in it.

pub mod brief;
pub mod collation;
pub mod local_time;
pub mod meeting;

pub use brief::{BriefText, SpeakingEstimate};
pub use local_time::LocalTimeError;
pub use meeting::{AgendaItem, Group, Invitee, MeetingPlan, MeetingSummary, Secretariat};
