//! Time from an interaction's dispatch on the gateway to the bot's callback request, for
//! `/agenda` against a reply-only `/ping` bot (the floor that serenity and the simulator set).
//!
//! Run: `cargo bench --bench interaction_latency` (release build). Prints median and 99th
//! percentile over `ROUNDTABLE_BENCH_N` interactions (default 1000) for each command.

#[path = "../tests/it/support/mod.rs"]
#[allow(dead_code, unused_imports)]
mod support;

use discord_sim::{ping_bot, Sim, User};
use serde_json::json;
use std::time::Duration;
use support::bot::TestBot;

const WAIT: Duration = Duration::from_secs(10);

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn report(name: &str, mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    let median = percentile(&samples, 0.5);
    let p99 = percentile(&samples, 0.99);
    println!(
        "{name:<8} n={:<5} median={:>8.3} ms  p99={:>8.3} ms  max={:>8.3} ms",
        samples.len(),
        median.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3,
        samples.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
    median
}

async fn measure(sim: &Sim, command: &str, n: usize) -> Vec<Duration> {
    let user = User::member("Kari").with_locale("no");
    let channel = sim.default_channel();
    // Warm up: connections, caches, the first registration.
    for _ in 0..20 {
        let i = sim.invoke(&user, channel, command, json!([])).await;
        sim.wait_response(&i, WAIT).await;
    }
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n {
        let i = sim.invoke(&user, channel, command, json!([])).await;
        samples.push(sim.wait_response(&i, WAIT).await.after);
    }
    samples
}

fn main() {
    let n: usize = std::env::var("ROUNDTABLE_BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let sim = Sim::start().await;
        let ping = ping_bot::start(&sim).await;
        sim.wait_ready().await;
        let floor = report("/ping", measure(&sim, "ping", n).await);
        ping.stop().await;

        let bot = TestBot::start("2024-11-02T10:00:00Z").await;
        let agenda = report("/agenda", measure(&bot.sim, "agenda", n).await);
        println!(
            "ratio of medians /agenda : /ping = {:.2}",
            agenda.as_secs_f64() / floor.as_secs_f64()
        );
        bot.sim.assert_no_violations();
        bot.stop().await;
    });
}
