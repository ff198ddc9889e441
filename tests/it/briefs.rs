//! Briefs through the service: revisions, deadlines across daylight-saving changes, refusals.

use crate::support::store::TestDb;
use chrono::{DateTime, NaiveDateTime, Utc};
use roundtable::app::{BriefError, Submitter};
use roundtable::domain::local_time::{default_brief_deadline, to_utc, OSLO};
use roundtable::domain::records::{Author, MeetingSelector};

fn oslo(local: &str) -> DateTime<Utc> {
    let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").expect("a local time");
    to_utc(naive, OSLO).expect("exists in Oslo")
}

fn member(name: &str) -> Author {
    Author {
        name: name.into(),
        discord_user_id: Some(42),
    }
}

#[test]
fn the_deadline_is_the_end_of_the_day_after_in_oslo_time() {
    let deadline = default_brief_deadline(oslo("2024-11-07 12:00"), OSLO);
    assert_eq!(deadline.to_rfc3339(), "2024-11-08T22:59:59+00:00");
}

#[test]
fn the_deadline_follows_the_change_to_summer_time() {
    // Saturday 29 March 2025; the clocks go forward in the night to Sunday 30 March.
    let deadline = default_brief_deadline(oslo("2025-03-29 12:00"), OSLO);
    assert_eq!(deadline.to_rfc3339(), "2025-03-30T21:59:59+00:00");
    assert_eq!(
        deadline.with_timezone(&OSLO).format("%F %T").to_string(),
        "2025-03-30 23:59:59"
    );
}

#[test]
fn the_deadline_follows_the_change_to_winter_time() {
    // Saturday 25 October 2025; the clocks go back in the night to Sunday 26 October.
    let deadline = default_brief_deadline(oslo("2025-10-25 12:00"), OSLO);
    assert_eq!(deadline.to_rfc3339(), "2025-10-26T22:59:59+00:00");
    assert_eq!(
        deadline.with_timezone(&OSLO).format("%F %T").to_string(),
        "2025-10-26 23:59:59"
    );
}

#[test]
fn a_late_evening_meeting_counts_its_oslo_day_not_its_utc_day() {
    // 00:30 on 8 November in Oslo is still 7 November in UTC.
    let deadline = default_brief_deadline(oslo("2024-11-08 00:30"), OSLO);
    assert_eq!(deadline.to_rfc3339(), "2024-11-09T22:59:59+00:00");
}

#[tokio::test]
async fn a_replaced_brief_keeps_every_revision() {
    let db = TestDb::new().await;
    db.import_example().await;
    let (app, clock) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    app.submit_brief(
        &meeting,
        "Elverum",
        "Første utkast.",
        &member("Asbjørn"),
        Submitter::Member,
        None,
    )
    .await
    .expect("first");
    clock.advance(chrono::Duration::hours(1));
    let receipt = app
        .submit_brief(
            &meeting,
            "Elverum",
            "Andre utkast,\n\n- med liste",
            &member("Asbjørn"),
            Submitter::Member,
            None,
        )
        .await
        .expect("second");
    assert_eq!(receipt.saved.revision, 2);
    let revisions = db
        .store
        .brief_revisions(meeting.id, "Elverum")
        .await
        .expect("revisions");
    let bodies: Vec<_> = revisions.iter().map(|r| r.body.as_str()).collect();
    assert_eq!(bodies, ["Første utkast.", "Andre utkast,\n\n- med liste"]);
    assert!(revisions[1].saved_at > revisions[0].saved_at);
    let briefs = db.store.region_briefs(meeting.id).await.expect("briefs");
    let elverum = briefs
        .iter()
        .find(|b| b.region == "Elverum")
        .and_then(|b| b.brief.clone())
        .expect("in");
    assert_eq!(elverum.body, "Andre utkast,\n\n- med liste");
    assert_eq!(elverum.revisions, 2);
    assert!(elverum.updated_at > elverum.created_at);
}

