//! The one-statement reads behind the members' quick answers (`/agenda`, the brief form) give
//! what the full reads give: the same meeting, items in order, and a withdrawn brief missing.

use crate::support::store::TestDb;
use roundtable::app::{Actor, Roundtable, Submitter};
use roundtable::domain::records::MeetingSelector;
use roundtable::domain::MeetingSummary;

fn member() -> Actor {
    Actor {
        discord_user_id: 42,
        name: "Asbjørn".into(),
        secretariat: false,
    }
}

async fn brief(app: &Roundtable, meeting: &MeetingSummary, region: &str, text: &str) {
    app.submit_brief(
        meeting,
        region,
        text,
        &member().author(),
        Submitter::Member,
        None,
    )
    .await
    .expect("a brief");
}

#[tokio::test]
async fn the_agenda_read_gives_what_the_full_reads_give() {
    let db = TestDb::new().await;
    db.import_example().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    brief(&app, &meeting, "Horten kommune", "Horten.").await;
    brief(&app, &meeting, "Elverum", "Elverum.").await;
    app.withdraw_brief(&meeting, "Elverum", &member())
        .await
        .expect("withdrawn");

    let agenda = app.meeting_agenda(meeting.id).await.expect("the agenda");
    let details = app.meeting_details(meeting.id).await.expect("the details");
    let full = app.region_briefs(meeting.id).await.expect("the briefs");
    assert_eq!(agenda.summary, details.summary);
    assert_eq!(agenda.agenda, details.agenda);
    assert!(agenda.agenda.len() > 2, "the example has items");
    assert!(agenda.agenda.windows(2).all(|w| w[0].number < w[1].number));
    let states: Vec<(&str, bool)> = agenda
        .regions
        .iter()
        .map(|r| (r.region.as_str(), r.brief_in))
        .collect();
    let expected: Vec<(&str, bool)> = full
        .iter()
        .map(|r| (r.region.as_str(), r.brief.is_some()))
        .collect();
    assert_eq!(states, expected);
    assert!(states.contains(&("Horten kommune", true)));
    assert!(states.contains(&("Elverum", false)), "withdrawn is missing");
}

#[tokio::test]
async fn the_agenda_of_an_unknown_meeting_is_not_found() {
    let db = TestDb::new().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let missing = app.meeting_agenda(4242).await;
    assert!(
        matches!(
            missing,
            Err(roundtable::app::AppError::MeetingNotFound { .. })
        ),
        "{missing:?}"
    );
}

#[tokio::test]
async fn the_form_is_filled_with_the_regions_current_brief_only() {
    let db = TestDb::new().await;
    db.import_example().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let region = |name: &str| {
        let app = app.clone();
        let meeting = meeting.clone();
        let name = name.to_owned();
        async move { app.region_named(&meeting, &name).await.expect("a region") }
    };
    let (horten, elverum) = (region("Horten kommune").await, region("Elverum").await);
    let text = |id| app.current_brief_text(meeting.id, id);
    assert_eq!(text(horten.id).await.expect("read"), None);
    brief(&app, &meeting, "Horten kommune", "Første.").await;
    brief(&app, &meeting, "Horten kommune", "Andre.").await;
    brief(&app, &meeting, "Elverum", "Elverum.").await;
    assert_eq!(
        text(horten.id).await.expect("read").as_deref(),
        Some("Andre.")
    );
    app.withdraw_brief(&meeting, "Horten kommune", &member())
        .await
        .expect("withdrawn");
    assert_eq!(text(horten.id).await.expect("read"), None);
    assert_eq!(
        text(elverum.id).await.expect("read").as_deref(),
        Some("Elverum.")
    );
}
