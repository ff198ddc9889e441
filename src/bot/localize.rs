//! Command names, descriptions and options in every language, from the Fluent files, and the
//! language of the person who invoked a command.

use super::{Context, Data};
use crate::i18n::{Language, Texts};
use std::borrow::Cow;

/// The Fluent key prefix of a command: `cmd-agenda`, `cmd-brief-show` (poise fills in
/// `qualified_name` only when the framework starts, so the parent's prefix is passed down).
fn prefix(parent: Option<&str>, name: &str) -> String {
    match parent {
        Some(parent) => format!("{parent}-{name}"),
        None => format!("cmd-{name}"),
    }
}

/// Fills in every command's (and subcommand's and option's) localized name and description.
/// The unlocalized description is in `default`, the language of users whose Discord is in
/// neither language; names stay as in the code, so dispatch is unchanged.
pub fn localize_commands<E>(commands: &mut [poise::Command<Data, E>], default: Language) {
    localize_under(None, commands, default);
}

fn localize_under<E>(
    parent: Option<&str>,
    commands: &mut [poise::Command<Data, E>],
    default: Language,
) {
    let texts = Texts::get();
    for command in commands {
        let prefix = prefix(parent, &command.name);
        localize_under(Some(&prefix), &mut command.subcommands, default);
        command.description = Some(
            texts
                .text(default, &format!("{prefix}-description"), &[])
                .into(),
        );
        for lang in Language::ALL {
            for &locale in lang.discord_locales() {
                let text = |key: &str| -> Cow<'static, str> { texts.text(lang, key, &[]).into() };
                command
                    .name_localizations
                    .to_mut()
                    .push((locale.into(), text(&format!("{prefix}-name"))));
                command
                    .description_localizations
                    .to_mut()
                    .push((locale.into(), text(&format!("{prefix}-description"))));
                for p in &mut command.parameters {
                    let key = format!("{prefix}-{}", p.name);
                    p.name_localizations
                        .to_mut()
                        .push((locale.into(), text(&format!("{key}-name"))));
                    p.description_localizations
                        .to_mut()
                        .push((locale.into(), text(&format!("{key}-description"))));
                }
            }
        }
        for p in &mut command.parameters {
            let key = format!("{prefix}-{}-description", p.name);
            p.description = Some(texts.text(default, &key, &[]).into());
        }
    }
}

/// Every Fluent key the commands' localization reads, for the completeness test.
pub fn command_keys<E>(commands: &[poise::Command<Data, E>]) -> Vec<String> {
    keys_under(None, commands)
}

fn keys_under<E>(parent: Option<&str>, commands: &[poise::Command<Data, E>]) -> Vec<String> {
    let mut keys = Vec::new();
    for command in commands {
        let prefix = prefix(parent, &command.name);
        keys.extend(keys_under(Some(&prefix), &command.subcommands));
        keys.push(format!("{prefix}-name"));
        keys.push(format!("{prefix}-description"));
        for p in &command.parameters {
            keys.push(format!("{prefix}-{}-name", p.name));
            keys.push(format!("{prefix}-{}-description", p.name));
        }
    }
    keys
}

/// The language to answer the invoking user in.
pub fn user_language(ctx: Context<'_>) -> Language {
    let default = ctx.data().default_language;
    ctx.locale()
        .map_or(default, |l| Language::for_discord_locale(l, default))
}
