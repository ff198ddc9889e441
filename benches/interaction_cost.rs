//! The bot's own cost per interaction: the real `roundtable run` (a child process) against the
//! Discord simulator, beside a reply-only `/ping` bot in a process of its own (this program,
//! started again), each kind of interaction sent one after another. For each kind, in the same
//! run: the child's CPU time per interaction (user and system, from `/proc/PID/stat`, read
//! before and after the kind's batch), the median and 99th percentile from dispatch to the
//! bot's answer, and both as ratios to `/ping`.
//!
//! Run: `cargo bench --bench interaction_cost`. Knobs: `ROUNDTABLE_COST_N` (interactions per
//! kind, default 2000: the counters tick every 10 ms, so a batch must take a while),
//! `ROUNDTABLE_COST_RUNS` (default 3), `ROUNDTABLE_COST_PERF=DIR` (records `perf record` of the
//! bot during each kind's batch into `DIR/<kind>.data`), `ROUNDTABLE_COST_KEEP=DIR` (the
//! bot's database and log kept there; with `ROUNDTABLE_CHILD_LOG=roundtable=info,sqlx=debug`
//! the log shows each statement).

#[path = "../tests/it/support/mod.rs"]
#[allow(dead_code, unused_imports)]
mod support;

#[path = "../tests/it/child_bot.rs"]
mod child_bot;

use child_bot::{cpu_time_of, future_plan, sqlite_url, ChildBot};
use discord_sim::{InteractionRef, Response, Sim, User};
use roundtable::domain::records::MeetingSelector;
use roundtable::store::Store;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use support::store::REGIONS;

const WAIT: Duration = Duration::from_secs(30);
/// Set in the environment of this program started again as the `/ping` bot: `API TOKEN GUILD`.
const PING_BOT: &str = "ROUNDTABLE_COST_PING_BOT";
/// Members sending the interactions (linked to a region and an invitee each).
const MEMBERS: usize = 20;

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A process's CPU time so far.
fn cpu(pid: u32) -> Duration {
    cpu_time_of(&format!("/proc/{pid}/stat")).unwrap_or_default()
}

/// The `/ping` bot in this process, until it is killed.
fn run_ping_bot(spec: &str) {
    let parts: Vec<&str> = spec.split_whitespace().collect();
    let [api, token, guild] = parts.as_slice() else {
        panic!("{PING_BOT} must be `API TOKEN GUILD`");
    };
    let guild: u64 = guild.parse().expect("a guild id");
    // The same kind of runtime as `roundtable` itself (src/main.rs), so the floor is fair.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let _bot = discord_sim::ping_bot::start_at(api, token, guild).await;
        std::future::pending::<()>().await;
    });
}

/// The `/ping` bot as a child process, killed when dropped.
struct PingChild(Child);

impl PingChild {
    fn spawn(sim: &Sim) -> Self {
        let spec = format!("{} {} {}", sim.api_base(), sim.token(), sim.guild_id());
        let child = Command::new(std::env::current_exe().expect("this program"))
            .env(PING_BOT, spec)
            .stdin(Stdio::null())
            .spawn()
            .expect("start the ping bot");
        Self(child)
    }
}

