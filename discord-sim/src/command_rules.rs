//! Discord's documented rules for registering application commands and answering autocomplete
//! that the OpenAPI spec does not carry: names, locales, descriptions, option order and
//! uniqueness, choices, the combined size of a command.
use std::collections::HashSet;

use serde_json::Value;

use super::rules::ApiError;

/// The locales Discord accepts as keys of `*_localizations` (the docs' "Locales" table).
pub const LOCALES: [&str; 32] = [
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko",
];
/// Names, descriptions and choice values of one slash command, together (the longest
/// localization of each field counts); the docs' "Slash Commands" warning.
pub const MAX_COMMAND_SIZE: usize = 8000;
/// Choices of an option or of an autocomplete answer.
pub const MAX_CHOICES: usize = 25;
/// Characters of a choice's name, and of a string choice's value.
pub const MAX_CHOICE_CHARS: usize = 100;

/// `(path, code, message)` of each refused field, as [`ApiError::invalid_form`] takes them.
type Errors = Vec<(String, &'static str, String)>;

fn chars(value: &Value) -> usize {
    value.as_str().map_or(0, |s| s.chars().count())
}

/// Whether `name` matches `^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$` and uses the lowercase
/// variant of every letter that has one. `\p{L}` is taken as `char::is_alphabetic` (which also
/// admits a few combining vowel signs of other scripts).
pub(crate) fn valid_chat_input_name(name: &str) -> bool {
    let allowed = |c: char| {
        matches!(c, '-' | '_' | '\'')
            || c.is_alphabetic()
            || c.is_numeric()
            || matches!(c, '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' | '\u{0E00}'..='\u{0E7F}')
    };
    let lowercase = |c: char| c.to_lowercase().eq(std::iter::once(c));
    let count = name.chars().count();
    (1..=32).contains(&count) && name.chars().all(|c| allowed(c) && lowercase(c))
}

/// Checks a registration body: a list (bulk overwrite) or one command (create).
pub(crate) fn check_registration(body: &Value) -> Result<(), ApiError> {
    let mut errors = Errors::new();
    match body {
        Value::Array(commands) => {
            let mut seen = HashSet::new();
            for (i, command) in commands.iter().enumerate() {
                check_command(command, &format!("{i}."), &mut errors);
                let kind = command.get("type").and_then(Value::as_u64).unwrap_or(1);
                let name = command.get("name").and_then(Value::as_str).unwrap_or("");
                if !seen.insert((kind, name)) {
                    errors.push((
                        format!("{i}.name"),
                        "APPLICATION_COMMANDS_DUPLICATE_NAME",
                        format!("Application command names must be unique: {name}"),
                    ));
                }
            }
        }
        command => check_command(command, "", &mut errors),
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::invalid_form(&errors))
    }
}

fn check_command(command: &Value, at: &str, errors: &mut Errors) {
    let chat_input = command.get("type").and_then(Value::as_u64).unwrap_or(1) == 1;
    if chat_input {
        check_name(command, at, errors);
        check_description(command, at, errors);
        if let Some(options) = command.get("options").and_then(Value::as_array) {
            check_options(options, &format!("{at}options."), errors);
        }
        let size = command_size(command);
        if size > MAX_COMMAND_SIZE {
            let path = at.trim_end_matches('.').to_owned();
            let message = format!("Command exceeds maximum size ({MAX_COMMAND_SIZE})");
            errors.push((path, "APPLICATION_COMMAND_TOO_LARGE", message));
        }
    }
    check_locale_keys(command, at, errors);
}

/// A slash command's or option's name, and its localized names, against the naming rule.
fn check_name(item: &Value, at: &str, errors: &mut Errors) {
    let name = item.get("name").and_then(Value::as_str).unwrap_or("");
    if !valid_chat_input_name(name) {
        errors.push((
            format!("{at}name"),
            "APPLICATION_COMMAND_INVALID_NAME",
            format!("Command name is invalid: {name:?}"),
        ));
    }
    let localized = item.get("name_localizations").and_then(Value::as_object);
    for (locale, name) in localized.into_iter().flatten() {
        let name = name.as_str().unwrap_or("");
        if !valid_chat_input_name(name) {
            errors.push((
                format!("{at}name_localizations.{locale}"),
                "APPLICATION_COMMAND_INVALID_NAME",
                format!("Command name is invalid: {name:?}"),
            ));
        }
    }
}

/// 1-100 characters, for slash commands and every option (the spec lets a command's be empty).
fn check_description(item: &Value, at: &str, errors: &mut Errors) {
    let length = chars(&item["description"]);
    if !(1..=100).contains(&length) {
        errors.push((
            format!("{at}description"),
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 100 in length.".into(),
        ));
    }
}

