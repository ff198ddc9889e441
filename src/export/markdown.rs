//! The agenda document as Markdown, laid out like the secretariat's own: heading, time and
//! place, the numbered agenda with each region's brief under the item that collects them,
//! the regions that sent nothing, and the invitees as a table.
//!
//! What members and meeting files wrote is text, never structure: every character CommonMark
//! (with GitHub's tables and strikethrough) could read as markup is escaped with a backslash
//! (see [`escape_line`]), so a brief renders as written and changes nothing outside its own
//! section. A brief keeps its shape: a blank line starts a paragraph, each line break stays
//! a (hard) line break, and lines starting with Markdown's own `-` or `*` are a bulleted list
//! (see [`super::blocks`]; a `•` stays the text it is); the white space around a line is not
//! kept.

use super::blocks::{blocks_with, Block, MARKDOWN_MARKERS};
use super::document::{agenda_line, one_line, DocumentWords};
use super::{BriefView, ExportView};
use std::fmt::Write;

/// The document as Markdown (LF line ends).
pub(super) fn render(view: &ExportView) -> String {
    let words = DocumentWords::of(view);
    let capacity = view.briefs.iter().map(|b| b.text.len() + 64).sum::<usize>()
        + view.invitees.len() * 64
        + 4096;
    let mut out = String::with_capacity(capacity);
    let _ = writeln!(out, "# {}\n", escape_heading(&words.heading));
    let _ = writeln!(out, "{}\n", escape_line(&words.time_and_place));
    if let Some(d) = &view.meeting.documents {
        let link = format!("[{}]({})", link_text(&d.title), link_destination(&d.url));
        let _ = writeln!(out, "{}\n", words.documents(link));
    }

    for (label, names) in &words.attendance {
        let _ = writeln!(out, "**{}:** {}\n", escape_line(label), escape_line(names));
    }

    let brief_item = view.brief_item().map(|i| i.number);
    let mut in_list = false;
    for item in &view.agenda {
        let _ = writeln!(
            out,
            "{}. {}",
            item.number,
            escape_line(&agenda_line(item, words.lang))
        );
        in_list = true;
        if Some(item.number) == brief_item {
            out.push('\n');
            write_briefs(&mut out, view, &words);
            in_list = false;
        }
        if words.follow_ups_under(view, Some(item.number)) {
            out.push('\n');
            write_follow_ups(&mut out, &words);
            in_list = false;
        }
    }
    if in_list {
        out.push('\n');
    }
    if words.follow_ups_under(view, None) {
        let _ = writeln!(out, "## {}\n", escape_heading(&words.follow_up_section));
        write_follow_ups(&mut out, &words);
    }
    if brief_item.is_none() && !(view.briefs.is_empty() && view.regions_without_brief.is_empty()) {
        let _ = writeln!(out, "## {}\n", escape_heading(&words.briefs));
        write_briefs(&mut out, view, &words);
    }

    if !view.invitees.is_empty() {
        let _ = writeln!(out, "## {}\n", escape_heading(&words.invitees));
        let [first, last, organisation] = &words.invitee_columns;
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n| --- | --- | --- |",
            cell(first),
            cell(last),
            cell(organisation)
        );
        for i in &view.invitees {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                cell(&i.first_name),
                cell(&i.last_name),
                cell(&i.organisation)
            );
        }
    }
    out
}

/// The follow-up items, one bullet each (their text escaped like any member's).
fn write_follow_ups(out: &mut String, words: &DocumentWords) {
    for line in &words.follow_ups {
        let _ = writeln!(out, "- {}", escape_line(line));
    }
    out.push('\n');
}

/// The count, each region's brief under its name, and the regions that sent nothing.
fn write_briefs(out: &mut String, view: &ExportView, words: &DocumentWords) {
    let _ = writeln!(out, "{}\n", escape_line(&words.briefs_received));
    for brief in &view.briefs {
        write_brief(out, brief, words);
    }
    if let Some(line) = &words.without_brief {
        let _ = writeln!(out, "{}\n", escape_line(line));
    }
}

fn write_brief(out: &mut String, brief: &BriefView, words: &DocumentWords) {
    let read = if brief.taken_as_read {
        format!(" ({})", words.taken_as_read)
    } else {
        String::new()
    };
    let region = escape_heading(&one_line(&brief.region));
    let _ = writeln!(out, "### {region}{}\n", escape_heading(&read));
    write_blocks(out, &blocks_with(&brief.text, MARKDOWN_MARKERS));
    out.push('\n');
}

