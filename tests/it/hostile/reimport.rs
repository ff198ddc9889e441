//! Re-importing a large invitee list: the same people kept, the new ones added, the others
//! dropped. (How long it takes is measured in the benchmark `benches/invitee_import.rs`, not
//! here: a timed test fails on a busy machine.)

use crate::support::store::{example_meeting, TestDb};
use roundtable::domain::local_time::OSLO;
use roundtable::domain::Invitee;
use roundtable::meeting_file::read_meeting_file;

const INVITEES: usize = 2_000;

#[tokio::test]
async fn re_importing_a_large_list_keeps_matches_adds_and_drops() {
    let db = TestDb::new().await;
    let (app, _) = db.app("2024-11-01T10:00:00Z");
    let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("the example is valid");
    plan.invitees = (0..INVITEES)
        .map(|n| Invitee {
            first_name: format!("Fornavn {n}"),
            last_name: "Etternavn".into(),
            organisation: format!("Organisasjon {}", n % 97),
            region: None,
            discord_user_id: None,
            key: None,
        })
        .collect();
    app.import_logged(&plan).await.expect("the first import");
    // The same list in another order, a tenth of it new people.
    plan.invitees.reverse();
    for invitee in plan.invitees.iter_mut().step_by(10) {
        invitee.last_name = "Ny".into();
    }
    let before = db.count("invitees").await;
    app.import_logged(&plan).await.expect("the re-import");
    assert_eq!(before, INVITEES as i64);
    assert_eq!(db.count("invitees").await, INVITEES as i64);
    let meeting = app
        .meeting(&roundtable::domain::records::MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    let stored = app.invitees(meeting.id).await.expect("invitees");
    let new = stored.iter().filter(|i| i.last_name == "Ny").count();
    assert_eq!(new, INVITEES / 10);
    assert_eq!(stored[0].first_name, format!("Fornavn {}", INVITEES - 1));
}
