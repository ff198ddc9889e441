//! The minutes after their first round: a representative of two regions answers for each in
//! turn, a rettelse is approved at the meeting where it is taken up, a next meeting made
//! after the draft gets its approval item, the comment round's configured length, and the
//! follow-up items the meeting decided under their sak and in the table.

use crate::minutes::{member, secretariat, setup};
use crate::support::store::{example_meeting, TestDb};
use roundtable::app::{FollowUpInput, OwnerInput};
use roundtable::domain::local_time::OSLO;
use roundtable::domain::minutes::RoundAnswer;
use roundtable::domain::records::MeetingSelector;
use roundtable::export::MinutesStatus;
use roundtable::meeting_file::read_meeting_file;

#[tokio::test]
async fn a_representative_of_two_regions_confirms_each_in_turn() {
    let (db, app, _clock, meeting, _) = setup().await;
    // Member 11 speaks for Elverum and, from now, Horten kommune too.
    db.store
        .add_representative(meeting.id, "Horten kommune", 11, 1, app.now())
        .await
        .expect("link");
    app.start_draft(&meeting, None, &secretariat())
        .await
        .expect("the draft");
    let first = app
        .confirm_paragraph(&meeting, &member(11))
        .await
        .expect("one");
    let second = app
        .confirm_paragraph(&meeting, &member(11))
        .await
        .expect("two");
    assert_eq!(
        (first.region.as_str(), second.region.as_str()),
        ("Elverum", "Horten kommune")
    );
    let (_, paragraphs) = app
        .comment_round(meeting.id)
        .await
        .expect("read")
        .expect("a draft");
    assert!(paragraphs
        .iter()
        .all(|p| p.answer() == RoundAnswer::Confirmed));
}

#[tokio::test]
async fn a_rettelse_is_approved_at_the_latest_meeting_held_since() {
    let (db, app, clock, meeting, _) = setup().await;
    app.start_draft(&meeting, None, &secretariat())
        .await
        .expect("the draft");
    clock.set("2025-02-06T11:05:00Z".parse().expect("a time"));
    let first = app
        .approve_minutes(&meeting, &secretariat())
        .await
        .expect("v1");
    assert_eq!(first.approval.meeting_date.to_string(), "2025-02-06");

    let mut april = read_meeting_file(&example_meeting(), OSLO).expect("the example");
    april.key = "naeringssamarbeid-2025-04-03".into();
    april.starts_at = "2025-04-03T10:00:00Z".parse().expect("a time");
    april.ends_at = "2025-04-03T11:00:00Z".parse().expect("a time");
    april.brief_deadline = "2025-04-04T21:59:59Z".parse().expect("a time");
    db.store.import_plan(&april).await.expect("april");
    clock.set("2025-03-01T09:00:00Z".parse().expect("a time"));
    app.add_rettelse(&meeting, "Sak 3: junimøtet er 12. juni.", &secretariat())
        .await
        .expect("added");
    clock.set("2025-04-03T10:10:00Z".parse().expect("a time"));
    let second = app
        .approve_minutes(&meeting, &secretariat())
        .await
        .expect("v2");
    assert_eq!(second.version, 2);
    assert_eq!(second.approval.meeting_date.to_string(), "2025-04-03");
    let correction = second.view.corrections.last().expect("the rettelse");
    assert_eq!(correction.dated.to_string(), "2025-03-01");
    assert_eq!(correction.approval.as_ref(), Some(&second.approval));
    // The minutes themselves still say where they were approved first.
    assert!(matches!(
        &second.view.status,
        MinutesStatus::Approved(a) if a.meeting_date.to_string() == "2025-02-06" && a.sha256 == first.sha256
    ));
}

