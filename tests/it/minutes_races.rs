//! Approvals that race: the store stores nothing when, inside its transaction, it finds a
//! correction proposed since the app's check, or a rettelse approved by a second click.

use crate::minutes::{member, secretariat, setup};
use roundtable::domain::minutes_records::RettelseRecord;
use roundtable::store::{NewChange, NewVersion};

fn change(at: chrono::DateTime<chrono::Utc>) -> NewChange<'static> {
    NewChange {
        at,
        actor_id: Some(7),
        actor_name: "Karoline",
        kind: "minutes_approved",
        diff: "{}",
    }
}

fn version(meeting_id: i64, rettelse_id: Option<i64>) -> NewVersion<'static> {
    NewVersion {
        meeting_id,
        sha256: "00",
        view_json: "{}",
        approving_meeting_id: None,
        approving_sak: None,
        files: &[],
        rettelse_id,
    }
}

#[tokio::test]
async fn a_first_approval_finding_a_correction_proposed_meanwhile_stores_nothing() {
    let (db, app, _clock, meeting, _) = setup().await;
    app.start_draft(&meeting, None, &secretariat())
        .await
        .expect("the draft");
    let horten = app
        .own_paragraph(&meeting, &member(12))
        .await
        .expect("Horten's");
    let base = roundtable::app::minutes_round::paragraph_base(&horten);
    app.propose_correction(&meeting, horten.region_id, &base, "Ny tekst.", &member(12))
        .await
        .expect("proposed");
    let stored = db
        .store
        .store_version(&version(meeting.id, None), &change(app.now()))
        .await
        .expect("the write");
    assert!(!stored, "a correction waits");
    assert!(db
        .store
        .minutes_versions(meeting.id)
        .await
        .expect("read")
        .is_empty());
}

#[tokio::test]
async fn a_rettelse_approved_twice_is_stored_once() {
    let (db, app, clock, meeting, _) = setup().await;
    app.start_draft(&meeting, None, &secretariat())
        .await
        .expect("the draft");
    clock.set("2025-02-06T11:05:00Z".parse().expect("a time"));
    app.approve_minutes(&meeting, &secretariat())
        .await
        .expect("v1");
    app.add_rettelse(&meeting, "Sak 3: junimøtet er 12. juni.", &secretariat())
        .await
        .expect("added");
    let rettelser: Vec<RettelseRecord> = db.store.rettelser(meeting.id).await.expect("read");
    let pending = rettelser[0].id;
    app.approve_minutes(&meeting, &secretariat())
        .await
        .expect("v2");
    // The second click's write, read before the first was stored.
    let stored = db
        .store
        .store_version(&version(meeting.id, Some(pending)), &change(app.now()))
        .await
        .expect("the write");
    assert!(!stored, "approved already");
    let versions = db.store.minutes_versions(meeting.id).await.expect("read");
    assert_eq!(versions.len(), 2);
}