#[tokio::test]
async fn members_are_held_to_the_deadline_and_the_secretariat_is_not() {
    let db = TestDb::new().await;
    db.import_example().await;
    // One second after 23:59:59 on Friday 8 November, Oslo time.
    let (app, _) = db.app("2024-11-08T23:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let late = app
        .submit_brief(
            &meeting,
            "Horten kommune",
            "Sent.",
            &member("Karl Jørgen"),
            Submitter::Member,
            None,
        )
        .await;
    assert!(
        matches!(late, Err(BriefError::PastDeadline { .. })),
        "{late:?}"
    );
    let receipt = app
        .submit_brief(
            &meeting,
            "Horten kommune",
            "Sent.",
            &member("Sekretariatet"),
            Submitter::Secretariat,
            None,
        )
        .await
        .expect("the secretariat may");
    assert!(receipt.late);
}

#[tokio::test]
async fn an_empty_brief_and_an_unknown_region_are_refused() {
    let db = TestDb::new().await;
    db.import_example().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let empty = app
        .submit_brief(
            &meeting,
            "Elverum",
            "  \n ",
            &member("A"),
            Submitter::Member,
            None,
        )
        .await;
    assert!(matches!(empty, Err(BriefError::Text(_))), "{empty:?}");
    let unknown = app
        .submit_brief(
            &meeting,
            "Vestfold",
            "Tekst.",
            &member("A"),
            Submitter::Member,
            None,
        )
        .await;
    match unknown {
        Err(BriefError::App(roundtable::app::AppError::UnknownRegion { known, .. })) => {
            assert_eq!(known.len(), 5);
        }
        other => panic!("expected an unknown region, got {other:?}"),
    }
    assert_eq!(db.count("briefs").await, 0);
}

#[tokio::test]
async fn a_retried_interaction_is_stored_once() {
    let db = TestDb::new().await;
    db.import_example().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let interaction = Some(1_187_000_000_000_555_000);
    let first = app
        .submit_brief(
            &meeting,
            "Elverum",
            "Elverum+.",
            &member("Asbjørn"),
            Submitter::Member,
            interaction,
        )
        .await
        .expect("first");
    let again = app
        .submit_brief(
            &meeting,
            "Elverum",
            "Elverum+.",
            &member("Asbjørn"),
            Submitter::Member,
            interaction,
        )
        .await
        .expect("retried");
    assert!(!first.saved.duplicate);
    assert!(again.saved.duplicate);
    assert_eq!(again.saved.revision, first.saved.revision);
    assert_eq!(db.count("brief_revisions").await, 1);
}

#[tokio::test]
async fn a_withdrawn_brief_counts_as_missing_and_keeps_its_history() {
    let db = TestDb::new().await;
    db.import_example().await;
    let (app, _) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let actor = roundtable::app::Actor {
        discord_user_id: 42,
        name: "Asbjørn".into(),
        secretariat: false,
    };
    app.submit_brief(
        &meeting,
        "Elverum",
        "Tekst.",
        &actor.author(),
        Submitter::Member,
        None,
    )
    .await
    .expect("brief");
    app.withdraw_brief(&meeting, "Elverum", &actor)
        .await
        .expect("withdraw");
    let again = app.withdraw_brief(&meeting, "Elverum", &actor).await;
    assert!(
        matches!(again, Err(BriefError::NothingToWithdraw { .. })),
        "{again:?}"
    );
    let briefs = db.store.region_briefs(meeting.id).await.expect("briefs");
    assert!(briefs.iter().all(|b| b.brief.is_none()));
    let history = db
        .store
        .brief_revisions(meeting.id, "Elverum")
        .await
        .expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(
        history[1].kind,
        roundtable::domain::records::RevisionKind::Withdrawn
    );
    // Sending again brings it back as the current brief.
    app.submit_brief(
        &meeting,
        "Elverum",
        "Ny tekst.",
        &actor.author(),
        Submitter::Member,
        None,
    )
    .await
    .expect("again");
    let briefs = db.store.region_briefs(meeting.id).await.expect("briefs");
    let elverum = briefs
        .iter()
        .find(|b| b.region == "Elverum")
        .and_then(|b| b.brief.as_ref());
    assert_eq!(elverum.map(|b| b.body.as_str()), Some("Ny tekst."));
}

#[tokio::test]
async fn concurrent_saves_are_committed_together_and_one_bad_save_spoils_none() {
    let db = TestDb::new().await;
    let id = db.import_example().await;
    let regions = [
        "Ringeriksregionen",
        "Elverum",
        "Kongsvingerregionen",
        "Horten kommune",
        "Lørenskog kommune",
    ];
    let now: DateTime<Utc> = "2024-11-02T10:00:00Z".parse().expect("time");
    let saves = (0..200).map(|n| {
        let store = db.store.clone();
        // Every 50th names a region the meeting does not have.
        let region = if n % 50 == 7 {
            "Vestfold".to_owned()
        } else {
            regions[n % 5].to_owned()
        };
        tokio::spawn(async move {
            let text =
                roundtable::domain::BriefText::parse(&format!("Versjon {n}.")).expect("text");
            store
                .save_brief(
                    id,
                    &region,
                    &text,
                    &member("A"),
                    now,
                    Some(10_000 + n as u64),
                )
                .await
        })
    });
    let results: Vec<_> = futures_util::future::join_all(saves)
        .await
        .into_iter()
        .map(|r| r.expect("task"))
        .collect();
    let failed = results.iter().filter(|r| r.is_err()).count();
    assert_eq!(failed, 4);
    assert!(results
        .iter()
        .filter_map(|r| r.as_ref().err())
        .all(|e| matches!(e, roundtable::store::StoreError::UnknownRegion { .. })));
    assert_eq!(db.count("brief_revisions").await, 196);
    assert_eq!(db.count("briefs").await, 5);
    let mut revisions: Vec<i64> = Vec::new();
    for region in regions {
        revisions.extend(
            db.store
                .brief_revisions(id, region)
                .await
                .expect("revisions")
                .iter()
                .map(|r| r.revision),
        );
    }
    assert_eq!(revisions.len(), 196, "every save kept as a revision");
}

#[tokio::test]
async fn the_same_text_again_is_no_new_version() {
    let db = TestDb::new().await;
    db.import_example().await;
    let (app, clock) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let save = |text: &'static str, interaction: u64| {
        let app = app.clone();
        let meeting = meeting.clone();
        async move {
            app.submit_brief(
                &meeting,
                "Elverum",
                text,
                &member("Asbjørn"),
                Submitter::Member,
                Some(interaction),
            )
            .await
            .expect("saved")
        }
    };
    let first = save("Elverum+.", 1).await;
    clock.advance(chrono::Duration::minutes(5));
    // Re-sent after a lost receipt: another interaction, the same text.
    let again = save("Elverum+.", 2).await;
    assert!(again.saved.duplicate);
    assert_eq!(again.saved.revision, first.saved.revision);
    assert_eq!(db.count("brief_revisions").await, 1);
    let changed = save("Elverum+ og mer.", 3).await;
    assert_eq!(changed.saved.revision, 2);
}
