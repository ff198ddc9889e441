//! The minutes' refusals and failures in words, in the reader's language.

use super::{format_date_long, t, Language};
use crate::app::MinutesFailure;
use crate::domain::minutes::MinutesError;
use chrono_tz::Tz;

/// Why something was not done to the minutes, for a person.
pub fn minutes_error(e: &MinutesFailure, tz: Tz, lang: Language) -> String {
    match e {
        MinutesFailure::Rule(rule) => minutes_rule(rule, tz, lang),
        MinutesFailure::NotSecretariat => t(lang, "error-secretariat-only", &[]),
        MinutesFailure::NotRepresentative { region } => t(
            lang,
            "minutes-error-not-representative",
            &[("region", region.as_str().into())],
        ),
        MinutesFailure::NoRegion => t(lang, "minutes-error-no-region", &[]),
        MinutesFailure::Render(_) | MinutesFailure::Change(_) => {
            t(lang, "minutes-error-internal", &[])
        }
        MinutesFailure::App(e) => e.describe(lang),
    }
}

fn minutes_rule(e: &MinutesError, tz: Tz, lang: Language) -> String {
    let day = |at: &chrono::DateTime<chrono::Utc>| {
        let local = at.with_timezone(&tz);
        (
            format_date_long(local.date_naive(), lang),
            local.format("%H:%M").to_string(),
        )
    };
    match e {
        MinutesError::Locked { at } => {
            let (date, time) = day(at);
            t(
                lang,
                "minutes-error-locked",
                &[("date", date.into()), ("time", time.into())],
            )
        }
        MinutesError::NoDraft => t(lang, "minutes-error-no-draft", &[]),
        MinutesError::NotApproved => t(lang, "minutes-error-not-approved", &[]),
        MinutesError::Stale => t(lang, "minutes-error-stale", &[]),
        MinutesError::Empty => t(lang, "minutes-error-empty", &[]),
        MinutesError::TooLong { max } => {
            t(lang, "minutes-error-too-long", &[("max", (*max).into())])
        }
        MinutesError::PendingCorrections { regions } => t(
            lang,
            "minutes-error-pending-corrections",
            &[("regions", regions.join(", ").into())],
        ),
        MinutesError::NoSuchItem { number, count } => t(
            lang,
            "minutes-error-no-item",
            &[("number", (*number).into()), ("count", (*count).into())],
        ),
        MinutesError::AlreadyDecided => t(lang, "minutes-error-decided", &[]),
        MinutesError::NothingToApprove => t(lang, "minutes-error-nothing-to-approve", &[]),
        MinutesError::BeforeApprovingMeeting { starts } => {
            let (date, time) = day(starts);
            t(
                lang,
                "minutes-error-before-meeting",
                &[("date", date.into()), ("time", time.into())],
            )
        }
        MinutesError::NoParagraph { region } => t(
            lang,
            "minutes-error-no-paragraph",
            &[("region", region.as_str().into())],
        ),
    }
}
