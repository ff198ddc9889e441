//! Short fingerprints that tell whether something changed: a meeting as its notice shows it,
//! and (for the secretariat's previews) a meeting's whole plan.

use super::records::MeetingDetails;
use super::MeetingPlan;
use sha2::{Digest, Sha256};
use std::fmt::Write;

/// The first `bytes` bytes of a digest in lowercase hex.
fn short_hex(digest: &[u8], bytes: usize) -> String {
    digest.iter().take(bytes).fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

/// A meeting's whole plan as stored, and whether it is cancelled: a previewed change is
/// refused if this changed since the preview.
pub fn plan_fingerprint(plan: &MeetingPlan, cancelled: bool) -> String {
    let mut hasher = Sha256::new();
    hasher.update(serde_json::to_vec(plan).unwrap_or_default());
    hasher.update([u8::from(cancelled)]);
    short_hex(&hasher.finalize(), 16)
}

/// What a change of the meeting is judged by: everything the notice and its calendar file
/// show (title, time, place, deadline, documents, the covering and preparation texts, the
/// agenda with its item labels, a cancellation), but not the bot's own wording. A different hash means the posted
/// notice must be edited and the change announced.
pub fn notice_fingerprint(meeting: &MeetingDetails) -> String {
    let s = &meeting.summary;
    let mut hasher = Sha256::new();
    hasher.update(format!(
        "{}\n{}\n{}\n{}\n{}\n",
        s.title,
        s.starts_at.timestamp(),
        s.ends_at.timestamp(),
        s.brief_deadline.timestamp(),
        s.place
    ));
    if let Some(docs) = &meeting.documents {
        hasher.update(format!("{}\n{}\n", docs.title, docs.url));
    }
    hasher.update(format!(
        "{}\n{}\n",
        meeting.notice_text, meeting.preparation
    ));
    for item in &meeting.agenda {
        let description = item.description.as_deref().unwrap_or_default();
        // The label as shown ("3", or "12/25" when numbered per year): a posted notice is
        // edited when an earlier meeting of the year changes its numbers.
        let label = meeting.sak_label(item);
        hasher.update(format!("{label}\t{}\t{description}\n", item.title));
    }
    if s.cancelled_at.is_some() {
        hasher.update("cancelled\n");
    }
    short_hex(&hasher.finalize(), 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_hex_takes_the_first_bytes() {
        assert_eq!(short_hex(&[0x0a, 0xff, 0x10], 2), "0aff");
        assert_eq!(short_hex(&[0x01], 4), "01");
    }
}
