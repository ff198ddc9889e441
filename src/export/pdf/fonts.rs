//! The font embedded in the PDF: DejaVu Sans, regular and bold (shipped in `assets/fonts`,
//! with its licence; krilla embeds the glyphs used, as a subset). It has the Norwegian
//! letters and a wide range besides; a character it lacks (emoji, CJK) is shown as `�`
//! with the original kept as the text's ActualText, so copying and text extraction still
//! give what was written, and PDF/A (which forbids the "missing glyph") is kept.

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::borrow::Cow;
use std::collections::HashMap;

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// What stands in for a character the font lacks.
const REPLACEMENT: char = '\u{FFFD}';

/// One face: for drawing (krilla) and for measuring (skrifa).
pub(super) struct Face {
    pub font: krilla::text::Font,
    metrics: FontRef<'static>,
    /// Advance widths at 1 pt, by character (`None`: not in the font).
    widths: HashMap<char, Option<f32>>,
}

/// The two faces of the document.
pub(super) struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

/// A piece of a line's text: what is drawn, and, where characters were replaced, the text
/// it stands for.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Segment<'a> {
    pub shown: Cow<'a, str>,
    pub actual: Option<&'a str>,
}

impl Fonts {
    /// The embedded faces; `None` only if a shipped font file were damaged.
    pub fn load() -> Option<Self> {
        Some(Self {
            regular: Face::new(REGULAR)?,
            bold: Face::new(BOLD)?,
        })
    }

    pub fn face(&mut self, bold: bool) -> &mut Face {
        if bold {
            &mut self.bold
        } else {
            &mut self.regular
        }
    }
}

impl Face {
    fn new(data: &'static [u8]) -> Option<Self> {
        Some(Self {
            font: krilla::text::Font::new(krilla::Data::from(data), 0)?,
            metrics: FontRef::new(data).ok()?,
            widths: HashMap::new(),
        })
    }

    /// The advance of a character at 1 pt, if the font has it (control characters never;
    /// the model has made them printable).
    fn advance(&mut self, c: char) -> Option<f32> {
        if let Some(width) = self.widths.get(&c) {
            return *width;
        }
        let width = if c.is_control() {
            None
        } else {
            let glyph = self.metrics.charmap().map(c).filter(|g| g.to_u32() != 0);
            let metrics = self
                .metrics
                .glyph_metrics(Size::new(1.0), LocationRef::default());
            glyph.and_then(|g| metrics.advance_width(g))
        };
        self.widths.insert(c, width);
        width
    }

    /// The width of a text at `size` pt, as drawn (see [`Face::segments`]).
    pub fn width(&mut self, text: &str, size: f32) -> f32 {
        let mut total = 0.0;
        for segment in self.segments(text) {
            for c in segment.shown.chars() {
                total += self.advance(c).unwrap_or(0.0);
            }
        }
        total * size
    }

    /// A text split where the font lacks characters: each run of them (with the invisible
    /// format characters among them, such as the joiners of an emoji sequence) is drawn as
    /// one `�` standing for the run. Invisible format characters the font lacks elsewhere
    /// are left out.
    pub fn segments<'a>(&mut self, text: &'a str) -> Vec<Segment<'a>> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut missing_from: Option<usize> = None;
        for (at, c) in text.char_indices() {
            let missing = self.advance(c).is_none();
            if let Some(from) = missing_from {
                if missing || is_invisible(c) {
                    continue;
                }
                out.push(replaced(&text[from..at]));
                missing_from = None;
                start = at;
            } else if missing {
                push_shown(&mut out, &text[start..at]);
                if is_invisible(c) {
                    start = at + c.len_utf8();
                } else {
                    missing_from = Some(at);
                }
            }
        }
        match missing_from {
            Some(from) => out.push(replaced(&text[from..])),
            None => push_shown(&mut out, &text[start..]),
        }
        out
    }
}

fn push_shown<'a>(out: &mut Vec<Segment<'a>>, text: &'a str) {
    if !text.is_empty() {
        out.push(Segment {
            shown: Cow::Borrowed(text),
            actual: None,
        });
    }
}

fn replaced(text: &str) -> Segment<'_> {
    Segment {
        shown: Cow::Owned(REPLACEMENT.to_string()),
        actual: Some(text),
    }
}

/// Characters that are not drawn: joiners, directional marks, the byte order mark, the
/// soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
    )
}

/// A text's lines: broken at each `\n`, and at spaces where `width` runs out (a space ends
/// each broken line, so the words stay apart when the text is read back).
pub(super) fn wrap(
    fonts: &mut Fonts,
    text: &str,
    width: f32,
    size: f32,
    bold: bool,
) -> Vec<String> {
    let face = fonts.face(bold);
    let mut out = Vec::new();
    for hard in text.split('\n') {
        let mut line = String::new();
        let mut used = 0.0;
        for token in hard.split_inclusive(' ') {
            let word = face.width(token.trim_end_matches(' '), size);
            if !line.is_empty() && used + word > width {
                out.push(std::mem::take(&mut line));
                used = 0.0;
            }
            if line.is_empty() && word > width {
                for c in token.chars() {
                    let w = face.width(c.encode_utf8(&mut [0; 4]), size);
                    if !line.is_empty() && used + w > width {
                        out.push(std::mem::take(&mut line));
                        used = 0.0;
                    }
                    line.push(c);
                    used += w;
                }
                continue;
            }
            line.push_str(token);
            used += face.width(token, size);
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_letters_are_in_the_font_and_emoji_are_replaced() {
        let mut fonts = Fonts::load().expect("the shipped fonts");
        let face = fonts.face(false);
        assert!(face.advance(REPLACEMENT).is_some(), "the font has U+FFFD");
        let text = "Ærlig øl på «Åsen» – 5 €";
        assert_eq!(
            face.segments(text),
            [Segment {
                shown: Cow::Borrowed(text),
                actual: None
            }]
        );
        let segments = face.segments("Tog 🚆 og 👨\u{200D}👩\u{200D}👧!");
        let shown: Vec<_> = segments
            .iter()
            .map(|s| (s.shown.as_ref(), s.actual))
            .collect();
        assert_eq!(
            shown,
            [
                ("Tog ", None),
                ("\u{FFFD}", Some("🚆")),
                (" og ", None),
                ("\u{FFFD}", Some("👨\u{200D}👩\u{200D}👧")),
                ("!", None),
            ]
        );
        assert!(face.width("Åsen", 10.0) > face.width("Å", 10.0));
        assert_eq!(face.width("", 10.0), 0.0);
    }

    #[test]
    fn lines_break_at_spaces_and_long_words_between_characters() {
        let mut fonts = Fonts::load().expect("fonts");
        let lines = wrap(&mut fonts, "en to tre fire fem seks sju", 60.0, 10.0, false);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.concat(), "en to tre fire fem seks sju");
        assert!(lines[..lines.len() - 1].iter().all(|l| l.ends_with(' ')));
        let long = "Næringsutviklingssamarbeidsprosjektet".repeat(3);
        let lines = wrap(&mut fonts, &long, 100.0, 10.0, true);
        assert!(lines.len() > 2);
        assert_eq!(lines.concat(), long);
        assert_eq!(
            wrap(&mut fonts, "a\n\nb", 100.0, 10.0, false),
            ["a", "", "b"]
        );
    }
}
