//! Attendance: each invitee's answer to the notice, who was actually there, and the lists the
//! minutes give ("Til stede", "Forfall", "Vara").

use super::Invitee;
use serde::Serialize;

/// An invitee's answer to the notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum Rsvp {
    Attending,
    /// Cannot attend, and no one comes instead.
    Absent,
    /// Cannot attend; a deputy comes instead.
    Deputy {
        name: String,
        organisation: String,
    },
}

impl Rsvp {
    /// The code stored in the database.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Attending => "attending",
            Self::Absent => "absent",
            Self::Deputy { .. } => "deputy",
        }
    }
}

/// One invitee's attendance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceEntry {
    pub invitee_id: i64,
    pub invitee: Invitee,
    pub rsvp: Option<Rsvp>,
    /// As recorded during the meeting; `None`: not recorded, the answer stands.
    pub present: Option<bool>,
}

impl AttendanceEntry {
    /// Whether the invitee was (or, before the meeting, will be) there in person.
    pub fn attends(&self) -> Option<bool> {
        self.present.or(match &self.rsvp {
            Some(Rsvp::Attending) => Some(true),
            Some(Rsvp::Absent | Rsvp::Deputy { .. }) => Some(false),
            None => None,
        })
    }
}

/// A deputy and the invitee they came for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeputyLine {
    pub name: String,
    pub organisation: String,
    pub for_name: String,
}

/// The attendance as the minutes list it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MinutesAttendance {
    /// "Til stede": name and organisation.
    pub present: Vec<(String, String)>,
    /// "Forfall": those who could not come (with a deputy or not).
    pub apologies: Vec<(String, String)>,
    /// "Vara": deputies, and for whom.
    pub deputies: Vec<DeputyLine>,
    /// Neither an answer nor a record.
    pub unknown: Vec<(String, String)>,
}

/// The lists of the minutes, starting from the answers and overridden by what was recorded.
pub fn minutes_attendance(entries: &[AttendanceEntry]) -> MinutesAttendance {
    let mut out = MinutesAttendance::default();
    for e in entries {
        let who = (e.invitee.full_name(), e.invitee.organisation.clone());
        match e.attends() {
            Some(true) => out.present.push(who),
            Some(false) => {
                if let Some(Rsvp::Deputy { name, organisation }) = &e.rsvp {
                    out.deputies.push(DeputyLine {
                        name: name.clone(),
                        organisation: organisation.clone(),
                        for_name: who.0.clone(),
                    });
                }
                out.apologies.push(who);
            }
            None => out.unknown.push(who),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(first: &str, rsvp: Option<Rsvp>, present: Option<bool>) -> AttendanceEntry {
        AttendanceEntry {
            invitee_id: 1,
            invitee: Invitee {
                first_name: first.into(),
                last_name: "Nordmann".into(),
                organisation: "Asker kommune".into(),
                region: None,
                discord_user_id: None,
                key: None,
            },
            rsvp,
            present,
        }
    }

    #[test]
    fn the_record_overrides_the_answer() {
        let deputy = Rsvp::Deputy {
            name: "Vera Vara".into(),
            organisation: "Asker kommune".into(),
        };
        let lists = minutes_attendance(&[
            entry("Ada", Some(Rsvp::Attending), None),
            entry("Bo", Some(Rsvp::Attending), Some(false)),
            entry("Cy", Some(Rsvp::Absent), Some(true)),
            entry("Di", Some(deputy), None),
            entry("Ed", None, None),
        ]);
        let names = |l: &[(String, String)]| l.iter().map(|w| w.0.clone()).collect::<Vec<_>>();
        assert_eq!(names(&lists.present), ["Ada Nordmann", "Cy Nordmann"]);
        assert_eq!(names(&lists.apologies), ["Bo Nordmann", "Di Nordmann"]);
        assert_eq!(lists.deputies.len(), 1);
        assert_eq!(lists.deputies[0].for_name, "Di Nordmann");
        assert_eq!(names(&lists.unknown), ["Ed Nordmann"]);
    }
}
