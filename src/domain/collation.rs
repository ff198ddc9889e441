//! Sorting names the Norwegian way: CLDR's Norwegian Bokmål collation (ICU4X, its data
//! compiled in), so æ, ø and å come after z, "Aa" sorts as "Å", and lowercase before uppercase.

use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed};
use std::cmp::Ordering;
use std::sync::LazyLock;

/// The `nb` collator, made once. `None` only if the compiled data lacked it (it does not):
/// names then sort by their lowercase letters, which still gives a stable order.
static NORWEGIAN: LazyLock<Option<CollatorBorrowed<'static>>> = LazyLock::new(|| {
    let mut options = CollatorOptions::default();
    options.strength = Some(Strength::Tertiary);
    Collator::try_new(icu_locale_core::locale!("nb").into(), options).ok()
});

/// Compares two names in Norwegian alphabetical order; names the collation holds equal
/// (the same text in another Unicode normal form) are ordered by their bytes, so the order is
/// total and stable.
pub fn norwegian_cmp(a: &str, b: &str) -> Ordering {
    let collated = match NORWEGIAN.as_ref() {
        Some(collator) => collator.compare(a, b),
        None => a.to_lowercase().cmp(&b.to_lowercase()),
    };
    collated.then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&'static str]) -> Vec<&'static str> {
        let mut names = names.to_vec();
        names.sort_by(|a, b| norwegian_cmp(a, b));
        names
    }

    #[test]
    fn the_collator_is_there() {
        assert!(NORWEGIAN.is_some());
    }

    #[test]
    fn ae_oe_aa_come_after_z_in_that_order() {
        let names = [
            "Øyvind", "Åse", "Zakarias", "Ærlig", "anne", "Bjarne", "Anders",
        ];
        assert_eq!(
            sorted(&names),
            ["Anders", "anne", "Bjarne", "Zakarias", "Ærlig", "Øyvind", "Åse"]
        );
    }

    /// CLDR's order for `nb` (`&Y<<ü … &[before 1]ǀ<æ<<ä<ø<<ö<å<<<aa`): "aa" is a variant of
    /// "å" (after Øyvind, within å by the letters that follow, and after "Å" when all else is
    /// equal); ä sorts as æ, ö as ø, ü as y; accents, then case (lowercase first) break ties.
    #[test]
    fn names_follow_cldrs_norwegian_order() {
        let names = [
            "Åsen",
            "Aanensen",
            "Øvre",
            "Ærø",
            "Aasen",
            "Andersen",
            "Ødegård",
            "Økland",
            "Ångström",
            "Zahl",
            "Øyvind",
            "Ås",
            "Mørk",
            "Moe",
            "Müller",
            "Yri",
            "Ulla",
            "Ünal",
            "Ärlig",
            "Aabel",
            "Berg",
            "berg",
            "Éliane",
            "Elverum",
        ];
        assert_eq!(
            sorted(&names),
            [
                "Andersen",
                "berg",
                "Berg",
                "Éliane",
                "Elverum",
                "Moe",
                "Müller",
                "Mørk",
                "Ulla",
                "Ünal",
                "Yri",
                "Zahl",
                "Ärlig",
                "Ærø",
                "Ødegård",
                "Økland",
                "Øvre",
                "Øyvind",
                "Aabel",
                "Aanensen",
                "Ångström",
                "Ås",
                "Åsen",
                "Aasen",
            ]
        );
    }

    #[test]
    fn the_order_is_total() {
        // The same name composed (é) and decomposed (e + ◌́) is equal to the collation.
        let composed = "Andr\u{e9}";
        let decomposed = "Andre\u{301}";
        assert_ne!(norwegian_cmp(composed, decomposed), Ordering::Equal);
        assert_eq!(
            norwegian_cmp(composed, decomposed),
            norwegian_cmp(decomposed, composed).reverse()
        );
    }
}
