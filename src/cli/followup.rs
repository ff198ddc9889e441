//! `roundtable followup add|list|status`: the secretariat's follow-up items from the command
//! line, over the same app methods as `/followup`.

use super::{CliError, FollowupCommand};
use crate::app::{FollowUpInput, OwnerInput, Roundtable};
use crate::domain::records::MeetingSelector;
use crate::i18n::{follow_up_line, t, Language};
use std::io::Write;

/// The group of the meeting named (or of the next meeting), and that meeting's id.
async fn group_of(app: &Roundtable, meeting: Option<String>) -> Result<(i64, i64), CliError> {
    let selector = meeting.map_or(MeetingSelector::Upcoming, MeetingSelector::Named);
    let meeting = app.meeting(&selector).await?;
    Ok((app.group_of_meeting(meeting.id).await?, meeting.id))
}

pub async fn execute(
    app: &Roundtable,
    command: FollowupCommand,
    lang: Language,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let today = app.today();
    match command {
        FollowupCommand::Add {
            meeting,
            what,
            due,
            region,
            person,
            discord,
            item,
        } => {
            let named = meeting.is_some();
            let (group, meeting_id) = group_of(app, meeting).await?;
            let owner = match (region, person) {
                (Some(region), _) => OwnerInput::Region(region),
                (None, person) => OwnerInput::Person {
                    name: person.unwrap_or_default(),
                    discord_user_id: discord,
                },
            };
            let input = FollowUpInput {
                what,
                owner,
                due,
                meeting_id: named.then_some(meeting_id),
                agenda_number: item,
            };
            let added = app.add_follow_up(group, &input, None).await?;
            let _ = writeln!(out, "{}", t(lang, "followup-added", &[]));
            let _ = writeln!(out, "{}", follow_up_line(&added, Some(today), lang));
        }
        FollowupCommand::List { meeting } => {
            let (group, _) = group_of(app, meeting).await?;
            let items = app.group_follow_ups(group).await?;
            if items.is_empty() {
                let _ = writeln!(out, "{}", t(lang, "followup-list-empty", &[]));
            }
            for item in &items {
                let _ = writeln!(out, "{}", follow_up_line(item, Some(today), lang));
            }
        }
        FollowupCommand::Status {
            meeting,
            item,
            status,
            done,
        } => {
            let (group, _) = group_of(app, meeting).await?;
            let updated = app
                .update_follow_up(group, &item, &status, done, None)
                .await?;
            let _ = writeln!(out, "{}", t(lang, "followup-updated", &[]));
            let _ = writeln!(out, "{}", follow_up_line(&updated, Some(today), lang));
        }
    }
    Ok(())
}
