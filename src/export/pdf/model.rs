//! The PDF's content as blocks to lay out, and its logical structure (the tags: headings,
//! paragraphs, lists, the invitee table), built from the same view and words as the Word
//! document. Each block's text belongs to a leaf of the structure, by number.

use super::super::blocks::{blocks, Block};
use super::super::document::{invitee_rows, one_line, DocumentWords};
use super::super::{BriefView, ExportView};

/// How a block's text looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::export) enum Style {
    Title,
    Heading,
    Subheading,
    Body,
    /// Body text in (slanted) italics.
    Note,
    Cell,
    HeaderCell,
    Footer,
}

/// Text to lay out: lines broken at `\n` and wherever the width runs out.
#[derive(Debug)]
pub(in crate::export) struct TextBlock {
    pub leaf: usize,
    pub style: Style,
    /// Left indent of the text, in points.
    pub indent: f32,
    /// A list label (its leaf and text), set left of the text.
    pub label: Option<(usize, String)>,
    pub text: String,
}

/// A table: a header row and rows of cells, each cell's leaf and text, and each column's
/// share of the width.
#[derive(Debug)]
pub(in crate::export) struct TableBlock {
    pub header: Vec<(usize, String)>,
    pub rows: Vec<Vec<(usize, String)>>,
    pub columns: Vec<f32>,
}

#[derive(Debug)]
pub(in crate::export) enum Flow {
    Text(TextBlock),
    Table(TableBlock),
}

/// A structure element holding drawn text (by leaf number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::export) enum Leaf {
    Heading(u16),
    Paragraph,
    Label,
    ListBody,
    HeaderCell,
    Cell,
}

/// A structure element holding others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::export) enum Group {
    List,
    Item,
    Table,
    TableHead,
    TableBody,
    Row,
}

#[derive(Debug)]
pub(in crate::export) enum Node {
    Leaf(Leaf, usize),
    Group(Group, Vec<Node>),
}

/// The document: what to lay out, in order, and its structure.
#[derive(Debug, Default)]
pub(in crate::export) struct Model {
    pub flow: Vec<Flow>,
    pub tree: Vec<Node>,
    pub leaves: usize,
}

/// The invitee table's columns, as shares of the width (as in the Word document).
const INVITEE_COLUMNS: [f32; 3] = [0.265, 0.309, 0.426];

/// How far list text is indented per level, and its label before it.
const LIST_INDENT: f32 = 18.0;

impl Model {
    /// The document of a view.
    pub fn of(view: &ExportView, words: &DocumentWords) -> Self {
        let mut m = Model::default();
        let title = m.text(Style::Title, &words.heading, 0.0, Leaf::Heading(1));
        m.tree.push(title);
        let node = m.paragraph(&words.time_and_place);
        m.tree.push(node);
        if let Some(d) = &view.meeting.documents {
            let link = format!(
                "{} ({})",
                one_line(&d.title),
                super::super::sanitize::url(&d.url)
            );
            let node = m.paragraph(&words.documents(link));
            m.tree.push(node);
        }
        for (label, names) in &words.attendance {
            let node = m.paragraph(&format!("{label}: {names}"));
            m.tree.push(node);
        }
        let brief_item = view.brief_item().map(|i| i.number);
        for item in &view.agenda {
            let heading = format!("{}. {}", item.number, one_line(&item.title));
            let node = m.text(Style::Heading, &heading, 0.0, Leaf::Heading(2));
            m.tree.push(node);
            if let Some(d) = item.description.as_deref().map(one_line) {
                if !d.is_empty() {
                    let node = m.text(Style::Body, &d, LIST_INDENT, Leaf::Paragraph);
                    m.tree.push(node);
                }
            }
            if Some(item.number) == brief_item {
                m.briefs(view, words);
            }
        }
        if brief_item.is_none()
            && !(view.briefs.is_empty() && view.regions_without_brief.is_empty())
        {
            let node = m.text(Style::Heading, &words.briefs, 0.0, Leaf::Heading(2));
            m.tree.push(node);
            m.briefs(view, words);
        }
        if !view.invitees.is_empty() {
            let node = m.text(Style::Heading, &words.invitees, 0.0, Leaf::Heading(2));
            m.tree.push(node);
            m.invitee_table(view, words);
        }
        m
    }

    fn leaf(&mut self) -> usize {
        self.leaves += 1;
        self.leaves - 1
    }

    /// A block of text in its own leaf; returns the leaf's node.
    pub(in crate::export) fn text(
        &mut self,
        style: Style,
        text: &str,
        indent: f32,
        kind: Leaf,
    ) -> Node {
        let leaf = self.leaf();
        self.flow.push(Flow::Text(TextBlock {
            leaf,
            style,
            indent,
            label: None,
            text: printable(text),
        }));
        Node::Leaf(kind, leaf)
    }

