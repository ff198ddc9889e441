//! The values of autocomplete choices: a key (`#` and an id or index), never the name, since
//! Discord refuses a whole answer whose value is over 100 characters and a name (an invitee's
//! "Name, Organisation") can be longer. A value the user typed without choosing is taken as
//! the name it is.

use crate::app::{AppError, Roundtable};
use crate::domain::meeting_edit::invitee_label;

/// The value of a choice for the thing with this id (or index).
pub fn key(id: impl std::fmt::Display) -> String {
    format!("#{id}")
}

/// The id (or index) a chosen value names, if it is a key.
pub fn parse_key(value: &str) -> Option<i64> {
    value.trim().strip_prefix('#')?.parse().ok()
}

/// The region a value means: the meeting's region a key names, else the text as typed.
pub async fn region_name(app: &Roundtable, meeting: i64, value: &str) -> Result<String, AppError> {
    if let Some(id) = parse_key(value) {
        let regions = app.meeting_regions(meeting).await?;
        if let Some(region) = regions.into_iter().find(|r| r.id == id) {
            return Ok(region.name);
        }
    }
    Ok(value.trim().to_owned())
}

/// The invitee a value means, as "Name, Organisation": the meeting's invitee a key names,
/// else the text as typed.
pub async fn invitee_name(app: &Roundtable, meeting: i64, value: &str) -> Result<String, AppError> {
    if let Some(id) = parse_key(value) {
        let entries = app.attendance(meeting).await?;
        if let Some(entry) = entries.into_iter().find(|e| e.invitee_id == id) {
            return Ok(invitee_label(&entry.invitee));
        }
    }
    Ok(value.trim().to_owned())
}

/// The index a value names among `count` things, if it is a key.
pub fn index(value: &str, count: usize) -> Option<usize> {
    let index = usize::try_from(parse_key(value)?).ok()?;
    (index < count).then_some(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_names_are_not_keys() {
        assert_eq!(parse_key(&key(42)), Some(42));
        assert_eq!(parse_key(" #7 "), Some(7));
        assert_eq!(parse_key("Horten kommune"), None);
        assert_eq!(parse_key("#Horten"), None);
        assert_eq!(index("#2", 3), Some(2));
        assert_eq!(index("#3", 3), None);
        assert_eq!(index("Asker", 3), None);
    }
}
