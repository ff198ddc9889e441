//! The rules of the minutes (referat) cycle: an item's outcome and its kinds of conclusion,
//! what may be done at which stage (recording, the draft out for comments, approved and
//! locked), each region's answer in the comment round, a correction's staleness, and the
//! deterministic hashes the approved version is known by.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use std::fmt::Write;

/// The most characters an account, a conclusion or a paragraph may have (a Discord form's).
pub const MAX_MINUTES_TEXT: usize = 4000;
/// The most characters a raised matter's title may have.
pub const MAX_TITLE: usize = 200;

/// The kind of an agenda item's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConclusionKind {
    /// "Vedtak": a decision.
    Decision,
    /// "Konklusjon": a conclusion without a formal decision.
    Conclusion,
    /// "Orientering tatt til etterretning": information received.
    Noted,
}

impl ConclusionKind {
    pub const ALL: [ConclusionKind; 3] = [Self::Decision, Self::Conclusion, Self::Noted];

    /// The stable code, as stored and typed on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Self::Decision => "decision",
            Self::Conclusion => "conclusion",
            Self::Noted => "noted",
        }
    }

    /// The kind of a code (or its Norwegian name: vedtak, konklusjon, orientering).
    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim().to_lowercase().as_str() {
            "decision" | "vedtak" => Some(Self::Decision),
            "conclusion" | "konklusjon" => Some(Self::Conclusion),
            "noted" | "orientering" => Some(Self::Noted),
            _ => None,
        }
    }
}

/// An outcome in words: its kind and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conclusion {
    pub kind: ConclusionKind,
    pub text: String,
}

/// What the secretariat recorded for one agenda item (or a matter raised under "Eventuelt").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// What was said; `None` when nothing is written.
    pub account: Option<String>,
    pub conclusion: Option<Conclusion>,
}

impl Outcome {
    /// An outcome from what was typed: blank fields are left out; an outcome with neither an
    /// account nor a conclusion, or a field over [`MAX_MINUTES_TEXT`], is refused.
    pub fn parse(
        account: &str,
        kind: ConclusionKind,
        conclusion: &str,
    ) -> Result<Self, MinutesError> {
        let account = filled(account)?;
        let conclusion = filled(conclusion)?.map(|text| Conclusion { kind, text });
        if account.is_none() && conclusion.is_none() {
            return Err(MinutesError::Empty);
        }
        Ok(Self {
            account,
            conclusion,
        })
    }
}

/// A matter raised under "Eventuelt": its title and outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raised {
    pub title: String,
    pub outcome: Outcome,
}

impl Raised {
    /// A raised matter from what was typed (the title is required; the outcome may be empty).
    pub fn parse(
        title: &str,
        account: &str,
        kind: ConclusionKind,
        conclusion: &str,
    ) -> Result<Self, MinutesError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(MinutesError::Empty);
        }
        if title.chars().count() > MAX_TITLE {
            return Err(MinutesError::TooLong { max: MAX_TITLE });
        }
        let outcome = match Outcome::parse(account, kind, conclusion) {
            Ok(outcome) => outcome,
            Err(MinutesError::Empty) => Outcome {
                account: None,
                conclusion: None,
            },
            Err(e) => return Err(e),
        };
        Ok(Self {
            title: title.to_owned(),
            outcome,
        })
    }
}

fn filled(text: &str) -> Result<Option<String>, MinutesError> {
    let text = text.trim();
    if text.chars().count() > MAX_MINUTES_TEXT {
        return Err(MinutesError::TooLong {
            max: MAX_MINUTES_TEXT,
        });
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

/// A paragraph's new text as proposed in the comment round.
pub fn parse_paragraph(text: &str) -> Result<String, MinutesError> {
    filled(text)?.ok_or(MinutesError::Empty)
}

/// Where a meeting's minutes are in their cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Outcomes are being recorded; no draft has gone out.
    Recording,
    /// The draft is out for comments.
    Draft,
    /// Approved: locked since `at`.
    Approved { at: DateTime<Utc> },
}

/// Something done to a meeting's minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Recording an outcome, a raised matter or who was there.
    Record,
    /// Sending out (or again) the draft.
    PostDraft,
    /// A representative confirms a paragraph or proposes a correction.
    Answer,
    /// The secretariat accepts or rejects a correction.
    Decide,
    /// The secretariat approves the minutes.
    Approve,
    /// A dated correction (rettelse) after the approval.
    Rettelse,
}

