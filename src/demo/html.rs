//! The demo's page, `channel.html`: the channels as members see them (messages with author and
//! time, the notice's buttons, answers only one member sees, attached files linked) and the
//! exported files beside it. One self-contained, well-formed file: inline CSS, no scripts, no
//! request to anywhere (links to files are relative; web addresses are shown as text).

use super::markup::{self, escape};
use super::transcript::{file_line, Entry, FileRef, Posted, Transcript};
use crate::i18n::{format_date_long, t, Language};
use chrono::NaiveDate;

/// What the page shows besides the transcript.
pub struct Page<'a> {
    pub title: &'a str,
    /// The Discord server (the group's organisation).
    pub server: &'a str,
    /// The channels, in the order shown.
    pub channels: &'a [String],
    pub exports: &'a [FileRef],
}

const CSS: &str = r#"
*{box-sizing:border-box}
body{margin:0;background:#313338;color:#dbdee1;font:15px/1.375 system-ui,Segoe UI,Roboto,Helvetica,Arial,sans-serif}
.app{display:flex;min-height:100vh}
nav{width:240px;flex:none;background:#2b2d31;padding:12px 8px}
nav .server{font-weight:700;color:#f2f3f5;padding:6px 8px 14px;border-bottom:1px solid #1f2023;margin-bottom:12px}
nav .label{font-size:12px;font-weight:700;text-transform:uppercase;color:#949ba4;padding:12px 8px 4px}
nav a{display:block;color:#949ba4;text-decoration:none;padding:5px 8px;border-radius:4px}
nav a:hover{background:#35373c;color:#dbdee1}
main{flex:1;min-width:0}
header{padding:12px 16px;border-bottom:1px solid #1f2023;background:#313338}
header h1{margin:0;font-size:16px;color:#f2f3f5}
header p{margin:2px 0 0;font-size:13px;color:#949ba4}
section{padding:8px 0 24px}
section h2{margin:16px 16px 8px;font-size:20px;color:#f2f3f5}
.day{display:flex;align-items:center;margin:20px 16px 8px;color:#949ba4;font-size:12px;font-weight:600}
.day::before,.day::after{content:'';flex:1;height:1px;background:#3f4147}
.day span{padding:0 8px}
.msg{display:flex;gap:16px;padding:4px 16px 6px;margin-top:10px}
.msg:hover{background:#2e3035}
.msg.eph{background:#2f3446;border-left:2px solid #5865f2}
.avatar{width:40px;height:40px;flex:none;border-radius:50%;display:flex;align-items:center;justify-content:center;color:#fff;font-weight:700}
.body{min-width:0;flex:1}
.head{display:flex;align-items:baseline;gap:6px}
.author{color:#f2f3f5;font-weight:600}
.tag{background:#5865f2;color:#fff;font-size:10px;font-weight:700;padding:1px 4px;border-radius:3px}
.head small{color:#949ba4;font-size:12px}
.text p,.text blockquote{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.375em}
.text blockquote{border-left:4px solid #4e5058;padding-left:10px}
.text strong{color:#f2f3f5}
.mention{background:#3c4270;color:#c9cdfb;border-radius:3px;padding:0 2px}
.time{background:#3f4147;border-radius:3px;padding:0 2px}
.url{color:#949ba4;font-size:13px}
.link{color:#00a8fc}
.row{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}
.btn{display:inline-block;padding:3px 16px;border-radius:3px;color:#fff;font-size:14px;font-weight:500;line-height:26px;background:#4e5058}
.btn.s1{background:#5865f2}.btn.s3{background:#248046}.btn.s4{background:#da373c}
.file{display:flex;align-items:center;gap:8px;max-width:430px;margin-top:8px;padding:10px 12px;background:#2b2d31;border:1px solid #1f2023;border-radius:8px;color:#00a8fc;text-decoration:none}
.file small{color:#949ba4}
.only{margin-top:6px;font-size:12px;color:#949ba4}
.action{margin:10px 16px 0 72px;color:#949ba4;font-size:13px}
.action ul{margin:2px 0 0;padding-left:18px}
.note{margin:14px 16px;padding:8px 12px;border-radius:6px;background:#2b2d31;color:#b5bac1;font-style:italic}
.exports{display:flex;flex-direction:column;padding:0 16px}
"#;

/// A colour for a name's avatar (the same name, the same colour).
fn colour(name: &str) -> &'static str {
    const PALETTE: [&str; 6] = [
        "#5865f2", "#3ba55c", "#faa61a", "#ed4245", "#eb459e", "#1abc9c",
    ];
    let sum = name
        .bytes()
        .fold(0usize, |a, b| a.wrapping_mul(31).wrapping_add(b.into()));
    PALETTE[sum % PALETTE.len()]
}

/// A file name as a relative link (every byte outside a plain set percent-encoded).
fn href(name: &str) -> String {
    name.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

fn file_link(file: &FileRef, lang: Language) -> String {
    let size = super::transcript::size(file.bytes, lang);
    format!(
        "<a class=\"file\" href=\"{}\">📎 {} <small>{}</small></a>\n",
        href(&file.name),
        escape(&file.name),
        escape(&size)
    )
}

/// The id of a channel's section.
fn anchor(channel: &str) -> String {
    format!("c{}", href(channel).replace('%', ""))
}

/// The whole page.
pub fn render(transcript: &Transcript, page: &Page<'_>) -> String {
    let lang = transcript.lang;
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<div class=\"app\">\n<nav>\n",
        lang.code(),
        escape(&t(lang, "demo-html-title", &[("title", page.title.into())]))
    ));
    out.push_str(&format!(
        "<div class=\"server\">{}</div>\n",
        escape(page.server)
    ));
    out.push_str(&format!(
        "<div class=\"label\">{}</div>\n",
        escape(&t(lang, "demo-html-channels", &[]))
    ));
    for channel in page.channels {
        out.push_str(&format!(
            "<a href=\"#{}\"># {}</a>\n",
            anchor(channel),
            escape(channel)
        ));
    }
    out.push_str(&format!(
        "<div class=\"label\">{}</div>\n",
        escape(&t(lang, "demo-exported", &[]))
    ));
    for file in page.exports {
        out.push_str(&format!(
            "<a href=\"{}\">📎 {}</a>\n",
            href(&file.name),
            escape(&file.name)
        ));
    }
    out.push_str("</nav>\n<main>\n");
    out.push_str(&format!(
        "<header><h1>{}</h1><p>{}</p></header>\n",
        escape(&t(lang, "demo-html-title", &[("title", page.title.into())])),
        escape(&t(lang, "demo-html-subtitle", &[]))
    ));
    for channel in page.channels {
        out.push_str(&format!(
            "<section id=\"{}\">\n<h2># {}</h2>\n",
            anchor(channel),
            escape(channel)
        ));
        let mut day: Option<NaiveDate> = None;
        for entry in transcript
            .entries
            .iter()
            .filter(|e| in_channel(e, channel, page))
        {
            let local = entry.at().with_timezone(&transcript.tz);
            if day != Some(local.date_naive()) {
                day = Some(local.date_naive());
                let words = format_date_long(local.date_naive(), lang);
                out.push_str(&format!(
                    "<div class=\"day\"><span>{}</span></div>\n",
                    escape(&words)
                ));
            }
            out.push_str(&entry_html(entry, transcript));
        }
        out.push_str("</section>\n");
    }
    out.push_str(&format!(
        "<section id=\"files\">\n<h2>{}</h2>\n<div class=\"exports\">\n",
        escape(&t(lang, "demo-exported", &[]))
    ));
    for file in page.exports {
        out.push_str(&file_link(file, lang));
    }
    out.push_str("</div>\n</section>\n</main>\n</div>\n</body>\n</html>\n");
    out
}

/// Whether an entry belongs in a channel's section (notes go with the first channel).
fn in_channel(entry: &Entry, channel: &str, page: &Page<'_>) -> bool {
    match entry {
        Entry::Note { .. } => page.channels.first().is_some_and(|c| c == channel),
        Entry::Action { channel: c, .. } => c == channel,
        Entry::Message(p) => p.channel == channel,
    }
}

fn entry_html(entry: &Entry, transcript: &Transcript) -> String {
    let time = entry.at().with_timezone(&transcript.tz).format("%H:%M");
    match entry {
        Entry::Note { text, .. } => {
            format!("<div class=\"note\">{time} · {}</div>\n", escape(text))
        }
        Entry::Action {
            text,
            fields,
            files,
            ..
        } => {
            let mut out = format!(
                "<div class=\"action\">▸ {} <small>{time}</small>",
                escape(text)
            );
            if !fields.is_empty() {
                out.push_str("<ul>");
                for (label, value) in fields {
                    out.push_str(&format!("<li>{}: {}</li>", escape(label), escape(value)));
                }
                out.push_str("</ul>");
            }
            for file in files {
                out.push_str(&format!(
                    " <a class=\"link\" href=\"{}\">📎 {}</a>",
                    href(&file.name),
                    escape(&file_line(file, transcript.lang))
                ));
            }
            out.push_str("</div>\n");
            out
        }
        Entry::Message(p) => message_html(p, &time.to_string(), transcript),
    }
}

fn message_html(p: &Posted, time: &str, transcript: &Transcript) -> String {
    let lang = transcript.lang;
    let initial: String = p
        .author
        .chars()
        .next()
        .map(String::from)
        .unwrap_or_default();
    let class = if p.only_for.is_some() {
        "msg eph"
    } else {
        "msg"
    };
    let mut out = format!(
        "<article class=\"{class}\">\n<div class=\"avatar\" style=\"background:{}\">{}</div>\n<div class=\"body\">\n<div class=\"head\"><span class=\"author\">{}</span>",
        colour(&p.author),
        escape(&initial),
        escape(&p.author)
    );
    if p.bot {
        out.push_str(&format!(
            "<span class=\"tag\">{}</span>",
            escape(&t(lang, "demo-app-tag", &[]))
        ));
    }
    out.push_str(&format!("<small>{time}</small>"));
    if p.edited {
        out.push_str(&format!(
            "<small>{}</small>",
            escape(&t(lang, "demo-edited", &[]))
        ));
    }
    out.push_str("</div>\n<div class=\"text\">\n");
    out.push_str(&markup::html(
        &p.content,
        &transcript.names,
        transcript.tz,
        lang,
    ));
    out.push_str("</div>\n");
    for row in &p.buttons {
        out.push_str("<div class=\"row\">");
        for (label, style) in row {
            out.push_str(&format!(
                "<span class=\"btn s{style}\">{}</span>",
                escape(label)
            ));
        }
        out.push_str("</div>\n");
    }
    for file in &p.files {
        out.push_str(&file_link(file, lang));
    }
    if let Some(name) = &p.only_for {
        let only = t(lang, "demo-only-visible", &[("name", name.as_str().into())]);
        out.push_str(&format!("<div class=\"only\">👁 {}</div>\n", escape(&only)));
    }
    out.push_str("</div>\n</article>\n");
    out
}