/// A brief's paragraphs and bullets: a blank line before each paragraph and each list, the
/// lines of a block joined by hard line breaks (`\` at the end of a line).
pub(super) fn write_blocks(out: &mut String, blocks: &[Block<'_>]) {
    let mut previous_bullet: Option<usize> = None;
    for (n, block) in blocks.iter().enumerate() {
        let indent = match block.bullet_level {
            None => {
                if n > 0 {
                    out.push('\n');
                }
                ""
            }
            Some(level) => {
                if n > 0 && previous_bullet.is_none() {
                    out.push('\n');
                }
                // A nested item needs an item above it; the first of a list is never nested.
                let nested = level > 0 && previous_bullet.is_some();
                out.push_str(if nested { "  - " } else { "- " });
                if nested {
                    "    "
                } else {
                    "  "
                }
            }
        };
        for (i, line) in block.lines.iter().enumerate() {
            if i > 0 {
                out.push_str("\\\n");
                out.push_str(indent);
            }
            if line.is_empty() {
                // An empty item as a space: a bare `-` under a line is a Setext heading.
                out.push_str("&#32;");
            }
            out.push_str(&escape_line(line));
        }
        out.push('\n');
        previous_bullet = block.bullet_level;
    }
}

/// The characters escaped wherever they are: the inline markup of CommonMark and GitHub's
/// extensions (code, emphasis, links and images, HTML and entities, strikethrough, tables).
const INLINE: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '&', '~', '|'];
/// The characters escaped at the start of a line: headings, block quotes, list markers,
/// thematic breaks and Setext underlines (the rest are in [`INLINE`]).
const LINE_START: &[char] = &['#', '>', '-', '+', '=', '*', '_'];

/// One line of text as Markdown that renders to exactly that text: at its start, a heading,
/// quote, list, thematic break or Setext mark is escaped, as is the `.` or `)` after a
/// leading number (`2019. Det` would be list item 2019); everywhere, the characters of
/// [`INLINE`]. NUL, which CommonMark turns into U+FFFD, is written as U+FFFD.
pub(super) fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let mut rest = line;
    if digits > 0 && line[digits..].starts_with(['.', ')']) {
        out.push_str(&line[..digits]);
        out.push('\\');
        rest = &line[digits..];
    } else if line.starts_with(LINE_START) && !line.starts_with(INLINE) {
        out.push('\\');
    }
    for c in rest.chars() {
        match c {
            '\0' => out.push('\u{FFFD}'),
            c if INLINE.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A heading's text: as [`escape_line`], and every `#` (one at the end would be read as the
/// heading's closing sequence).
pub(super) fn escape_heading(text: &str) -> String {
    let escaped = escape_line(text);
    match escaped.strip_prefix("\\#") {
        Some(rest) => format!("\\#{}", rest.replace('#', "\\#")),
        None => escaped.replace('#', "\\#"),
    }
}

/// A table cell: one line, escaped as inline text (so `|` and `\` too).
pub(super) fn cell(text: &str) -> String {
    escape_line(&one_line(text))
}

/// The text of a link: one line, escaped.
fn link_text(text: &str) -> String {
    escape_line(&one_line(text))
}

/// A link's address, in angle brackets when it holds spaces, parentheses or brackets;
/// control characters percent-encoded.
fn link_destination(url: &str) -> String {
    let url = super::sanitize::url(url);
    if url.contains(|c: char| c.is_whitespace() || "()<>\\".contains(c)) {
        let inside: String = url
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect();
        format!(
            "<{}>",
            inside
                .replace('<', "%3C")
                .replace('>', "%3E")
                .replace('\\', "%5C")
        )
    } else {
        url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_starts_that_would_be_structure_are_escaped() {
        assert_eq!(escape_line("2019. Det betyr"), "2019\\. Det betyr");
        assert_eq!(escape_line("3) punkt"), "3\\) punkt");
        assert_eq!(escape_line("# Inviterte"), "\\# Inviterte");
        assert_eq!(escape_line("> sitat"), "\\> sitat");
        assert_eq!(escape_line("---"), "\\---");
        assert_eq!(escape_line("==="), "\\===");
        assert_eq!(escape_line("+ pluss"), "\\+ pluss");
        assert_eq!(escape_line("***"), "\\*\\*\\*");
        assert_eq!(escape_line("a - b # c 2. d"), "a - b # c 2. d");
    }

    #[test]
    fn inline_markup_and_html_are_escaped() {
        assert_eq!(
            escape_line("<!-- <script> *a* _b_ `c` [d](e) &amp; ~~f~~ | g \\"),
            "\\<!-- \\<script> \\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\&amp; \\~\\~f\\~\\~ \\| g \\\\"
        );
        assert_eq!(escape_line("a\0b"), "a\u{FFFD}b");
    }

    #[test]
    fn headings_escape_every_hash() {
        assert_eq!(escape_heading("Horten #"), "Horten \\#");
        assert_eq!(escape_heading("#1 # 2"), "\\#1 \\# 2");
    }

    #[test]
    fn cells_escape_pipes_and_backslashes_and_join_lines() {
        assert_eq!(cell("A | B"), "A \\| B");
        assert_eq!(cell("C:\\x"), "C:\\\\x");
        assert_eq!(cell("a\r\nb\nc"), "a b c");
    }

    #[test]
    fn briefs_keep_paragraphs_line_breaks_and_bullets() {
        let mut out = String::new();
        let text = "Intro\nandre linje\n\n* En\n  fortsatt\n  - under\n- To\nSLUTT\n\n• Ett\n• To";
        write_blocks(&mut out, &blocks_with(text, MARKDOWN_MARKERS));
        assert_eq!(
            out,
            "Intro\\\nandre linje\n\n- En\\\n  fortsatt\n  - under\n- To\n\nSLUTT\n\n• Ett\\\n• To\n"
        );
    }
}