    pub(in crate::export) fn paragraph(&mut self, text: &str) -> Node {
        self.text(Style::Body, text, 0.0, Leaf::Paragraph)
    }

    fn briefs(&mut self, view: &ExportView, words: &DocumentWords) {
        let node = self.paragraph(&words.briefs_received);
        self.tree.push(node);
        for brief in &view.briefs {
            self.brief(brief, words);
        }
        if let Some(line) = &words.without_brief {
            let node = self.paragraph(line);
            self.tree.push(node);
        }
    }

    fn brief(&mut self, brief: &BriefView, words: &DocumentWords) {
        let region = one_line(&brief.region);
        let heading = if brief.taken_as_read {
            format!("{region} ({})", words.taken_as_read)
        } else {
            region
        };
        let node = self.text(Style::Subheading, &heading, 0.0, Leaf::Heading(3));
        self.tree.push(node);
        self.text_blocks(&brief.text, Style::Body);
    }

    /// A text as written: paragraphs in `style`, bullets as a list (see `export::blocks`).
    pub(in crate::export) fn text_blocks(&mut self, text: &str, style: Style) {
        // Items of the open list: (level, node); nested items go into the last top one.
        let mut list: Vec<Node> = Vec::new();
        for block in blocks(text) {
            match block.bullet_level {
                None => {
                    self.close_list(&mut list);
                    let node = self.text(style, &block.lines.join("\n"), 0.0, Leaf::Paragraph);
                    self.tree.push(node);
                }
                Some(level) => {
                    let nested = level > 0 && !list.is_empty();
                    let item = self.list_item(&block, if nested { 2.0 } else { 1.0 }, style);
                    match list.last_mut() {
                        Some(Node::Group(Group::Item, children)) if nested => {
                            match children.last_mut() {
                                Some(Node::Group(Group::List, items)) => items.push(item),
                                _ => children.push(Node::Group(Group::List, vec![item])),
                            }
                        }
                        _ => list.push(item),
                    }
                }
            }
        }
        self.close_list(&mut list);
    }

    /// A list item: its marker as the label, its lines as the body, at `depth` indents.
    fn list_item(&mut self, block: &Block<'_>, depth: f32, style: Style) -> Node {
        let (label, body) = (self.leaf(), self.leaf());
        self.flow.push(Flow::Text(TextBlock {
            leaf: body,
            style,
            indent: LIST_INDENT * depth,
            label: Some((label, block.marker.unwrap_or('•').to_string())),
            text: printable(&block.lines.join("\n")),
        }));
        Node::Group(
            Group::Item,
            vec![
                Node::Leaf(Leaf::Label, label),
                Node::Leaf(Leaf::ListBody, body),
            ],
        )
    }

    fn close_list(&mut self, list: &mut Vec<Node>) {
        if !list.is_empty() {
            self.tree
                .push(Node::Group(Group::List, std::mem::take(list)));
        }
    }

    fn invitee_table(&mut self, view: &ExportView, words: &DocumentWords) {
        self.table(
            &words.invitee_columns,
            &invitee_rows(view),
            &INVITEE_COLUMNS,
        );
    }

    /// A table with a header row; `columns` are the columns' shares of the width.
    pub(in crate::export) fn table(
        &mut self,
        header: &[String],
        rows: &[Vec<String>],
        columns: &[f32],
    ) {
        let header: Vec<(usize, String)> =
            header.iter().map(|c| (self.leaf(), printable(c))).collect();
        let rows: Vec<Vec<(usize, String)>> = rows
            .iter()
            .map(|r| r.iter().map(|t| (self.leaf(), printable(t))).collect())
            .collect();
        let row = |cells: &[(usize, String)], kind: Leaf| {
            Node::Group(
                Group::Row,
                cells
                    .iter()
                    .map(|(leaf, _)| Node::Leaf(kind, *leaf))
                    .collect(),
            )
        };
        let head = Node::Group(Group::TableHead, vec![row(&header, Leaf::HeaderCell)]);
        let body = rows.iter().map(|r| row(r, Leaf::Cell)).collect();
        self.tree.push(Node::Group(
            Group::Table,
            vec![head, Node::Group(Group::TableBody, body)],
        ));
        self.flow.push(Flow::Table(TableBlock {
            header,
            rows,
            columns: columns.to_vec(),
        }));
    }
}

/// A text as it can be drawn: a tab as a space, other control characters (but line ends)
/// as `�`, as in the Word document.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' => ' ',
            '\n' => '\n',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}