#[tokio::test]
async fn the_comment_round_lasts_as_configured_unless_the_draft_says_otherwise() {
    let (_db, app, _clock, meeting, _) = setup().await;
    let rules = roundtable::schedule::ScheduleRules {
        minutes_comment_days: 3,
        ..Default::default()
    };
    let app = app.with_schedule(rules);
    let out = app
        .start_draft(&meeting, None, &secretariat())
        .await
        .expect("the draft");
    assert_eq!(out.draft.comments_by, app.now() + chrono::Duration::days(3));
    let renewed = app
        .start_draft(&meeting, Some(10), &secretariat())
        .await
        .expect("renewed");
    assert_eq!(
        renewed.draft.comments_by,
        app.now() + chrono::Duration::days(10)
    );
    // A group without a channel has nowhere to remind anyone: nothing is planned.
    let rows = app.scheduled_messages(meeting.id).await.expect("rows");
    assert!(rows
        .iter()
        .all(|r| r.kind != roundtable::schedule::MessageKind::MinutesReminder));
}

#[tokio::test]
async fn a_next_meeting_made_after_the_draft_gets_the_approval_item_when_it_is_made() {
    let db = TestDb::new().await;
    db.import_example().await;
    let (app, clock) = db.app("2024-11-08T09:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Named(
            "naeringssamarbeid-2024-11-07".into(),
        ))
        .await
        .expect("the meeting");
    app.start_draft(&meeting, None, &secretariat())
        .await
        .expect("the draft");
    let none = app
        .put_approval_item(&meeting, None, &secretariat())
        .await
        .expect("no next meeting yet");
    assert_eq!(none, None);

    clock.set("2024-11-20T09:00:00Z".parse().expect("a time"));
    let mut next = read_meeting_file(&example_meeting(), OSLO).expect("the example");
    next.key = "naeringssamarbeid-2025-02-06".into();
    next.starts_at = "2025-02-06T11:00:00Z".parse().expect("a time");
    next.ends_at = "2025-02-06T12:00:00Z".parse().expect("a time");
    next.brief_deadline = "2025-02-07T22:59:59Z".parse().expect("a time");
    next.notice_date = "2025-01-30".parse().expect("a date");
    let made = app.import_logged(&next).await.expect("imported");
    let agenda = app
        .meeting_details(made.meeting_id)
        .await
        .expect("details")
        .agenda;
    assert_eq!(
        agenda[1].title,
        "Godkjenning av referat fra møte 7. november 2024"
    );
    // Importing it again changes nothing, and the item is not added twice.
    app.import_logged(&next).await.expect("imported again");
    let again = app
        .meeting_details(made.meeting_id)
        .await
        .expect("details")
        .agenda;
    assert_eq!(again.len(), agenda.len());
}

#[tokio::test]
async fn the_follow_up_items_a_meeting_decided_stand_under_their_sak_and_in_the_table() {
    let (_db, app, _clock, meeting, _) = setup().await;
    let input = |what: &str, agenda_number: Option<&str>| FollowUpInput {
        what: what.into(),
        owner: OwnerInput::Region("Horten kommune".into()),
        due: "01.12.2024".into(),
        meeting_id: Some(meeting.id),
        agenda_number: agenda_number.map(str::to_owned),
    };
    for (what, sak) in [
        ("Send kalenderinvitasjoner", Some("3")),
        ("Kartlegg næringsarealer", None),
    ] {
        app.add_follow_up(1, &input(what, sak), Some(&secretariat()))
            .await
            .expect("added");
    }
    let view = app.minutes_view(meeting.id).await.expect("the view");
    let third = view.items.iter().find(|i| i.number == 3).expect("sak 3");
    let under: Vec<_> = third
        .follow_ups
        .iter()
        .map(|f| (f.what.as_str(), f.owner.as_str(), f.sak.as_deref()))
        .collect();
    assert_eq!(
        under,
        [("Send kalenderinvitasjoner", "Horten kommune", Some("3"))]
    );
    assert!(view
        .items
        .iter()
        .filter(|i| i.number != 3)
        .all(|i| i.follow_ups.is_empty()));
    let table: Vec<_> = view
        .follow_ups
        .iter()
        .map(|f| (f.what.as_str(), f.sak.as_deref(), f.due))
        .collect();
    let due = "2024-12-01".parse().ok();
    assert_eq!(
        table,
        [
            ("Send kalenderinvitasjoner", Some("3"), due),
            ("Kartlegg næringsarealer", None, due)
        ]
    );
}
