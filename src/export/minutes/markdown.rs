//! The minutes as Markdown: the parts (see [`super::content`]) with the agenda export's
//! escaping (`export::markdown`), so no text a member wrote can be read as markup: a `#` is
//! no heading, a `[link](x)` no link, `<script>` no HTML.

use super::super::blocks::{blocks_with, MARKDOWN_MARKERS};
use super::super::lines_of;
use super::super::markdown::{cell, escape_heading, escape_line, write_blocks};
use super::content::Part;
use std::fmt::Write;

/// The document as Markdown (LF line ends).
pub(super) fn render(parts: &[Part<'_>]) -> String {
    let mut out = String::with_capacity(8192);
    for part in parts {
        match part {
            Part::Title(text) => {
                let _ = writeln!(out, "# {}\n", escape_heading(text));
            }
            Part::Draft(text) => {
                let _ = writeln!(out, "**{}**\n", escape_line(text));
            }
            Part::Fields(fields) => {
                for (name, value) in fields {
                    let _ = writeln!(out, "**{}** {}\n", escape_line(name), escape_line(value));
                }
            }
            Part::Heading(text) => {
                let _ = writeln!(out, "## {}\n", escape_heading(text));
            }
            Part::Subheading(text) => {
                let _ = writeln!(out, "### {}\n", escape_heading(text));
            }
            Part::Text(text) => {
                write_blocks(&mut out, &blocks_with(text, MARKDOWN_MARKERS));
                out.push('\n');
            }
            Part::Labelled { label, text } => {
                let _ = write!(out, "**{}** ", escape_line(label));
                out.push_str(&hard_broken(text, escape_line));
                out.push_str("\n\n");
            }
            Part::Note(text) => {
                out.push_str(&hard_broken(text, |l| format!("*{}*", escape_line(l))));
                out.push_str("\n\n");
            }
            Part::Line(text) | Part::Closing(text) => {
                let _ = writeln!(out, "{}\n", escape_line(text));
            }
            Part::Table { columns, rows } => {
                let [a, b, c] = columns;
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |\n| --- | --- | --- |",
                    cell(a),
                    cell(b),
                    cell(c)
                );
                for [a, b, c] in rows {
                    let _ = writeln!(out, "| {} | {} | {} |", cell(a), cell(b), cell(c));
                }
                out.push('\n');
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// A text's non-blank lines, each trimmed and written by `line`, joined by hard line breaks
/// (one paragraph).
fn hard_broken(text: &str, line: impl Fn(&str) -> String) -> String {
    let lines: Vec<String> = lines_of(text)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(line)
        .collect();
    lines.join("\\\n")
}
