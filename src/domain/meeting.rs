//! Working groups, their meetings, agendas, member regions and invitees.

use super::plan_checks::discord_id_ok;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A working group of the regional council, e.g. "Faggruppe for Næringssamarbeid".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    /// A stable short name, e.g. `naeringssamarbeid`.
    pub slug: String,
    pub name: String,
    /// The council it belongs to, e.g. "Osloregionen".
    pub organisation: String,
    /// The language of its documents: `nb` or `en`.
    pub language: String,
    pub discord_channel_id: Option<u64>,
    /// The role the notice pings (its members are told of the meeting), if any.
    #[serde(default)]
    pub member_role_id: Option<u64>,
    pub secretariat: Secretariat,
}

/// Who signs the notice and answers questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Secretariat {
    pub name: String,
    /// The signature's second line, e.g. "Sekretariatet for Osloregionen".
    pub title: String,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// One numbered item of a meeting's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub number: u32,
    pub title: String,
    pub description: Option<String>,
    /// The "round the table" item, under which the regions' briefs are collected.
    pub collects_briefs: bool,
    /// Which of the group's standing items this is, if any.
    #[serde(default)]
    pub standing: Option<StandingItem>,
}

/// The items a group's every meeting has, found by what they are rather than by title or
/// number. ("Round the table" is [`AgendaItem::collects_briefs`].)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StandingItem {
    /// "Godkjenning av innkalling og dagsorden".
    NoticeApproval,
    /// "Godkjenning av referat fra forrige møte" (or "… fra møte 12. september 2024").
    MinutesApproval,
    /// "Oppfølging fra forrige møte": the open follow-up items.
    FollowUp,
    /// "Eventuelt".
    AnyOtherBusiness,
}

impl StandingItem {
    pub const ALL: [StandingItem; 4] = [
        Self::NoticeApproval,
        Self::MinutesApproval,
        Self::FollowUp,
        Self::AnyOtherBusiness,
    ];

    /// The stable code, as stored and as written in a meeting file.
    pub fn code(self) -> &'static str {
        match self {
            Self::NoticeApproval => "notice_approval",
            Self::MinutesApproval => "minutes_approval",
            Self::FollowUp => "follow_up",
            Self::AnyOtherBusiness => "any_other_business",
        }
    }

    /// The item of a code; `None` for an unknown one.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A person invited to the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitee {
    pub first_name: String,
    pub last_name: String,
    pub organisation: String,
    /// The member region this person speaks for, if any.
    pub region: Option<String>,
    pub discord_user_id: Option<u64>,
    /// The invitee's stable key (`None`: a new invitee, given one when stored). A corrected
    /// name or organisation that names the key keeps the invitee, their answer and their link.
    #[serde(default)]
    pub key: Option<i64>,
}

/// The link to the meeting's documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentsLink {
    pub title: String,
    pub url: String,
}

/// Everything a meeting file says about one meeting: what an import writes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingPlan {
    pub group: Group,
    /// A stable identifier of the meeting, e.g. `naeringssamarbeid-2024-11-07`.
    pub key: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    /// The covering text of the notice.
    pub notice_text: String,
    /// What participants are asked to prepare.
    pub preparation: String,
    pub documents: Option<DocumentsLink>,
    /// The date the notice is dated.
    pub notice_date: NaiveDate,
    /// When the bot posts the notice; `None`: as the configuration's schedule says.
    pub notice_at: Option<DateTime<Utc>>,
    pub brief_deadline: DateTime<Utc>,
    pub agenda: Vec<AgendaItem>,
    /// The member regions asked for a brief, in the order they are to speak.
    pub regions: Vec<String>,
    pub invitees: Vec<Invitee>,
}

/// A meeting as stored, without its agenda, regions and invitees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingSummary {
    pub id: i64,
    pub key: String,
    pub group_slug: String,
    pub group_name: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub brief_deadline: DateTime<Utc>,
    /// When the bot posts the notice; `None`: as the configuration's schedule says.
    pub notice_at: Option<DateTime<Utc>>,
    /// When the secretariat cancelled the meeting; `None`: it is on.
    pub cancelled_at: Option<DateTime<Utc>>,
}

