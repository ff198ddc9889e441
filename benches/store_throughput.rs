//! The store alone: brief upserts per second, each a new revision of one of the example
//! meeting's five briefs (400 words), through `Store::save_brief` one at a time and many at
//! once (the brief writer commits waiting saves together), against bare SQLite writes of the
//! same rows (the brief upserted, its revision inserted) with the same durability (WAL,
//! `synchronous=FULL`, `BEGIN IMMEDIATE`), one transaction each and 512 to a transaction.
//!
//! Run: `cargo bench --bench store_throughput`. Each sample writes 512 briefs; divan reports
//! the time per sample and the briefs per second (the `item/s` column).

/// The five regions of the example meeting.
#[path = "../tests/it/support/store.rs"]
#[allow(dead_code)]
mod test_store;
use divan::counter::ItemsCount;
use divan::Bencher;
use roundtable::domain::local_time::OSLO;
use roundtable::domain::records::{Author, MeetingSelector};
use roundtable::domain::BriefText;
use roundtable::meeting_file::read_meeting_file;
use roundtable::store::Store;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::path::Path;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use test_store::REGIONS;

/// Briefs written per sample.
const SAVES: usize = 512;

fn main() {
    divan::main();
}

fn text() -> BriefText {
    let words = [
        "næringsliv",
        "kommunen",
        "samarbeid",
        "prosjektet",
        "regionen",
        "og",
    ];
    let text: Vec<&str> = (0..400).map(|n| words[n % words.len()]).collect();
    BriefText::parse(&text.join(" ")).expect("a brief")
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// A fresh database (in the system's temporary folder) with the example meeting.
async fn database(dir: &Path) -> (String, Store, i64) {
    let url = format!("sqlite://{}", dir.join("bench.db").display());
    let store = Store::open(&url).await.expect("open");
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/naeringssamarbeid-2024-11-07.toml");
    let plan = read_meeting_file(&example, OSLO).expect("the example");
    store.import_plan(&plan).await.expect("import");
    let meeting = store
        .find_meeting(
            &MeetingSelector::Upcoming,
            "2024-11-02T10:00:00Z".parse().expect("time"),
        )
        .await
        .expect("meeting");
    (url, store, meeting.id)
}

/// `Store::save_brief` from `concurrent` tasks at once, 512 briefs in all.
#[divan::bench(args = [1, 8, 64, 512], sample_count = 5, sample_size = 1)]
fn store_save_brief(bencher: Bencher, concurrent: usize) {
    let rt = runtime();
    let dir = tempfile::tempdir().expect("dir");
    let (_, store, meeting) = rt.block_on(database(dir.path()));
    let text = text();
    let interaction = AtomicU64::new(1_200_000_000_000_000_000);
    bencher.counter(ItemsCount::new(SAVES)).bench_local(|| {
        rt.block_on(async {
            let mut tasks = tokio::task::JoinSet::new();
            for task in 0..concurrent {
                let (store, text) = (store.clone(), text.clone());
                let ids: Vec<u64> = (0..SAVES / concurrent)
                    .map(|_| interaction.fetch_add(1, Ordering::Relaxed))
                    .collect();
                tasks.spawn(async move {
                    let author = Author {
                        name: format!("Medlem {task}"),
                        discord_user_id: Some(1_100_000_000_000_000_000 + task as u64),
                    };
                    for (n, id) in ids.into_iter().enumerate() {
                        let region = REGIONS[(task + n) % REGIONS.len()];
                        let now = chrono::Utc::now();
                        // Every save a new text: the same text again is no new version, and
                        // would measure nothing.
                        let text =
                            BriefText::parse(&format!("{} {id}", text.as_str())).expect("a brief");
                        store
                            .save_brief(meeting, region, &text, &author, now, Some(id))
                            .await
                            .expect("saved");
                    }
                });
            }
            while let Some(done) = tasks.join_next().await {
                done.expect("a writer task");
            }
        });
    });
    rt.block_on(store.close());
}

/// The same rows written with bare SQL (no lookups, no duplicate check, no savepoints), on a
/// pool with the store's settings: `per_transaction` briefs to a transaction.
#[divan::bench(args = [1, 512], sample_count = 5, sample_size = 1)]
fn bare_sqlite(bencher: Bencher, per_transaction: usize) {
    let rt = runtime();
    let dir = tempfile::tempdir().expect("dir");
    let (url, store, meeting) = rt.block_on(database(dir.path()));
    rt.block_on(store.close());
    let options = SqliteConnectOptions::from_str(&url)
        .expect("url")
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = rt
        .block_on(
            SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options),
        )
        .expect("pool");
    let regions: Vec<i64> = rt
        .block_on(
            sqlx::query_scalar(
                "SELECT region_id FROM meeting_regions WHERE meeting_id = ? ORDER BY position",
            )
            .bind(meeting)
            .fetch_all(&pool),
        )
        .expect("regions");
    let text = text();
    let mut revisions = vec![0i64; regions.len()];
    let mut interaction = 1_200_000_000_000_000_000i64;
    bencher.counter(ItemsCount::new(SAVES)).bench_local(|| {
        rt.block_on(async {
            for chunk in 0..SAVES / per_transaction {
                let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.expect("begin");
                for n in 0..per_transaction {
                    let r = (chunk * per_transaction + n) % regions.len();
                    let now = chrono::Utc::now().timestamp();
                    let body = format!("{} {interaction}", text.as_str());
                    let brief: i64 = sqlx::query_scalar(
                        "INSERT INTO briefs (meeting_id, region_id, author, author_discord_id, body,
                             created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                         ON CONFLICT (meeting_id, region_id) DO UPDATE SET author = excluded.author,
                             author_discord_id = excluded.author_discord_id, body = excluded.body,
                             updated_at = excluded.updated_at, withdrawn_at = NULL
                         RETURNING id",
                    )
                    .bind(meeting)
                    .bind(regions[r])
                    .bind("Medlem")
                    .bind(1_100_000_000_000_000_000i64)
                    .bind(&body)
                    .bind(now)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await
                    .expect("brief");
                    revisions[r] += 1;
                    interaction += 1;
                    sqlx::query(
                        "INSERT INTO brief_revisions (brief_id, revision, author, author_discord_id,
                             body, saved_at, interaction_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    )
                    .bind(brief)
                    .bind(revisions[r])
                    .bind("Medlem")
                    .bind(1_100_000_000_000_000_000i64)
                    .bind(&body)
                    .bind(now)
                    .bind(interaction)
                    .execute(&mut *tx)
                    .await
                    .expect("revision");
                }
                tx.commit().await.expect("commit");
            }
        });
    });
    rt.block_on(pool.close());
}
