//! The whole export view as pretty JSON, for other programs.
//!
//! The document is the [`ExportView`]'s fields (`group`, `meeting`, `agenda`, `briefs`,
//! `regions_without_brief`, `invitees`, named as in `view.rs`), plus `format_version` and
//! the `summary` counts. Field names are stable within a `format_version`.

use super::{ExportError, ExportSummary, ExportView};
use serde::Serialize;

/// The version of the JSON layout; raise it when a field is renamed or removed.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonDocument<'a> {
    format_version: u32,
    #[serde(flatten)]
    view: &'a ExportView,
    summary: ExportSummary,
}

pub(super) fn render(view: &ExportView) -> Result<Vec<u8>, ExportError> {
    let capacity = view
        .briefs
        .iter()
        .map(|b| b.text.len() + 400)
        .sum::<usize>()
        + view.invitees.len() * 160
        + 4096;
    let mut out = Vec::with_capacity(capacity);
    serde_json::to_writer_pretty(
        &mut out,
        &JsonDocument {
            format_version: FORMAT_VERSION,
            view,
            summary: view.summary(),
        },
    )?;
    out.push(b'\n');
    Ok(out)
}
