//! The invitee list as CSV, laid out as the seed lists it: `Fornavn,Etternavn,Organisasjon`,
//! with optional `Region`, `Discord` (user id) and `Nøkkel` (the invitee's stable key, to keep
//! them under a corrected name) columns.

use super::ImportError;
use crate::domain::Invitee;
use std::path::Path;

const FIRST: &[&str] = &["fornavn", "first_name", "first name"];
const LAST: &[&str] = &["etternavn", "last_name", "last name"];
const ORG: &[&str] = &["organisasjon", "organisation", "organization"];
const REGION: &[&str] = &["region", "delregion"];
const DISCORD: &[&str] = &["discord", "discord_user_id"];
const KEY: &[&str] = &["nøkkel", "nokkel", "key"];

/// Parses an invitee CSV (UTF-8, comma- or semicolon-separated, a header row first).
pub fn parse_invitees_csv(path: &Path, bytes: &[u8]) -> Result<Vec<Invitee>, ImportError> {
    let rows = parse_invitees_csv_rows(path, bytes)?;
    Ok(rows.into_iter().map(|(_, invitee)| invitee).collect())
}

/// The same, each invitee with the line of its row.
pub fn parse_invitees_csv_rows(
    path: &Path,
    bytes: &[u8],
) -> Result<Vec<(u64, Invitee)>, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let delimiter = sniff_delimiter(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let csv_error = |e: csv::Error| ImportError::Csv {
        path: path.to_owned(),
        line: e.position().map_or(1, csv::Position::line),
        message: e.to_string(),
    };
    let headers = reader.byte_headers().map_err(csv_error)?.clone();
    let headers: Vec<String> = headers
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_lowercase())
        .collect();
    let find = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
    let missing = |column| ImportError::MissingColumn {
        path: path.to_owned(),
        column,
    };
    let first = find(FIRST).ok_or_else(|| missing("Fornavn"))?;
    let last = find(LAST).ok_or_else(|| missing("Etternavn"))?;
    let org = find(ORG).ok_or_else(|| missing("Organisasjon"))?;
    let (region, discord, key) = (find(REGION), find(DISCORD), find(KEY));

    let mut invitees = Vec::new();
    for record in reader.byte_records() {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, csv::Position::line);
        let cell = |i: usize| -> Result<String, ImportError> {
            let raw = record.get(i).unwrap_or_default();
            std::str::from_utf8(raw)
                .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                .map_err(|_| ImportError::Csv {
                    path: path.to_owned(),
                    line,
                    message: format!("column {}: the text is not UTF-8", i + 1),
                })
        };
        if record.iter().all(|c| c.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let invitee = Invitee {
            first_name: cell(first)?,
            last_name: cell(last)?,
            organisation: cell(org)?,
            region: region.map(cell).transpose()?.filter(|r| !r.is_empty()),
            discord_user_id: match discord.map(cell).transpose()?.filter(|d| !d.is_empty()) {
                None => None,
                Some(id) => Some(id.parse().map_err(|_| ImportError::Csv {
                    path: path.to_owned(),
                    line,
                    message: format!("Discord: {id:?} is not a Discord user id"),
                })?),
            },
            key: match key.map(cell).transpose()?.filter(|k| !k.is_empty()) {
                None => None,
                Some(k) => Some(k.parse().map_err(|_| ImportError::Csv {
                    path: path.to_owned(),
                    line,
                    message: format!("Nøkkel: {k:?} is not an invitee's key (a number)"),
                })?),
            },
        };
        if invitee.first_name.is_empty() && invitee.last_name.is_empty() {
            return Err(ImportError::Csv {
                path: path.to_owned(),
                line,
                message: "Fornavn/Etternavn: the name is empty".into(),
            });
        }
        invitees.push((line, invitee));
    }
    Ok(invitees)
}

fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |d: u8| header.iter().filter(|b| **b == d).count();
    if count(b';') > count(b',') {
        b';'
    } else {
        b','
    }
}
