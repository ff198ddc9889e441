//! `roundtable plan import|ics`: a group's meeting plan for a year from a plan file, shown
//! before it is written, and the plan as one calendar file.

use super::{CliError, PlanCommand};
use crate::app::Roundtable;
use crate::change_report::Style;
use crate::i18n::{t, Language};
use crate::meeting_file::{read_plan_file, PlanRules};
use chrono::Datelike;
use std::io::Write;
use std::path::Path;

pub async fn execute(
    app: &Roundtable,
    command: PlanCommand,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    match command {
        PlanCommand::Import { path, dry_run } => import(app, &path, dry_run, lang, out).await,
        PlanCommand::Ics {
            group,
            year,
            out: path,
        } => {
            let year = year.unwrap_or_else(|| app.now().with_timezone(&app.tz).year());
            ics(app, &group, year, path.as_deref(), out).await
        }
    }
}

async fn import(
    app: &Roundtable,
    path: &Path,
    dry_run: bool,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let rules = PlanRules {
        tz: app.tz,
        notice_days_before: app.schedule_rules().notice_days_before,
    };
    let plan = read_plan_file(path, rules)?;
    let preview = app.prepare_year_plan(plan).await?;
    // What changes is shown before it is written; the write is refused if a meeting changed
    // meanwhile (a change confirmed on Discord).
    for line in crate::plan_report::preview_lines(&preview, app.tz, lang, Style::Plain) {
        let _ = writeln!(out, "{line}");
    }
    if dry_run || preview.proposal.is_empty() {
        return Ok(());
    }
    let _ = out.flush();
    let applied = app.apply_year_plan(preview.proposal).await?;
    let _ = writeln!(out, "{}", crate::plan_report::done_line(&applied, lang));
    Ok(())
}

async fn ics(
    app: &Roundtable,
    group: &str,
    year: i32,
    path: Option<&Path>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let Some(plan) = app.plan_meetings(group, year).await? else {
        return Err(CliError::NoPlan {
            group: group.to_owned(),
            year,
        });
    };
    let ics = crate::calendar::plan_ics(&plan.group_name, &plan.meetings, app.tz, app.now());
    match path {
        Some(path) => {
            super::write_file::replace(path, ics.as_bytes()).map_err(|e| CliError::WriteExport {
                path: path.to_owned(),
                reason: e.to_string(),
            })
        }
        None => {
            let _ = out.write_all(ics.as_bytes());
            Ok(())
        }
    }
}

/// The refusal when a group has no plan for the year.
pub fn no_plan(group: &str, year: i32, lang: Language) -> String {
    t(
        lang,
        "plan-error-no-plan",
        &[("group", group.into()), ("year", year.to_string().into())],
    )
}
