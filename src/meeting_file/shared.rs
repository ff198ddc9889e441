//! What the meeting file and the plan file share: reading one with the invitees CSV beside
//! it, parsing its TOML (errors naming the line), its `[group]` section, its invitees inline
//! and from the CSV, its local times, and its documents link.

use super::checks::{self, CsvRows};
use super::{parse_invitees_csv_rows, CsvSource, ImportError, TimeProblem};
use crate::domain::local_time;
use crate::domain::meeting::DocumentsLink;
use crate::domain::{Group, Invitee, Secretariat};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::path::Path;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupSection {
    slug: String,
    name: String,
    organisation: String,
    #[serde(default = "default_language")]
    language: String,
    discord_channel_id: Option<u64>,
    /// A role whose members the notice notifies.
    member_role_id: Option<u64>,
    secretariat: SecretariatSection,
}

fn default_language() -> String {
    "nb".into()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretariatSection {
    name: String,
    title: String,
    phone: Option<String>,
    email: Option<String>,
}

impl GroupSection {
    pub fn slug(&self) -> &str {
        &self.slug
    }

    pub fn into_group(self) -> Group {
        let s = self.secretariat;
        Group {
            slug: self.slug,
            name: self.name,
            organisation: self.organisation,
            language: self.language,
            discord_channel_id: self.discord_channel_id,
            member_role_id: self.member_role_id,
            secretariat: Secretariat {
                name: s.name,
                title: s.title,
                phone: s.phone,
                email: s.email,
            },
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteeSection {
    first_name: String,
    last_name: String,
    organisation: String,
    region: Option<String>,
    discord_user_id: Option<u64>,
    /// The invitee's stable key, to keep them under a corrected name.
    key: Option<i64>,
}

fn to_invitee(i: &InviteeSection) -> Invitee {
    Invitee {
        first_name: i.first_name.trim().to_owned(),
        last_name: i.last_name.trim().to_owned(),
        organisation: i.organisation.trim().to_owned(),
        region: i.region.as_deref().map(str::trim).map(str::to_owned),
        discord_user_id: i.discord_user_id,
        key: i.key,
    }
}

/// The invitees written in the file, then those of the CSV it names (taken from `csv`), and
/// where the CSV's came from (`None` without a CSV).
pub fn invitees(
    inline: &[InviteeSection],
    csv_name: Option<&Path>,
    csv: &mut CsvSource<'_>,
) -> Result<(Vec<Invitee>, Option<CsvRows>), ImportError> {
    let mut invitees: Vec<Invitee> = inline.iter().map(to_invitee).collect();
    let Some(name) = csv_name else {
        return Ok((invitees, None));
    };
    let (csv_path, bytes) = csv(name)?;
    let read = parse_invitees_csv_rows(&csv_path, &bytes)?;
    let rows = CsvRows {
        path: csv_path,
        inline: invitees.len(),
        lines: read.iter().map(|(line, _)| *line).collect(),
    };
    invitees.extend(read.into_iter().map(|(_, invitee)| invitee));
    Ok((invitees, Some(rows)))
}

/// Reads the file at `path` and parses it with `parse`, which takes the invitees CSV the
/// file names from beside it (relative to the file).
pub fn read_beside<T>(
    path: &Path,
    parse: impl FnOnce(&str, &mut CsvSource<'_>) -> Result<T, ImportError>,
) -> Result<T, ImportError> {
    let text = std::fs::read_to_string(path).map_err(|source| ImportError::Read {
        path: path.to_owned(),
        source,
    })?;
    let mut beside = |csv: &Path| {
        let csv_path = path.parent().unwrap_or(Path::new(".")).join(csv);
        std::fs::read(&csv_path)
            .map(|bytes| (csv_path.clone(), bytes))
            .map_err(|source| ImportError::Read {
                path: csv_path,
                source,
            })
    };
    parse(&text, &mut beside)
}

/// The file's TOML read into `T`, or the error at its line.
pub fn parse_toml<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, ImportError> {
    toml::from_str(text).map_err(|e| {
        // The parser refuses 30 February in its own English words: say it in the user's.
        checks::impossible_date(path, text).unwrap_or_else(|| ImportError::Syntax {
            path: path.to_owned(),
            line: e.span().map_or(1, |s| line_of(text, s.start)),
            message: e.message().to_owned(),
        })
    })
}

/// The line (from 1) at a byte offset of the text.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(1, |t| t.matches('\n').count() + 1)
}

/// A local date and time of the file (its `field`) in UTC, read in `tz`; an error names the
/// field and its line.
pub fn utc_time(
    path: &Path,
    text: &str,
    field: &'static str,
    value: &Spanned<toml::value::Datetime>,
    tz: Tz,
) -> Result<DateTime<Utc>, ImportError> {
    let err = |problem: TimeProblem| ImportError::Time {
        path: path.to_owned(),
        line: line_of(text, value.span().start),
        field,
        problem,
    };
    let local = local_date_time(value.get_ref()).ok_or(err(TimeProblem::NotLocalDateTime))?;
    if let Some(problem) = checks::year_problem(local.date()) {
        return Err(err(problem));
    }
    local_time::to_utc(local, tz).map_err(|e| err(e.into()))
}

fn local_date_time(d: &toml::value::Datetime) -> Option<NaiveDateTime> {
    if d.offset.is_some() {
        return None;
    }
    let (date, time) = (d.date?, d.time?);
    // Whole seconds, as they are stored: a fraction would read as a change at every import.
    NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())?.and_hms_opt(
        time.hour.into(),
        time.minute.into(),
        time.second.into(),
    )
}

/// The link to the meeting's documents, titled with its address when it has no title.
pub fn documents_link(title: Option<String>, url: Option<String>) -> Option<DocumentsLink> {
    url.map(|url| DocumentsLink {
        title: title.unwrap_or_else(|| url.clone()),
        url,
    })
}
