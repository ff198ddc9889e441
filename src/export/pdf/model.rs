//! The PDF's content as blocks to lay out, and its logical structure (the tags: headings,
//! paragraphs, lists, fields, tables), with the builders the agenda ([`super::agenda`]) and
//! the minutes (`export::minutes::pdf`) put their documents together with. Each block's text
//! belongs to a leaf of the structure, by number.

use super::super::blocks::{blocks, Block};

/// How a block's text looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::export) enum Style {
    Title,
    Heading,
    Subheading,
    Body,
    /// Body text in (slanted) italics.
    Note,
    /// A field's name ("Til stede:"), bold, left of its text.
    FieldName,
    Cell,
    HeaderCell,
    Footer,
    RunningHead,
}

/// Text to lay out: lines broken at `\n` and wherever the width runs out.
#[derive(Debug)]
pub(in crate::export) struct TextBlock {
    pub leaf: usize,
    pub style: Style,
    /// Left indent of the text, in points.
    pub indent: f32,
    /// A list's marker or a field's name, set left of the text.
    pub label: Option<Label>,
    /// How many bytes at the start of `text` are set in bold ("Vedtak:"), 0 for none.
    pub lead: usize,
    pub text: String,
}

/// A label left of a block's first line.
#[derive(Debug)]
pub(in crate::export) struct Label {
    pub leaf: usize,
    pub text: String,
    pub style: Style,
    pub at: LabelAt,
}

/// Where a label stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::export) enum LabelAt {
    /// Just before the text (a list's marker).
    BeforeText,
    /// At the left margin, the text indented past it (a field's name).
    Margin,
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
    /// Named fields: a list without markers.
    FieldList,
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
    /// A word at the head of every page ("UTKAST" on a draft), as decoration.
    pub running_head: Option<String>,
}

/// How far list text is indented per level, and its label before it.
pub(super) const LIST_INDENT: f32 = 18.0;

impl Model {
    pub(in crate::export) fn leaf(&mut self) -> usize {
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
            lead: 0,
            text: printable(text),
        }));
        Node::Leaf(kind, leaf)
    }

    pub(in crate::export) fn paragraph(&mut self, text: &str) -> Node {
        self.text(Style::Body, text, 0.0, Leaf::Paragraph)
    }

    /// A paragraph that opens with `lead` in bold ("Vedtak:"), then a space and `text`.
    pub(in crate::export) fn lead_paragraph(&mut self, lead: &str, text: &str) -> Node {
        let node = self.paragraph(&format!("{lead} {text}"));
        if let Some(Flow::Text(block)) = self.flow.last_mut() {
            block.lead = printable(lead).len();
        }
        node
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
            label: Some(Label {
                leaf: label,
                text: block.marker.unwrap_or('•').to_string(),
                style,
                at: LabelAt::BeforeText,
            }),
            lead: 0,
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

    /// Named fields ("Tid: …", "Til stede: …") as a list: each name bold in the margin, its
    /// text indented by `indent` points.
    pub(in crate::export) fn fields(&mut self, fields: &[(String, String)], indent: f32) {
        let items = fields
            .iter()
            .map(|(name, text)| {
                let (label, body) = (self.leaf(), self.leaf());
                self.flow.push(Flow::Text(TextBlock {
                    leaf: body,
                    style: Style::Body,
                    indent,
                    label: Some(Label {
                        leaf: label,
                        text: printable(name),
                        style: Style::FieldName,
                        at: LabelAt::Margin,
                    }),
                    lead: 0,
                    text: printable(text),
                }));
                Node::Group(
                    Group::Item,
                    vec![
                        Node::Leaf(Leaf::Label, label),
                        Node::Leaf(Leaf::ListBody, body),
                    ],
                )
            })
            .collect();
        self.tree.push(Node::Group(Group::FieldList, items));
    }

    fn close_list(&mut self, list: &mut Vec<Node>) {
        if !list.is_empty() {
            self.tree
                .push(Node::Group(Group::List, std::mem::take(list)));
        }
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
pub(super) fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' => ' ',
            '\n' => '\n',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}
