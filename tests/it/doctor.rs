//! `roundtable doctor` against the simulator, beside a running bot: all well, a missing
//! permission, a wrong channel id, a wrong role, a bad token; and the program's exit status.

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::sim::{Overwrite, User, MEMBER_PERMISSIONS};
use crate::support::store::example_meeting;
use roundtable::cli::doctor::{examine, Mark, Report};
use roundtable::domain::local_time::OSLO;
use roundtable::i18n::Language;
use roundtable::meeting_file::read_meeting_file;
use roundtable::settings::Settings;
use secrecy::SecretString;
use serde_json::json;
use std::time::Duration;

const NOW: &str = "2024-10-30T08:00:00Z";
const VIEW_CHANNEL: u64 = 1 << 10;
const ATTACH_FILES: u64 = 1 << 15;

/// The bot running, its commands registered, and the secretariat's role in the server.
async fn running_bot() -> TestBot {
    let bot = TestBot::start(NOW).await;
    bot.sim
        .add_role_with_id(SECRETARIAT_ROLE, "Sekretariatet", MEMBER_PERMISSIONS);
    // A member's /agenda waits until the commands are registered.
    let kari = User::member("Kari").with_locale("no");
    let asked = bot
        .sim
        .invoke(&kari, bot.sim.default_channel(), "agenda", json!([]))
        .await;
    bot.sim.wait_response(&asked, Duration::from_secs(5)).await;
    bot
}

/// The configuration `roundtable doctor` would read for this bot.
fn config(bot: &TestBot) -> Settings {
    let mut settings = Settings {
        database_url: bot.db.url.clone(),
        ..Settings::default()
    };
    settings.discord.api_base = Some(bot.sim.api_base().to_owned());
    settings.discord.guild_id = Some(bot.sim.guild_id());
    settings.discord.secretariat_role_id = Some(SECRETARIAT_ROLE);
    settings.discord.secretariat_channel_id = Some(bot.secretariat_channel());
    settings
}

async fn doctor(bot: &TestBot, config: &Settings, lang: Language) -> Report {
    let token = SecretString::from(bot.sim.token().to_owned());
    examine(config, Some(&token), NOW.parse().expect("a time"), lang).await
}

fn failures(report: &Report) -> Vec<&str> {
    report
        .findings
        .iter()
        .filter(|f| f.mark == Mark::Fail)
        .map(|f| f.text.as_str())
        .collect()
}

