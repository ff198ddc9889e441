//! A meeting plan's preview and result in words, for Discord and the command line: the days
//! to warn of (the holiday named), each meeting created, changed, put back on or dropped, the
//! new standing agenda and numbering.

use crate::app::year_plan::{
    PlanApplied, PlanMeetingChange, PlanOutcome, PlanPreview, PlanProposal,
};
use crate::change_report::{diff_lines, Style};
use crate::domain::holidays::DayWarning;
use crate::domain::standing::Template;
use crate::i18n::{format_date_long, format_time_span, t, Language};
use chrono_tz::Tz;

/// The name of a day to warn of: "skjærtorsdag", "fellesferien".
pub fn warning_name(warning: DayWarning, lang: Language) -> String {
    match warning {
        DayWarning::Holiday(h) => t(lang, &format!("plan-holiday-{}", h.code()), &[]),
        DayWarning::HolidayWeek(w) => t(lang, &format!("plan-holiday-week-{}", w.code()), &[]),
    }
}

/// The preview: heading, warnings, each meeting's change, the standing agenda and numbering.
pub fn preview_lines(preview: &PlanPreview, tz: Tz, lang: Language, style: Style) -> Vec<String> {
    let p = &preview.proposal;
    let mut lines = vec![heading(p, lang)];
    for w in &preview.warnings {
        let key = match w.warning {
            DayWarning::Holiday(_) => "plan-warning-holiday",
            DayWarning::HolidayWeek(_) => "plan-warning-holiday-week",
        };
        lines.push(t(
            lang,
            key,
            &[
                ("date", format_date_long(w.date, lang).into()),
                ("title", w.title.as_str().into()),
                ("name", warning_name(w.warning, lang).into()),
            ],
        ));
    }
    lines.extend(meeting_lines(p, tz, lang, style));
    if let Some(template) = &p.template {
        lines.push(t(lang, "plan-new-template", &[]));
        lines.extend(template_lines(template, lang));
    }
    if let Some(numbering) = p.numbering {
        lines.push(t(
            lang,
            "plan-numbering",
            &[("numbering", numbering.code().into())],
        ));
    }
    if p.is_empty() {
        lines.push(t(lang, "plan-no-changes", &[]));
    }
    lines
}

fn heading(p: &PlanProposal, lang: Language) -> String {
    t(
        lang,
        "plan-preview-heading",
        &[
            ("year", p.year.to_string().into()),
            ("group", p.group_name.as_str().into()),
        ],
    )
}

/// Each meeting the plan makes, changes, puts back on or drops (a dropped one whose notice
/// was posted says so), then how many stay as they are.
pub fn meeting_lines(p: &PlanProposal, tz: Tz, lang: Language, style: Style) -> Vec<String> {
    let mut lines = Vec::new();
    let mut unchanged = 0;
    for m in &p.meetings {
        if m.outcome == PlanOutcome::Unchanged {
            unchanged += 1;
            continue;
        }
        lines.push(meeting_line(m, tz, lang));
        if matches!(m.outcome, PlanOutcome::Updated | PlanOutcome::Restored) {
            for line in diff_lines(&m.diff, tz, lang, style) {
                lines.push(format!("    – {line}"));
            }
        }
    }
    if unchanged > 0 {
        lines.push(t(lang, "plan-unchanged", &[("count", unchanged.into())]));
    }
    lines
}

fn meeting_line(m: &PlanMeetingChange, tz: Tz, lang: Language) -> String {
    let when = match &m.plan {
        Some(plan) => format_time_span(plan.starts_at, plan.ends_at, tz, lang),
        None => format_date_long(m.starts_at.with_timezone(&tz).date_naive(), lang),
    };
    let outcome = match m.outcome {
        PlanOutcome::Created => "created",
        PlanOutcome::Updated => "updated",
        PlanOutcome::Restored => "restored",
        PlanOutcome::Unchanged => "unchanged",
        PlanOutcome::Dropped if m.notice_posted => "dropped-posted",
        PlanOutcome::Dropped => "dropped",
    };
    t(
        lang,
        "plan-meeting",
        &[
            ("outcome", outcome.into()),
            ("when", when.into()),
            ("title", m.title.as_str().into()),
        ],
    )
}

/// The standing agenda, numbered, with where the meeting's own items go.
pub fn template_lines(template: &Template, lang: Language) -> Vec<String> {
    let mut lines = Vec::new();
    let mut own_shown = false;
    for (n, item) in (1..).zip(&template.items) {
        if item.after_own && !own_shown {
            lines.push(format!("    {}", t(lang, "standing-own-items", &[])));
            own_shown = true;
        }
        lines.push(format!("  {n}. {}", item.title));
    }
    if !own_shown {
        lines.push(format!("    {}", t(lang, "standing-own-items", &[])));
    }
    lines
}

/// What was written.
pub fn done_line(applied: &PlanApplied, lang: Language) -> String {
    let count = |o: PlanOutcome| {
        applied
            .proposal
            .meetings
            .iter()
            .filter(|m| m.outcome == o)
            .count()
    };
    t(
        lang,
        "plan-done",
        &[
            ("year", applied.proposal.year.to_string().into()),
            ("created", count(PlanOutcome::Created).into()),
            (
                "updated",
                (count(PlanOutcome::Updated) + count(PlanOutcome::Restored)).into(),
            ),
            ("dropped", count(PlanOutcome::Dropped).into()),
        ],
    )
}
