//! Norwegian public holidays (the fixed ones and those that follow Easter) and the usual
//! holiday weeks, for the warnings of a meeting plan. Easter is computed (the Gregorian
//! computus), so any year works without a table.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A public holiday in Norway (helligdag or offentlig høytidsdag).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holiday {
    NewYearsDay,
    MaundyThursday,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    LabourDay,
    ConstitutionDay,
    AscensionDay,
    WhitSunday,
    WhitMonday,
    ChristmasDay,
    BoxingDay,
}

/// A week (or days) when many are on holiday, though it is no public holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HolidayWeek {
    /// Vinterferie: week 8 in Oslo and Akershus, week 9 in much of the rest.
    WinterBreak,
    /// Påskeuken: Monday to Wednesday before Maundy Thursday.
    EasterWeek,
    /// Fellesferien: weeks 28 to 31.
    SummerHoliday,
    /// Høstferie: week 40 in Oslo and Akershus, week 41 in much of the rest.
    AutumnBreak,
    /// Julaften and romjulen (24 and 27-31 December).
    Christmas,
}

/// Why a date is a poor day for a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayWarning {
    Holiday(Holiday),
    HolidayWeek(HolidayWeek),
}

impl Holiday {
    /// A stable code, for the words (`plan-holiday-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            Self::NewYearsDay => "new-years-day",
            Self::MaundyThursday => "maundy-thursday",
            Self::GoodFriday => "good-friday",
            Self::EasterSunday => "easter-sunday",
            Self::EasterMonday => "easter-monday",
            Self::LabourDay => "labour-day",
            Self::ConstitutionDay => "constitution-day",
            Self::AscensionDay => "ascension-day",
            Self::WhitSunday => "whit-sunday",
            Self::WhitMonday => "whit-monday",
            Self::ChristmasDay => "christmas-day",
            Self::BoxingDay => "boxing-day",
        }
    }
}

impl HolidayWeek {
    /// A stable code, for the words (`plan-holiday-week-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            Self::WinterBreak => "winter-break",
            Self::EasterWeek => "easter-week",
            Self::SummerHoliday => "summer-holiday",
            Self::AutumnBreak => "autumn-break",
            Self::Christmas => "christmas",
        }
    }
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The public holiday on `date`, if it is one.
pub fn holiday(date: NaiveDate) -> Option<Holiday> {
    let fixed = match (date.month(), date.day()) {
        (1, 1) => Some(Holiday::NewYearsDay),
        (5, 1) => Some(Holiday::LabourDay),
        (5, 17) => Some(Holiday::ConstitutionDay),
        (12, 25) => Some(Holiday::ChristmasDay),
        (12, 26) => Some(Holiday::BoxingDay),
        _ => None,
    };
    // 17 May on Ascension Day, say: the fixed holiday is named.
    fixed.or_else(|| {
        let easter = easter_sunday(date.year())?;
        let offset = (date - easter).num_days();
        match offset {
            -3 => Some(Holiday::MaundyThursday),
            -2 => Some(Holiday::GoodFriday),
            0 => Some(Holiday::EasterSunday),
            1 => Some(Holiday::EasterMonday),
            39 => Some(Holiday::AscensionDay),
            49 => Some(Holiday::WhitSunday),
            50 => Some(Holiday::WhitMonday),
            _ => None,
        }
    })
}

/// The usual holiday week `date` falls in, if any (public holidays aside).
pub fn holiday_week(date: NaiveDate) -> Option<HolidayWeek> {
    let week = date.iso_week().week();
    if let Some(easter) = easter_sunday(date.year()) {
        let monday = easter.checked_sub_days(Days::new(6))?;
        let thursday = easter.checked_sub_days(Days::new(3))?;
        if date >= monday && date < thursday {
            return Some(HolidayWeek::EasterWeek);
        }
    }
    match (date.month(), date.day(), week) {
        (12, 24 | 27..=31, _) => Some(HolidayWeek::Christmas),
        (_, _, 8 | 9) if date.month() <= 3 => Some(HolidayWeek::WinterBreak),
        (_, _, 28..=31) => Some(HolidayWeek::SummerHoliday),
        (_, _, 40 | 41) => Some(HolidayWeek::AutumnBreak),
        _ => None,
    }
}

/// What to warn of for a meeting on `date`: a public holiday before a holiday week, and a
/// Sunday is no warning of its own.
pub fn day_warning(date: NaiveDate) -> Option<DayWarning> {
    holiday(date)
        .map(DayWarning::Holiday)
        .or_else(|| holiday_week(date).map(DayWarning::HolidayWeek))
}

/// Whether `date` is a Saturday or Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_falls_on_the_known_dates() {
        for (year, month, d) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2019, 4, 21),
            (2000, 4, 23),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(easter_sunday(year), Some(day(year, month, d)), "{year}");
        }
    }

    #[test]
    fn the_holidays_of_2025_are_named() {
        let expected = [
            (day(2025, 1, 1), Holiday::NewYearsDay),
            (day(2025, 4, 17), Holiday::MaundyThursday),
            (day(2025, 4, 18), Holiday::GoodFriday),
            (day(2025, 4, 20), Holiday::EasterSunday),
            (day(2025, 4, 21), Holiday::EasterMonday),
            (day(2025, 5, 1), Holiday::LabourDay),
            (day(2025, 5, 17), Holiday::ConstitutionDay),
            (day(2025, 5, 29), Holiday::AscensionDay),
            (day(2025, 6, 8), Holiday::WhitSunday),
            (day(2025, 6, 9), Holiday::WhitMonday),
            (day(2025, 12, 25), Holiday::ChristmasDay),
            (day(2025, 12, 26), Holiday::BoxingDay),
        ];
        for (date, holiday_then) in expected {
            assert_eq!(holiday(date), Some(holiday_then), "{date}");
        }
        let mut count = 0;
        let mut date = day(2025, 1, 1);
        while date.year() == 2025 {
            count += usize::from(holiday(date).is_some());
            date = date.succ_opt().unwrap();
        }
        assert_eq!(count, expected.len());
    }

    #[test]
    fn a_fixed_holiday_on_an_easter_one_is_named_as_the_fixed_one() {
        // 2008: Ascension Day was 1 May.
        assert_eq!(holiday(day(2008, 5, 1)), Some(Holiday::LabourDay));
    }

    #[test]
    fn the_usual_holiday_weeks_are_found() {
        assert_eq!(
            holiday_week(day(2025, 2, 18)),
            Some(HolidayWeek::WinterBreak)
        );
        assert_eq!(
            holiday_week(day(2025, 4, 15)),
            Some(HolidayWeek::EasterWeek)
        );
        assert_eq!(
            holiday_week(day(2025, 7, 10)),
            Some(HolidayWeek::SummerHoliday)
        );
        assert_eq!(
            holiday_week(day(2025, 10, 1)),
            Some(HolidayWeek::AutumnBreak)
        );
        assert_eq!(
            holiday_week(day(2025, 12, 29)),
            Some(HolidayWeek::Christmas)
        );
        assert_eq!(holiday_week(day(2025, 3, 13)), None);
        assert_eq!(holiday_week(day(2025, 11, 6)), None);
        assert_eq!(day_warning(day(2025, 11, 6)), None);
        assert_eq!(
            day_warning(day(2025, 4, 17)),
            Some(DayWarning::Holiday(Holiday::MaundyThursday))
        );
        assert!(is_weekend(day(2025, 5, 17)));
    }
}
