//! Fresh databases and the example meeting, for tests.

use roundtable::app::Roundtable;
use roundtable::clock::{ManualClock, SharedClock};
use roundtable::domain::local_time::OSLO;
use roundtable::domain::{Invitee, MeetingPlan};
use roundtable::meeting_file::read_meeting_file;
use roundtable::store::Store;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tempfile::TempDir;

/// The five regions of the example meeting, in speaking order.
pub const REGIONS: [&str; 5] = [
    "Ringeriksregionen",
    "Elverum",
    "Kongsvingerregionen",
    "Horten kommune",
    "Lørenskog kommune",
];

/// The example meeting file from the seed notice.
pub fn example_meeting() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/naeringssamarbeid-2024-11-07.toml")
}

/// The example meeting with `invitees` made-up invitees (for the benchmarks). With
/// `changed`, every tenth has a new last name and the list comes in reverse order: a
/// re-import with changes.
#[allow(dead_code)] // The benches include this file; the tests do not call it.
pub fn example_with_invitees(invitees: usize, changed: bool) -> MeetingPlan {
    let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("the example is valid");
    plan.invitees = (0..invitees)
        .map(|n| Invitee {
            first_name: format!("Fornavn {n}"),
            last_name: if changed && n % 10 == 0 {
                "Ny"
            } else {
                "Etternavn"
            }
            .into(),
            organisation: format!("Organisasjon {}", n % 97),
            region: None,
            discord_user_id: None,
            key: None,
        })
        .collect();
    if changed {
        plan.invitees.reverse();
    }
    plan
}

/// A test database in its own temporary folder (removed when the folder is dropped).
pub struct TestDb {
    _dir: TempDir,
    pub url: String,
    pub store: Store,
}

impl TestDb {
    pub async fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        let store = Store::open(&url).await.expect("open a fresh database");
        Self {
            _dir: dir,
            url,
            store,
        }
    }

    /// A service over this database, with a clock set to `now`.
    pub fn app(&self, now: &str) -> (Roundtable, ManualClock) {
        let clock = ManualClock::new(now.parse().expect("an RFC 3339 time"));
        let shared: SharedClock = Arc::new(clock.clone());
        (Roundtable::new(self.store.clone(), shared, OSLO), clock)
    }

    /// Imports the example meeting; returns its id.
    pub async fn import_example(&self) -> i64 {
        let plan = read_meeting_file(&example_meeting(), OSLO).expect("the example is valid");
        self.store
            .import_plan(&plan)
            .await
            .expect("import")
            .meeting_id
    }

    /// Counts the rows of a table.
    pub async fn count(&self, table: &str) -> i64 {
        let pool = sqlx::SqlitePool::connect(&self.url).await.expect("connect");
        let n: i64 = sqlx::query_scalar(&format!("SELECT count(*) FROM {table}"))
            .fetch_one(&pool)
            .await
            .expect("count");
        pool.close().await;
        n
    }
}
