//! Re-importing a large invitee list takes time linear in its length.

use crate::support::store::{example_meeting, TestDb};
use roundtable::domain::local_time::OSLO;
use roundtable::domain::Invitee;
use roundtable::meeting_file::read_meeting_file;
use std::time::{Duration, Instant};

const INVITEES: usize = 20_000;

#[tokio::test]
async fn re_importing_20000_invitees_is_linear() {
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
        })
        .collect();
    app.import_logged(&plan).await.expect("the first import");
    // The same list in another order, a tenth of it new people.
    plan.invitees.reverse();
    for invitee in plan.invitees.iter_mut().step_by(10) {
        invitee.last_name = "Ny".into();
    }
    let started = Instant::now();
    app.import_logged(&plan).await.expect("the re-import");
    let took = started.elapsed();
    eprintln!("re-import of {INVITEES} invitees: {took:?}");
    // Comparing every old with every new invitee took about a minute here (debug build).
    assert!(took < Duration::from_secs(10), "{took:?}");
}
