//! A group's standing agenda (its template: the items every meeting has, before and after the
//! meeting's own items).

use super::meeting::{AgendaItem, StandingItem};
use serde::{Deserialize, Serialize};

pub use super::sak_label::{sak_label, AgendaNumbering, SakLabel, SakNumbering};

/// One item of the group's template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateItem {
    pub title: String,
    pub description: Option<String>,
    /// What the item is, for the minutes and the follow-up items to find it.
    pub standing: Option<StandingItem>,
    /// The "round the table" item that collects the briefs.
    pub collects_briefs: bool,
    /// After the meeting's own items (else before them).
    pub after_own: bool,
}

/// The group's standing agenda, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    pub items: Vec<TemplateItem>,
}

/// Where a meeting's new own item goes when no number is given: before the trailing items
/// that close every meeting (the round of briefs and "Eventuelt"), else last. The index in
/// `agenda`.
pub fn own_item_index(agenda: &[AgendaItem]) -> usize {
    let closing =
        |a: &AgendaItem| a.collects_briefs || a.standing == Some(StandingItem::AnyOtherBusiness);
    agenda.len() - agenda.iter().rev().take_while(|a| closing(a)).count()
}

impl Template {
    /// The template a group has until the secretariat sets its own.
    pub fn default_for(lang: &str) -> Self {
        let en = lang == "en";
        let item = |nb: &str, english: &str, standing, collects_briefs, after_own| TemplateItem {
            title: if en { english } else { nb }.to_owned(),
            description: None,
            standing,
            collects_briefs,
            after_own,
        };
        Self {
            items: vec![
                item(
                    "Godkjenning av innkalling og dagsorden",
                    "Approval of the notice and agenda",
                    Some(StandingItem::NoticeApproval),
                    false,
                    false,
                ),
                item(
                    "Godkjenning av referat fra forrige møte",
                    "Approval of the minutes of the last meeting",
                    Some(StandingItem::MinutesApproval),
                    false,
                    false,
                ),
                item(
                    "Oppfølging fra forrige møte",
                    "Follow-up from the last meeting",
                    Some(StandingItem::FollowUp),
                    false,
                    false,
                ),
                item("Runde rundt bordet", "Round the table", None, true, true),
                item(
                    "Eventuelt",
                    "Any other business",
                    Some(StandingItem::AnyOtherBusiness),
                    false,
                    true,
                ),
            ],
        }
    }

    /// A meeting's agenda: the template's items before, the meeting's own items, the
    /// template's items after, numbered from 1.
    pub fn agenda_with(&self, own: &[AgendaItem]) -> Vec<AgendaItem> {
        let from_template = |after: bool| {
            self.items
                .iter()
                .filter(move |i| i.after_own == after)
                .map(|i| AgendaItem {
                    number: 0,
                    title: i.title.clone(),
                    description: i.description.clone(),
                    collects_briefs: i.collects_briefs,
                    standing: i.standing,
                })
        };
        let own = own.iter().cloned().map(|mut item| {
            // A meeting's own item never takes a standing item's role.
            if self.items.iter().any(|i| i.collects_briefs) {
                item.collects_briefs = false;
            }
            item
        });
        from_template(false)
            .chain(own)
            .chain(from_template(true))
            .zip(1..)
            .map(|(item, number)| AgendaItem { number, ..item })
            .collect()
    }

    /// The items of a stored agenda that are the meeting's own: neither a standing item nor
    /// the round of briefs, nor titled as an item of this template.
    pub fn own_items(&self, agenda: &[AgendaItem]) -> Vec<AgendaItem> {
        agenda
            .iter()
            .filter(|a| a.standing.is_none() && !a.collects_briefs)
            .filter(|a| !self.items.iter().any(|i| i.title.trim() == a.title.trim()))
            .cloned()
            .collect()
    }