/// Keys of every `*_localizations` map of the command, its options and choices.
fn check_locale_keys(item: &Value, at: &str, errors: &mut Errors) {
    let Some(map) = item.as_object() else {
        return;
    };
    for (key, value) in map {
        if key.ends_with("_localizations") {
            for locale in value.as_object().into_iter().flat_map(|m| m.keys()) {
                if !LOCALES.contains(&locale.as_str()) {
                    errors.push((
                        format!("{at}{key}.{locale}"),
                        "BASE_TYPE_CHOICES",
                        format!("Value must be one of {LOCALES:?}."),
                    ));
                }
            }
        } else if key == "options" || key == "choices" {
            for (i, child) in value.as_array().into_iter().flatten().enumerate() {
                check_locale_keys(child, &format!("{at}{key}.{i}."), errors);
            }
        }
    }
}

/// One level of options: names, descriptions, required before optional, unique names, choices.
fn check_options(options: &[Value], at: &str, errors: &mut Errors) {
    let mut names = HashSet::new();
    let mut optional_seen = false;
    for (i, option) in options.iter().enumerate() {
        let here = format!("{at}{i}.");
        check_name(option, &here, errors);
        check_description(option, &here, errors);
        let name = option.get("name").and_then(Value::as_str).unwrap_or("");
        if !names.insert(name) {
            errors.push((
                format!("{here}name"),
                "APPLICATION_COMMAND_OPTION_NAME_NOT_UNIQUE",
                format!("Command option names must be unique: {name}"),
            ));
        }
        let kind = option.get("type").and_then(Value::as_u64).unwrap_or(0);
        if kind != 1 && kind != 2 {
            let required = option.get("required").and_then(Value::as_bool) == Some(true);
            if required && optional_seen {
                errors.push((
                    format!("{here}required"),
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                    "Required options must be placed before non-required options".into(),
                ));
            }
            optional_seen |= !required;
        }
        if let Some(choices) = option.get("choices").and_then(Value::as_array) {
            if option.get("autocomplete").and_then(Value::as_bool) == Some(true)
                && !choices.is_empty()
            {
                errors.push((
                    format!("{here}autocomplete"),
                    "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
                    "Autocomplete cannot be set with choices".into(),
                ));
            }
            check_choices(choices, &format!("{here}choices"), errors);
        }
        if let Some(nested) = option.get("options").and_then(Value::as_array) {
            check_options(nested, &format!("{here}options."), errors);
        }
    }
}

/// At most 25 choices, names 1-100 characters, string values at most 100.
fn check_choices(choices: &[Value], at: &str, errors: &mut Errors) {
    if choices.len() > MAX_CHOICES {
        errors.push((
            at.to_owned(),
            "BASE_TYPE_MAX_LENGTH",
            format!("Must be {MAX_CHOICES} or fewer in length."),
        ));
    }
    for (i, choice) in choices.iter().enumerate() {
        if !(1..=MAX_CHOICE_CHARS).contains(&chars(&choice["name"])) {
            errors.push((
                format!("{at}.{i}.name"),
                "BASE_TYPE_BAD_LENGTH",
                format!("Must be between 1 and {MAX_CHOICE_CHARS} in length."),
            ));
        }
        if chars(&choice["value"]) > MAX_CHOICE_CHARS {
            errors.push((
                format!("{at}.{i}.value"),
                "BASE_TYPE_MAX_LENGTH",
                format!("Must be {MAX_CHOICE_CHARS} or fewer in length."),
            ));
        }
    }
}

/// The longest of a field and its localizations, in characters.
fn longest(item: &Value, field: &str) -> usize {
    let localized = item
        .get(format!("{field}_localizations"))
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|m| m.values())
        .map(chars);
    localized.fold(chars(&item[field]), usize::max)
}

/// The size Discord counts: names, descriptions and choice values of the command, its options
/// (nested too) and choices, each field at its longest localization.
fn command_size(item: &Value) -> usize {
    let mut size = longest(item, "name") + longest(item, "description");
    for choice in item
        .get("choices")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        size += longest(choice, "name");
        size += match &choice["value"] {
            Value::String(s) => s.chars().count(),
            Value::Null => 0,
            other => other.to_string().len(),
        };
    }
    for option in item
        .get("options")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        size += command_size(option);
    }
    size
}

/// An autocomplete answer (callback type 8): at most 25 choices, each named and valued within
/// 100 characters (the spec allows string values of 6000).
pub(crate) fn check_autocomplete(data: &Value) -> Result<(), ApiError> {
    let mut errors = Errors::new();
    let choices = data.get("choices").and_then(Value::as_array);
    check_choices(
        choices.map_or(&[], Vec::as_slice),
        "data.choices",
        &mut errors,
    );
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::invalid_form(&errors))
    }
}
