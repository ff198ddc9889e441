//! The plan file (TOML): a group's meetings for a year with date, time and place, the texts
//! every notice shares, the regions and invitees, and optionally the group's standing agenda
//! and how its items are numbered; read into a [`YearPlan`] with errors naming the line.

use super::shared::{self, GroupSection, InviteeSection};
use super::{CsvSource, ImportError};
use crate::domain::local_time::local_date;
use crate::domain::standing::{SakNumbering, Template, TemplateItem};
use crate::domain::year_plan::{PlannedMeeting, YearPlan, YearPlanError};
use crate::domain::{AgendaItem, StandingItem};
use chrono::{DateTime, Days, Utc};
use chrono_tz::Tz;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanFile {
    year: i32,
    regions: Vec<String>,
    invitees_csv: Option<PathBuf>,
    /// `per_meeting` (1, 2, 3 at each meeting) or `per_year` ("Sak 12/25").
    sak_numbering: Option<SakNumbering>,
    group: GroupSection,
    defaults: DefaultsSection,
    #[serde(default)]
    standing: Vec<StandingSection>,
    meetings: Vec<Spanned<MeetingEntry>>,
    #[serde(default)]
    invitees: Vec<InviteeSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DefaultsSection {
    title: String,
    place: String,
    notice_text: String,
    preparation: String,
    documents_title: Option<String>,
    documents_url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StandingSection {
    title: String,
    description: Option<String>,
    standing: Option<StandingItem>,
    #[serde(default)]
    briefs: bool,
    /// After the meeting's own items.
    #[serde(default)]
    after: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeetingEntry {
    key: Option<String>,
    title: Option<String>,
    starts: Spanned<toml::value::Datetime>,
    ends: Spanned<toml::value::Datetime>,
    place: Option<String>,
    notice_at: Option<Spanned<toml::value::Datetime>>,
    agenda: Option<Vec<OwnItemSection>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OwnItemSection {
    title: String,
    description: Option<String>,
}

/// What the plan's times are read with: the group's time zone, and how many days before a
/// meeting its notice is dated.
#[derive(Debug, Clone, Copy)]
pub struct PlanRules {
    pub tz: Tz,
    pub notice_days_before: u32,
}

/// Reads a plan file, and the invitees CSV it names (relative to the file).
pub fn read_plan_file(path: &Path, rules: PlanRules) -> Result<YearPlan, ImportError> {
    shared::read_beside(path, |text, csv| parse_plan_file(path, text, rules, csv))
}

/// Parses a plan file's text (`path` names it in errors), taking the invitees CSV it names
/// from `csv`; the plan's rules are checked with its own template (else the default one).
pub fn parse_plan_file(
    path: &Path,
    text: &str,
    rules: PlanRules,
    csv: &mut CsvSource<'_>,
) -> Result<YearPlan, ImportError> {
    let file: PlanFile = shared::parse_toml(path, text)?;
    let (invitees, _) = shared::invitees(&file.invitees, file.invitees_csv.as_deref(), csv)?;
    let time = |field, value: &Spanned<_>| shared::utc_time(path, text, field, value, rules.tz);
    let g = file.group;
    let d = file.defaults;
    let mut meetings = Vec::with_capacity(file.meetings.len());
    for entry in &file.meetings {
        let m = entry.get_ref();
        let starts_at = time("meetings.starts", &m.starts)?;
        let ends_at = time("meetings.ends", &m.ends)?;
        let notice_at = match &m.notice_at {
            Some(at) => Some(time("meetings.notice_at", at)?),
            None => None,
        };
        meetings.push(planned(
            m,
            g.slug(),
            &d,
            starts_at,
            ends_at,
            notice_at,
            rules,
        ));
    }
    let own_template = (!file.standing.is_empty()).then(|| Template {
        items: file
            .standing
            .into_iter()
            .map(|s| TemplateItem {
                title: s.title.trim().to_owned(),
                description: s.description.map(|d| d.trim().to_owned()),
                standing: s.standing,
                collects_briefs: s.briefs,
                after_own: s.after,
            })
            .collect(),
    });
    let plan = YearPlan {
        group: g.into_group(),
        year: file.year,
        sak_numbering: file.sak_numbering,
        template: own_template,
        notice_text: d.notice_text.trim().to_owned(),
        preparation: d.preparation.trim().to_owned(),
        documents: shared::documents_link(d.documents_title, d.documents_url),
        regions: file.regions.iter().map(|r| r.trim().to_owned()).collect(),
        invitees,
        meetings,
    };
    let template = plan
        .template
        .clone()
        .unwrap_or_else(|| Template::default_for(&plan.group.language));
    plan.check(&template, rules.tz)
        .map_err(|e| plan_error(path, text, e))?;
    Ok(plan)
}

fn planned(
    m: &MeetingEntry,
    slug: &str,
    d: &DefaultsSection,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    notice_at: Option<DateTime<Utc>>,
    rules: PlanRules,
) -> PlannedMeeting {
    let day = local_date(starts_at, rules.tz);
    PlannedMeeting {
        key: m
            .key
            .as_deref()
            .map(str::trim)
            .map_or_else(|| format!("{slug}-{day}"), str::to_owned),
        title: m.title.clone().unwrap_or_else(|| d.title.clone()),
        starts_at,
        ends_at,
        place: m.place.clone().unwrap_or_else(|| d.place.clone()),
        notice_date: notice_at.map_or_else(
            || {
                day.checked_sub_days(Days::new(rules.notice_days_before.into()))
                    .unwrap_or(day)
            },
            |at| local_date(at, rules.tz),
        ),
        notice_at,
        own_items: m.agenda.as_ref().map(|items| {
            (1..)
                .zip(items)
                .map(|(number, i)| AgendaItem {
                    number,
                    title: i.title.trim().to_owned(),
                    description: i.description.as_deref().map(str::trim).map(str::to_owned),
                    collects_briefs: false,
                    standing: None,
                })
                .collect()
        }),
    }
}

/// A broken rule of the plan as an error naming the file and, for a meeting, the line of
/// its `[[meetings]]` entry.
fn plan_error(path: &Path, text: &str, error: YearPlanError) -> ImportError {
    let meeting = match &error {
        YearPlanError::OutsideYear { meeting, .. }
        | YearPlanError::DuplicateKey { meeting, .. }
        | YearPlanError::Meeting { meeting, .. } => Some(*meeting),
        YearPlanError::NoMeetings | YearPlanError::Template(_) => None,
    };
    let line = meeting
        .and_then(|n| {
            text.lines()
                .enumerate()
                .filter(|(_, l)| l.trim() == "[[meetings]]")
                .nth(n.checked_sub(1)?)
        })
        .map_or(1, |(index, _)| index + 1);
    ImportError::YearPlan {
        path: path.to_owned(),
        line,
        source: error,
    }
}

#[cfg(test)]
#[path = "plan_file_tests.rs"]
mod tests;
