//! The script of the demo's week, after the set-up (`cast.rs`): the notice at its time; the
//! five briefs at different times (one as a file because it is long, one edited once, one after
//! the reminder that names only the missing region); the answers to the notice (one deputy);
//! the meeting; the "collected" report to the secretariat; the export.

use super::cast::{
    oslo, set_up, Cast, ELVERUM, HORTEN, KONGSVINGER, LORENSKOG, MEETING_KEY, RINGERIKE,
};
use super::stage::{locale, Button, Stage};
use super::transcript::FileRef;
use super::DemoError;
use crate::domain::records::MeetingSelector;
use crate::i18n::t;
use discord_sim::User;
use serde_json::json;

/// The group's channel and the secretariat's, in the simulated server.
pub const CHANNELS: (&str, &str) = ("næringssamarbeid", "sekretariatet");
/// The demo starts the day before the notice, Thursday 31 October 2024 at 09:00.
pub const START: &str = "2024-10-31 09:00";

/// The notice's buttons, by row and place.
const ATTENDING: (usize, usize) = (0, 0);
const ABSENT: (usize, usize) = (0, 1);
const DEPUTY: (usize, usize) = (0, 2);
const SEND_BRIEF: (usize, usize) = (1, 0);

/// What the week leaves for the page.
pub struct Played {
    /// The meeting's title.
    pub title: String,
    /// The Discord server's name (the group's organisation).
    pub server: String,
    /// The files the secretariat exported.
    pub exports: Vec<FileRef>,
}

/// Plays the week.
pub async fn week(stage: &mut Stage<'_>) -> Result<Played, DemoError> {
    let cast = Cast::new(locale(stage.lang));
    let (title, server) = set_up(stage, &cast).await?;
    briefs_and_answers(stage, &cast).await?;
    the_meeting(stage, &cast).await?;
    let exports = after_the_deadline(stage, &cast).await?;
    Ok(Played {
        title,
        server,
        exports,
    })
}

/// The notice's button at `place`, and the notice's id.
fn notice_button(stage: &Stage<'_>, place: (usize, usize)) -> Result<(u64, Button), DemoError> {
    let (id, rows) = stage
        .message_with_buttons(&stage.group)
        .ok_or_else(|| DemoError::Unexpected("no notice with buttons in the channel".into()))?;
    let button = rows
        .get(place.0)
        .and_then(|row| row.get(place.1))
        .cloned()
        .ok_or_else(|| DemoError::Unexpected(format!("no button at {place:?} on the notice")))?;
    Ok((id, button))
}

/// `who` clicks a button on the notice.
async fn click(
    stage: &mut Stage<'_>,
    who: &User,
    place: (usize, usize),
) -> Result<discord_sim::Response, DemoError> {
    let (notice, button) = notice_button(stage, place)?;
    let group = stage.group.clone();
    stage.click(who, &group, notice, &button).await
}

/// Sends the form the bot answered with, or fails if it answered otherwise.
async fn fill_in(
    stage: &mut Stage<'_>,
    who: &User,
    opened: &discord_sim::Response,
    fields: &[(&str, &str)],
) -> Result<(), DemoError> {
    if opened.callback_type() != Some(9) {
        let got = opened
            .content()
            .unwrap_or_default()
            .chars()
            .take(120)
            .collect();
        return Err(DemoError::Unexpected(got));
    }
    let group = stage.group.clone();
    stage.submit(who, &group, opened, fields).await?;
    Ok(())
}

/// `/brief send` by `who`, then the form.
async fn brief_by_command(stage: &mut Stage<'_>, who: &User, text: &str) -> Result<(), DemoError> {
    let group = stage.group.clone();
    let send = json!([{ "name": "send", "options": [] }]);
    let opened = stage
        .command(who, &group, &["brief", "send"], send, &[], Vec::new())
        .await?;
    fill_in(stage, who, &opened, &[("text", text)]).await
}

/// From the notice to the reminder and the last brief.
async fn briefs_and_answers(stage: &mut Stage<'_>, cast: &Cast) -> Result<(), DemoError> {
    stage.set_time(oslo("2024-11-01 09:00")?);
    if stage.step().await?.sent == 0 {
        return Err(DemoError::NotPosted("demo-posted-notice"));
    }
    stage.set_time(oslo("2024-11-01 09:40")?);
    click(stage, &cast.horten, ATTENDING).await?;
    stage.set_time(oslo("2024-11-01 10:05")?);
    let opened = click(stage, &cast.horten, SEND_BRIEF).await?;
    fill_in(stage, &cast.horten, &opened, &[("text", HORTEN)]).await?;
    stage.set_time(oslo("2024-11-01 13:20")?);
    click(stage, &cast.ringerike, ATTENDING).await?;

    // Monday: Ringeriksregionen writes two points, and adds the third in the afternoon.
    stage.set_time(oslo("2024-11-04 10:30")?);
    let draft = RINGERIKE
        .rsplit_once("\n\n")
        .map_or(RINGERIKE, |(head, _)| head);
    brief_by_command(stage, &cast.ringerike, draft).await?;
    stage.set_time(oslo("2024-11-04 12:15")?);
    let opened = click(stage, &cast.kongsvinger, SEND_BRIEF).await?;
    fill_in(stage, &cast.kongsvinger, &opened, &[("text", KONGSVINGER)]).await?;
    click(stage, &cast.kongsvinger, ATTENDING).await?;
    stage.set_time(oslo("2024-11-04 14:10")?);
    brief_by_command(stage, &cast.ringerike, RINGERIKE).await?;

    // Elverum's brief is longer than the form holds: it comes as a file.
    stage.set_time(oslo("2024-11-04 19:45")?);
    let file = stage.save("innlegg-elverum.txt", ELVERUM)?;
    let upload = stage.sim.upload(&file.name, "text/plain", ELVERUM);
    let send =
        json!([{ "name": "send", "options": [{ "name": "file", "value": upload.to_string() }] }]);
    let shown = [("file", file.name.clone())];
    let group = stage.group.clone();
    stage
        .command(
            &cast.elverum,
            &group,
            &["brief", "send"],
            send,
            &shown,
            vec![file],
        )
        .await?;
    stage.set_time(oslo("2024-11-04 19:47")?);
    click(stage, &cast.elverum, ABSENT).await?;

    // Tuesday: the first reminder names the one region still missing; Lørenskog sends its
    // brief, and a deputy goes to the meeting in Camilla Håltem's place.
    stage.set_time(oslo("2024-11-05 09:00")?);
    if stage.step().await?.sent == 0 {
        return Err(DemoError::NotPosted("demo-posted-reminder"));
    }
    stage.set_time(oslo("2024-11-05 11:15")?);
    let opened = click(stage, &cast.lorenskog, SEND_BRIEF).await?;
    fill_in(stage, &cast.lorenskog, &opened, &[("text", LORENSKOG)]).await?;
    stage.set_time(oslo("2024-11-05 11:18")?);
    let opened = click(stage, &cast.lorenskog, DEPUTY).await?;
    let deputy = [
        ("name", "Gunn-Kristin Vambheim"),
        ("organisation", "Lørenskog kommune"),
    ];
    fill_in(stage, &cast.lorenskog, &opened, &deputy).await
}

