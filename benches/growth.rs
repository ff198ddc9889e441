//! How each operation's time grows with the size of a meeting, one dimension at a time: the
//! invitees (import, re-import with changes, `/invitees` first page, export), the regions
//! (`/agenda`, `/briefs`, the reminder, export) and the briefs of 400 words (export, every
//! format). The bot is the real one, in process, against the Discord simulator; the commands
//! are timed from dispatch to answer. For each step up in size it prints the growth exponent
//! (`ln(t₂/t₁) / ln(n₂/n₁)`: 1 is linear, 2 quadratic) and flags a step above 1.3 whose
//! larger time is at least a millisecond.
//!
//! Run: `cargo bench --bench growth`. `ROUNDTABLE_GROWTH_QUICK=1` trims the sizes for a quick
//! look; `ROUNDTABLE_GROWTH_SAMPLES` (default 5) takes the median of that many;
//! `ROUNDTABLE_GROWTH_ONLY=invitees,regions,briefs` runs only the dimensions named.

#[path = "../tests/it/support/mod.rs"]
#[allow(dead_code, unused_imports)]
mod support;

use discord_sim::{Sim, User};
use roundtable::app::{Roundtable, Submitter};
use roundtable::domain::records::Author;
use roundtable::domain::{MeetingPlan, MeetingSummary};
use roundtable::export::{render, Format};
use serde_json::json;
use std::future::Future;
use std::time::{Duration, Instant};
use support::bot::{TestBot, SECRETARIAT_ROLE};
use support::store::{example_with_invitees, TestDb};

const WAIT: Duration = Duration::from_secs(120);
/// The bot's clock: before the notice, before every deadline.
const NOW: &str = "2024-11-02T10:00:00Z";
/// The first reminder of the example meeting (two days before, 09:00 Oslo), plus a minute.
const REMINDER: &str = "2024-11-05T08:01:00Z";

const FORMATS: [(Format, &str); 6] = [
    (Format::Markdown, "Markdown"),
    (Format::Docx, "Word"),
    (Format::Pdf, "PDF/A"),
    (Format::Csv, "CSV (Excel)"),
    (Format::CsvPlain, "CSV (plain)"),
    (Format::Json, "JSON"),
];

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The times of one operation at each size.
struct Row {
    operation: String,
    times: Vec<Duration>,
}

/// One dimension's table.
struct Table {
    dimension: &'static str,
    sizes: Vec<usize>,
    rows: Vec<Row>,
}

impl Table {
    fn new(dimension: &'static str, sizes: &[usize]) -> Self {
        Self {
            dimension,
            sizes: sizes.to_vec(),
            rows: Vec::new(),
        }
    }

    fn record(&mut self, operation: &str, time: Duration) {
        match self.rows.iter_mut().find(|r| r.operation == operation) {
            Some(row) => row.times.push(time),
            None => self.rows.push(Row {
                operation: operation.to_owned(),
                times: vec![time],
            }),
        }
    }

    /// The Markdown table, with the worst step's exponent for each operation.
    fn print(&self) -> usize {
        let mut flagged = 0;
        println!("\n{}:\n", self.dimension);
        let sizes: Vec<String> = self.sizes.iter().map(|n| n.to_string()).collect();
        println!("| operation | {} | worst step |", sizes.join(" | "));
        println!("| --- |{} --- |", " ---: |".repeat(self.sizes.len()));
        for row in &self.rows {
            let cells: Vec<String> = row.times.iter().map(|t| format_time(*t)).collect();
            let mut worst: Option<f64> = None;
            for (k, pair) in row.times.windows(2).enumerate() {
                let (t1, t2) = (pair[0].as_secs_f64(), pair[1].as_secs_f64());
                let (n1, n2) = (self.sizes[k] as f64, self.sizes[k + 1] as f64);
                if pair[1] < Duration::from_millis(1) || t1 <= 0.0 {
                    continue;
                }
                let e = (t2 / t1).ln() / (n2 / n1).ln();
                worst = Some(worst.map_or(e, |w: f64| w.max(e)));
            }
            let verdict = match worst {
                Some(e) if e > 1.3 => {
                    flagged += 1;
                    format!("{e:.2} ⚠ superlinear")
                }
                Some(e) => format!("{e:.2}"),
                None => "– (under 1 ms)".into(),
            };
            println!("| {} | {} | {verdict} |", row.operation, cells.join(" | "));
        }
        flagged
    }
}

