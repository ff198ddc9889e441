//! The `roundtable` program as a person runs it: exit codes and what it prints.

mod minutes;
mod own_words;
mod plan;

use crate::support::store::example_meeting;
use std::path::Path;
use std::process::{Command, Output};

struct Cli {
    dir: tempfile::TempDir,
}

impl Cli {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("dir"),
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        let db = format!("sqlite://{}", self.dir.path().join("cli.db").display());
        Command::new(env!("CARGO_BIN_EXE_roundtable"))
            .current_dir(self.dir.path())
            .env_remove("DISCORD_TOKEN")
            .env("RUST_LOG", "off")
            .arg("--database")
            .arg(db)
            .args(args)
            .output()
            .expect("run roundtable")
    }

    fn file(&self, name: &str, text: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path.display().to_string()
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn import_then_status_then_brief_add() {
    let cli = Cli::new();
    let example = example_meeting().display().to_string();
    let out = cli.run(&["import", &example]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("5 saker på sakskartet, 5 regioner og 45 inviterte"),
        "{}",
        stdout(&out)
    );

    let out = cli.run(&["status"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let status = stdout(&out);
    assert!(
        status.contains("torsdag 7. november 2024, kl. 12:00–13:00"),
        "{status}"
    );
    assert!(
        status.contains("  4. Runde rundt bordet [innlegg]"),
        "{status}"
    );
    assert!(status.contains("Inviterte: 45 personer"), "{status}");
    assert!(status.contains("✗ Horten kommune: mangler"), "{status}");

    let brief = cli.file(
        "horten.txt",
        "• Intercity-utbyggingen: nytt stoppmønster.\n",
    );
    let out = cli.run(&[
        "brief",
        "add",
        "--region",
        "Horten kommune",
        "--file",
        &brief,
        "--author",
        "Karl Jørgen Tofte",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("versjon 1"), "{}", stdout(&out));

    let status = stdout(&cli.run(&["status", "--meeting", "naeringssamarbeid-2024-11-07"]));
    assert!(
        status.contains("✓ Horten kommune: Karl Jørgen Tofte"),
        "{status}"
    );
    assert!(
        status.contains("(etter fristen)"),
        "the example meeting is in the past: {status}"
    );
    assert!(status.contains("Innlegg mottatt: 1 av 5"), "{status}");
}

#[test]
fn bad_input_exits_non_zero_and_names_the_place() {
    let cli = Cli::new();
    let out = cli.run(&["status"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("Det finnes ingen møter ennå"),
        "{}",
        stderr(&out)
    );
    let out = cli.run(&["status", "--meeting", "nr-7"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("Fant ikke møtet «nr-7»"),
        "{}",
        stderr(&out)
    );

    let broken = cli.file("broken.toml", "regions = [\"A\"\n[group]\n");
    let out = cli.run(&["import", &broken]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("broken.toml, linje 2"),
        "{}",
        stderr(&out)
    );

    let example = example_meeting().display().to_string();
    assert!(cli.run(&["import", &example]).status.success());
    let empty = cli.file("empty.txt", "   \n");
    let out = cli.run(&["brief", "add", "--region", "Elverum", "--file", &empty]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("Innlegget er tomt"),
        "{}",
        stderr(&out)
    );

    let text = cli.file("text.txt", "Tekst.");
    let out = cli.run(&["brief", "add", "--region", "Vestfold", "--file", &text]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("«Vestfold» er ikke en region"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("Ringeriksregionen, Elverum"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_config_error_names_the_key_and_the_fix() {
    let cli = Cli::new();
    let config = cli.file("bad.toml", "[locale]\ntime_zone = \"Europe/Olso\"\n");
    let out = cli.run(&["--config", &config, "status"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("locale.time_zone") && err.contains("Europe/Oslo"),
        "{err}"
    );

    let config = cli.file("typo.toml", "[discord]\nguild = 1\n");
    let err = stderr(&cli.run(&["--config", &config, "status"]));
    assert!(
        err.contains("typo.toml, linje 2") && err.contains("guild"),
        "{err}"
    );

    let missing = cli.dir.path().join("missing.toml");
    let err = stderr(&cli.run(&["--config", &missing.display().to_string(), "status"]));
    assert!(
        err.contains("missing.toml") && err.contains("config.example.toml"),
        "{err}"
    );
}

#[test]
fn run_without_a_token_names_the_variable() {
    let cli = Cli::new();
    let config = cli.file("c.toml", "[discord]\nguild_id = 1\n");
    let out = cli.run(&["--config", &config, "run"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("DISCORD_TOKEN"), "{}", stderr(&out));
}

#[test]
fn the_database_file_is_created_on_first_use() {
    let cli = Cli::new();
    let out = cli.run(&["import", &example_meeting().display().to_string()]);
    assert!(out.status.success());
    assert!(Path::new(&cli.dir.path().join("cli.db")).exists());
}

#[test]
fn the_secretariat_records_attendance_from_the_command_line() {
    let cli = Cli::new();
    assert!(cli
        .run(&["import", &example_meeting().display().to_string()])
        .status
        .success());
    let out = cli.run(&["attendance", "mark", "--invitee", "Anne Huse", "--present"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Anne Huse er registrert som til stede"),
        "{}",
        stdout(&out)
    );
    let out = cli.run(&[
        "attendance",
        "mark",
        "--invitee",
        "Eli Bryhni, Hamarregionen Utvikling",
        "--absent",
    ]);
    assert!(
        stdout(&out).contains("Eli Bryhni er registrert som fraværende"),
        "{}",
        stdout(&out)
    );
    let out = cli.run(&[
        "attendance",
        "mark",
        "--invitee",
        "Nils Nilsen",
        "--present",
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("Ingen av de inviterte heter «Nils Nilsen»"),
        "{}",
        stderr(&out)
    );
    let out = cli.run(&["export", "--format", "md"]);
    assert!(
        stdout(&out).contains("**Til stede:** Anne Huse (Kongsvingerregionen)"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("**Forfall:** Eli Bryhni (Hamarregionen Utvikling)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn without_a_server_the_commands_are_registered_globally() {
    use roundtable::config::{Config, Registration};
    use roundtable::settings::Settings;
    let path = std::path::Path::new("roundtable.toml");
    let settings = Settings::from_config(path, &Config::default()).expect("settings");
    assert_eq!(settings.discord.register, Registration::Global);
    let mut config = Config::default();
    config.discord.guild_id = Some(1);
    let settings = Settings::from_config(path, &config).expect("settings");
    assert_eq!(settings.discord.register, Registration::Guild);
}
