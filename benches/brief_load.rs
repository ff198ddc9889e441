//! Load through the Discord simulator: 50, then 500 members submitting a brief of 400 words
//! at once (modal submits), against the same bursts of a reply-only `/ping` (the floor that
//! serenity and the simulator set). Per interaction, the time from its dispatch on the gateway
//! to the bot's callback request; per burst, submissions per second; the group commit's batch
//! sizes; then the real `roundtable run` (a child process) under the 500-member load, for its
//! peak resident memory.
//!
//! Run: `cargo bench --bench brief_load` (release build). Knobs: `ROUNDTABLE_LOAD_MEMBERS`
//! (default `50,500`), `ROUNDTABLE_LOAD_ROUNDS` (bursts per size, default 3),
//! `ROUNDTABLE_LOAD_WORDS` (default 400). Every brief is durable before its receipt (WAL,
//! `synchronous=FULL`), and the run checks that every one of them is in the database.

#[path = "../tests/it/support/mod.rs"]
#[allow(dead_code, unused_imports)]
mod support;

#[path = "../tests/it/child_bot.rs"]
mod child_bot;

use discord_sim::{ping_bot, InteractionRef, Sim, User};
use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use support::bot::TestBot;
use support::store::REGIONS;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

const WAIT: Duration = Duration::from_secs(60);

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The group commit's batch sizes, read from the brief writer's debug event.
#[derive(Clone, Default)]
struct Batches(Arc<Mutex<Vec<u64>>>);

const WRITER: &str = "roundtable::store::brief_writer";

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Batches {
    fn register_callsite(
        &self,
        meta: &'static tracing::Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        if meta.target() == WRITER {
            tracing::subscriber::Interest::always()
        } else {
            tracing::subscriber::Interest::never()
        }
    }

    fn enabled(
        &self,
        meta: &tracing::Metadata<'_>,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) -> bool {
        meta.target() == WRITER
    }

    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        struct Saves(Option<u64>);
        impl tracing::field::Visit for Saves {
            fn record_u64(&mut self, field: &tracing::field::Field, value: u64) {
                if field.name() == "saves" {
                    self.0 = Some(value);
                }
            }
            fn record_i64(&mut self, field: &tracing::field::Field, value: i64) {
                self.record_u64(field, value.unsigned_abs());
            }
            fn record_debug(&mut self, _: &tracing::field::Field, _: &dyn std::fmt::Debug) {}
        }
        let mut saves = Saves(None);
        event.record(&mut saves);
        if let (Some(n), Ok(mut all)) = (saves.0, self.0.lock()) {
            all.push(n);
        }
    }
}

impl Batches {
    fn take(&self) -> Vec<u64> {
        self.0
            .lock()
            .map(|mut v| std::mem::take(&mut *v))
            .unwrap_or_default()
    }
}

/// 400 words (by default) of a brief, unique to its author and round.
fn brief(author: usize, round: usize, words: usize) -> String {
    const WORDS: [&str; 16] = [
        "næringsliv",
        "kommunen",
        "samarbeid",
        "prosjektet",
        "regionen",
        "utvikling",
        "arbeidsplasser",
        "innovasjon",
        "bærekraft",
        "grønn",
        "omstilling",
        "kompetanse",
        "og",
        "i",
        "for",
        "med",
    ];
    let mut text = format!("• Medlem {author}, runde {round}:");
    for n in 0..words.saturating_sub(4) {
        text.push(if n % 14 == 13 { '\n' } else { ' ' });
        text.push_str(WORDS[(n * 5 + author + round) % WORDS.len()]);
    }
    text
}

