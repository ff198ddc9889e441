//! Sorting names the Norwegian way: case-insensitive, with æ, ø and å after z (and ä, ö
//! sorted as æ, ø; other accented letters as their base letter).

use std::cmp::Ordering;

/// The sort weight of one character.
fn weight(c: char) -> (u32, u32) {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let base = match lower {
        'æ' | 'ä' => 'z' as u32 + 1,
        'ø' | 'ö' => 'z' as u32 + 2,
        'å' => 'z' as u32 + 3,
        'à' | 'á' | 'â' | 'ã' => 'a' as u32,
        'è' | 'é' | 'ê' | 'ë' => 'e' as u32,
        'ì' | 'í' | 'î' | 'ï' => 'i' as u32,
        'ò' | 'ó' | 'ô' | 'õ' => 'o' as u32,
        'ù' | 'ú' | 'û' | 'ü' => 'y' as u32,
        'ç' => 'c' as u32,
        'ñ' => 'n' as u32,
        other => other as u32,
    };
    (base, lower as u32)
}

/// Compares two names in Norwegian alphabetical order; ties are broken by accents, then by
/// case, so the order is total and stable.
pub fn norwegian_cmp(a: &str, b: &str) -> Ordering {
    let primary = a
        .chars()
        .map(|c| weight(c).0)
        .cmp(b.chars().map(|c| weight(c).0));
    primary
        .then_with(|| {
            a.chars()
                .map(|c| weight(c).1)
                .cmp(b.chars().map(|c| weight(c).1))
        })
        .then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ae_oe_aa_come_after_z_in_that_order() {
        let mut names = vec![
            "Øyvind", "Åse", "Zakarias", "Ærlig", "anne", "Bjarne", "Anders",
        ];
        names.sort_by(|a, b| norwegian_cmp(a, b));
        assert_eq!(
            names,
            ["Anders", "anne", "Bjarne", "Zakarias", "Ærlig", "Øyvind", "Åse"]
        );
    }

    #[test]
    fn accented_letters_sort_with_their_base() {
        let mut names = vec!["Fredrikstad", "Éliane", "Elverum", "Ezra"];
        names.sort_by(|a, b| norwegian_cmp(a, b));
        assert_eq!(names, ["Éliane", "Elverum", "Ezra", "Fredrikstad"]);
    }
}
