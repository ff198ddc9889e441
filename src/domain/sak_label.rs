//! How a group's agenda items (saker) are numbered and labelled: "3" at each meeting, or on
//! through the year, "Sak 12/25".

use serde::{Deserialize, Serialize};

/// How a group numbers its agenda items (saker).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SakNumbering {
    /// 1, 2, 3 … at every meeting.
    #[default]
    PerMeeting,
    /// On through the year: the first item of a year's second meeting follows the last of the
    /// first ("Sak 8/25").
    PerYear,
}

impl SakNumbering {
    pub fn code(self) -> &'static str {
        match self {
            Self::PerMeeting => "per_meeting",
            Self::PerYear => "per_year",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::PerMeeting, Self::PerYear]
            .into_iter()
            .find(|n| n.code() == code)
    }
}

/// Where a meeting's items start: how the group numbers, and for numbering per year, the
/// meeting's year and how many items the group's earlier meetings that year had.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AgendaNumbering {
    pub numbering: SakNumbering,
    pub year: i32,
    /// Items of the group's earlier meetings (not cancelled) of the same year.
    pub items_before: u32,
}

/// An agenda item's label: `3`, or numbered per year `12/25`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SakLabel {
    Number(u32),
    OfYear { number: u32, year: i32 },
}

impl std::fmt::Display for SakLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Number(n) => write!(f, "{n}"),
            Self::OfYear { number, year } => write!(f, "{number}/{:02}", year.rem_euclid(100)),
        }
    }
}

/// The label of item `number` (1-based, as numbered in its meeting) of a meeting numbered as
/// `numbering` says. The one place agenda labels are made: the notice, `/agenda`, the
/// calendar and the exports (and the minutes) all call it.
pub fn sak_label(numbering: &AgendaNumbering, number: u32) -> SakLabel {
    match numbering.numbering {
        SakNumbering::PerMeeting => SakLabel::Number(number),
        SakNumbering::PerYear => SakLabel::OfYear {
            number: numbering.items_before + number,
            year: numbering.year,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_run_per_meeting_or_per_year() {
        let per_meeting = AgendaNumbering::default();
        assert_eq!(sak_label(&per_meeting, 3).to_string(), "3");
        let per_year = AgendaNumbering {
            numbering: SakNumbering::PerYear,
            year: 2025,
            items_before: 7,
        };
        assert_eq!(sak_label(&per_year, 5).to_string(), "12/25");
        let new_century = AgendaNumbering {
            year: 2100,
            items_before: 0,
            ..per_year
        };
        assert_eq!(sak_label(&new_century, 1).to_string(), "1/00");
    }
}
