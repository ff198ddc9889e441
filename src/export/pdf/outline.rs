//! The PDF's bookmarks: the agenda items (and the invitees), each region's brief under its
//! item, so a reader can jump through the document as in Word's navigation pane.

use super::layout::{Owner, Page};
use super::model::{Flow, Leaf, Model, Node};
use krilla::destination::XyzDestination;
use krilla::geom::Point;
use krilla::outline::{Outline, OutlineNode};
use std::collections::HashMap;

/// The outline of the level-2 headings, with the level-3 ones under them.
pub(super) fn outline(model: &Model, pages: &[Page]) -> Outline {
    let texts: HashMap<usize, &str> = model
        .flow
        .iter()
        .filter_map(|f| match f {
            Flow::Text(t) => Some((t.leaf, t.text.as_str())),
            Flow::Table(_) => None,
        })
        .collect();
    let mut places: HashMap<usize, (usize, f32)> = HashMap::new();
    for (n, page) in pages.iter().enumerate() {
        for run in &page.runs {
            if let Owner::Leaf(leaf) = run.owner {
                places.entry(leaf).or_insert((n, run.baseline));
            }
        }
    }
    let node = |leaf: usize| -> Option<OutlineNode> {
        let (page, baseline) = places.get(&leaf)?;
        let text = texts.get(&leaf)?;
        let at = Point::from_xy(0.0, (baseline - 20.0).max(0.0));
        Some(OutlineNode::new(
            (*text).to_owned(),
            XyzDestination::new(*page, at),
        ))
    };
    let mut outline = Outline::new();
    let mut open: Option<OutlineNode> = None;
    for n in &model.tree {
        match n {
            Node::Leaf(Leaf::Heading(2), leaf) => {
                if let Some(done) = open.take() {
                    outline.push_child(done);
                }
                open = node(*leaf);
            }
            Node::Leaf(Leaf::Heading(3), leaf) => match (open.as_mut(), node(*leaf)) {
                (Some(parent), Some(child)) => parent.push_child(child),
                (None, Some(child)) => outline.push_child(child),
                _ => {}
            },
            _ => {}
        }
    }
    if let Some(done) = open {
        outline.push_child(done);
    }
    outline
}
