//! Changes the secretariat makes to a meeting plan without a meeting file: a new meeting
//! after the last one, a new time, agenda items and invitees; and reading the times it types.
//! Every change gives a plan that keeps the rules of [`MeetingPlan::validate`].

use super::local_time::{default_brief_deadline, LocalTimeError};
use super::meeting::{DocumentsLink, PlanError};
use super::{AgendaItem, Invitee, MeetingPlan};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

pub use super::typed_time::{parse_end, parse_local, resolve_times};

/// Why a change cannot be made; `field` names the input as the command or form calls it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("{field}: {given:?} is not a date and time like 2025-03-06 12:00")]
    NotATime { field: &'static str, given: String },
    #[error("{field}: {source}")]
    Local {
        field: &'static str,
        source: LocalTimeError,
    },
    #[error("{field}: {at} has already passed")]
    InPast {
        field: &'static str,
        at: NaiveDateTime,
    },
    #[error("the meeting would end ({ends}) before it starts ({starts})")]
    EndsBeforeStart {
        starts: NaiveDateTime,
        ends: NaiveDateTime,
    },
    #[error("{given:?} is not a web address (https://…)")]
    NotALink { given: String },
    #[error("the agenda has no item {number} (it has {count})")]
    NoSuchItem { number: u32, count: usize },
    #[error("position {position} is outside the agenda (1 to {max})")]
    BadPosition { position: u32, max: usize },
    #[error("nothing to change")]
    NothingToChange,
    #[error("{name:?} is not invited")]
    UnknownInvitee { name: String },
    #[error("{name:?} matches several invitees")]
    AmbiguousInvitee { name: String, matches: Vec<String> },
    #[error(transparent)]
    Plan(#[from] PlanError),
}

/// Moves a meeting: a deadline that was the default follows the new day; one set by hand,
/// and a set notice time, move by as much as the meeting in Oslo wall-clock time.
pub fn move_meeting(
    plan: &mut MeetingPlan,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    tz: Tz,
) -> Result<(), EditError> {
    let from = plan.starts_at;
    let shift = |at| crate::domain::local_time::shift_wall_clock(at, from, starts_at, tz);
    plan.brief_deadline = if plan.brief_deadline == default_brief_deadline(from, tz) {
        default_brief_deadline(starts_at, tz)
    } else {
        shift(plan.brief_deadline)
    };
    plan.notice_at = plan.notice_at.map(shift);
    plan.starts_at = starts_at;
    plan.ends_at = ends_at;
    Ok(plan.validate()?)
}

/// What the secretariat types for a new meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeeting {
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub documents_url: Option<String>,
}

/// A new meeting of the group of `previous`, with its agenda, regions, invitees, covering
/// text and preparation copied, under `key`, its notice dated `notice_date`.
pub fn next_meeting(
    previous: &MeetingPlan,
    new: NewMeeting,
    key: String,
    notice_date: NaiveDate,
    tz: Tz,
) -> Result<MeetingPlan, EditError> {
    let documents = match new.documents_url.map(|u| u.trim().to_owned()) {
        Some(url) if url.is_empty() => None,
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
            Some(DocumentsLink {
                title: url.clone(),
                url,
            })
        }
        Some(given) => return Err(EditError::NotALink { given }),
        None => None,
    };
    let plan = MeetingPlan {
        key,
        title: new.title.trim().to_owned(),
        brief_deadline: default_brief_deadline(new.starts_at, tz),
        starts_at: new.starts_at,
        ends_at: new.ends_at,
        place: new.place.trim().to_owned(),
        documents,
        notice_date,
        notice_at: None,
        ..previous.clone()
    };
    plan.validate()?;
    Ok(plan)
}

/// A meeting key for a group's meeting on a day, e.g. `naeringssamarbeid-2025-03-06`.
pub fn meeting_key(slug: &str, starts_at: DateTime<Utc>, tz: Tz) -> String {
    format!("{slug}-{}", starts_at.with_timezone(&tz).format("%Y-%m-%d"))
}

fn renumber(agenda: &mut [AgendaItem]) {
    for (number, item) in (1..).zip(agenda.iter_mut()) {
        item.number = number;
    }
}

fn index_of(plan: &MeetingPlan, number: u32) -> Result<usize, EditError> {
    plan.agenda
        .iter()
        .position(|i| i.number == number)
        .ok_or(EditError::NoSuchItem {
            number,
            count: plan.agenda.len(),
        })
}

