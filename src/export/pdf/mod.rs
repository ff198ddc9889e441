//! The agenda document as an archivable PDF: PDF/A-2a, written with krilla, which checks
//! the PDF/A rules as it writes (export fails rather than give a file that breaks them).
//!
//! Tagged for reading aloud and reflowing: the title and agenda items as headings (H1–H3),
//! paragraphs, each brief's bullets as a list (label and body), the invitees as a table with
//! a header row; the footer ("Side 1 av 3") and the header row repeated on later pages are
//! artifacts. Bookmarks lead to the agenda items and the regions' briefs. The document's
//! language (nb-NO or en-GB), title, author (the secretariat) and date (its latest brief)
//! are in its metadata and XMP. The font is embedded (see [`fonts`]). The same view gives
//! the same bytes.

mod agenda;
mod fonts;
mod layout;
pub(super) mod model;
mod outline;

use super::document::DocumentWords;
use super::{ExportError, ExportView};
use chrono::{Datelike, Timelike};
use fonts::Fonts;
use krilla::configure::{Configuration, Validator};
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{
    ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, TableHeaderScope, Tag, TagGroup,
    TagKind, TagTree,
};
use krilla::text::TextDirection;
use krilla::{Document, SerializeSettings};
use layout::{Owner, Page, Run};
use model::{Group, Leaf, Model, Node, Style};

/// How far italic text leans: the horizontal shift per unit of height (about 11°).
const ITALIC_SLANT: f32 = 0.2;
use std::num::NonZeroU16;

pub(super) fn render(view: &ExportView) -> Result<Vec<u8>, ExportError> {
    let words = DocumentWords::of(view);
    let model = Model::of(view, &words);
    write(&model, &properties(view, &words), words.page_parts())
}

/// What the PDF's metadata (and XMP) say about it.
pub(super) struct PdfProperties {
    pub title: String,
    /// `nb-NO` or `en-GB`.
    pub lang_tag: &'static str,
    /// The secretariat.
    pub author: String,
    pub description: String,
    pub keywords: Vec<String>,
    /// The document's own date, never the clock's.
    pub date: chrono::DateTime<chrono::FixedOffset>,
    /// The same for every version of one meeting's document.
    pub document_id: String,
}