    /// The template's rules: not more than one item collecting briefs, no standing item
    /// twice, no blank title. The error is the 1-based number of the item at fault.
    pub fn check(&self) -> Result<(), TemplateError> {
        let mut seen = Vec::new();
        let mut briefs = false;
        for (n, item) in (1..).zip(&self.items) {
            if item.title.trim().is_empty() {
                return Err(TemplateError::Blank { item: n });
            }
            if item.collects_briefs {
                if briefs {
                    return Err(TemplateError::SeveralBriefItems { item: n });
                }
                briefs = true;
            }
            if let Some(s) = item.standing {
                if seen.contains(&s) {
                    return Err(TemplateError::Twice { item: n });
                }
                seen.push(s);
            }
        }
        Ok(())
    }
}

/// A template that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("standing[{item}]: the title is empty")]
    Blank { item: u32 },
    #[error("standing[{item}]: a second item collects the briefs")]
    SeveralBriefItems { item: u32 },
    #[error("standing[{item}]: the same standing item twice")]
    Twice { item: u32 },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(title: &str) -> AgendaItem {
        AgendaItem {
            number: 9,
            title: title.into(),
            description: None,
            collects_briefs: false,
            standing: None,
        }
    }

    #[test]
    fn a_meetings_own_items_go_between_the_standing_ones() {
        let agenda = Template::default_for("nb").agenda_with(&[own("Budsjett"), own("Strategi")]);
        let lines: Vec<_> = agenda
            .iter()
            .map(|a| format!("{} {}", a.number, a.title))
            .collect();
        assert_eq!(
            lines,
            [
                "1 Godkjenning av innkalling og dagsorden",
                "2 Godkjenning av referat fra forrige møte",
                "3 Oppfølging fra forrige møte",
                "4 Budsjett",
                "5 Strategi",
                "6 Runde rundt bordet",
                "7 Eventuelt",
            ]
        );
        assert_eq!(agenda[2].standing, Some(StandingItem::FollowUp));
        assert!(agenda[5].collects_briefs);
        assert_eq!(agenda[6].standing, Some(StandingItem::AnyOtherBusiness));
    }

    #[test]
    fn a_new_own_item_goes_before_the_round_and_eventuelt() {
        let template = Template::default_for("nb");
        let agenda = template.agenda_with(&[own("Budsjett")]);
        assert_eq!(own_item_index(&agenda), 4);
        let plain = [own("A"), own("B")];
        assert_eq!(own_item_index(&plain), 2);
        assert_eq!(own_item_index(&[]), 0);
    }

    #[test]
    fn own_items_are_found_again_in_a_stored_agenda() {
        let template = Template::default_for("nb");
        let agenda = template.agenda_with(&[own("Budsjett")]);
        let found: Vec<_> = template
            .own_items(&agenda)
            .into_iter()
            .map(|a| a.title)
            .collect();
        assert_eq!(found, ["Budsjett"]);
    }

    #[test]
    fn an_own_item_cannot_collect_briefs_beside_the_templates_round() {
        let mut second = own("Innspill");
        second.collects_briefs = true;
        let agenda = Template::default_for("nb").agenda_with(&[second]);
        assert_eq!(agenda.iter().filter(|a| a.collects_briefs).count(), 1);
    }

    #[test]
    fn a_template_with_two_rounds_or_a_blank_title_is_refused() {
        let mut template = Template::default_for("nb");
        template.items[0].collects_briefs = true;
        assert_eq!(
            template.check(),
            Err(TemplateError::SeveralBriefItems { item: 4 })
        );
        let mut blank = Template::default_for("en");
        blank.items[1].title = " ".into();
        assert_eq!(blank.check(), Err(TemplateError::Blank { item: 2 }));
        blank.items[1].title = "x".into();
        blank.items[1].standing = Some(StandingItem::NoticeApproval);
        assert_eq!(blank.check(), Err(TemplateError::Twice { item: 2 }));
        assert_eq!(Template::default_for("nb").check(), Ok(()));
    }
}
