//! The checks of a meeting plan that catch careless input: dates in plausible years, Discord
//! ids that can be ids, and which invitee an error is about.

use super::meeting::PlanError;
use super::MeetingPlan;

/// The years a meeting's dates may fall in: anything else is a typing error.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

impl PlanError {
    /// The invitee (its index in the plan's list) the error is about, if it is about one.
    pub fn invitee_index(&self) -> Option<usize> {
        let field = match self {
            Self::UnknownRegion { field, .. }
            | Self::DuplicateInvitee { field, .. }
            | Self::IncompleteInvitee { field, .. }
            | Self::BadDiscordId { field, .. }
            | Self::Blank { field } => field,
            _ => return None,
        };
        let number: usize = field
            .strip_prefix("invitees[")?
            .split(']')
            .next()?
            .parse()
            .ok()?;
        number.checked_sub(1)
    }
}

/// Whether a Discord id can be one (a snowflake: above zero, below 2^63).
pub(super) fn discord_id_ok(id: u64) -> bool {
    id > 0 && i64::try_from(id).is_ok()
}

impl MeetingPlan {
    /// Every date of the meeting within [`YEARS`].
    pub(super) fn validate_years(&self) -> Result<(), PlanError> {
        use chrono::Datelike;
        let times = [
            ("meeting.starts", Some(self.starts_at)),
            ("meeting.ends", Some(self.ends_at)),
            ("meeting.brief_deadline", Some(self.brief_deadline)),
            ("meeting.notice_at", self.notice_at),
        ];
        let years = times
            .into_iter()
            .filter_map(|(field, at)| Some((field, at?.year())))
            .chain([("meeting.notice_date", self.notice_date.year())]);
        for (field, year) in years {
            if !YEARS.contains(&year) {
                return Err(PlanError::YearOutOfRange {
                    field: field.into(),
                    year,
                });
            }
        }
        Ok(())
    }
}
