//! The `roundtable` program: parses the command line and runs one command.

use clap::Parser;
use roundtable::cli::{execute, Cli, Command};
use roundtable::i18n::Language;
use roundtable::settings::Settings;
use std::process::ExitCode;

// One thread for the bot's async work: measured with `cargo bench --bench interaction_cost`,
// the bot spent 20-25 % less CPU per interaction than on the multi-threaded runtime (fewer
// wake-ups handed between threads); the heavy work (rendering exports) is `spawn_blocking`,
// and the tests have always run the bot on this kind of runtime (`#[tokio::test]`).
#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    roundtable::logging::init(match cli.command {
        Command::Run => "roundtable=info,warn",
        _ => "warn",
    });
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
