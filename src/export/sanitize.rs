//! Making any text from members or meeting files safe for the file formats that cannot carry
//! every character: XML (Word), link addresses (Word's relationships, Markdown), iCalendar
//! and the PDF's metadata.

/// A character that XML 1.0 cannot carry, even as a character reference: the C0 controls
/// other than tab, line feed and carriage return, and U+FFFE/U+FFFF.
fn is_xml_forbidden(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}'
    )
}

/// The text with every character XML cannot carry replaced by U+FFFD, so the reader sees
/// where one was.
pub(crate) fn xml_text(text: &str) -> String {
    text.chars()
        .map(|c| if is_xml_forbidden(c) { '\u{FFFD}' } else { c })
        .collect()
}

/// A link address on one line: surrounding white space dropped, and every control character
/// (tab and line ends too), and DEL, percent-encoded, as browsers do with a typed address.
pub(crate) fn url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.trim().chars() {
        if c.is_control() {
            let mut buf = [0; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A text for a field that is one line (a title, a name, a place): line ends, tabs and other
/// control characters become spaces, runs of white space one space.
pub(crate) fn one_line(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text with the five markup characters escaped, fit for XML content, an XML attribute value
/// and HTML alike (`&apos;` is XML's own and HTML5 knows it).
pub(crate) fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_forbidden_characters_are_replaced() {
        assert_eq!(xml_text("a\u{7}b\u{1F}\tc\n"), "a\u{FFFD}b\u{FFFD}\tc\n");
    }

    #[test]
    fn urls_lose_their_control_characters() {
        assert_eq!(
            url(" https://x.no/a\u{7}b\r\nc\u{7F} "),
            "https://x.no/a%07b%0D%0Ac%7F"
        );
        assert_eq!(url("https://x.no/ø?q=1&r=2"), "https://x.no/ø?q=1&r=2");
    }

    #[test]
    fn one_line_fields_have_no_control_characters() {
        assert_eq!(one_line("Møte\r\ni\u{0}\tgruppen "), "Møte i gruppen");
    }
}
