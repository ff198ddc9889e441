//! The agenda document's PDF content, built from the same view and words as the Word
//! document: the heading, time and place, the papers, attendance, the numbered agenda with
//! the regions' briefs under the item that collects them, the follow-up items, and the
//! invitee table.

use super::super::document::{invitee_rows, one_line, sak_title, DocumentWords};
use super::super::{BriefView, ExportView};
use super::model::{Leaf, Model, Style, LIST_INDENT};

/// The invitee table's columns, as shares of the width (as in the Word document).
const INVITEE_COLUMNS: [f32; 3] = [0.265, 0.309, 0.426];

impl Model {
    /// The document of a view.
    pub fn of(view: &ExportView, words: &DocumentWords) -> Self {
        let mut m = Model::default();
        let title = m.text(Style::Title, &words.heading, 0.0, Leaf::Heading(1));
        m.tree.push(title);
        let node = m.paragraph(&words.time_and_place);
        m.tree.push(node);
        if let Some(d) = &view.meeting.documents {
            let link = format!(
                "{} ({})",
                one_line(&d.title),
                super::super::sanitize::url(&d.url)
            );
            let node = m.paragraph(&words.documents(link));
            m.tree.push(node);
        }
        for (label, names) in &words.attendance {
            let node = m.paragraph(&format!("{label}: {names}"));
            m.tree.push(node);
        }
        let brief_item = view.brief_item().map(|i| i.number);
        for item in &view.agenda {
            let heading = format!("{}. {}", item.number, sak_title(item, words.lang));
            let node = m.text(Style::Heading, &heading, 0.0, Leaf::Heading(2));
            m.tree.push(node);
            if let Some(d) = item.description.as_deref().map(one_line) {
                if !d.is_empty() {
                    let node = m.text(Style::Body, &d, LIST_INDENT, Leaf::Paragraph);
                    m.tree.push(node);
                }
            }
            if Some(item.number) == brief_item {
                m.briefs(view, words);
            }
            if words.follow_ups_under(view, Some(item.number)) {
                m.follow_ups(words);
            }
        }
        if words.follow_ups_under(view, None) {
            let section = &words.follow_up_section;
            let node = m.text(Style::Heading, section, 0.0, Leaf::Heading(2));
            m.tree.push(node);
            m.follow_ups(words);
        }
        if brief_item.is_none()
            && !(view.briefs.is_empty() && view.regions_without_brief.is_empty())
        {
            let node = m.text(Style::Heading, &words.briefs, 0.0, Leaf::Heading(2));
            m.tree.push(node);
            m.briefs(view, words);
        }
        if !view.invitees.is_empty() {
            let node = m.text(Style::Heading, &words.invitees, 0.0, Leaf::Heading(2));
            m.tree.push(node);
            m.invitee_table(view, words);
        }
        m
    }

    /// The follow-up items, one indented paragraph each.
    fn follow_ups(&mut self, words: &DocumentWords) {
        for line in &words.follow_ups {
            let node = self.text(Style::Body, line, LIST_INDENT, Leaf::Paragraph);
            self.tree.push(node);
        }
    }

    fn briefs(&mut self, view: &ExportView, words: &DocumentWords) {
        let node = self.paragraph(&words.briefs_received);
        self.tree.push(node);
        for brief in &view.briefs {
            self.brief(brief, words);
        }
        if let Some(line) = &words.without_brief {
            let node = self.paragraph(line);
            self.tree.push(node);
        }
    }

    fn brief(&mut self, brief: &BriefView, words: &DocumentWords) {
        let region = one_line(&brief.region);
        let heading = if brief.taken_as_read {
            format!("{region} ({})", words.taken_as_read)
        } else {
            region
        };
        let node = self.text(Style::Subheading, &heading, 0.0, Leaf::Heading(3));
        self.tree.push(node);
        self.text_blocks(&brief.text, Style::Body);
    }

    fn invitee_table(&mut self, view: &ExportView, words: &DocumentWords) {
        self.table(
            &words.invitee_columns,
            &invitee_rows(view),
            &INVITEE_COLUMNS,
        );
    }
}
