//! `roundtable attendance mark`: the secretariat records who was at the meeting.

use super::{AttendanceCommand, CliError};
use crate::app::Roundtable;
use crate::domain::records::MeetingSelector;
use crate::i18n::{t, Language};
use std::io::Write;

pub async fn execute(
    app: &Roundtable,
    command: AttendanceCommand,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let AttendanceCommand::Mark {
        meeting,
        invitee,
        present,
        absent,
    } = command;
    let selector = meeting.map_or(MeetingSelector::Upcoming, MeetingSelector::Named);
    let meeting = app.meeting(&selector).await?;
    let present = present && !absent;
    let who = app.mark_presence(&meeting, &invitee, present, None).await?;
    let key = if present {
        "attendance-marked-present"
    } else {
        "attendance-marked-absent"
    };
    let _ = writeln!(out, "{}", t(lang, key, &[("name", who.name.into())]));
    Ok(())
}
