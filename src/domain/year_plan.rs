//! A group's meeting plan (møteplan) for a year: its meetings with date, time and place, each
//! becoming a meeting with the group's standing agenda; the plan's own rules and the days it
//! should be warned of.

use super::holidays::{day_warning, DayWarning};
use super::local_time::{default_brief_deadline, local_date};
use super::meeting::{AgendaItem, DocumentsLink, Group, Invitee, MeetingPlan, PlanError};
use super::standing::{SakNumbering, Template, TemplateError};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// One meeting of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedMeeting {
    /// The meeting's stable key; moving a meeting in the plan keeps it.
    pub key: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub notice_date: NaiveDate,
    pub notice_at: Option<DateTime<Utc>>,
    /// The meeting's own items (between the standing ones); `None`: as stored, none for a new
    /// meeting.
    pub own_items: Option<Vec<AgendaItem>>,
}

/// A year's meeting plan of a group, as the plan file (or its upload) gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearPlan {
    pub group: Group,
    pub year: i32,
    /// How the group numbers its items; `None`: as it is.
    pub sak_numbering: Option<SakNumbering>,
    /// The group's standing agenda; `None`: as it is.
    pub template: Option<Template>,
    pub notice_text: String,
    pub preparation: String,
    pub documents: Option<DocumentsLink>,
    pub regions: Vec<String>,
    pub invitees: Vec<Invitee>,
    pub meetings: Vec<PlannedMeeting>,
}

/// A rule of a year's plan that the file breaks; `meeting` is the 1-based number of the
/// meeting at fault, in the file's order.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum YearPlanError {
    #[error("the plan has no meetings")]
    NoMeetings,
    #[error("meetings[{meeting}]: the meeting is not in {year}")]
    OutsideYear { meeting: usize, year: i32 },
    #[error("meetings[{meeting}]: the key {key} is given twice")]
    DuplicateKey { meeting: usize, key: String },
    #[error("meetings[{meeting}]: {source}")]
    Meeting { meeting: usize, source: PlanError },
    #[error(transparent)]
    Template(#[from] TemplateError),
}

/// A day of the plan to warn of: the meeting (its index in the plan) and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanWarning {
    pub meeting: usize,
    pub date: NaiveDate,
    pub warning: DayWarning,
}

impl YearPlan {
    /// Checks the plan's own rules and each meeting's (with `template` as its agenda).
    pub fn check(&self, template: &Template, tz: Tz) -> Result<(), YearPlanError> {
        if self.meetings.is_empty() {
            return Err(YearPlanError::NoMeetings);
        }
        if let Some(own) = &self.template {
            own.check()?;
        }
        let mut keys = HashSet::new();
        for (n, m) in (1..).zip(&self.meetings) {
            if local_date(m.starts_at, tz).year() != self.year {
                return Err(YearPlanError::OutsideYear {
                    meeting: n,
                    year: self.year,
                });
            }
            if !keys.insert(m.key.as_str()) {
                return Err(YearPlanError::DuplicateKey {
                    meeting: n,
                    key: m.key.clone(),
                });
            }
            self.meeting_plan(m, template, &[], tz)
                .validate()
                .map_err(|source| YearPlanError::Meeting { meeting: n, source })?;
        }
        Ok(())
    }

    /// The meeting `m` of the plan as a meeting: the plan's texts, regions and invitees, and
    /// the template around its own items (else around `stored_own`, the items it has).
    pub fn meeting_plan(
        &self,
        m: &PlannedMeeting,
        template: &Template,
        stored_own: &[AgendaItem],
        tz: Tz,
    ) -> MeetingPlan {
        let own = m.own_items.as_deref().unwrap_or(stored_own);
        MeetingPlan {
            group: self.group.clone(),
            key: m.key.clone(),
            title: m.title.clone(),
            starts_at: m.starts_at,
            ends_at: m.ends_at,
            place: m.place.clone(),
            notice_text: self.notice_text.clone(),
            preparation: self.preparation.clone(),
            documents: self.documents.clone(),
            notice_date: m.notice_date,
            notice_at: m.notice_at,
            brief_deadline: default_brief_deadline(m.starts_at, tz),
            agenda: template.agenda_with(own),
            regions: self.regions.clone(),
            invitees: self.invitees.clone(),
        }
    }

