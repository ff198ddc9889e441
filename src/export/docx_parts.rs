//! The Word package's styles and list definitions, and the parts that docx-rs cannot write
//! as the export needs them, written here: the document properties (`docProps/core.xml`,
//! `app.xml`, `custom.xml`: title, group, secretariat, language and a real date), the
//! document language on the default style, and the invitee table's header row.

use super::document::lang_tag;
use super::{ExportError, GroupView};
use crate::i18n::{t, Language};
use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use docx_rs::{
    AbstractNumbering, Level, LevelJc, LevelText, LineSpacing, NumberFormat, SpecialIndentType,
    Start, Style, StyleType,
};

/// The first row property of the invitee table as docx-rs writes it (docx-rs cannot mark a
/// header row, so the first such property, the header row's, is swapped for one that adds
/// `<w:tblHeader/>`). Every row is kept on one page.
const HEADER_ROW_AS_BUILT: &[u8] = b"<w:trPr><w:cantSplit /></w:trPr>";
const HEADER_ROW_MARKED: &[u8] = b"<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>";
/// The end of the default run properties in `word/styles.xml`, where the language goes.
const DEFAULT_RUN_END: &[u8] = b"</w:rPr></w:rPrDefault>";

/// Marks the invitee table's first row as its header row (repeated on every page).
pub(super) fn mark_header_row(document: &mut Vec<u8>) -> Result<(), ExportError> {
    if let Some(at) = find(document, HEADER_ROW_AS_BUILT) {
        document.splice(
            at..at + HEADER_ROW_AS_BUILT.len(),
            HEADER_ROW_MARKED.iter().copied(),
        );
        Ok(())
    } else if find(document, b"<w:tbl>").is_some() {
        Err(ExportError::DocxStructure {
            missing: "header row in the invitee table",
        })
    } else {
        Ok(())
    }
}

/// Sets the document's language (e.g. `nb-NO`) on the default run properties, which every
/// style inherits: Word's spelling and grammar check and screen readers use it.
pub(super) fn set_language(styles: &mut Vec<u8>, tag: &str) -> Result<(), ExportError> {
    let at = find(styles, DEFAULT_RUN_END).ok_or(ExportError::DocxStructure {
        missing: "default run properties in the styles",
    })?;
    let lang = format!("<w:lang w:val=\"{tag}\" w:eastAsia=\"{tag}\" w:bidi=\"ar-SA\" />");
    styles.splice(at..at, lang.bytes());
    Ok(())
}

/// What the document properties say.
pub(super) struct DocxProperties {
    pub title: String,
    /// The group.
    pub subject: String,
    /// The author and last editor: the secretariat.
    pub creator: String,
    /// The meeting's key.
    pub keywords: String,
    /// The organisation the group belongs to.
    pub company: String,
    /// `nb-NO` or `en-GB`.
    pub lang_tag: &'static str,
    /// Created and modified (the document's own date, never the clock's).
    pub date: DateTime<FixedOffset>,
    /// Custom properties, by name, in order.
    pub custom: Vec<(String, String)>,
}

impl DocxProperties {
    /// A meeting's document: `title`, the group as subject and company's organisation, the
    /// secretariat as author, the meeting's key as keywords, and as custom properties the
    /// group, the secretariat (name and title) and the meeting's key, named in `lang`.
    pub fn of_meeting(
        group: &GroupView,
        meeting_key: &str,
        title: String,
        lang: Language,
        date: DateTime<FixedOffset>,
    ) -> Self {
        let s = &group.secretariat;
        let name = |key: &str| t(lang, key, &[]);
        DocxProperties {
            title,
            subject: group.name.clone(),
            creator: s.name.clone(),
            keywords: meeting_key.to_owned(),
            company: group.organisation.clone(),
            lang_tag: lang_tag(lang),
            date,
            custom: vec![
                (name("export-property-group"), group.name.clone()),
                (
                    name("export-property-secretariat"),
                    format!("{}, {}", s.name, s.title),
                ),
                (name("export-property-meeting"), meeting_key.to_owned()),
            ],
        }
    }
}