/// The meeting's day: no reminder (every brief is in), the agenda, the meeting, who came.
async fn the_meeting(stage: &mut Stage<'_>, cast: &Cast) -> Result<(), DemoError> {
    stage.set_time(oslo("2024-11-07 08:00")?);
    let outcome = stage.step().await?;
    if outcome.sent == 0 && outcome.skipped > 0 {
        stage.note(t(stage.lang, "demo-reminder-skipped", &[]));
    }
    stage.set_time(oslo("2024-11-07 11:50")?);
    let group = stage.group.clone();
    stage
        .command(
            &cast.secretariat,
            &group,
            &["agenda"],
            json!([]),
            &[],
            Vec::new(),
        )
        .await?;
    let meeting = stage.app.meeting(&MeetingSelector::Upcoming).await?;
    stage.set_time(meeting.starts_at);
    let place = meeting.place.as_str().into();
    stage.note(t(stage.lang, "demo-meeting-starts", &[("place", place)]));
    stage.set_time(meeting.ends_at);
    stage.note(t(stage.lang, "demo-meeting-ends", &[]));
    stage.set_time(oslo("2024-11-07 13:10")?);
    let deputy = "Gunn-Kristin Vambheim, Lørenskog kommune";
    let mark = json!([{ "name": "mark", "options": [
        { "name": "invitee", "value": deputy },
        { "name": "present", "value": true },
        { "name": "meeting", "value": MEETING_KEY },
    ] }]);
    let shown = [
        ("invitee", deputy.to_owned()),
        ("present", "True".to_owned()),
        ("meeting", MEETING_KEY.to_owned()),
    ];
    let secretariat = stage.secretariat.clone();
    stage
        .command(
            &cast.secretariat,
            &secretariat,
            &["attendance", "mark"],
            mark,
            &shown,
            Vec::new(),
        )
        .await?;
    Ok(())
}

/// The report at the deadline, and the secretariat's export the next working day.
async fn after_the_deadline(stage: &mut Stage<'_>, cast: &Cast) -> Result<Vec<FileRef>, DemoError> {
    let meeting = stage
        .app
        .meeting(&MeetingSelector::Named(MEETING_KEY.into()))
        .await?;
    stage.set_time(meeting.brief_deadline + chrono::Duration::seconds(1));
    if stage.step().await?.sent == 0 {
        return Err(DemoError::NotPosted("demo-posted-report"));
    }
    stage.set_time(oslo("2024-11-11 09:00")?);
    let secretariat = stage.secretariat.clone();
    let mut exported = Vec::new();
    for (name, value) in export_choices(stage) {
        let options = json!([
            { "name": "format", "value": value },
            { "name": "meeting", "value": MEETING_KEY },
        ]);
        let shown = [("format", name), ("meeting", MEETING_KEY.to_owned())];
        stage
            .command(
                &cast.secretariat,
                &secretariat,
                &["export"],
                options,
                &shown,
                Vec::new(),
            )
            .await?;
        let reply = stage
            .transcript
            .messages()
            .last()
            .map(|m| m.files.clone())
            .unwrap_or_default();
        exported.extend(reply);
    }
    if exported.is_empty() {
        return Err(DemoError::NotPosted("demo-posted-export"));
    }
    Ok(exported)
}

/// The formats `/export` offers that a secretariat reads: Word, PDF (where offered),
/// Markdown and the CSV for Excel, by their names as registered, with their values.
fn export_choices(stage: &Stage<'_>) -> Vec<(String, serde_json::Value)> {
    let commands = stage.sim.registered_commands();
    let choices = commands
        .iter()
        .find(|c| c["name"] == "export")
        .and_then(|c| c["options"].as_array())
        .and_then(|o| o.iter().find(|o| o["name"] == "format"))
        .and_then(|o| o["choices"].as_array())
        .cloned()
        .unwrap_or_default();
    choices
        .iter()
        .filter_map(|c| Some((c["name"].as_str()?.to_owned(), c["value"].clone())))
        .filter(|(name, _)| {
            ["Word", "PDF", "Markdown", "CSV (Excel)"]
                .iter()
                .any(|wanted| name.starts_with(wanted))
        })
        .collect()
}
