//! The Fluent files: every language has every message, and the commands' strings exist.

use roundtable::i18n::{Language, Texts};
use std::collections::BTreeSet;

#[test]
fn every_language_has_the_same_messages() {
    let nb: BTreeSet<_> = Texts::keys(Language::Nb).into_iter().collect();
    let en: BTreeSet<_> = Texts::keys(Language::English).into_iter().collect();
    assert!(nb.len() > 50, "only {} messages", nb.len());
    let only_nb: Vec<_> = nb.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&nb).collect();
    assert!(
        only_nb.is_empty() && only_en.is_empty(),
        "only in nb: {only_nb:?}; only in en: {only_en:?}"
    );
}

#[test]
fn every_key_the_code_uses_exists() {
    let used = used_keys();
    assert!(
        used.len() > 40,
        "found only {} keys in the code",
        used.len()
    );
    for lang in Language::ALL {
        let missing: Vec<_> = used.iter().filter(|k| !Texts::get().has(lang, k)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
    }
}

#[test]
fn every_command_string_exists() {
    for key in roundtable::bot::command_keys() {
        for lang in Language::ALL {
            assert!(Texts::get().has(lang, &key), "{lang:?} lacks {key}");
        }
    }
}

#[test]
fn no_isolation_marks_around_arguments() {
    let text = Texts::get().text(Language::Nb, "status-place", &[("place", "Oslo".into())]);
    assert_eq!(text, "Sted: Oslo");
}

#[test]
fn command_names_and_descriptions_keep_discords_rules() {
    for key in roundtable::bot::command_keys() {
        for lang in Language::ALL {
            let text = Texts::get().text(lang, &key, &[]);
            let length = text.chars().count();
            if key.ends_with("-name") {
                // ^[-_\p{L}\p{N}]{1,32}$, lowercase where the letter has a lowercase form.
                let valid = (1..=32).contains(&length)
                    && text.chars().all(|c| {
                        (c.is_alphanumeric() || c == '-' || c == '_') && !c.is_uppercase()
                    });
                assert!(
                    valid,
                    "{lang:?} {key} = {text:?} is not a valid command name"
                );
            } else {
                assert!(
                    (1..=100).contains(&length),
                    "{lang:?} {key} has {length} characters"
                );
            }
        }
    }
}

/// The names of the top-level commands in a language (`sakskart`, `innlegg`, …).
fn command_names(lang: Language) -> BTreeSet<String> {
    roundtable::bot::command_keys()
        .into_iter()
        .filter(|k| k.ends_with("-name") && k.matches('-').count() == 2)
        .map(|k| Texts::get().text(lang, &k, &[]))
        .collect()
}

#[test]
fn every_text_names_commands_in_its_own_language() {
    for lang in Language::ALL {
        let names = command_names(lang);
        for key in Texts::keys(lang) {
            let text = Texts::get().text(lang, &key, &[]);
            let chars: Vec<char> = text.chars().collect();
            for (i, _) in chars.iter().enumerate().filter(|(_, c)| **c == '/') {
                let before = i.checked_sub(1).map(|j| chars[j]);
                if before.is_some_and(|c| c.is_alphanumeric() || c == ':' || c == '/') {
                    continue; // a URL or "kommune/delregion"
                }
                let word: String = chars[i + 1..]
                    .iter()
                    .take_while(|c| c.is_alphanumeric() || **c == '-')
                    .collect();
                assert!(
                    word.is_empty() || names.contains(&word),
                    "{lang:?} {key} names /{word}, not one of {names:?}"
                );
            }
        }
    }
}

#[test]
fn speaking_time_reads_as_words() {
    use roundtable::i18n::format_speaking_time;
    use std::time::Duration;
    let nb = |s| format_speaking_time(Duration::from_secs(s), Language::Nb);
    assert_eq!(nb(50), "50 sekunder");
    assert_eq!(nb(1), "1 sekund");
    assert_eq!(nb(180), "3 min");
    assert_eq!(nb(150), "2 min 30 s");
    let en = |s| format_speaking_time(Duration::from_secs(s), Language::English);
    assert_eq!(en(50), "50 seconds");
    assert_eq!(en(1), "1 second");
}

/// The message keys named as string literals in the source (`"error-…"`, `"agenda-…"`, …).
/// Literals in the code that look like message keys but are not (a format's name).
const NOT_KEYS: &[&str] = &["csv-plain"];

fn used_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read");
                for literal in text.split('"').skip(1).step_by(2) {
                    let is_key = literal.len() > 3
                        && literal.contains('-')
                        && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                        && !literal.starts_with('-')
                        && !literal.ends_with('-');
                    if is_key
                        && !NOT_KEYS.contains(&literal)
                        && Texts::keys(Language::Nb)
                            .iter()
                            .any(|k| k.starts_with(literal.split('-').next().unwrap_or("")))
                    {
                        keys.insert(literal.to_owned());
                    }
                }
            }
        }
    }
    keys
}

#[test]
fn the_example_configuration_is_valid_and_documents_the_defaults() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let (_, config) =
        roundtable::config::Config::load(Some(&path)).expect("config.example.toml is valid");
    let defaults = roundtable::config::Config::default();
    assert_eq!(config.database.url, defaults.database.url);
    assert_eq!(
        config.locale.default_language,
        defaults.locale.default_language
    );
    assert_eq!(config.locale.time_zone, defaults.locale.time_zone);
    assert_eq!(config.schedule.reminders, defaults.schedule.reminders);
    assert_eq!(config.schedule.notice_time, defaults.schedule.notice_time);
    assert_eq!(config.schedule.tick_seconds, defaults.schedule.tick_seconds);
    assert_eq!(
        config.schedule.minutes_comment_days,
        defaults.schedule.minutes_comment_days
    );
    assert_eq!(config.discord.register, defaults.discord.register);
}
