//! The `roundtable` program: parses the command line and runs one command.

use clap::Parser;
use roundtable::cli::{execute, Cli, Command};
use roundtable::i18n::Language;
use roundtable::settings::Settings;
use std::io::IsTerminal;
use std::process::ExitCode;

/// The bot (`run`) logs what it does; the other commands log only warnings and errors, so what
/// they print is theirs alone. Logs go to standard error, in colour only on a terminal;
/// `RUST_LOG` overrides the levels.
fn init_logging(command: &Command) {
    let default = match command {
        Command::Run => "roundtable=info,warn",
        _ => "warn",
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| default.into()),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli.command);
    let mut settings = match Settings::load(cli.config.as_deref()) {
        Ok(settings) => settings,
        Err(e) => {
            let lang = Language::Nb;
            eprintln!("{}", roundtable::i18n::errors::config_error(&e, lang));
            return ExitCode::FAILURE;
        }
    };
    if let Some(url) = cli.database {
        settings.database_url = url;
    }
    let lang = settings.language;
    let mut stdout = std::io::stdout();
    match execute(cli.command, &settings, &mut stdout).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.localized(&settings, lang));
            ExitCode::FAILURE
        }
    }
}
