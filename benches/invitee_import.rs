//! Re-importing a meeting whose invitee list is large: the same people in another order, a
//! tenth of them replaced, through the app layer as `roundtable import` does it (prepared,
//! checked and written in one transaction). It grows linearly with the list.
//!
//! Run: `cargo bench --bench invitee_import`.

#[path = "../tests/it/support/store.rs"]
#[allow(dead_code)]
mod test_store;
use divan::Bencher;
use roundtable::domain::MeetingPlan;
use test_store::{example_with_invitees, TestDb};

fn main() {
    divan::main();
}

fn plan(invitees: usize, replaced: bool) -> MeetingPlan {
    example_with_invitees(invitees, replaced)
}

#[divan::bench(args = [500, 2_000, 20_000], sample_count = 3, sample_size = 1)]
fn re_import(bencher: Bencher, invitees: usize) {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    bencher
        .with_inputs(|| {
            rt.block_on(async {
                let db = TestDb::new().await;
                let (app, _) = db.app("2024-11-01T10:00:00Z");
                app.import_logged(&plan(invitees, false))
                    .await
                    .expect("the first import");
                (db, app, plan(invitees, true))
            })
        })
        .bench_local_values(|(db, app, changed)| {
            rt.block_on(app.import_logged(&changed))
                .expect("the re-import");
            db
        });
}
