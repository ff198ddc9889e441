//! The log on standard error: `RUST_LOG` as given (by default `roundtable=info,warn`), except
//! that the libraries which log raw gateway events and HTTP requests (members' text,
//! interaction tokens) are never heard below `info`, whatever `RUST_LOG` says.

use tracing::{Level, Metadata};
use tracing_subscriber::filter::{filter_fn, EnvFilter, FilterExt};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::Layer;

/// The libraries whose debug and trace output carries raw payloads.
const RAW: &[&str] = &[
    "serenity",
    "poise",
    "tungstenite",
    "tokio_tungstenite",
    "reqwest",
    "hyper",
    "hyper_util",
    "h2",
    "rustls",
];

/// Whether a log line or span may be written: anything of ours (or others) as `RUST_LOG`
/// says, but from the libraries that see raw payloads only `info` and above.
pub fn allowed(metadata: &Metadata<'_>) -> bool {
    *metadata.level() <= Level::INFO || !raw(metadata.target())
}

fn raw(target: &str) -> bool {
    RAW.iter().any(|name| {
        target
            .strip_prefix(name)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with("::"))
    })
}

/// Starts logging to standard error, at `default` levels unless `RUST_LOG` says otherwise
/// (the bot logs what it does; the other commands only warnings and errors, so what they
/// print is theirs alone), in colour only on a terminal.
pub fn init(default: &str) {
    use std::io::IsTerminal;
    let wanted = EnvFilter::try_from_default_env().unwrap_or_else(|_| default.into());
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_filter(wanted.and(filter_fn(allowed)));
    tracing_subscriber::registry().with(layer).init();
}

#[cfg(test)]
mod tests {
    use super::raw;

    #[test]
    fn the_raw_libraries_and_their_modules_are_quieted_and_no_one_else() {
        assert!(raw("serenity"));
        assert!(raw("serenity::gateway::shard"));
        assert!(raw("tungstenite::protocol"));
        assert!(!raw("roundtable::bot"));
        assert!(!raw("serenityish"));
        assert!(!raw("sqlx::query"));
    }
}