#[derive(Default)]
struct Figures {
    samples: Vec<Duration>,
    /// Submissions per second of each burst: from its first dispatch to its last callback.
    rates: Vec<f64>,
    /// How long dispatching each burst took (the burst is "at once" within this).
    spreads: Vec<Duration>,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

impl Figures {
    fn report(&mut self, name: &str) -> (Duration, Duration, f64) {
        self.samples.sort();
        let (median, p99) = (
            percentile(&self.samples, 0.5),
            percentile(&self.samples, 0.99),
        );
        let rate = self.rates.iter().sum::<f64>() / self.rates.len().max(1) as f64;
        let spread = self.spreads.iter().max().copied().unwrap_or_default();
        println!(
            "{name:<34} n={:<5} median={:>7.2} ms  p99={:>7.2} ms  max={:>7.2} ms  {:>6.0}/s  (dispatch spread ≤{:.1} ms)",
            self.samples.len(),
            ms(median),
            ms(p99),
            ms(self.samples.last().copied().unwrap_or_default()),
            rate,
            ms(spread),
        );
        (median, p99, rate)
    }
}

/// Dispatches every interaction as fast as the simulator takes them, then collects each
/// callback's `after` (dispatch to callback).
async fn burst<F, Fut>(
    sim: &Sim,
    n: usize,
    mut dispatch: F,
    check: impl Fn(usize, &discord_sim::Response),
) -> (Vec<Duration>, f64, Duration)
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = InteractionRef>,
{
    let start = Instant::now();
    let mut sent = Vec::with_capacity(n);
    for k in 0..n {
        let i = dispatch(k).await;
        sent.push((i, start.elapsed()));
    }
    let spread = start.elapsed();
    let mut samples = Vec::with_capacity(n);
    let mut last = Duration::ZERO;
    for (k, (i, at)) in sent.iter().enumerate() {
        let r = sim.wait_response(i, WAIT).await;
        check(k, &r);
        last = last.max(*at + r.after);
        samples.push(r.after);
    }
    (samples, n as f64 / last.as_secs_f64(), spread)
}

fn members(n: usize) -> Vec<(User, String)> {
    (0..n)
        .map(|k| {
            let user = User::member(&format!("Medlem {k}")).with_locale("no");
            (user, REGIONS[k % REGIONS.len()].to_owned())
        })
        .collect()
}

async fn open_modals(sim: &Sim, members: &[(User, String)]) -> Vec<String> {
    let mut ids = Vec::with_capacity(members.len());
    for (user, _) in members {
        let i = sim
            .invoke(
                user,
                sim.default_channel(),
                "brief",
                json!([{"name": "send"}]),
            )
            .await;
        let modal = sim.wait_response(&i, WAIT).await;
        ids.push(
            modal.data()["custom_id"]
                .as_str()
                .expect("a modal")
                .to_owned(),
        );
    }
    ids
}

fn is_receipt(r: &discord_sim::Response) {
    assert!(
        r.content()
            .is_some_and(|t| t.contains("er lagret (versjon")),
        "not a receipt: {:?}",
        r.content()
    );
}

/// Bursts of briefs from `members` (modals already open) on `sim`; `offset` tells rounds
/// apart across calls.
async fn brief_bursts(
    sim: &Sim,
    members: &[(User, String)],
    modals: &[String],
    rounds: usize,
    words: usize,
) -> Figures {
    let mut figures = Figures::default();
    let channel = sim.default_channel();
    for round in 0..rounds {
        let texts: Vec<String> = (0..members.len()).map(|k| brief(k, round, words)).collect();
        let (samples, rate, spread) = burst(
            sim,
            members.len(),
            |k| {
                let (user, modal, text) = (&members[k].0, &modals[k], &texts[k]);
                async move {
                    sim.submit_modal(user, channel, modal, &[("text", text.as_str())])
                        .await
                }
            },
            |_, r| is_receipt(r),
        )
        .await;
        figures.samples.extend(samples);
        figures.rates.push(rate);
        figures.spreads.push(spread);
    }
    figures
}

async fn count_revisions(url: &str) -> i64 {
    let pool = sqlx::SqlitePool::connect(url).await.expect("connect");
    let n = sqlx::query_scalar("SELECT count(*) FROM brief_revisions")
        .fetch_one(&pool)
        .await
        .expect("count");
    pool.close().await;
    n
}

fn main() {
    let sizes: Vec<usize> = std::env::var("ROUNDTABLE_LOAD_MEMBERS")
        .unwrap_or_else(|_| "50,500".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let rounds: usize = env_or("ROUNDTABLE_LOAD_ROUNDS", 3);
    let words: usize = env_or("ROUNDTABLE_LOAD_WORDS", 400);
    let batches = Batches::default();
    tracing_subscriber::registry().with(batches.clone()).init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    println!(
        "{} cores; {rounds} bursts per size; briefs of {words} words ({} bytes)",
        std::thread::available_parallelism().map_or(0, usize::from),
        brief(0, 0, words).len()
    );
    runtime.block_on(async {
        // The floor: the same bursts on a bot that only replies.
        let sim = Sim::start().await;
        let ping = ping_bot::start(&sim).await;
        sim.wait_ready().await;
        let mut floors = Vec::new();
        for &n in &sizes {
            let users = members(n);
            for (user, _) in users.iter().take(20) {
                let i = sim.invoke(user, sim.default_channel(), "ping", json!([])).await;
                sim.wait_response(&i, WAIT).await;
            }
            let mut figures = Figures::default();
            for _ in 0..rounds {
                let (samples, rate, spread) = burst(
                    &sim,
                    n,
                    |k| sim.invoke(&users[k].0, sim.default_channel(), "ping", json!([])),
                    |_, r| assert_eq!(r.content(), Some("pong")),
                )
                .await;
                figures.samples.extend(samples);
                figures.rates.push(rate);
                figures.spreads.push(spread);
            }
            floors.push(figures.report(&format!("/ping, {n} at once")));
        }
        ping.stop().await;
        drop(sim);

        // The bot, in process: the same bursts as modal submits of a brief.
        for (&n, floor) in sizes.iter().zip(&floors) {
            let bot = TestBot::start("2024-11-02T10:00:00Z").await;
            let users = members(n);
            let meeting = bot
                .app
                .meeting(&roundtable::domain::records::MeetingSelector::Upcoming)
                .await
                .expect("meeting");
            for (user, region) in &users {
                bot.db
                    .store
                    .add_representative(meeting.id, region, user.id, 1, bot.app.now())
                    .await
                    .expect("link");
            }
            let modals = open_modals(&bot.sim, &users).await;
            batches.take();
            let mut figures = brief_bursts(&bot.sim, &users, &modals, rounds, words).await;
            let (median, p99, rate) = figures.report(&format!("brief modal submit, {n} at once"));
            let stored = count_revisions(&bot.db.url).await;
            assert_eq!(stored as usize, n * rounds, "every brief is in the database");
            let sizes = batches.take();
            let commits = sizes.len();
            let largest = sizes.iter().max().copied().unwrap_or_default();
            println!(
                "  {stored} briefs durable in {commits} commits (mean {:.1} a commit, largest {largest}); \
                 ratio to /ping: median {:.2}, p99 {:.2}, rate {:.2}",
                stored as f64 / commits.max(1) as f64,
                median.as_secs_f64() / floor.0.as_secs_f64(),
                p99.as_secs_f64() / floor.1.as_secs_f64(),
                floor.2 / rate,
            );
            bot.sim.assert_no_violations();
            bot.stop().await;
        }

        // The real program, as a child process, under the largest load: its peak memory.
        let n = sizes.iter().copied().max().unwrap_or(500);
        let sim = Sim::start().await;
        let dir = tempfile::tempdir().expect("dir");
        let url = child_bot::sqlite_url(&dir.path().join("load.db"));
        let users = members(n);
        child_bot::prepare_database(&url, sim.default_channel(), &users).await;
        let bot = child_bot::ChildBot::spawn(&sim, dir.path(), &url);
        sim.wait_ready().await;
        let idle = bot.peak_rss_kib().unwrap_or_default();
        let modals = open_modals(&sim, &users).await;
        let cpu = |bot: &child_bot::ChildBot| {
            let own = child_bot::cpu_time_of("/proc/self/stat").unwrap_or_default();
            (bot.cpu_time().unwrap_or_default(), own)
        };
        let (bot_before, sim_before) = cpu(&bot);
        let mut figures = brief_bursts(&sim, &users, &modals, rounds, words).await;
        let (bot_after, sim_after) = cpu(&bot);
        figures.report(&format!("`roundtable run` process, {n} at once"));
        let per = |d: Duration| d.as_secs_f64() * 1e6 / (n * rounds) as f64;
        println!(
            "  CPU per brief: the bot {:.0} µs, the simulator and driver {:.0} µs",
            per(bot_after.saturating_sub(bot_before)),
            per(sim_after.saturating_sub(sim_before)),
        );
        let peak = bot.peak_rss_kib().unwrap_or_default();
        assert_eq!(count_revisions(&url).await as usize, n * rounds);
        println!(
            "  peak resident memory of `roundtable run`: {:.1} MiB (after start-up: {:.1} MiB)",
            peak as f64 / 1024.0,
            idle as f64 / 1024.0
        );
        drop(bot);
        sim.assert_no_violations();
    });
}
