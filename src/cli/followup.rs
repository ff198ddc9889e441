//! `roundtable followup add|list|status`: the secretariat's follow-up items from the command
//! line, over the same app methods as `/followup`.

use super::CliError;
use crate::app::{FollowUpInput, OwnerInput, Roundtable};
use crate::domain::records::MeetingSelector;
use crate::i18n::{follow_up_line, t, Language};
use clap::Subcommand;
use std::io::Write;

#[derive(Debug, Subcommand)]
pub enum FollowupCommand {
    /// Adds a follow-up item (as the secretariat), owned by a region or a named person.
    Add {
        /// The meeting that decided it: its date, title, number or key (default: the group's
        /// latest meeting held; the group is that of the next meeting).
        #[arg(long)]
        meeting: Option<String>,
        /// What is to be done.
        #[arg(long)]
        what: String,
        /// The due date, dd.mm.yyyy.
        #[arg(long, value_name = "DD.MM.YYYY")]
        due: String,
        /// The region that owns it.
        #[arg(long, conflicts_with = "person", required_unless_present = "person")]
        region: Option<String>,
        /// The person who owns it, by name.
        #[arg(long)]
        person: Option<String>,
        /// The person's Discord user id (they are then reminded).
        #[arg(long, requires = "person", value_name = "USER_ID")]
        discord: Option<u64>,
        /// The agenda item (sak) number at the meeting.
        #[arg(long, value_name = "N")]
        item: Option<String>,
    },
    /// Lists the group's follow-up items, open ones first.
    List {
        /// A meeting of the group: its date, title, number or key (default: the next).
        #[arg(long)]
        meeting: Option<String>,
    },
    /// Writes a line of status on an item (with --done, marks it done).
    Status {
        /// A meeting of the group: its date, title, number or key (default: the next).
        #[arg(long)]
        meeting: Option<String>,
        /// The item's number, e.g. 3.
        item: String,
        /// The line of status.
        #[arg(long)]
        status: String,
        /// Marks the item done.
        #[arg(long)]
        done: bool,
    },
}

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