/// Lays a document out, draws it and writes it as PDF/A-2a with its tags, bookmarks and
/// metadata; `page_of` are the footer's words around the page number and count.
pub(super) fn write(
    model: &Model,
    properties: &PdfProperties,
    page_of: [&str; 3],
) -> Result<Vec<u8>, ExportError> {
    let mut fonts =
        Fonts::load().ok_or(ExportError::Pdf("the embedded font cannot be read".into()))?;
    let pages = layout::lay_out(model, &mut fonts, page_of);

    let settings = SerializeSettings {
        configuration: Configuration::new_with_validator(Validator::A2_A),
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let mut drawn: Vec<Vec<Identifier>> = (0..model.leaves).map(|_| Vec::new()).collect();
    let size = PageSettings::from_wh(layout::PAGE_WIDTH, layout::PAGE_HEIGHT)
        .ok_or(ExportError::Pdf("no A4 page".into()))?;
    for page in &pages {
        let mut pdf_page = document.start_page_with(size.clone());
        let mut surface = pdf_page.surface();
        draw_page(&mut surface, &mut fonts, page, &mut drawn);
        surface.finish();
        pdf_page.finish();
    }

    let mut tree = TagTree::new().with_lang(Some(properties.lang_tag.to_owned()));
    for node in &model.tree {
        if let Some(group) = tag_group(node, &mut drawn) {
            tree.push(group);
        }
    }
    document.set_tag_tree(tree);
    document.set_outline(outline::outline(model, &pages));
    document.set_metadata(metadata(properties));
    document
        .finish()
        .map_err(|e| ExportError::Pdf(format!("{e:?}")))
}

/// Draws a page's shading and rules (as artifacts), then its text, each piece of a leaf's
/// text marked and its mark kept for the leaf.
fn draw_page(
    surface: &mut Surface<'_>,
    fonts: &mut Fonts,
    page: &Page,
    drawn: &mut [Vec<Identifier>],
) {
    for rect in &page.rects {
        let mut path = PathBuilder::new();
        if let Some(r) = Rect::from_xywh(rect.x, rect.y, rect.width, rect.height) {
            path.push_rect(r);
        }
        if let Some(path) = path.finish() {
            surface.start_tagged(ContentTag::Artifact(ArtifactType::Other));
            surface.set_fill(Some(Fill {
                paint: krilla::color::luma::Color::new(rect.grey).into(),
                ..Fill::default()
            }));
            surface.draw_path(&path);
            surface.end_tagged();
        }
    }
    surface.set_fill(Some(Fill::default()));
    for run in &page.runs {
        draw_run(surface, fonts, run, drawn);
    }
}

fn draw_run(
    surface: &mut Surface<'_>,
    fonts: &mut Fonts,
    run: &Run,
    drawn: &mut [Vec<Identifier>],
) {
    let (size, bold, ..) = layout::spec(run.style);
    let face = fonts.face(bold);
    let mut x = run.x;
    for segment in face.segments(&run.text) {
        let tag = match run.owner {
            Owner::Leaf(_) => ContentTag::Span(SpanTag {
                actual_text: segment.actual,
                ..SpanTag::empty()
            }),
            Owner::RepeatedHeader => ContentTag::Artifact(ArtifactType::Other),
            Owner::Header => ContentTag::Artifact(ArtifactType::Header),
            Owner::Footer => ContentTag::Artifact(ArtifactType::Footer),
        };
        let id = surface.start_tagged(tag);
        let font = face.font.clone();
        let at = Point::from_xy(x, run.baseline);
        if run.style == Style::Note {
            // A slant about the baseline: DejaVu Sans's oblique is not shipped.
            surface.push_transform(&Transform::from_row(
                1.0,
                0.0,
                -ITALIC_SLANT,
                1.0,
                ITALIC_SLANT * run.baseline,
                0.0,
            ));
        }
        surface.draw_text(
            at,
            font,
            size,
            &segment.shown,
            false,
            TextDirection::LeftToRight,
        );
        if run.style == Style::Note {
            surface.pop();
        }
        surface.end_tagged();
        if let Owner::Leaf(leaf) = run.owner {
            if let Some(marks) = drawn.get_mut(leaf) {
                marks.push(id);
            }
        }
        x += face.width(&segment.shown, size);
    }
}

/// The tag group of a structure node, with the marks drawn for its leaves.
fn tag_group(node: &Node, drawn: &mut [Vec<Identifier>]) -> Option<TagGroup> {
    match node {
        Node::Leaf(kind, leaf) => {
            let marks = std::mem::take(drawn.get_mut(*leaf)?);
            let children = marks.into_iter().map(Into::into).collect();
            Some(TagGroup::with_children(leaf_tag(*kind), children))
        }
        Node::Group(kind, nodes) => {
            let children: Vec<krilla::tagging::Node> = nodes
                .iter()
                .filter_map(|n| tag_group(n, drawn))
                .map(Into::into)
                .collect();
            Some(TagGroup::with_children(group_tag(*kind), children))
        }
    }
}

fn leaf_tag(kind: Leaf) -> TagKind {
    match kind {
        Leaf::Heading(level) => {
            Tag::Hn(NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN), None).into()
        }
        Leaf::Paragraph => Tag::P.into(),
        Leaf::Label => Tag::Lbl.into(),
        Leaf::ListBody => Tag::LBody.into(),
        Leaf::HeaderCell => Tag::TH(TableHeaderScope::Column).into(),
        Leaf::Cell => Tag::TD.into(),
    }
}

fn group_tag(kind: Group) -> TagKind {
    match kind {
        Group::List => Tag::L(ListNumbering::Disc).into(),
        Group::FieldList => Tag::L(ListNumbering::None).into(),
        Group::Item => Tag::LI.into(),
        Group::Table => Tag::Table.into(),
        Group::TableHead => Tag::THead.into(),
        Group::TableBody => Tag::TBody.into(),
        Group::Row => Tag::TR.into(),
    }
}

/// The agenda's properties: its heading, the secretariat as author, the group, the meeting's
/// key (also as the document id, so every version of a meeting's document is the same
/// document) and the date of its latest brief.
fn properties(view: &ExportView, words: &DocumentWords) -> PdfProperties {
    PdfProperties {
        title: words.heading.clone(),
        lang_tag: words.lang_tag,
        author: view.group.secretariat.name.clone(),
        description: view.group.name.clone(),
        keywords: vec![view.meeting.key.clone()],
        date: words.date,
        document_id: view.meeting.key.clone(),
    }
}

/// Title, language, author, description, keywords, the date and the document id, each text
/// on one line.
fn metadata(p: &PdfProperties) -> Metadata {
    let d = p.date;
    let offset = d.offset().local_minus_utc();
    let date = DateTime::new(u16::try_from(d.year()).unwrap_or(0))
        .month(d.month() as u8)
        .day(d.day() as u8)
        .hour(d.hour() as u8)
        .minute(d.minute() as u8)
        .second(d.second() as u8)
        .utc_offset_hour((offset / 3600) as i8)
        .utc_offset_minute(((offset.abs() % 3600) / 60) as u8);
    let one_line = super::sanitize::one_line;
    Metadata::new()
        .title(one_line(&p.title))
        .language(p.lang_tag.to_owned())
        .authors(vec![one_line(&p.author)])
        .description(one_line(&p.description))
        .keywords(p.keywords.iter().map(|k| one_line(k)).collect())
        .creator(format!("roundtable {}", env!("CARGO_PKG_VERSION")))
        .creation_date(date)
        .document_id(p.document_id.clone())
}