    /// The meetings on a public holiday or in a usual holiday week, in the plan's order.
    pub fn warnings(&self, tz: Tz) -> Vec<PlanWarning> {
        self.meetings
            .iter()
            .enumerate()
            .filter_map(|(meeting, m)| {
                let date = local_date(m.starts_at, tz);
                day_warning(date).map(|warning| PlanWarning {
                    meeting,
                    date,
                    warning,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::holidays::Holiday;
    use crate::domain::local_time::OSLO;
    use crate::domain::Secretariat;
    use chrono::TimeZone;

    fn at(m: u32, d: u32) -> DateTime<Utc> {
        OSLO.with_ymd_and_hms(2025, m, d, 12, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn planned(key: &str, m: u32, d: u32) -> PlannedMeeting {
        PlannedMeeting {
            key: key.into(),
            title: "Møte".into(),
            starts_at: at(m, d),
            ends_at: at(m, d) + chrono::Duration::hours(2),
            place: "Oslo".into(),
            notice_date: NaiveDate::from_ymd_opt(2025, m, 1).unwrap(),
            notice_at: None,
            own_items: None,
        }
    }

    fn plan(meetings: Vec<PlannedMeeting>) -> YearPlan {
        YearPlan {
            group: Group {
                slug: "g".into(),
                name: "Gruppe".into(),
                organisation: "Osloregionen".into(),
                language: "nb".into(),
                discord_channel_id: None,
                member_role_id: None,
                secretariat: Secretariat {
                    name: "S".into(),
                    title: "T".into(),
                    phone: None,
                    email: None,
                },
            },
            year: 2025,
            sak_numbering: None,
            template: None,
            notice_text: String::new(),
            preparation: String::new(),
            documents: None,
            regions: vec!["Asker".into()],
            invitees: Vec::new(),
            meetings,
        }
    }

    #[test]
    fn a_meeting_on_a_holiday_is_warned_of_with_the_holiday() {
        let p = plan(vec![
            planned("a", 3, 13),
            planned("b", 4, 17),
            planned("c", 5, 17),
        ]);
        let found: Vec<_> = p
            .warnings(OSLO)
            .into_iter()
            .map(|w| (w.meeting, w.warning))
            .collect();
        assert_eq!(
            found,
            [
                (1, DayWarning::Holiday(Holiday::MaundyThursday)),
                (2, DayWarning::Holiday(Holiday::ConstitutionDay)),
            ]
        );
    }

    #[test]
    fn a_plan_keeps_its_year_and_its_keys_apart() {
        let template = Template::default_for("nb");
        assert_eq!(
            plan(vec![]).check(&template, OSLO),
            Err(YearPlanError::NoMeetings)
        );
        let mut other_year = planned("a", 3, 13);
        other_year.starts_at += chrono::Duration::days(365);
        other_year.ends_at = other_year.starts_at + chrono::Duration::hours(1);
        assert_eq!(
            plan(vec![planned("x", 1, 9), other_year]).check(&template, OSLO),
            Err(YearPlanError::OutsideYear {
                meeting: 2,
                year: 2025
            })
        );
        assert_eq!(
            plan(vec![planned("a", 1, 9), planned("a", 2, 9)]).check(&template, OSLO),
            Err(YearPlanError::DuplicateKey {
                meeting: 2,
                key: "a".into()
            })
        );
        assert_eq!(
            plan(vec![planned("a", 1, 9), planned("b", 2, 9)]).check(&template, OSLO),
            Ok(())
        );
    }

    #[test]
    fn each_meeting_gets_the_template_around_its_own_items() {
        let p = plan(vec![planned("a", 3, 13)]);
        let own = AgendaItem {
            number: 1,
            title: "Budsjett".into(),
            description: None,
            collects_briefs: false,
            standing: None,
        };
        let meeting = p.meeting_plan(&p.meetings[0], &Template::default_for("nb"), &[own], OSLO);
        assert_eq!(meeting.agenda.len(), 6);
        assert_eq!(meeting.agenda[3].title, "Budsjett");
        assert!(meeting.brief_deadline > meeting.starts_at);
    }
}