impl Drop for PingChild {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `perf record` of a process while it lives; stopped (and its file written) when dropped.
struct Perf(Option<Child>);

impl Perf {
    fn start(dir: Option<&Path>, pid: u32, kind: &str) -> Self {
        let Some(dir) = dir else { return Self(None) };
        let out = dir.join(format!("{}.data", kind.replace(['/', ' '], "_")));
        let child = Command::new("perf")
            .args(["record", "-q", "-F", "1999", "-p", &pid.to_string(), "-o"])
            .arg(out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok();
        std::thread::sleep(Duration::from_millis(300));
        Self(child)
    }
}

impl Drop for Perf {
    fn drop(&mut self) {
        if let Some(child) = &mut self.0 {
            let _ = Command::new("kill")
                .args(["-INT", &child.id().to_string()])
                .status();
            let _ = child.wait();
        }
    }
}

/// 400 words of a brief, unique to its author and round.
fn brief(author: usize, round: usize) -> String {
    const WORDS: [&str; 12] = [
        "næringsliv",
        "kommunen",
        "samarbeid",
        "prosjektet",
        "regionen",
        "utvikling",
        "arbeidsplasser",
        "innovasjon",
        "og",
        "i",
        "for",
        "med",
    ];
    let mut text = format!("• Medlem {author}, runde {round}:");
    for n in 0..396 {
        text.push(if n % 14 == 13 { '\n' } else { ' ' });
        text.push_str(WORDS[(n * 5 + author + round) % WORDS.len()]);
    }
    text
}

/// One kind's figures in one run.
#[derive(Clone, Copy)]
struct Figures {
    cpu_us: f64,
    median_ms: f64,
    p99_ms: f64,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// Sends `n` interactions one after another (each answered before the next), measuring the
/// CPU of `pid` across them.
async fn batch<F, Fut>(
    sim: &Sim,
    pid: u32,
    n: usize,
    perf: Option<&Path>,
    kind: &str,
    mut send: F,
    check: impl Fn(&Response),
) -> Figures
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = InteractionRef>,
{
    // Warm up: connections, caches, statements.
    for k in 0..50 {
        let i = send(n + k).await;
        check(&sim.wait_response(&i, WAIT).await);
    }
    let profile = Perf::start(perf, pid, kind);
    let before = cpu(pid);
    let mut samples = Vec::with_capacity(n);
    for k in 0..n {
        let i = send(k).await;
        let r = sim.wait_response(&i, WAIT).await;
        check(&r);
        samples.push(r.after);
    }
    let spent = cpu(pid).saturating_sub(before);
    drop(profile);
    samples.sort();
    Figures {
        cpu_us: spent.as_secs_f64() * 1e6 / n as f64,
        median_ms: percentile(&samples, 0.5).as_secs_f64() * 1e3,
        p99_ms: percentile(&samples, 0.99).as_secs_f64() * 1e3,
    }
}

fn members() -> Vec<User> {
    (0..MEMBERS)
        .map(|k| User::member(&format!("Medlem {k}")).with_locale("no"))
        .collect()
}

/// The database of the future meeting (its notice due at once), each member an invitee and a
/// region's representative.
async fn prepare(url: &str, channel: u64, members: &[User]) {
    let store = Store::open(url).await.expect("create the database");
    let mut plan = future_plan(channel);
    plan.notice_at = Some(chrono::Utc::now() - chrono::Duration::minutes(5));
    let mut free = plan.invitees.iter_mut().filter(|i| i.region.is_none());
    for user in members {
        free.next()
            .expect("an invitee without a region")
            .discord_user_id = Some(user.id);
    }
    store.import_plan(&plan).await.expect("import");
    let meeting = store
        .find_meeting(&MeetingSelector::Upcoming, chrono::Utc::now())
        .await
        .expect("the meeting");
    for (k, user) in members.iter().enumerate() {
        store
            .add_representative(
                meeting.id,
                REGIONS[k % REGIONS.len()],
                user.id,
                1,
                chrono::Utc::now(),
            )
            .await
            .expect("link a representative");
    }
    store.close().await;
}

fn button(notice: &discord_sim::SimMessage, label: &str) -> String {
    notice.json["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .find(|b| b["label"] == label)
        .and_then(|b| b["custom_id"].as_str().map(str::to_owned))
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

fn answered(r: &Response) {
    assert!(
        r.content().is_some_and(|c| !c.contains("gikk galt")),
        "not an answer: {:?}",
        r.body
    );
}

const KINDS: [&str; 6] = [
    "/ping",
    "/agenda",
    "/invitees (first page)",
    "brief form opening",
    "brief submit (400 words)",
    "attendance button",
];

/// One run: every kind's figures, `/ping` first.
async fn run(n: usize, perf: Option<&Path>) -> Vec<Figures> {
    let mut figures = Vec::new();
    {
        let sim = Sim::start().await;
        let ping = PingChild::spawn(&sim);
        sim.wait_ready().await;
        let user = User::member("Kari").with_locale("no");
        let channel = sim.default_channel();
        figures.push(
            batch(
                &sim,
                ping.0.id(),
                n,
                perf,
                KINDS[0],
                |_| sim.invoke(&user, channel, "ping", json!([])),
                |r| assert_eq!(r.content(), Some("pong")),
            )
            .await,
        );
    }

    let sim = Sim::start().await;
    let dir = tempfile::tempdir().expect("dir");
    // `ROUNDTABLE_COST_KEEP=DIR`: the database and the bot's log there instead, kept.
    let kept = std::env::var("ROUNDTABLE_COST_KEEP")
        .ok()
        .map(PathBuf::from);
    if let Some(kept) = &kept {
        std::fs::create_dir_all(kept).expect("the folder to keep");
    }
    let dir_path = kept.as_deref().unwrap_or(dir.path());
    let url = sqlite_url(&dir_path.join("cost.db"));
    let users = members();
    let channel = sim.default_channel();
    prepare(&url, channel, &users).await;
    let log =
        std::env::var("ROUNDTABLE_CHILD_LOG").unwrap_or_else(|_| "roundtable=info,warn".into());
    // The scheduler steps once at start (posting the notice) and not again during the run.
    let bot = ChildBot::spawn_ticking(&sim, dir_path, &url, &log, 3600);
    sim.wait_ready().await;
    let pid = bot.pid();
    let notice = sim
        .wait_message(channel, WAIT, |m| m.content().contains("Innkalling"))
        .await;
    let user = |k: usize| &users[k % users.len()];

    figures.push(
        batch(
            &sim,
            pid,
            n,
            perf,
            KINDS[1],
            |k| sim.invoke(user(k), channel, "agenda", json!([])),
            |r| {
                answered(r);
                assert!(r.content().is_some_and(|c| c.contains("Sakskart")));
            },
        )
        .await,
    );
    figures.push(
        batch(
            &sim,
            pid,
            n,
            perf,
            KINDS[2],
            |k| sim.invoke(user(k), channel, "invitees", json!([])),
            |r| {
                answered(r);
                assert!(r.content().is_some_and(|c| c.contains("Inviterte")));
            },
        )
        .await,
    );
    let form = json!([{"name": "send"}]);
    figures.push(
        batch(
            &sim,
            pid,
            n,
            perf,
            KINDS[3],
            |k| sim.invoke(user(k), channel, "brief", form.clone()),
            |r| assert_eq!(r.callback_type(), Some(9), "not a form: {:?}", r.body),
        )
        .await,
    );
    let modal_ids: Vec<String> = {
        let mut ids = Vec::new();
        for k in 0..users.len() {
            let i = sim.invoke(user(k), channel, "brief", form.clone()).await;
            let r = sim.wait_response(&i, WAIT).await;
            ids.push(r.data()["custom_id"].as_str().expect("a form").to_owned());
        }
        ids
    };
    let texts: Vec<String> = (0..n + 50).map(|k| brief(k % users.len(), k)).collect();
    figures.push(
        batch(
            &sim,
            pid,
            n,
            perf,
            KINDS[4],
            |k| {
                let (sim, u, id, text) = (&sim, user(k), &modal_ids[k % users.len()], &texts[k]);
                async move { sim.submit_modal(u, channel, id, &[("text", text)]).await }
            },
            |r| {
                assert!(
                    r.content()
                        .is_some_and(|c| c.contains("er lagret (versjon")),
                    "not a receipt: {:?}",
                    r.content()
                );
            },
        )
        .await,
    );
    let answers = [
        button(&notice, "Jeg kommer"),
        button(&notice, "Jeg melder forfall"),
    ];
    figures.push(
        batch(
            &sim,
            pid,
            n,
            perf,
            KINDS[5],
            |k| sim.click(user(k), channel, notice.id, &answers[(k / users.len()) % 2]),
            |r| {
                answered(r);
                assert!(r.content().is_some_and(|c| c.starts_with("Takk")));
            },
        )
        .await,
    );
    sim.assert_no_violations();
    drop(bot);
    figures
}

fn main() {
    if let Ok(spec) = std::env::var(PING_BOT) {
        run_ping_bot(&spec);
        return;
    }
    let n: usize = env_or("ROUNDTABLE_COST_N", 2000);
    let runs: usize = env_or("ROUNDTABLE_COST_RUNS", 3);
    let perf: Option<PathBuf> = std::env::var("ROUNDTABLE_COST_PERF")
        .ok()
        .map(PathBuf::from);
    if let Some(dir) = &perf {
        std::fs::create_dir_all(dir).expect("the perf folder");
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "{} cores, load {}; {n} interactions per kind, one at a time; {runs} runs",
        std::thread::available_parallelism().map_or(0, usize::from),
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let mut all: Vec<Vec<Figures>> = Vec::new();
    for r in 0..runs {
        let figures = runtime.block_on(run(n, perf.as_deref()));
        let ping = figures[0];
        println!("\nrun {}:", r + 1);
        println!(
            "{:<26} {:>9} {:>7} {:>10} {:>10} {:>8}",
            "interaction", "CPU µs", "×/ping", "median ms", "p99 ms", "×/ping"
        );
        for (kind, f) in KINDS.iter().zip(&figures) {
            println!(
                "{kind:<26} {:>9.0} {:>7.2} {:>10.3} {:>10.3} {:>8.2}",
                f.cpu_us,
                f.cpu_us / ping.cpu_us,
                f.median_ms,
                f.p99_ms,
                f.median_ms / ping.median_ms,
            );
        }
        all.push(figures);
    }
    let spread = |pick: &dyn Fn(&[Figures], usize) -> f64, k: usize, digits: usize| {
        let values: Vec<f64> = all.iter().map(|f| pick(f, k)).collect();
        let (lo, hi) = values
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
        format!("{lo:.digits$}–{hi:.digits$}")
    };
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "\nover {runs} runs (min–max; load now {}):",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!(
        "| interaction | bot CPU per interaction | CPU ÷ /ping | median | p99 | median ÷ /ping |"
    );
    println!("| --- | --- | --- | --- | --- | --- |");
    for (k, kind) in KINDS.iter().enumerate() {
        println!(
            "| {kind} | {} µs | {} | {} ms | {} ms | {} |",
            spread(&|f, k| f[k].cpu_us, k, 0),
            spread(&|f, k| f[k].cpu_us / f[0].cpu_us, k, 2),
            spread(&|f, k| f[k].median_ms, k, 2),
            spread(&|f, k| f[k].p99_ms, k, 2),
            spread(&|f, k| f[k].median_ms / f[0].median_ms, k, 2),
        );
    }
}