/// A rule of a meeting that a plan breaks; `field` names where, as the meeting file spells it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("{field}: the meeting ends ({ends}) before it starts ({starts})")]
    EndsBeforeStart {
        field: &'static str,
        starts: DateTime<Utc>,
        ends: DateTime<Utc>,
    },
    #[error("{field}: the brief deadline is before the meeting starts")]
    DeadlineBeforeStart { field: &'static str },
    #[error("{field}: the agenda is empty")]
    EmptyAgenda { field: &'static str },
    #[error("{field}: more than one agenda item collects briefs")]
    SeveralBriefItems { field: &'static str },
    #[error("{field}: region {name:?} is listed twice")]
    DuplicateRegion { field: String, name: String },
    #[error("{field}: unknown region {name:?} (not in the meeting's regions)")]
    UnknownRegion { field: String, name: String },
    #[error("{field}: {name} is invited twice")]
    DuplicateInvitee { field: String, name: String },
    #[error("{field}: the key {key} is given twice")]
    DuplicateInviteeKey { field: String, key: i64 },
    #[error("{field}: must not be empty")]
    Blank { field: String },
    #[error("{field}: the year {year} is not between 2000 and 2100")]
    YearOutOfRange { field: String, year: i32 },
    #[error("{field}: the notice would come after the meeting has started")]
    NoticeAfterStart { field: &'static str },
    #[error("{field}: {name} has neither a last name nor an organisation")]
    IncompleteInvitee { field: String, name: String },
    #[error("{field}: {id} is not a Discord id")]
    BadDiscordId { field: String, id: u64 },
}

impl MeetingPlan {
    /// Checks the rules a meeting must keep before anything is stored.
    pub fn validate(&self) -> Result<(), PlanError> {
        for (field, value) in [
            ("group.slug", &self.group.slug),
            ("group.name", &self.group.name),
            ("meeting.key", &self.key),
            ("meeting.title", &self.title),
            ("meeting.place", &self.place),
        ] {
            if value.trim().is_empty() {
                return Err(PlanError::Blank {
                    field: field.into(),
                });
            }
        }
        if self.ends_at <= self.starts_at {
            return Err(PlanError::EndsBeforeStart {
                field: "meeting.ends",
                starts: self.starts_at,
                ends: self.ends_at,
            });
        }
        if self.brief_deadline < self.starts_at {
            return Err(PlanError::DeadlineBeforeStart {
                field: "meeting.brief_deadline",
            });
        }
        self.validate_years()?;
        if self.notice_at.is_some_and(|at| at >= self.starts_at) {
            return Err(PlanError::NoticeAfterStart {
                field: "meeting.notice_at",
            });
        }
        if let Some(id) = self
            .group
            .discord_channel_id
            .filter(|id| !discord_id_ok(*id))
        {
            return Err(PlanError::BadDiscordId {
                field: "group.discord_channel_id".into(),
                id,
            });
        }
        if self.agenda.is_empty() {
            return Err(PlanError::EmptyAgenda { field: "agenda" });
        }
        if self.agenda.iter().filter(|i| i.collects_briefs).count() > 1 {
            return Err(PlanError::SeveralBriefItems { field: "agenda" });
        }
        for (n, item) in self.agenda.iter().enumerate() {
            if item.title.trim().is_empty() {
                return Err(PlanError::Blank {
                    field: format!("agenda[{}].title", n + 1),
                });
            }
        }
        let mut seen = HashSet::new();
        let mut folded = HashSet::new();
        for (n, name) in self.regions.iter().enumerate() {
            if name.trim().is_empty() {
                return Err(PlanError::Blank {
                    field: format!("regions[{}]", n + 1),
                });
            }
            // "Asker" and "asker " are one region to whoever types its name.
            if !folded.insert(name.trim().to_lowercase()) {
                return Err(PlanError::DuplicateRegion {
                    field: "regions".into(),
                    name: name.clone(),
                });
            }
            seen.insert(name.as_str());
        }
        let mut invited = HashSet::new();
        let mut keys = HashSet::new();
        for (n, invitee) in self.invitees.iter().enumerate() {
            let field = format!("invitees[{}]", n + 1);
            if let Some(key) = invitee.key {
                if !keys.insert(key) {
                    return Err(PlanError::DuplicateInviteeKey { field, key });
                }
            }
            if let Some(region) = &invitee.region {
                if !seen.contains(region.as_str()) {
                    return Err(PlanError::UnknownRegion {
                        field,
                        name: region.clone(),
                    });
                }
            }
            let blank = |s: &str| s.trim().is_empty();
            if blank(&invitee.first_name) && blank(&invitee.last_name) {
                return Err(PlanError::Blank { field });
            }
            if blank(&invitee.last_name) && blank(&invitee.organisation) {
                return Err(PlanError::IncompleteInvitee {
                    field,
                    name: invitee.full_name().trim().to_owned(),
                });
            }
            if let Some(id) = invitee.discord_user_id.filter(|id| !discord_id_ok(*id)) {
                return Err(PlanError::BadDiscordId { field, id });
            }
            let who = (
                &invitee.first_name,
                &invitee.last_name,
                &invitee.organisation,
            );
            if !invited.insert(who) {
                return Err(PlanError::DuplicateInvitee {
                    field,
                    name: invitee.full_name(),
                });
            }
        }
        Ok(())
    }

    /// The agenda item that collects the briefs, if the agenda has one.
    pub fn brief_item(&self) -> Option<&AgendaItem> {
        self.agenda.iter().find(|i| i.collects_briefs)
    }
}

impl Invitee {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }

    /// The organisations of a list, each once, in Norwegian order.
    pub fn organisations(invitees: &[Invitee]) -> Vec<String> {
        let unique: std::collections::HashSet<&str> =
            invitees.iter().map(|i| i.organisation.as_str()).collect();
        let mut orgs: Vec<String> = unique.into_iter().map(str::to_owned).collect();
        orgs.sort_by(|a, b| super::collation::norwegian_cmp(a, b));
        orgs
    }
}

#[cfg(test)]
mod standing_item_tests {
    use super::StandingItem;

    #[test]
    fn each_standing_item_reads_back_from_its_code() {
        for item in StandingItem::ALL {
            assert_eq!(StandingItem::from_code(item.code()), Some(item));
        }
        assert_eq!(StandingItem::from_code("round_table"), None);
    }
}
