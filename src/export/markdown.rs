//! The agenda document as Markdown, laid out like the secretariat's own: heading, time and
//! place, the numbered agenda with each region's brief under the item that collects them,
//! the regions that sent nothing, and the invitees as a table.
//!
//! A brief is written exactly as stored (nothing escaped, re-wrapped or dropped; CRLF kept),
//! so the secretariat's Markdown is the members' text. Texts from the meeting file are put on
//! one line; table cells have `\` and `|` escaped.

use super::document::{agenda_line, one_line, DocumentWords};
use super::{lines_of, BriefView, ExportView};
use std::fmt::Write;

/// The document as Markdown (LF line ends outside the briefs).
pub(super) fn render(view: &ExportView) -> String {
    let words = DocumentWords::of(view);
    let capacity = view.briefs.iter().map(|b| b.text.len() + 64).sum::<usize>()
        + view.invitees.len() * 64
        + 4096;
    let mut out = String::with_capacity(capacity);
    let _ = writeln!(out, "# {}\n", words.heading);
    let _ = writeln!(out, "{}\n", words.time_and_place);
    if let Some(d) = &view.meeting.documents {
        let link = format!("[{}]({})", link_text(&d.title), link_destination(&d.url));
        let _ = writeln!(out, "{}\n", words.documents(link));
    }

    for (label, names) in &words.attendance {
        let _ = writeln!(out, "**{label}:** {names}\n");
    }

    let brief_item = view.brief_item().map(|i| i.number);
    let mut in_list = false;
    for item in &view.agenda {
        let _ = writeln!(out, "{}. {}", item.number, agenda_line(item));
        in_list = true;
        if Some(item.number) == brief_item {
            out.push('\n');
            write_briefs(&mut out, view, &words);
            in_list = false;
        }
    }
    if in_list {
        out.push('\n');
    }
    if brief_item.is_none() && !(view.briefs.is_empty() && view.regions_without_brief.is_empty()) {
        let _ = writeln!(out, "## {}\n", words.briefs);
        write_briefs(&mut out, view, &words);
    }

    if !view.invitees.is_empty() {
        let _ = writeln!(out, "## {}\n", words.invitees);
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

/// The count, each region's brief under its name, and the regions that sent nothing.
fn write_briefs(out: &mut String, view: &ExportView, words: &DocumentWords) {
    let _ = writeln!(out, "{}\n", words.briefs_received);
    for brief in &view.briefs {
        write_brief(out, brief, words);
    }
    if let Some(line) = &words.without_brief {
        let _ = writeln!(out, "{line}\n");
    }
}

fn write_brief(out: &mut String, brief: &BriefView, words: &DocumentWords) {
    let read = if brief.taken_as_read {
        format!(" ({})", words.taken_as_read)
    } else {
        String::new()
    };
    let _ = writeln!(out, "### {}{read}\n", one_line(&brief.region));
    out.push_str(&brief.text);
    out.push('\n');
    // A fenced code block the author left open would swallow the rest of the document.
    if let Some(fence) = unclosed_fence(&brief.text) {
        out.push_str(&fence);
        out.push('\n');
    }
    out.push('\n');
}

/// The closing fence for a code block that a text opens (``` or ~~~) and does not close.
fn unclosed_fence(text: &str) -> Option<String> {
    let mut open: Option<(char, usize)> = None;
    for line in lines_of(text) {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if indent > 3 {
            continue;
        }
        let rest = &line[indent..];
        let Some(c) = rest.chars().next().filter(|c| *c == '`' || *c == '~') else {
            continue;
        };
        let run = rest.chars().take_while(|x| *x == c).count();
        if run < 3 {
            continue;
        }
        let after = &rest[run..];
        match open {
            None if !(c == '`' && after.contains('`')) => open = Some((c, run)),
            Some((oc, olen)) if oc == c && run >= olen && after.trim().is_empty() => open = None,
            _ => {}
        }
    }
    open.map(|(c, len)| c.to_string().repeat(len))
}

/// A table cell: one line, with `\` and `|` escaped so the table parses back.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_was_break = false;
    for c in text.chars() {
        match c {
            '\r' | '\n' => {
                if !last_was_break {
                    out.push(' ');
                }
                last_was_break = true;
                continue;
            }
            '\\' => out.push_str("\\\\"),
            '|' => out.push_str("\\|"),
            other => out.push(other),
        }
        last_was_break = false;
    }
    out
}

/// The text of a link: one line, with the brackets that would end it escaped.
fn link_text(text: &str) -> String {
    one_line(text)
        .replace('\\', "\\\\")
        .replace('[', "\\[")
        .replace(']', "\\]")
}

/// A link's address, in angle brackets when it holds spaces, parentheses or brackets.
fn link_destination(url: &str) -> String {
    if url.contains(|c: char| c.is_whitespace() || "()<>".contains(c)) {
        let inside: String = url
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect();
        format!("<{}>", inside.replace('<', "%3C").replace('>', "%3E"))
    } else {
        url.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_escape_pipes_and_backslashes_and_join_lines() {
        assert_eq!(cell("A | B"), "A \\| B");
        assert_eq!(cell("C:\\x"), "C:\\\\x");
        assert_eq!(cell("a\r\nb\nc"), "a b c");
    }

    #[test]
    fn an_open_fence_is_closed() {
        assert_eq!(unclosed_fence("a\n```rust\ncode"), Some("```".into()));
        assert_eq!(unclosed_fence("~~~~\nx\n~~~~\n"), None);
        assert_eq!(unclosed_fence("```\nx\n```"), None);
        assert_eq!(unclosed_fence("inline ```code``` here"), None);
    }
}
