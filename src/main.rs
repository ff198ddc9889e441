//! The `roundtable` program: parses the command line and runs one command.

use clap::Parser;
use roundtable::cli::{execute, Cli};
use roundtable::config::Config;
use roundtable::i18n::Language;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "roundtable=info,warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let mut config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(e) => {
            let lang = Language::Nb;
            eprintln!("{}", roundtable::i18n::errors::config_error(&e, lang));
            return ExitCode::FAILURE;
        }
    };
    if let Some(url) = cli.database {
        config.database.url = url;
    }
    let lang = config.default_language().unwrap_or(Language::Nb);
    let mut stdout = std::io::stdout();
    match execute(cli.command, &config, lang, &mut stdout).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.localized(&config, lang));
            ExitCode::FAILURE
        }
    }
}
