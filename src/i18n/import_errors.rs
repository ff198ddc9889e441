//! Errors of a meeting file or invitee list (the file, line and field) in words for people.

use super::{t, Language};
use crate::domain::meeting::PlanError;
use crate::domain::standing::TemplateError;
use crate::domain::year_plan::YearPlanError;
use crate::domain::LocalTimeError;
use crate::meeting_file::{ImportError, TimeProblem};
use fluent_bundle::FluentValue;

fn path_arg(path: &std::path::Path) -> FluentValue<'static> {
    path.display().to_string().into()
}

pub fn import_error(e: &ImportError, lang: Language) -> String {
    match e {
        ImportError::Read { path, source } => t(
            lang,
            "error-file-read",
            &[
                ("path", path_arg(path)),
                ("reason", super::io_reason(source, lang).into()),
            ],
        ),
        ImportError::Syntax {
            path,
            line,
            message,
        } => t(
            lang,
            "error-file-syntax",
            &[
                ("path", path_arg(path)),
                ("line", (*line).into()),
                ("reason", message.as_str().into()),
            ],
        ),
        ImportError::Time {
            path,
            line,
            field,
            problem,
        } => t(
            lang,
            "error-file-field",
            &[
                ("path", path_arg(path)),
                ("line", (*line).into()),
                ("field", (*field).into()),
                ("reason", time_problem(problem, lang).into()),
            ],
        ),
        ImportError::Plan { path, source } => t(
            lang,
            "error-file-plan",
            &[
                ("path", path_arg(path)),
                ("reason", plan_error(source, lang).into()),
            ],
        ),
        ImportError::Csv {
            path,
            line,
            message,
        } => t(
            lang,
            "error-file-syntax",
            &[
                ("path", path_arg(path)),
                ("line", (*line).into()),
                ("reason", message.as_str().into()),
            ],
        ),
        ImportError::CsvRow { path, line, source } => t(
            lang,
            "error-file-syntax",
            &[
                ("path", path_arg(path)),
                ("line", (*line).into()),
                ("reason", plan_error(source, lang).into()),
            ],
        ),
        ImportError::YearPlan { path, line, source } => t(
            lang,
            "error-file-syntax",
            &[
                ("path", path_arg(path)),
                ("line", (*line).into()),
                ("reason", year_plan_error(source, lang).into()),
            ],
        ),
        ImportError::MissingColumn { path, column } => t(
            lang,
            "error-csv-missing-column",
            &[("path", path_arg(path)), ("column", (*column).into())],
        ),
        ImportError::MissingCsv { path, csv } => t(
            lang,
            "error-csv-not-given",
            &[("path", path_arg(path)), ("csv", path_arg(csv))],
        ),
    }
}

fn time_problem(p: &TimeProblem, lang: Language) -> String {
    match p {
        TimeProblem::NotLocalDateTime => t(lang, "error-time-not-local", &[]),
        TimeProblem::NotDate => t(lang, "error-time-not-date", &[]),
        TimeProblem::NoSuchDate { year, month, day } => t(
            lang,
            "error-time-no-such-date",
            &[("date", format!("{day:02}.{month:02}.{year:04}").into())],
        ),
        TimeProblem::YearOutOfRange { year } => t(
            lang,
            "error-time-year",
            &[("year", year.to_string().into())],
        ),
        TimeProblem::Local(LocalTimeError::Nonexistent(at, _)) => t(
            lang,
            "error-time-nonexistent",
            &[("time", super::format_date_time(*at, lang).into())],
        ),
        TimeProblem::Local(LocalTimeError::Ambiguous(at, _)) => t(
            lang,
            "error-time-ambiguous",
            &[("time", super::format_date_time(*at, lang).into())],
        ),
    }
}

/// A broken rule of a meeting plan (the meeting, the template) in words.
pub fn year_plan_error(e: &YearPlanError, lang: Language) -> String {
    match e {
        YearPlanError::NoMeetings => t(lang, "plan-error-no-meetings", &[]),
        YearPlanError::OutsideYear { meeting, year } => t(
            lang,
            "plan-error-outside-year",
            &[
                ("meeting", (*meeting).into()),
                ("year", year.to_string().into()),
            ],
        ),
        YearPlanError::DuplicateKey { meeting, key } => t(
            lang,
            "plan-error-duplicate-key",
            &[("meeting", (*meeting).into()), ("key", key.as_str().into())],
        ),
        YearPlanError::Meeting { meeting, source } => t(
            lang,
            "plan-error-meeting",
            &[
                ("meeting", (*meeting).into()),
                ("reason", plan_error(source, lang).into()),
            ],
        ),
        YearPlanError::Template(e) => template_error(e, lang),
    }
}

/// A standing agenda that cannot be used, in words.
pub fn template_error(e: &TemplateError, lang: Language) -> String {
    let (key, item) = match e {
        TemplateError::Blank { item } => ("standing-error-blank", item),
        TemplateError::SeveralBriefItems { item } => ("standing-error-several-briefs", item),
        TemplateError::Twice { item } => ("standing-error-twice", item),
    };
    t(lang, key, &[("item", (*item).into())])
}

pub fn plan_error(e: &PlanError, lang: Language) -> String {
    let (key, field, name): (&str, String, String) = match e {
        PlanError::EndsBeforeStart { field, .. } => (
            "error-plan-ends-before-start",
            (*field).into(),
            String::new(),
        ),
        PlanError::DeadlineBeforeStart { field } => (
            "error-plan-deadline-before-start",
            (*field).into(),
            String::new(),
        ),
        PlanError::EmptyAgenda { field } => {
            ("error-plan-empty-agenda", (*field).into(), String::new())
        }
        PlanError::SeveralBriefItems { field } => (
            "error-plan-several-brief-items",
            (*field).into(),
            String::new(),
        ),
        PlanError::DuplicateRegion { field, name } => {
            ("error-plan-duplicate-region", field.clone(), name.clone())
        }
        PlanError::UnknownRegion { field, name } => {
            ("error-plan-unknown-region", field.clone(), name.clone())
        }
        PlanError::DuplicateInvitee { field, name } => {
            ("error-plan-duplicate-invitee", field.clone(), name.clone())
        }
        PlanError::DuplicateInviteeKey { field, key } => (
            "error-plan-duplicate-invitee-key",
            field.clone(),
            key.to_string(),
        ),
        PlanError::Blank { field } => ("error-plan-blank", field.clone(), String::new()),
        PlanError::YearOutOfRange { field, year } => {
            ("error-plan-year", field.clone(), year.to_string())
        }
        PlanError::NoticeAfterStart { field } => (
            "error-plan-notice-after-start",
            (*field).into(),
            String::new(),
        ),
        PlanError::IncompleteInvitee { field, name } => {
            ("error-plan-incomplete-invitee", field.clone(), name.clone())
        }
        PlanError::BadDiscordId { field, id } => {
            ("error-plan-discord-id", field.clone(), id.to_string())
        }
    };
    t(lang, key, &[("field", field.into()), ("name", name.into())])
}
