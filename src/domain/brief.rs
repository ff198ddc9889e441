//! A region's brief for the "round the table" item: its text, and how long it takes to say.

use std::time::Duration;

/// How fast a brief is read aloud: about 130 words a minute in Norwegian.
pub const WORDS_PER_MINUTE: u32 = 130;

/// The speaking time the notice asks for: "maks 2-3 min".
pub const SPEAKING_LIMIT: Duration = Duration::from_secs(3 * 60);

/// The longest brief accepted, in characters (a modal holds 4,000; an attachment more).
pub const MAX_BRIEF_CHARS: usize = 20_000;

/// Why a text cannot be a brief.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BriefTextError {
    #[error("the brief is empty")]
    Empty,
    #[error("the brief has {chars} characters; at most {max} are accepted")]
    TooLong { chars: usize, max: usize },
}

/// The text of a brief, exactly as its author wrote it (line breaks and lists kept), known
/// to be neither empty nor over [`MAX_BRIEF_CHARS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefText(String);

impl BriefText {
    /// Accepts a text as a brief. Only trailing white space at the very end is dropped;
    /// everything inside is kept as written.
    pub fn parse(text: &str) -> Result<Self, BriefTextError> {
        let kept = text.trim_end();
        let kept = kept.trim_start_matches(['\n', '\r']);
        if kept.trim().is_empty() {
            return Err(BriefTextError::Empty);
        }
        let chars = count_chars(kept);
        if chars > MAX_BRIEF_CHARS {
            return Err(BriefTextError::TooLong {
                chars,
                max: MAX_BRIEF_CHARS,
            });
        }
        Ok(Self(kept.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn estimate(&self) -> SpeakingEstimate {
        SpeakingEstimate::of(&self.0, WORDS_PER_MINUTE)
    }
}

/// The characters of a text as its author sees them: a line break written as CRLF (a file
/// from Windows) counts once, as it does when typed.
pub fn count_chars(text: &str) -> usize {
    text.chars().count() - text.matches("\r\n").count()
}

/// How long a text takes to say aloud at a given rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeakingEstimate {
    pub words: u32,
    pub duration: Duration,
}

impl SpeakingEstimate {
    /// Counts the words (runs of characters between white space that hold a letter or digit,
    /// so bullets and dashes are not words) and divides by `words_per_minute`.
    pub fn of(text: &str, words_per_minute: u32) -> Self {
        let words = text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        let words = u32::try_from(words).unwrap_or(u32::MAX);
        let rate = u64::from(words_per_minute.max(1));
        let seconds = (u64::from(words) * 60).div_ceil(rate);
        Self {
            words,
            duration: Duration::from_secs(seconds),
        }
    }

    /// Whether it runs over the 2-3 minutes asked for.
    pub fn over_limit(&self) -> bool {
        self.duration > SPEAKING_LIMIT
    }

    /// Minutes, rounded to one decimal, for reports.
    pub fn minutes(&self) -> f64 {
        (self.duration.as_secs_f64() / 6.0).round() / 10.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_not_bullets() {
        let e = SpeakingEstimate::of("• Et stort prosjekt\n- 70 mill. kr\n  –  ", 130);
        assert_eq!(e.words, 6);
    }

    #[test]
    fn speaking_time_at_130_words_a_minute() {
        let text = vec!["ord"; 390].join(" ");
        let e = SpeakingEstimate::of(&text, 130);
        assert_eq!(e.duration, Duration::from_secs(180));
        assert!(!e.over_limit());
        let e = SpeakingEstimate::of(&format!("{text} til"), 130);
        assert!(e.over_limit());
        assert_eq!(e.duration, Duration::from_secs(181));
    }

    #[test]
    fn empty_and_blank_briefs_are_refused() {
        assert_eq!(BriefText::parse(""), Err(BriefTextError::Empty));
        assert_eq!(BriefText::parse(" \n\t "), Err(BriefTextError::Empty));
    }

    #[test]
    fn text_is_kept_as_written() {
        let t = BriefText::parse("• a\n\n  - b  \n").expect("valid");
        assert_eq!(t.as_str(), "• a\n\n  - b");
    }

    #[test]
    fn a_crlf_line_break_counts_once() {
        // 10,000 lines of "a" and a line break: 20,000 characters as written, in any file.
        let windows = "a\r\n".repeat(MAX_BRIEF_CHARS / 2);
        let text = BriefText::parse(&windows).expect("within the limit");
        assert!(text.as_str().contains("a\r\na"), "kept as written");
        let over = format!("{windows}ab");
        assert_eq!(
            BriefText::parse(&over),
            Err(BriefTextError::TooLong {
                chars: MAX_BRIEF_CHARS + 2,
                max: MAX_BRIEF_CHARS
            })
        );
    }

    #[test]
    fn too_long_is_refused() {
        let t = "a".repeat(MAX_BRIEF_CHARS + 1);
        assert!(matches!(
            BriefText::parse(&t),
            Err(BriefTextError::TooLong { .. })
        ));
    }
}
