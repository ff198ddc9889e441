//! Laying the blocks out on A4 pages: lines broken at spaces where the width runs out (a
//! word longer than a line is broken between characters), a heading kept with what follows
//! it, the invitee table's rows kept whole with its header row repeated on each new page,
//! and "Side 1 av 3" at the foot of every page.

use super::fonts::{wrap, Fonts};
use super::model::{Flow, Label, LabelAt, Model, Style, TableBlock, TextBlock};

pub(super) const PAGE_WIDTH: f32 = 595.28;
pub(super) const PAGE_HEIGHT: f32 = 841.89;
const LEFT: f32 = 62.0;
const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * LEFT;
const TOP: f32 = 56.0;
const BOTTOM: f32 = 780.0;
const FOOTER_BASELINE: f32 = 812.0;
const HEAD_BASELINE: f32 = 36.0;
const CELL_PADDING: f32 = 3.0;
/// The least room between a field's name and its text.
const LABEL_GAP: f32 = 6.0;
/// Where a list label stands, left of its item's text.
const LABEL_OFFSET: f32 = 11.0;

/// Whose a piece of drawn text is: a structure leaf's, or decoration (an artifact).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Owner {
    Leaf(usize),
    /// The table's header row again on a later page.
    RepeatedHeader,
    /// The running head at the top of each page.
    Header,
    Footer,
}

/// Text drawn at a baseline.
#[derive(Debug)]
pub(super) struct Run {
    pub x: f32,
    pub baseline: f32,
    pub style: Style,
    pub text: String,
    pub owner: Owner,
}

/// A filled rectangle (the table's shading and rules), grey level 0–255.
#[derive(Debug)]
pub(super) struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub grey: u8,
}

#[derive(Debug, Default)]
pub(super) struct Page {
    pub runs: Vec<Run>,
    pub rects: Vec<Rect>,
}

/// Size (pt), bold, line height, space before and after.
pub(super) fn spec(style: Style) -> (f32, bool, f32, f32, f32) {
    match style {
        Style::Title => (15.0, true, 19.0, 0.0, 8.0),
        Style::Heading => (12.0, true, 16.0, 12.0, 4.0),
        Style::Subheading => (10.5, true, 14.0, 9.0, 3.0),
        Style::Body | Style::Note => (10.0, false, 13.5, 0.0, 5.0),
        Style::FieldName => (10.0, true, 13.5, 0.0, 5.0),
        Style::Cell => (9.0, false, 11.5, 0.0, 0.0),
        Style::HeaderCell => (9.0, true, 11.5, 0.0, 0.0),
        Style::Footer => (8.5, false, 11.0, 0.0, 0.0),
        Style::RunningHead => (9.0, true, 11.0, 0.0, 0.0),
    }
}

struct Layout<'f> {
    fonts: &'f mut Fonts,
    pages: Vec<Page>,
    y: f32,
}

/// The pages of a document; `page_of` are the footer's words around the page number and the
/// page count.
pub(super) fn lay_out(model: &Model, fonts: &mut Fonts, page_of: [&str; 3]) -> Vec<Page> {
    let mut layout = Layout {
        fonts,
        pages: vec![Page::default()],
        y: TOP,
    };
    for block in &model.flow {
        match block {
            Flow::Text(text) => layout.text(text),
            Flow::Table(table) => layout.table(table),
        }
    }
    layout.footers(page_of);
    if let Some(head) = &model.running_head {
        layout.running_heads(head);
    }
    layout.pages
}

impl Layout<'_> {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// A new page unless `height` still fits on this one (or this one is still empty).
    fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP {
            self.pages.push(Page::default());
            self.y = TOP;
        }
    }

    fn text(&mut self, block: &TextBlock) {
        let (size, bold, line_height, before, after) = spec(block.style);
        let lead = block.text.get(..block.lead).unwrap_or_default();
        // The lines are broken as if in the block's face; a bold lead takes this much more.
        let lead_extra =
            self.fonts.face(true).width(lead, size) - self.fonts.face(bold).width(lead, size);
        let lines = wrap(
            self.fonts,
            &block.text,
            CONTENT_WIDTH - block.indent - lead_extra.max(0.0),
            size,
            bold,
        );
        if self.y > TOP {
            self.y += before;
        }
        if matches!(
            block.style,
            Style::Title | Style::Heading | Style::Subheading
        ) {
            // Kept with the first two lines of what follows.
            let body = spec(Style::Body).2;
            self.ensure(line_height * lines.len() as f32 + 2.0 * body + after);
        }
        for (n, line) in lines.into_iter().enumerate() {
            self.ensure(line_height);
            if let (0, Some(label)) = (n, &block.label) {
                self.label(block, label, line_height);
            }
            let baseline = self.y + line_height * 0.78;
            let mut x = LEFT + block.indent;
            let mut line = line;
            if let (0, Some(rest)) = (n, line.strip_prefix(lead).filter(|_| !lead.is_empty())) {
                let rest = rest.to_owned();
                self.page().runs.push(Run {
                    x,
                    baseline,
                    style: Style::FieldName,
                    text: lead.to_owned(),
                    owner: Owner::Leaf(block.leaf),
                });
                x += self.fonts.face(true).width(lead, size);
                line = rest;
            }
            if !line.is_empty() {
                self.page().runs.push(Run {
                    x,
                    baseline,
                    style: block.style,
                    text: line,
                    owner: Owner::Leaf(block.leaf),
                });
            }
            self.y += line_height;
        }
        self.y += after;
    }

    /// A label left of a block's first line: a list's marker just before the text, or a
    /// field's name in the margin column. A name wider than its column stands on a line of
    /// its own above the text (a marker always stands beside it).
    fn label(&mut self, block: &TextBlock, label: &Label, line_height: f32) {
        let baseline = self.y + line_height * 0.78;
        let x = match label.at {
            LabelAt::BeforeText => LEFT + block.indent - LABEL_OFFSET,
            LabelAt::Margin => LEFT,
        };
        let (size, bold, ..) = spec(label.style);
        let fits = label.at == LabelAt::BeforeText
            || x + self.fonts.face(bold).width(&label.text, size) + LABEL_GAP
                <= LEFT + block.indent;
        self.page().runs.push(Run {
            x,
            baseline,
            style: label.style,
            text: label.text.clone(),
            owner: Owner::Leaf(label.leaf),
        });
        if !fits {
            self.y += line_height;
            self.ensure(line_height);
        }
    }

    /// `head` at the top right of every page.
    fn running_heads(&mut self, head: &str) {
        let (size, bold, ..) = spec(Style::RunningHead);
        let width = self.fonts.face(bold).width(head, size);
        for page in &mut self.pages {
            page.runs.push(Run {
                x: LEFT + CONTENT_WIDTH - width,
                baseline: HEAD_BASELINE,
                style: Style::RunningHead,
                text: head.to_owned(),
                owner: Owner::Header,
            });
        }
    }

    fn footers(&mut self, [before, between, after]: [&str; 3]) {
        let count = self.pages.len();
        let (size, bold, ..) = spec(Style::Footer);
        for n in 0..count {
            let text = format!("{before}{}{between}{count}{after}", n + 1);
            let width = self.fonts.face(bold).width(&text, size);
            self.pages[n].runs.push(Run {
                x: (PAGE_WIDTH - width) / 2.0,
                baseline: FOOTER_BASELINE,
                style: Style::Footer,
                text,
                owner: Owner::Footer,
            });
        }
    }
}

#[path = "layout_table.rs"]
mod table;

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
