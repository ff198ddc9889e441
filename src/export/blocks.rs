//! How a brief's lines fall into paragraphs and bullet items: a blank line ends a paragraph,
//! a line that starts with a bullet marker (then white space) starts a bullet item, and the
//! lines after it continue the item as in Markdown. The Word document and the PDF take `•`,
//! `-`, `*` and `–` as markers; the Markdown only CommonMark's `-` and `*`, so that a `•`
//! stays the text it was.

use super::lines_of;

/// The bullet markers of the Word document and the PDF.
pub(super) const DOCUMENT_MARKERS: &[char] = &['•', '-', '*', '–'];
/// The bullet markers that are Markdown's own.
pub(super) const MARKDOWN_MARKERS: &[char] = &['-', '*'];

/// A paragraph of a brief: its lines (markers and surrounding white space taken off), and
/// for a bullet, its level (0, or 1 when the marker is indented).
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Block<'a> {
    pub bullet_level: Option<usize>,
    /// The bullet's marker as written (`•`, `-`, ...).
    pub marker: Option<char>,
    pub lines: Vec<&'a str>,
}

/// Splits a brief into paragraphs and bullets. A blank line ends a paragraph; a line that
/// starts with a bullet marker starts a bullet; the lines after it, up to a blank line or the
/// next bullet, continue it (as in Markdown), except an unindented line that reads as the
/// start of something else (see [`ends_a_bullet`]).
pub(super) fn blocks(text: &str) -> Vec<Block<'_>> {
    blocks_with(text, DOCUMENT_MARKERS)
}

/// [`blocks`], with `markers` as the bullet markers.
pub(super) fn blocks_with<'a>(text: &'a str, markers: &[char]) -> Vec<Block<'a>> {
    let mut out: Vec<Block<'_>> = Vec::new();
    let mut open = false;
    for line in lines_of(text) {
        if line.trim().is_empty() {
            open = false;
            continue;
        }
        if let Some((level, marker, rest)) = bullet(line, markers) {
            out.push(Block {
                bullet_level: Some(level),
                marker: Some(marker),
                lines: vec![rest],
            });
        } else if let Some(block) = out
            .last_mut()
            .filter(|b| open && !(b.bullet_level.is_some() && ends_a_bullet(line)))
        {
            block.lines.push(line.trim());
        } else {
            out.push(Block {
                bullet_level: None,
                marker: None,
                lines: vec![line.trim()],
            });
        }
        open = true;
    }
    out
}

/// The level, marker and text of a bullet line: one of the `markers` then white space.
fn bullet<'a>(line: &'a str, markers: &[char]) -> Option<(usize, char, &'a str)> {
    let body = line.trim_start();
    let indent = &line[..line.len() - body.len()];
    let (marker, rest) = markers
        .iter()
        .find_map(|marker| Some((*marker, body.strip_prefix(*marker)?)))?;
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let level = usize::from(indent.contains('\t') || indent.chars().count() >= 2);
    Some((level, marker, rest.trim()))
}

/// Whether a line after a bullet starts a paragraph of its own rather than continuing the
/// bullet: it is not indented, and is a numbered item (`1.`, `2)`) or written in capitals
/// (a heading such as "FORVENTEDE EFFEKTER").
fn ends_a_bullet(line: &str) -> bool {
    if line.starts_with(char::is_whitespace) {
        return false;
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let numbered = (1..=3).contains(&digits)
        && line[digits..].starts_with(['.', ')'])
        && line[digits + 1..].starts_with(char::is_whitespace);
    let letters = line.chars().filter(|c| c.is_alphabetic());
    let shouting = letters.clone().count() >= 2 && !letters.clone().any(char::is_lowercase);
    numbered || shouting
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_paragraphs_and_continuations() {
        let text = "Intro line\nsecond line\n\n• One\n  wrapped\n- Two\n  – nested\n-5 grader\n\n*not* a bullet";
        let b = blocks(text);
        let shape: Vec<_> = b
            .iter()
            .map(|b| (b.bullet_level, b.lines.clone()))
            .collect();
        assert_eq!(
            shape,
            vec![
                (None, vec!["Intro line", "second line"]),
                (Some(0), vec!["One", "wrapped"]),
                (Some(0), vec!["Two"]),
                (Some(1), vec!["nested", "-5 grader"]),
                (None, vec!["*not* a bullet"]),
            ]
        );
    }

    #[test]
    fn numbered_and_capital_lines_end_a_bullet() {
        let b = blocks("- Tiltrekke bedrifter\nFORVENTEDE EFFEKTER\n1) Et sterkere samfunn:\nKjærkommen vekst\n- Neste\n2. punkt\n  3. innrykket");
        let shape: Vec<_> = b
            .iter()
            .map(|b| (b.bullet_level, b.lines.clone()))
            .collect();
        assert_eq!(
            shape,
            vec![
                (Some(0), vec!["Tiltrekke bedrifter"]),
                (
                    None,
                    vec![
                        "FORVENTEDE EFFEKTER",
                        "1) Et sterkere samfunn:",
                        "Kjærkommen vekst"
                    ]
                ),
                (Some(0), vec!["Neste"]),
                (None, vec!["2. punkt", "3. innrykket"]),
            ]
        );
    }

    #[test]
    fn markdown_takes_only_its_own_markers() {
        let b = blocks_with("• En\n• To\n- Tre", MARKDOWN_MARKERS);
        let shape: Vec<_> = b
            .iter()
            .map(|b| (b.bullet_level, b.lines.clone()))
            .collect();
        assert_eq!(
            shape,
            vec![(None, vec!["• En", "• To"]), (Some(0), vec!["Tre"])]
        );
    }

    #[test]
    fn crlf_is_a_line_end() {
        let b = blocks("a\r\nb\r\n\r\n- c\r\n");
        assert_eq!(b[0].lines, vec!["a", "b"]);
        assert_eq!(b[1].lines, vec!["c"]);
    }
}
