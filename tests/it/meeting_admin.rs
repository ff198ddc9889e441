//! The secretariat's changes through the service: what the preview warns of, and two
//! confirmations racing for the same meeting.

use crate::support::store::TestDb;
use roundtable::app::meeting_admin::{ChangeActor, ChangeError, ChangeKind};
use roundtable::app::Submitter;
use roundtable::domain::records::{Author, MeetingSelector};

fn secretariat(id: u64) -> ChangeActor {
    ChangeActor {
        id: Some(id),
        name: "Karoline".into(),
    }
}

#[tokio::test]
async fn the_preview_names_the_briefs_a_change_would_hide() {
    let db = TestDb::new().await;
    let id = db.import_example().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let author = Author {
        name: "Asbjørn".into(),
        discord_user_id: None,
    };
    app.submit_brief(
        &meeting,
        "Elverum",
        "Elverum+.",
        &author,
        Submitter::Secretariat,
        None,
    )
    .await
    .expect("brief");
    let mut plan = app.editable_plan(id).await.expect("plan");
    plan.regions.retain(|r| r != "Elverum");
    let preview = app
        .propose_plan(ChangeKind::Import, plan, 7)
        .await
        .expect("preview");
    assert_eq!(preview.briefs_hidden, ["Elverum"]);
    assert_eq!(preview.briefs_kept, 0);
}

#[tokio::test]
async fn of_two_racing_confirmations_one_is_made_and_the_other_is_stale() {
    let db = TestDb::new().await;
    let id = db.import_example().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let mut first = app.editable_plan(id).await.expect("plan");
    first.place = "Bystyresalen".into();
    let mut second = app.editable_plan(id).await.expect("plan");
    second.title = "Ekstraordinært møte".into();
    let a = app
        .propose_plan(ChangeKind::Import, first, 1)
        .await
        .expect("first preview");
    let b = app
        .propose_plan(ChangeKind::Import, second, 2)
        .await
        .expect("second preview");
    let (one, two) = (secretariat(1), secretariat(2));
    let (ra, rb) = tokio::join!(
        app.confirm_change(a.pending.expect("pending"), &one),
        app.confirm_change(b.pending.expect("pending"), &two),
    );
    let made = [ra.is_ok(), rb.is_ok()];
    assert_eq!(made.iter().filter(|m| **m).count(), 1, "{ra:?} {rb:?}");
    let refused = if ra.is_ok() { rb } else { ra };
    assert!(matches!(refused, Err(ChangeError::Stale)), "{refused:?}");
}

#[tokio::test]
async fn a_confirmation_after_the_time_has_passed_is_refused() {
    use roundtable::domain::meeting_edit::EditError;
    let db = TestDb::new().await;
    let id = db.import_example().await;
    // A meeting moved to start in ten minutes, confirmed twelve minutes later.
    let (app, clock) = db.app("2024-11-02T10:00:00Z");
    let mut moved = app.editable_plan(id).await.expect("plan");
    moved.starts_at = "2024-11-02T10:10:00Z".parse().expect("time");
    moved.ends_at = "2024-11-02T11:10:00Z".parse().expect("time");
    let preview = app
        .propose_plan(ChangeKind::Move, moved, 1)
        .await
        .expect("preview");
    clock.advance(chrono::Duration::minutes(12));
    let late = app
        .confirm_change(preview.pending.expect("pending"), &secretariat(1))
        .await;
    assert!(
        matches!(late, Err(ChangeError::Edit(EditError::InPast { .. }))),
        "{late:?}"
    );
    let summary = db.store.meeting_summary(id).await.expect("meeting");
    assert_eq!(
        summary.starts_at.to_rfc3339(),
        "2024-11-07T11:00:00+00:00",
        "not moved"
    );

    // Cancelling a meeting five minutes before it ends, confirmed ten minutes later.
    clock.set("2024-11-07T11:55:00Z".parse().expect("time"));
    let cancel = app.propose_cancel(id, 1).await.expect("preview");
    clock.advance(chrono::Duration::minutes(10));
    let late = app
        .confirm_change(cancel.pending.expect("pending"), &secretariat(1))
        .await;
    assert!(matches!(late, Err(ChangeError::Ended)), "{late:?}");
    let summary = db.store.meeting_summary(id).await.expect("meeting");
    assert!(summary.cancelled_at.is_none(), "not cancelled");
}

#[tokio::test]
async fn the_preview_names_the_answers_a_change_would_drop_or_move() {
    let db = TestDb::new().await;
    let id = db.import_example().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    for (name, user) in [("Karl Jørgen Tofte", 42), ("Anne Huse", 43)] {
        let found = app.find_invitee(&meeting, name).await.expect(name);
        db.store.link_invitee(found.id, user).await.expect("link");
    }
    let mut plan = app.editable_plan(id).await.expect("plan");
    // The secretariat corrects a name (the invitee keeps their key), and Anne leaves.
    for i in &mut plan.invitees {
        if i.last_name == "Tofte" {
            i.first_name = "Karl-Jørgen".into();
        }
    }
    plan.invitees.retain(|i| i.last_name != "Huse");
    let preview = app
        .propose_plan(ChangeKind::Invitees, plan.clone(), 7)
        .await
        .expect("preview");
    assert_eq!(preview.answers_dropped, ["Anne Huse"]);
    let karl = preview.answers_moved.join("; ");
    assert!(
        karl.starts_with("Karl Jørgen Tofte, ") && karl.contains(" → Karl-Jørgen Tofte, "),
        "{karl}"
    );
    // A list that does not name the keys (a file) takes a corrected name as someone new.
    for i in &mut plan.invitees {
        i.key = None;
    }
    let preview = app
        .propose_plan(ChangeKind::Invitees, plan, 7)
        .await
        .expect("preview");
    assert_eq!(preview.answers_dropped, ["Anne Huse", "Karl Jørgen Tofte"]);
    assert!(preview.answers_moved.is_empty());
}
