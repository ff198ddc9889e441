//! The bot's words: Fluent files, one per language (`locales/*.ftl`), and the choice of
//! language for a Discord user.

mod dates;
pub mod errors;
mod follow_ups;
mod import_errors;
mod io_errors;
pub mod minutes_errors;

pub use dates::{
    format_date, format_date_long, format_date_time, format_speaking_time, format_time_span,
    meeting_day,
};
pub use follow_ups::{follow_up_line, follow_up_words, FollowUpFacts};
pub use io_errors::io_reason;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// A language the bot speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// Norwegian Bokmål, the default.
    Nb,
    English,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Nb, Language::English];

    /// `nb` (also `no`) or `en`.
    pub fn from_code(code: &str) -> Option<Self> {
        match code.to_ascii_lowercase().as_str() {
            "nb" | "no" | "nb-no" => Some(Self::Nb),
            "en" | "en-us" | "en-gb" => Some(Self::English),
            _ => None,
        }
    }

    /// The language for a Discord locale: English for `en-US`/`en-GB`, Bokmål for `no`, and
    /// `default` for every other.
    pub fn for_discord_locale(locale: &str, default: Self) -> Self {
        match locale {
            "no" => Self::Nb,
            l if l.starts_with("en") => Self::English,
            _ => default,
        }
    }

    /// The Discord locale that command names and descriptions are registered under.
    pub fn discord_locales(self) -> &'static [&'static str] {
        match self {
            Self::Nb => &["no"],
            Self::English => &["en-US", "en-GB"],
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Nb => "nb",
            Self::English => "en",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Self::Nb => include_str!("locales/nb.ftl"),
            Self::English => include_str!("locales/en.ftl"),
        }
    }
}

/// Arguments of a message: name and value.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

/// All the languages' texts, loaded once.
pub struct Texts {
    bundles: Vec<(Language, FluentBundle<FluentResource>)>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts").finish_non_exhaustive()
    }
}

impl Texts {
    /// The texts compiled into the program (parsed on first use).
    pub fn get() -> &'static Texts {
        static TEXTS: OnceLock<Texts> = OnceLock::new();
        TEXTS.get_or_init(Texts::load)
    }

    fn load() -> Self {
        let bundles = Language::ALL
            .iter()
            .map(|&lang| {
                let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Discord shows text as is: no Unicode isolation marks around arguments.
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(
                    |(res, errors)| {
                        tracing::error!(?errors, language = lang.code(), "errors in Fluent file");
                        res
                    },
                );
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(?errors, language = lang.code(), "duplicate Fluent keys");
                }
                (lang, bundle)
            })
            .collect();
        Self { bundles }
    }

    fn bundle(&self, lang: Language) -> Option<&FluentBundle<FluentResource>> {
        self.bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, b)| b)
    }

    /// Whether the message `key` exists in `lang`.
    pub fn has(&self, lang: Language, key: &str) -> bool {
        self.bundle(lang).is_some_and(|b| b.has_message(key))
    }

    /// The message `key` in `lang`, with `args` put in. A missing key gives the key itself
    /// (and a test that every key exists in every language keeps that from happening).
    pub fn text(&self, lang: Language, key: &str, args: &Args<'_>) -> String {
        let Some(bundle) = self.bundle(lang) else {
            return key.to_owned();
        };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            tracing::warn!(key, language = lang.code(), "missing Fluent message");
            return key.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(key, ?errors, "Fluent formatting errors");
        }
        text.into_owned()
    }

    /// Every message key of a language's file, for the completeness test.
    pub fn keys(lang: Language) -> Vec<String> {
        let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }
}

/// Shorthand for `Texts::get().text(lang, key, args)`.
pub fn t(lang: Language, key: &str, args: &Args<'_>) -> String {
    Texts::get().text(lang, key, args)
}

/// An agenda item's label as it stands before the item's title: `3.`, or numbered per year
/// `Sak 12/25` (`Item 12/25` in English).
pub fn sak_prefix(label: crate::domain::SakLabel, lang: Language) -> String {
    match label {
        crate::domain::SakLabel::Number(n) => format!("{n}."),
        crate::domain::SakLabel::OfYear { .. } => t(
            lang,
            "standing-sak-label",
            &[("label", label.to_string().into())],
        ),
    }
}
