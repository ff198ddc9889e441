//! The permissions the bot needs in a channel, and their names as Discord's settings show them.

use crate::i18n::{t, Language};
use poise::serenity_prelude::Permissions;

/// What the bot needs where it posts: see the channel, post the notice with its links and its
/// `.ics` file, and read back the messages it edits later.
const NEEDED: [(Permissions, &str); 5] = [
    (Permissions::VIEW_CHANNEL, "view-channel"),
    (Permissions::SEND_MESSAGES, "send-messages"),
    (Permissions::EMBED_LINKS, "embed-links"),
    (Permissions::ATTACH_FILES, "attach-files"),
    (Permissions::READ_MESSAGE_HISTORY, "read-message-history"),
];

/// The needed permissions `granted` lacks, by name in `lang` ("«Legg ved filer» (Attach
/// Files)"), in the order Discord's settings list them.
pub fn missing(granted: Permissions, lang: Language) -> Vec<String> {
    NEEDED
        .iter()
        .filter(|(p, _)| !granted.contains(*p))
        .map(|(_, key)| t(lang, "doctor-permission", &[("name", (*key).into())]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_what_is_missing() {
        let granted = Permissions::VIEW_CHANNEL
            | Permissions::SEND_MESSAGES
            | Permissions::EMBED_LINKS
            | Permissions::READ_MESSAGE_HISTORY;
        assert_eq!(
            missing(granted, Language::Nb),
            ["«Legg ved filer» (Attach Files)"]
        );
        assert!(missing(
            Permissions::ADMINISTRATOR | granted | Permissions::ATTACH_FILES,
            Language::Nb
        )
        .is_empty());
    }
}
