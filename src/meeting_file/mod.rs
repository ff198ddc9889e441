//! The secretariat's meeting file (TOML, with the invitees inline or in a CSV file beside it),
//! read into a [`MeetingPlan`] with every error naming the file, line and field.

mod checks;
mod invitees_csv;
mod plan_file;
mod shared;

use crate::domain::local_time::{self, LocalTimeError};
use crate::domain::meeting::PlanError;
use crate::domain::{AgendaItem, Invitee, MeetingPlan, StandingItem};
use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::Spanned;

pub use invitees_csv::{parse_invitees_csv, parse_invitees_csv_rows};
pub use plan_file::{parse_plan_file, read_plan_file, PlanRules};
use shared::{GroupSection, InviteeSection};

/// Why a meeting file cannot be imported. Every variant names the file, and where it can,
/// the line and the field.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path}: cannot read the file: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}:{line}: {field}: {problem}")]
    Time {
        path: PathBuf,
        line: usize,
        field: &'static str,
        problem: TimeProblem,
    },
    #[error("{path}: {source}")]
    Plan { path: PathBuf, source: PlanError },
    #[error("{path}:{line}: {message}")]
    Csv {
        path: PathBuf,
        line: u64,
        message: String,
    },
    /// A rule of the meeting broken by an invitee of the CSV, at this line of it.
    #[error("{path}:{line}: {source}")]
    CsvRow {
        path: PathBuf,
        line: u64,
        source: PlanError,
    },
    #[error("{path}: the column {column:?} is missing (expected Fornavn,Etternavn,Organisasjon)")]
    MissingColumn { path: PathBuf, column: &'static str },
    /// A rule of a meeting plan broken, at this line (a meeting's `[[meetings]]` entry).
    #[error("{path}:{line}: {source}")]
    YearPlan {
        path: PathBuf,
        line: usize,
        source: crate::domain::year_plan::YearPlanError,
    },
    /// The file names an invitees CSV that was not given with it (on Discord: not attached).
    #[error("{path}: names the invitees file {csv}, which was not given")]
    MissingCsv { path: PathBuf, csv: PathBuf },
}

/// What is wrong with a time in a meeting file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeProblem {
    #[error("write a local date and time without offset, e.g. 2024-11-07T12:00:00")]
    NotLocalDateTime,
    #[error("write a date, e.g. 2024-11-01")]
    NotDate,
    #[error("there is no date {year:04}-{month:02}-{day:02}")]
    NoSuchDate { year: i32, month: u32, day: u32 },
    #[error("the year {year} is not between 2000 and 2100")]
    YearOutOfRange { year: i32 },
    #[error(transparent)]
    Local(#[from] LocalTimeError),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeetingFile {
    regions: Vec<String>,
    invitees_csv: Option<PathBuf>,
    group: GroupSection,
    meeting: MeetingSection,
    agenda: Vec<AgendaSection>,
    #[serde(default)]
    invitees: Vec<InviteeSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeetingSection {
    key: String,
    title: String,
    starts: Spanned<toml::value::Datetime>,
    ends: Spanned<toml::value::Datetime>,
    place: String,
    notice_date: Spanned<toml::value::Datetime>,
    notice_text: String,
    preparation: String,
    documents_title: Option<String>,
    documents_url: Option<String>,
    brief_deadline: Option<Spanned<toml::value::Datetime>>,
    notice_at: Option<Spanned<toml::value::Datetime>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgendaSection {
    title: String,
    description: Option<String>,
    #[serde(default)]
    briefs: bool,
    /// `notice_approval`, `minutes_approval`, `follow_up` or `any_other_business`.
    #[serde(default)]
    standing: Option<StandingItem>,
}

/// Where the invitees CSV a meeting file names (`invitees_csv`) comes from: given that
/// name, the path to name in errors and the file's bytes.
pub type CsvSource<'a> = dyn FnMut(&Path) -> Result<(PathBuf, Vec<u8>), ImportError> + 'a;

/// Reads a meeting file, and the invitees CSV it names (relative to the file).
pub fn read_meeting_file(path: &Path, tz: Tz) -> Result<MeetingPlan, ImportError> {
    shared::read_beside(path, |text, csv| parse_meeting_file(path, text, tz, csv))
}

/// Parses a meeting file's text (`path` names it in errors), taking the invitees CSV it
/// names from `csv`.
pub fn parse_meeting_file(
    path: &Path,
    text: &str,
    tz: Tz,
    csv: &mut CsvSource<'_>,
) -> Result<MeetingPlan, ImportError> {
    let file: MeetingFile = shared::parse_toml(path, text)?;
    let (invitees, rows) = shared::invitees(&file.invitees, file.invitees_csv.as_deref(), csv)?;
    build_plan(path, text, file, invitees, tz).map_err(|e| match &rows {
        Some(rows) => rows.name(e),
        None => e,
    })
}

fn build_plan(
    path: &Path,
    text: &str,
    file: MeetingFile,
    invitees: Vec<Invitee>,
    tz: Tz,
) -> Result<MeetingPlan, ImportError> {
    let m = file.meeting;
    let time = |field, value: &Spanned<_>| shared::utc_time(path, text, field, value, tz);
    let starts_at = time("meeting.starts", &m.starts)?;
    let ends_at = time("meeting.ends", &m.ends)?;
    let brief_deadline = match &m.brief_deadline {
        Some(d) => time("meeting.brief_deadline", d)?,
        None => local_time::default_brief_deadline(starts_at, tz),
    };
    let notice_at = match &m.notice_at {
        Some(at) => Some(time("meeting.notice_at", at)?),
        None => None,
    };
    let date_error = |problem| ImportError::Time {
        path: path.to_owned(),
        line: shared::line_of(text, m.notice_date.span().start),
        field: "meeting.notice_date",
        problem,
    };
    let notice_date =
        local_date(m.notice_date.get_ref()).ok_or_else(|| date_error(TimeProblem::NotDate))?;
    if let Some(problem) = checks::year_problem(notice_date) {
        return Err(date_error(problem));
    }
    let plan = MeetingPlan {
        group: file.group.into_group(),
        key: m.key,
        title: m.title,
        starts_at,
        ends_at,
        place: m.place,
        notice_text: m.notice_text.trim().to_owned(),
        preparation: m.preparation.trim().to_owned(),
        documents: shared::documents_link(m.documents_title, m.documents_url),
        notice_date,
        notice_at,
        brief_deadline,
        agenda: (1..)
            .zip(file.agenda)
            .map(|(number, a)| AgendaItem {
                number,
                title: a.title,
                description: a.description.map(|d| d.trim().to_owned()),
                collects_briefs: a.briefs,
                standing: a.standing,
            })
            .collect(),
        regions: file.regions.iter().map(|r| r.trim().to_owned()).collect(),
        invitees,
    };
    plan.validate().map_err(|source| ImportError::Plan {
        path: path.to_owned(),
        source,
    })?;
    Ok(plan)
}

fn local_date(d: &toml::value::Datetime) -> Option<NaiveDate> {
    match (d.date, d.time, d.offset) {
        (Some(date), None, None) => {
            NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
        }
        _ => None,
    }
}
