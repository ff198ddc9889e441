//! The real `roundtable run` as a child process against the in-process simulator: for the
//! crash test (kill -9 and start again) and for the load bench (the bot's own peak memory).
//!
//! The binary reads the system clock, so the meeting is the example meeting moved three weeks
//! ahead of today (nothing scheduled falls due while it runs).

// Shared by the tests and the load bench; each uses part of it.
#![allow(dead_code)]

use crate::support::sim::{Sim, User};
use crate::support::store::example_meeting;
use chrono::{Duration, Utc};
use roundtable::domain::local_time::OSLO;
use roundtable::domain::records::MeetingSelector;
use roundtable::domain::MeetingPlan;
use roundtable::meeting_file::read_meeting_file;
use roundtable::store::Store;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The example meeting, moved so that it starts three weeks from now, in the sim's channel.
pub fn future_plan(channel: u64) -> MeetingPlan {
    let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("the example is valid");
    let days = (Utc::now().date_naive() - plan.starts_at.date_naive()).num_days() + 21;
    let shift = Duration::days(days);
    plan.starts_at += shift;
    plan.ends_at += shift;
    plan.brief_deadline += shift;
    plan.notice_at = plan.notice_at.map(|at| at + shift);
    plan.notice_date += shift;
    plan.group.discord_channel_id = Some(channel);
    plan
}

/// Creates the database at `url` with the future meeting, each member linked to a region as
/// the secretariat would; returns the meeting's id.
pub async fn prepare_database(url: &str, channel: u64, members: &[(User, String)]) -> i64 {
    let store = Store::open(url).await.expect("create the database");
    let plan = future_plan(channel);
    store.import_plan(&plan).await.expect("import");
    let meeting = store
        .find_meeting(&MeetingSelector::Upcoming, Utc::now())
        .await
        .expect("the meeting");
    for (user, region) in members {
        store
            .add_representative(meeting.id, region, user.id, 1, Utc::now())
            .await
            .expect("link a representative");
    }
    store.close().await;
    meeting.id
}

/// `sqlite://` URL of a database file.
pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// A running `roundtable run`, killed when dropped.
pub struct ChildBot {
    child: Child,
    log: PathBuf,
}

impl ChildBot {
    /// Starts `roundtable run` in `dir` (its configuration written there) against `sim`, on
    /// the database at `url`. Returns at once; wait with `sim.wait_identified`.
    pub fn spawn(sim: &Sim, dir: &Path, url: &str) -> Self {
        let filter =
            std::env::var("ROUNDTABLE_CHILD_LOG").unwrap_or_else(|_| "roundtable=info,warn".into());
        Self::spawn_logging(sim, dir, url, &filter)
    }

    /// The same, logging with the filter `rust_log` (`RUST_LOG`).
    pub fn spawn_logging(sim: &Sim, dir: &Path, url: &str, rust_log: &str) -> Self {
        Self::spawn_ticking(sim, dir, url, rust_log, 1)
    }

    /// The same, its scheduler stepping every `tick_seconds` (the first step at start).
    pub fn spawn_ticking(
        sim: &Sim,
        dir: &Path,
        url: &str,
        rust_log: &str,
        tick_seconds: u64,
    ) -> Self {
        let config = dir.join("roundtable.toml");
        std::fs::write(
            &config,
            format!(
                "[discord]\nguild_id = {}\napi_base = \"{}\"\n\n[schedule]\ntick_seconds = {tick_seconds}\n",
                sim.guild_id(),
                sim.api_base()
            ),
        )
        .expect("write the configuration");
        let n = std::fs::read_dir(dir).map_or(0, Iterator::count);
        let log = dir.join(format!("bot-{n}.log"));
        let out = std::fs::File::create(&log).expect("log file");
        let err = out.try_clone().expect("log file");
        let child = Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .current_dir(dir)
            .env("DISCORD_TOKEN", sim.token())
            .env("RUST_LOG", rust_log)
            .arg("--config")
            .arg(&config)
            .arg("--database")
            .arg(url)
            .arg("run")
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .expect("start roundtable run");
        Self { child, log }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL, as a power cut or the OOM killer would: no shutdown code runs.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// The process's peak resident memory (`VmHWM`), in KiB, while it runs.
    pub fn peak_rss_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
    }

    /// The CPU time (user and system) the process has used so far.
    pub fn cpu_time(&self) -> Option<std::time::Duration> {
        cpu_time_of(&format!("/proc/{}/stat", self.pid()))
    }

    /// What the bot wrote to standard error so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Whether the process has exited (and how).
    pub fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }
}

impl Drop for ChildBot {
    fn drop(&mut self) {
        self.kill();
    }
}

/// User and system CPU time from a `/proc/PID/stat` file (in clock ticks of 1/100 s).
pub fn cpu_time_of(stat: &str) -> Option<std::time::Duration> {
    let text = std::fs::read_to_string(stat).ok()?;
    let after_name = &text[text.rfind(')')? + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(std::time::Duration::from_millis(ticks * 10))
}