fn text(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// Adds an agenda item at `position` (1 is first; default: last).
pub fn add_item(
    plan: &mut MeetingPlan,
    title: &str,
    description: Option<String>,
    position: Option<u32>,
    collects_briefs: bool,
) -> Result<(), EditError> {
    let max = plan.agenda.len() + 1;
    // Without a number, a meeting's own item goes between its standing items.
    let between = super::standing::own_item_index(&plan.agenda) + 1;
    let at = position.map_or(Ok(between), |p| match usize::try_from(p) {
        Ok(p) if (1..=max).contains(&p) => Ok(p),
        _ => Err(EditError::BadPosition { position: p, max }),
    })?;
    let item = AgendaItem {
        number: 0,
        title: title.trim().to_owned(),
        description: text(description),
        collects_briefs,
        standing: None,
    };
    plan.agenda.insert(at - 1, item);
    renumber(&mut plan.agenda);
    Ok(plan.validate()?)
}

/// Changes an item's title or description (an empty description removes it).
pub fn edit_item(
    plan: &mut MeetingPlan,
    number: u32,
    title: Option<String>,
    description: Option<String>,
) -> Result<(), EditError> {
    if title.is_none() && description.is_none() {
        return Err(EditError::NothingToChange);
    }
    let index = index_of(plan, number)?;
    let item = &mut plan.agenda[index];
    if let Some(title) = title {
        item.title = title.trim().to_owned();
    }
    if description.is_some() {
        item.description = text(description);
    }
    Ok(plan.validate()?)
}

/// Moves item `number` to position `to`, renumbering the others.
pub fn move_item(plan: &mut MeetingPlan, number: u32, to: u32) -> Result<(), EditError> {
    let index = index_of(plan, number)?;
    let max = plan.agenda.len();
    let to = match usize::try_from(to) {
        Ok(p) if (1..=max).contains(&p) => p,
        _ => return Err(EditError::BadPosition { position: to, max }),
    };
    let item = plan.agenda.remove(index);
    plan.agenda.insert(to - 1, item);
    renumber(&mut plan.agenda);
    Ok(plan.validate()?)
}

/// Removes item `number`, renumbering the rest.
pub fn remove_item(plan: &mut MeetingPlan, number: u32) -> Result<AgendaItem, EditError> {
    let index = index_of(plan, number)?;
    let item = plan.agenda.remove(index);
    renumber(&mut plan.agenda);
    plan.validate()?;
    Ok(item)
}

/// An invitee as lists and choices show them: `Anne Huse, Kongsvingerregionen`.
pub fn invitee_label(i: &Invitee) -> String {
    format!("{}, {}", i.full_name(), i.organisation)
}

/// Adds an invitee at the end of the list.
pub fn add_invitee(plan: &mut MeetingPlan, invitee: Invitee) -> Result<(), EditError> {
    plan.invitees.push(invitee);
    Ok(plan.validate()?)
}

/// Removes the invitee `name` names: as [`invitee_label`] shows them, or by full name alone
/// when that is unique (case and spacing do not matter).
pub fn remove_invitee(plan: &mut MeetingPlan, name: &str) -> Result<Invitee, EditError> {
    let index = find_invitee(plan, name)?;
    Ok(plan.invitees.remove(index))
}

/// The index of the invitee `name` names, as [`remove_invitee`] finds them.
pub(super) fn find_invitee(plan: &MeetingPlan, name: &str) -> Result<usize, EditError> {
    let wanted = fold(name);
    let matches: Vec<usize> = match plan
        .invitees
        .iter()
        .position(|i| fold(&invitee_label(i)) == wanted)
    {
        Some(index) => vec![index],
        None => (0..plan.invitees.len())
            .filter(|&n| fold(&plan.invitees[n].full_name()) == wanted)
            .collect(),
    };
    match matches.as_slice() {
        [index] => Ok(*index),
        [] => Err(EditError::UnknownInvitee {
            name: name.trim().to_owned(),
        }),
        several => Err(EditError::AmbiguousInvitee {
            name: name.trim().to_owned(),
            matches: several
                .iter()
                .map(|&n| invitee_label(&plan.invitees[n]))
                .collect(),
        }),
    }
}

/// Replaces the invitee list (an imported CSV).
pub fn replace_invitees(plan: &mut MeetingPlan, invitees: Vec<Invitee>) -> Result<(), EditError> {
    plan.invitees = invitees;
    Ok(plan.validate()?)
}

fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
#[path = "meeting_edit_tests.rs"]
pub(crate) mod tests;
