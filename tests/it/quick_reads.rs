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

#[tokio::test]
async fn a_submitted_form_is_checked_in_one_read_by_the_same_rules() {
    use roundtable::app::{AppError, BriefError};
    let db = TestDb::new().await;
    db.import_example().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let horten = app
        .region_named(&meeting, "Horten kommune")
        .await
        .expect("a region");
    let elverum = app
        .region_named(&meeting, "Elverum")
        .await
        .expect("a region");
    db.store
        .add_representative(meeting.id, "Horten kommune", 42, 1, app.now())
        .await
        .expect("linked");
    let member = member();
    let secretariat = Actor {
        secretariat: true,
        ..member.clone()
    };

    let (found, region) = app
        .region_to_write(meeting.id, horten.id, &member)
        .await
        .expect("the member speaks for Horten");
    assert_eq!((found.id, region), (meeting.id, horten.clone()));
    let refused = app.region_to_write(meeting.id, elverum.id, &member).await;
    assert!(
        matches!(&refused, Err(BriefError::NotRepresentative { region }) if region == "Elverum"),
        "{refused:?}"
    );
    let (_, region) = app
        .region_to_write(meeting.id, elverum.id, &secretariat)
        .await
        .expect("the secretariat writes for every region");
    assert_eq!(region, elverum);
    for (meeting_id, region_id) in [(meeting.id, 4242), (4242, horten.id)] {
        let stale = app
            .region_to_write(meeting_id, region_id, &secretariat)
            .await;
        assert!(
            matches!(
                &stale,
                Err(BriefError::App(AppError::MeetingNotFound { .. }))
            ),
            "{stale:?}"
        );
    }
}

#[tokio::test]
async fn an_answer_is_recorded_for_the_invitee_the_member_is_and_only_then() {
    use roundtable::app::AttendanceError;
    use roundtable::domain::attendance::Rsvp;
    let db = TestDb::new().await;
    db.import_example().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let stranger = app
        .answer_notice(&meeting, &member(), Rsvp::Attending)
        .await;
    assert!(
        matches!(stranger, Err(AttendanceError::NotInvited)),
        "{stranger:?}"
    );
    assert_eq!(db.count("attendance").await, 0, "nothing written");

    let invitees = db.store.invitees(meeting.id).await.expect("invitees");
    let named = format!("{}, {}", invitees[3].full_name(), invitees[3].organisation);
    let invitee = app.find_invitee(&meeting, &named).await.expect("invitee");
    db.store.link_invitee(invitee.id, 42).await.expect("linked");
    let answered = app
        .answer_notice(&meeting, &member(), Rsvp::Attending)
        .await
        .expect("answered");
    assert_eq!(answered, invitee);
    let again = app
        .answer_notice(&meeting, &member(), Rsvp::Absent)
        .await
        .expect("changed");
    assert_eq!(again, invitee);
    let entries = db.store.attendance(meeting.id).await.expect("attendance");
    let answers: Vec<_> = entries.iter().filter(|e| e.rsvp.is_some()).collect();
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].invitee.full_name(), invitees[3].full_name());
    assert_eq!(answers[0].rsvp, Some(Rsvp::Absent));
}

#[tokio::test]
async fn invitees_read_as_one_json_row_come_back_as_written() {
    use roundtable::domain::local_time::OSLO;
    use roundtable::domain::Invitee;
    let db = TestDb::new().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let mut plan = roundtable::meeting_file::read_meeting_file(
        &crate::support::store::example_meeting(),
        OSLO,
    )
    .expect("the example");
    let odd = [
        "Åse \"Quote\" \\ Back",
        "Tab\there, nul-less \u{1}\u{1f}",
        "😀 Ünïcødé \u{2028} line",
    ];
    plan.invitees = odd
        .iter()
        .enumerate()
        .map(|(n, name)| Invitee {
            first_name: (*name).to_owned(),
            last_name: format!("Etternavn {n}"),
            organisation: format!("Org \"{n}\""),
            region: (n == 1).then(|| "Elverum".to_owned()),
            discord_user_id: (n == 2).then_some(9_223_372_036_854_775_000),
            key: None,
        })
        .collect();
    app.import_logged(&plan).await.expect("import");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let read = app.invitees(meeting.id).await.expect("invitees");
    assert_eq!(read.len(), odd.len());
    for (got, want) in read.iter().zip(&plan.invitees) {
        assert_eq!(
            (&got.first_name, &got.last_name, &got.organisation),
            (&want.first_name, &want.last_name, &want.organisation)
        );
        assert_eq!(got.region, want.region);
        assert_eq!(got.discord_user_id, want.discord_user_id);
        assert!(got.key.is_some(), "every invitee has a key");
    }
}