fn format_time(t: Duration) -> String {
    let ms = t.as_secs_f64() * 1e3;
    if ms >= 1000.0 {
        format!("{:.2} s", ms / 1e3)
    } else if ms >= 10.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{ms:.2} ms")
    }
}

/// The median of `samples` runs of `op`.
async fn median<F, Fut>(samples: usize, mut op: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: Future<Output = ()>,
{
    let mut times = Vec::with_capacity(samples);
    for _ in 0..samples {
        let start = Instant::now();
        op().await;
        times.push(start.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

/// The example meeting with `invitees` invitees (a tenth renamed and the list reversed when
/// `changed`), `regions` regions, in `channel`.
fn plan(channel: u64, invitees: usize, regions: usize, changed: bool) -> MeetingPlan {
    let mut plan = example_with_invitees(invitees, changed);
    plan.group.discord_channel_id = Some(channel);
    plan.regions = (0..regions).map(|n| format!("Region {n}")).collect();
    plan
}

/// 400 words of a brief.
fn brief(region: usize) -> String {
    const WORDS: [&str; 8] = [
        "næringsliv",
        "kommunen",
        "samarbeid",
        "prosjektet",
        "regionen",
        "og",
        "i",
        "for",
    ];
    let mut text = format!("• Region {region}:");
    for n in 0..398 {
        text.push(if n % 14 == 13 { '\n' } else { ' ' });
        text.push_str(WORDS[(n * 3 + region) % WORDS.len()]);
    }
    text
}

/// A command's time from dispatch to answer, the median of `samples`.
async fn command(sim: &Sim, user: &User, name: &str, samples: usize, expect: &str) -> Duration {
    let mut times = Vec::with_capacity(samples);
    for _ in 0..samples {
        let i = sim
            .invoke(user, sim.default_channel(), name, json!([]))
            .await;
        let r = sim.wait_response(&i, WAIT).await;
        assert!(
            r.content().is_some_and(|c| c.contains(expect)),
            "/{name}: {:?}",
            r.content()
        );
        times.push(r.after);
    }
    times.sort();
    times[times.len() / 2]
}

/// The export's view and every format, each recorded as its own row.
async fn exports(
    table: &mut Table,
    app: &Roundtable,
    meeting: i64,
    samples: usize,
    only: &[Format],
) {
    let view_time = median(samples, || async {
        app.export_view(meeting).await.expect("the view");
    })
    .await;
    table.record("export: the view (reads)", view_time);
    let view = app.export_view(meeting).await.expect("the view");
    for (format, name) in FORMATS {
        if !only.contains(&format) {
            continue;
        }
        let time = median(samples, || async {
            render(&view, format).expect("render");
        })
        .await;
        table.record(&format!("export: {name}"), time);
    }
}

async fn upcoming(bot: &TestBot) -> MeetingSummary {
    bot.upcoming().await
}

async fn invitees(sizes: &[usize], samples: usize) -> Table {
    let mut table = Table::new("Invitees (5 regions, no briefs)", sizes);
    for &n in sizes {
        // Each sample in a fresh database: the import, then the re-import.
        let (first, changed) = (plan(1, n, 5, false), plan(1, n, 5, true));
        let (mut imports, mut re_imports) = (Vec::new(), Vec::new());
        for _ in 0..samples {
            let db = TestDb::new().await;
            let (app, _) = db.app(NOW);
            let start = Instant::now();
            app.import_logged(&first).await.expect("import");
            imports.push(start.elapsed());
            let start = Instant::now();
            app.import_logged(&changed).await.expect("re-import");
            re_imports.push(start.elapsed());
        }
        imports.sort();
        re_imports.sort();
        table.record("import", imports[samples / 2]);
        table.record(
            "re-import (reversed, a tenth renamed)",
            re_imports[samples / 2],
        );

        let bot = TestBot::start(NOW).await;
        bot.app
            .import_logged(&plan(bot.sim.default_channel(), n, 5, false))
            .await
            .expect("import");
        let user = User::member("Kari").with_locale("no");
        let time = command(&bot.sim, &user, "invitees", samples, "Inviterte").await;
        table.record("`/invitees` first page", time);
        let meeting = upcoming(&bot).await.id;
        exports(
            &mut table,
            &bot.app,
            meeting,
            samples,
            &[Format::Markdown, Format::Docx, Format::Pdf, Format::Json],
        )
        .await;
        bot.finish();
        bot.stop().await;
    }
    table
}

/// A bot whose meeting has `regions` regions with a representative each, and briefs from the
/// first `briefs` of them.
async fn meeting_with(regions: usize, briefs: usize) -> (TestBot, MeetingSummary) {
    let bot = TestBot::start(NOW).await;
    bot.app
        .import_logged(&plan(bot.sim.default_channel(), 45, regions, false))
        .await
        .expect("import");
    let meeting = upcoming(&bot).await;
    for k in 0..regions {
        let user = User::member(&format!("Representant {k}"));
        bot.link(&user, &format!("Region {k}")).await;
    }
    let author = Author {
        name: "Sekretariatet".into(),
        discord_user_id: None,
    };
    for k in 0..briefs {
        bot.app
            .submit_brief(
                &meeting,
                &format!("Region {k}"),
                &brief(k),
                &author,
                Submitter::Secretariat,
                None,
            )
            .await
            .expect("a brief");
    }
    (bot, meeting)
}

async fn regions(sizes: &[usize], samples: usize) -> Table {
    let mut table = Table::new("Regions (45 invitees, briefs from 2 regions)", sizes);
    for &n in sizes {
        let (bot, meeting) = meeting_with(n, 2).await;
        let member = User::member("Kari").with_locale("no");
        let time = command(&bot.sim, &member, "agenda", samples, "Sakskart").await;
        table.record("`/agenda`", time);
        let secretary = User::member("Sekretær")
            .with_locale("no")
            .with_role(SECRETARIAT_ROLE);
        let time = command(&bot.sim, &secretary, "briefs", samples, "Innlegg").await;
        table.record("`/briefs`", time);
        bot.step().await; // the notice
        bot.clock.set(REMINDER.parse().expect("a time"));
        // The step that sends the reminder (one before it may skip what it overtook).
        let mut sent = None;
        for _ in 0..4 {
            let start = Instant::now();
            let outcome = bot.step().await;
            if outcome.sent > 0 {
                sent = Some(start.elapsed());
                break;
            }
        }
        let sent = sent.expect("the reminder went out");
        assert!(
            bot.sim
                .channel_messages(bot.sim.default_channel())
                .iter()
                .any(|m| m.content().contains("Påminnelse")),
            "a reminder in the channel"
        );
        table.record("the reminder (the scheduler step that sends it)", sent);
        exports(
            &mut table,
            &bot.app,
            meeting.id,
            samples,
            &[Format::Markdown, Format::Docx, Format::Pdf, Format::Json],
        )
        .await;
        bot.finish();
        bot.stop().await;
    }
    table
}

async fn briefs(sizes: &[usize], samples: usize) -> Table {
    let regions = sizes.iter().copied().max().unwrap_or(5);
    let mut table = Table::new(
        "Briefs of 400 words (regions: as many as the most briefs)",
        sizes,
    );
    for &n in sizes {
        let (bot, meeting) = meeting_with(regions, n).await;
        let only: Vec<Format> = FORMATS.iter().map(|(f, _)| *f).collect();
        exports(&mut table, &bot.app, meeting.id, samples, &only).await;
        bot.finish();
        bot.stop().await;
    }
    table
}

fn main() {
    let quick = std::env::var("ROUNDTABLE_GROWTH_QUICK").is_ok_and(|v| v != "0");
    let samples: usize = env_or("ROUNDTABLE_GROWTH_SAMPLES", 5).max(1);
    let (invitee_sizes, region_sizes, brief_sizes): (&[usize], &[usize], &[usize]) = if quick {
        (&[50, 200, 800], &[5, 20, 80], &[5, 20, 80])
    } else {
        (
            &[50, 500, 2_000, 20_000],
            &[5, 20, 75, 300],
            &[5, 20, 75, 300],
        )
    };
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "{} cores, load {}; medians of {samples}",
        std::thread::available_parallelism().map_or(0, usize::from),
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let flagged = runtime.block_on(async {
        let only = std::env::var("ROUNDTABLE_GROWTH_ONLY").unwrap_or_default();
        let wanted = |name: &str| only.is_empty() || only.split(',').any(|o| o == name);
        let mut tables = Vec::new();
        if wanted("invitees") {
            tables.push(invitees(invitee_sizes, samples).await);
        }
        if wanted("regions") {
            tables.push(regions(region_sizes, samples).await);
        }
        if wanted("briefs") {
            tables.push(briefs(brief_sizes, samples).await);
        }
        tables.iter().map(Table::print).sum::<usize>()
    });
    println!("\n{flagged} operation(s) grew faster than linearly");
}