/// Whether `step` may be done at `stage`: once approved, only a rettelse; the comment round
/// and the approval only with a draft out; a rettelse only once approved.
pub fn check_step(stage: Stage, step: Step) -> Result<(), MinutesError> {
    match (stage, step) {
        (Stage::Approved { .. }, Step::Rettelse) => Ok(()),
        (Stage::Approved { at }, _) => Err(MinutesError::Locked { at }),
        (_, Step::Rettelse) => Err(MinutesError::NotApproved),
        (Stage::Recording, Step::Answer | Step::Decide | Step::Approve) => {
            Err(MinutesError::NoDraft)
        }
        _ => Ok(()),
    }
}

/// A region's answer in the comment round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundAnswer {
    Confirmed,
    CorrectionProposed,
    /// No answer yet: the region is reminded.
    Silent,
}

impl RoundAnswer {
    /// A region's answer from what it did: a correction waiting for the secretariat counts
    /// first, then a confirmation, then a correction decided; otherwise it is silent.
    pub fn of(confirmed: bool, pending_corrections: usize, decided_corrections: usize) -> Self {
        if pending_corrections > 0 {
            Self::CorrectionProposed
        } else if confirmed {
            Self::Confirmed
        } else if decided_corrections > 0 {
            Self::CorrectionProposed
        } else {
            Self::Silent
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::CorrectionProposed => "correction_proposed",
            Self::Silent => "no_answer",
        }
    }
}

/// What a correction was made against: a short fingerprint of the paragraph's text.
pub fn paragraph_fingerprint(text: &str) -> String {
    short_hex(&Sha256::digest(text.as_bytes()), 8)
}

/// Refuses a correction made against a paragraph that has changed since.
pub fn check_fresh(base: &str, current: &str) -> Result<(), MinutesError> {
    if paragraph_fingerprint(current) == base {
        Ok(())
    } else {
        Err(MinutesError::Stale)
    }
}

/// The approval is refused while corrections wait for the secretariat (named by region).
pub fn check_approvable(pending: &[String]) -> Result<(), MinutesError> {
    if pending.is_empty() {
        Ok(())
    } else {
        Err(MinutesError::PendingCorrections {
            regions: pending.to_vec(),
        })
    }
}

/// The SHA-256 of `bytes`, in lowercase hex: what an approved version is known by.
pub fn sha256_hex(bytes: &[u8]) -> String {
    short_hex(&Sha256::digest(bytes), 32)
}

fn short_hex(digest: &[u8], bytes: usize) -> String {
    digest.iter().take(bytes).fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

/// Why something was not done to the minutes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MinutesError {
    #[error("the minutes were approved ({at}) and are locked")]
    Locked { at: DateTime<Utc> },
    #[error("no draft of the minutes has been sent out")]
    NoDraft,
    #[error("the minutes are not approved yet")]
    NotApproved,
    #[error("the paragraph changed after the correction was begun")]
    Stale,
    #[error("nothing was written")]
    Empty,
    #[error("the text is longer than {max} characters")]
    TooLong { max: usize },
    #[error("corrections wait for a decision: {regions:?}")]
    PendingCorrections { regions: Vec<String> },
    #[error("the agenda has no item {number} (it has {count})")]
    NoSuchItem { number: u32, count: usize },
    #[error("the correction was decided already")]
    AlreadyDecided,
    #[error("nothing waits for approval")]
    NothingToApprove,
    #[error("the minutes are approved at the next meeting ({starts}) or after it")]
    BeforeApprovingMeeting { starts: DateTime<Utc> },
    #[error("the draft has no paragraph for {region:?}")]
    NoParagraph { region: String },
}

#[cfg(test)]
#[path = "minutes_tests.rs"]
mod tests;
