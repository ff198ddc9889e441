//! The minutes as pretty JSON, for other programs: the [`MinutesView`]'s fields (named as
//! in `minutes_view.rs`) with `format_version` and `document: "minutes"` in front.

use super::super::{ExportError, MinutesView};
use serde::Serialize;

/// The version of the minutes' JSON layout; raise it when a field is renamed or removed.
pub const MINUTES_FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonDocument<'a> {
    format_version: u32,
    /// Always `minutes`, to tell the file from the agenda export's.
    document: &'static str,
    #[serde(flatten)]
    view: &'a MinutesView,
}

pub(super) fn render(view: &MinutesView) -> Result<Vec<u8>, ExportError> {
    let mut out = Vec::with_capacity(16 * 1024);
    serde_json::to_writer_pretty(
        &mut out,
        &JsonDocument {
            format_version: MINUTES_FORMAT_VERSION,
            document: "minutes",
            view,
        },
    )?;
    out.push(b'\n');
    Ok(out)
}