#[tokio::test]
async fn all_is_well_with_a_good_setup() {
    let bot = running_bot().await;
    let report = doctor(&bot, &config(&bot), Language::Nb).await;
    let text = report.render(Language::Nb);
    assert_eq!(report.failures(), 0, "{text}");
    for line in [
        "✓ Tokenet er gyldig: boten heter Roundtable#4242.",
        "✓ Boten er med på serveren «Sim Working Group».",
        "✓ Kanalen til faggruppen «Faggruppe for Næringssamarbeid» (#general): boten kan se kanalen, sende meldinger, bygge inn lenker, legge ved filer og lese meldingshistorikken.",
        "✓ Sekretariatets rolle er «Sekretariatet».",
        "✓ Sekretariatets kanal (#sekretariatet): boten kan se kanalen",
        "✓ Kommandoene er registrert på serveren (12 kommandoer).",
        "Neste meldinger boten sender:\n  fredag 1. november 2024 kl. 09:00: innkallingen – «Møte i faggruppe for Næringssamarbeid»\n  tirsdag 5. november 2024 kl. 09:00: påminnelse om innlegg",
        "\nAlt er klart: boten kan gjøre jobben sin.\n",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    assert!(text.starts_with("✓ Databasen sqlite://"), "{text}");

    // A private channel: @everyone may not see it, the bot may; still all well.
    let channel = bot.sim.default_channel();
    bot.sim.set_overwrite(
        channel,
        Overwrite::role(bot.sim.guild_id()).deny(VIEW_CHANNEL),
    );
    bot.sim.set_overwrite(
        channel,
        Overwrite::member(bot.sim.bot_user_id()).allow(VIEW_CHANNEL),
    );
    let report = doctor(&bot, &config(&bot), Language::Nb).await;
    assert_eq!(report.failures(), 0, "{}", report.render(Language::Nb));
    bot.sim.assert_no_violations();
    bot.stop().await;
}

#[tokio::test]
async fn a_missing_permission_is_named_as_discord_shows_it() {
    let bot = running_bot().await;
    bot.sim.set_overwrite(
        bot.sim.default_channel(),
        Overwrite::role(bot.sim.bot_role()).deny(ATTACH_FILES),
    );
    let report = doctor(&bot, &config(&bot), Language::Nb).await;
    assert_eq!(
        failures(&report),
        ["Kanalen til faggruppen «Faggruppe for Næringssamarbeid» (#general): boten mangler tillatelsen «Legg ved filer» (Attach Files). Gi boten den i kanalens innstillinger under Tillatelser (eller i botens rolle under Serverinnstillinger → Roller)."]
    );
    let text = report.render(Language::Nb);
    assert!(!text.contains("Alt er klart"), "{text}");

    let report = doctor(&bot, &config(&bot), Language::English).await;
    assert_eq!(
        failures(&report),
        ["The channel of the working group “Faggruppe for Næringssamarbeid” (#general): the bot lacks the permission “Attach Files”. Grant it to the bot in the channel's settings under Permissions (or to the bot's role under Server Settings → Roles)."]
    );
    bot.sim.assert_no_violations();
    bot.stop().await;
}

#[tokio::test]
async fn a_wrong_channel_id_and_a_wrong_role_say_what_to_correct() {
    let bot = running_bot().await;
    let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("valid");
    let wrong = bot.sim.default_channel() + 999;
    plan.group.discord_channel_id = Some(wrong);
    bot.db.store.import_plan(&plan).await.expect("re-import");
    let mut config = config(&bot);
    config.discord.secretariat_role_id = Some(SECRETARIAT_ROLE + 1);
    let report = doctor(&bot, &config, Language::Nb).await;
    assert_eq!(
        failures(&report),
        [
            format!("Kanalen til faggruppen «Faggruppe for Næringssamarbeid» (id {wrong}) finnes ikke, eller boten kan ikke se den. Rett group.discord_channel_id i møtefilen og importer den på nytt: høyreklikk kanalen i Discord → Kopier kanal-ID (slå på Utviklermodus under Innstillinger → Avansert).").as_str(),
            format!("Serveren har ingen rolle med id {}. Rett discord.secretariat_role_id: Serverinnstillinger → Roller → høyreklikk sekretariatets rolle → Kopier rolle-ID.", SECRETARIAT_ROLE + 1).as_str(),
        ]
    );
    bot.sim.assert_no_violations();
    bot.stop().await;
}

#[tokio::test]
async fn a_bad_token_or_none_is_the_first_thing_to_fix() {
    let bot = running_bot().await;
    let config = config(&bot);
    let bad = SecretString::from("MTE4.not.valid".to_owned());
    let report = examine(
        &config,
        Some(&bad),
        NOW.parse().expect("a time"),
        Language::Nb,
    )
    .await;
    assert_eq!(
        failures(&report),
        ["Discord godtar ikke tokenet i DISCORD_TOKEN. Lag et nytt i Discord Developer Portal (applikasjonen → Bot → Reset Token), og sett DISCORD_TOKEN til det."]
    );
    // The simulator records the refused token as a violation; it was meant.
    assert_eq!(bot.sim.take_violations().len(), 1);
    let report = examine(&config, None, NOW.parse().expect("a time"), Language::Nb).await;
    assert_eq!(report.failures(), 1);
    assert!(report
        .render(Language::Nb)
        .contains("✗ DISCORD_TOKEN er ikke satt."));
    bot.sim.assert_no_violations();
    bot.stop().await;
}

/// `roundtable doctor` as a program: the configuration file, DISCORD_TOKEN, the exit status.
#[tokio::test]
async fn the_program_exits_with_the_verdict() {
    let bot = running_bot().await;
    let dir = tempfile::tempdir().expect("dir");
    let config = config(&bot);
    let file = format!(
        "[database]\nurl = \"{}\"\n\n[discord]\nguild_id = {}\napi_base = \"{}\"\nsecretariat_role_id = {}\nsecretariat_channel_id = {}\n",
        config.database_url,
        bot.sim.guild_id(),
        bot.sim.api_base(),
        SECRETARIAT_ROLE,
        bot.secretariat_channel(),
    );
    std::fs::write(dir.path().join("roundtable.toml"), file).expect("write the configuration");
    let run = |token: Option<String>| {
        let dir = dir.path().to_owned();
        tokio::task::spawn_blocking(move || {
            let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_roundtable"));
            command
                .current_dir(dir)
                .arg("doctor")
                .env_remove("DISCORD_TOKEN");
            if let Some(token) = token {
                command.env("DISCORD_TOKEN", token);
            }
            command.output().expect("run roundtable doctor")
        })
    };
    let good = run(Some(bot.sim.token().to_owned())).await.expect("ran");
    let said = String::from_utf8_lossy(&good.stdout);
    assert!(
        good.status.success(),
        "{said}\n{}",
        String::from_utf8_lossy(&good.stderr)
    );
    assert!(
        said.contains("Alt er klart: boten kan gjøre jobben sin."),
        "{said}"
    );

    let without = run(None).await.expect("ran");
    assert_eq!(without.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&without.stderr)
        .contains("Én ting må rettes før boten kan gjøre jobben sin (se ✗ over)."));
    bot.sim.assert_no_violations();
    bot.stop().await;
}