/// `docProps/core.xml`: title, subject (the group), creator and last editor (the
/// secretariat), language, and as created and modified the document's date.
pub(super) fn core_xml(p: &DocxProperties) -> Vec<u8> {
    let date = w3c_date(&p.date);
    let secretariat = escape(&p.creator);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject>\
         <dc:creator>{secretariat}</dc:creator><cp:keywords>{keywords}</cp:keywords>\
         <cp:lastModifiedBy>{secretariat}</cp:lastModifiedBy><cp:revision>1</cp:revision>\
         <dc:language>{lang}</dc:language>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>\
         </cp:coreProperties>",
        title = escape(&p.title),
        subject = escape(&p.subject),
        keywords = escape(&p.keywords),
        lang = p.lang_tag,
    )
    .into_bytes()
}

/// `docProps/app.xml`: the program, and the organisation as the company.
pub(super) fn app_xml(p: &DocxProperties) -> Vec<u8> {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>roundtable {version}</Application><Company>{company}</Company>\
         </Properties>",
        version = env!("CARGO_PKG_VERSION"),
        company = escape(&p.company),
    )
    .into_bytes()
}

/// `docProps/custom.xml`: the custom properties, as text, in order.
pub(super) fn custom_xml(p: &DocxProperties) -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">",
    );
    for (n, (name, value)) in p.custom.iter().enumerate() {
        // Property ids start at 2 (Word's own rule).
        xml.push_str(&format!(
            "<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"{}\" name=\"{}\">\
             <vt:lpwstr>{}</vt:lpwstr></property>",
            n + 2,
            escape(name),
            escape(value)
        ));
    }
    xml.push_str("</Properties>");
    xml.into_bytes()
}

pub(super) fn heading_style(level: u8, half_points: usize) -> Style {
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .bold()
        .size(half_points)
        .outline_lvl(usize::from(level - 1))
        .line_spacing(LineSpacing::new().before(240).after(120))
}

/// A one-definition list: `format` (`decimal`, `bullet`) with the texts of its two levels.
pub(super) fn list_definition(id: usize, format: &str, texts: [&str; 2]) -> AbstractNumbering {
    texts
        .into_iter()
        .enumerate()
        .fold(AbstractNumbering::new(id), |numbering, (level, text)| {
            let indent = 360 * (i32::try_from(level).unwrap_or(0) + 1) * 2;
            numbering.add_level(
                Level::new(
                    level,
                    Start::new(1),
                    NumberFormat::new(format),
                    LevelText::new(text),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(indent),
                    Some(SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ),
            )
        })
}

/// `2024-11-06T10:00:00Z`.
fn w3c_date(at: &DateTime<FixedOffset>) -> String {
    at.with_timezone(&Utc)
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Text for XML content or an attribute value: markup characters escaped, the characters XML
/// cannot carry replaced, line ends and tabs as spaces (properties are one line).
fn escape(text: &str) -> String {
    super::sanitize::escape_markup(&super::sanitize::xml_text(&super::sanitize::one_line(text)))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_makes_any_text_xml() {
        assert_eq!(
            escape("A & B <c> \"d\" 'e'\u{7}\r\nf"),
            "A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos; f"
        );
    }

    #[test]
    fn the_language_goes_into_the_default_run_properties() {
        let mut styles =
            b"<w:rPrDefault><w:rPr><w:sz w:val=\"22\" /></w:rPr></w:rPrDefault>".to_vec();
        set_language(&mut styles, "nb-NO").expect("spliced");
        let styles = String::from_utf8(styles).expect("UTF-8");
        assert!(styles.contains("<w:lang w:val=\"nb-NO\""), "{styles}");
        assert!(set_language(&mut Vec::new(), "nb-NO").is_err());
    }
}
