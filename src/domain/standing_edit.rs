//! The secretariat's edits of a group's standing agenda: an item added (before or after the
//! meetings' own items), an item removed, or the default template back.

use super::standing::{Template, TemplateError, TemplateItem};
use super::StandingItem;

/// One edit of the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateEdit {
    /// A new item, at the end of the items before the meetings' own (or after them).
    Add {
        title: String,
        standing: Option<StandingItem>,
        after_own: bool,
    },
    /// The item numbered `number` in the template (from 1) goes.
    Remove { number: u32 },
    /// The default template in the group's language.
    Reset { lang: String },
}

/// Why an edit cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateEditError {
    #[error("the template has no item {number}")]
    NoSuchItem { number: u32 },
    #[error(transparent)]
    Template(#[from] TemplateError),
}

impl Template {
    /// The template with `edit` made, checked.
    pub fn edited(&self, edit: &TemplateEdit) -> Result<Template, TemplateEditError> {
        let mut items = self.items.clone();
        match edit {
            TemplateEdit::Add {
                title,
                standing,
                after_own,
            } => {
                let item = TemplateItem {
                    title: title.trim().to_owned(),
                    description: None,
                    standing: *standing,
                    collects_briefs: false,
                    after_own: *after_own,
                };
                // Before the meetings' own items: after the last item that comes before them.
                let at = if *after_own {
                    items.len()
                } else {
                    items.iter().take_while(|i| !i.after_own).count()
                };
                items.insert(at, item);
            }
            TemplateEdit::Remove { number } => {
                let index = usize::try_from(*number)
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .filter(|i| *i < items.len())
                    .ok_or(TemplateEditError::NoSuchItem { number: *number })?;
                items.remove(index);
            }
            TemplateEdit::Reset { lang } => items = Template::default_for(lang).items,
        }
        let template = Template { items };
        template.check()?;
        Ok(template)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_added_item_goes_before_or_after_the_meetings_own() {
        let template = Template::default_for("nb");
        let before = template
            .edited(&TemplateEdit::Add {
                title: " Orientering fra sekretariatet ".into(),
                standing: None,
                after_own: false,
            })
            .unwrap();
        assert_eq!(before.items[3].title, "Orientering fra sekretariatet");
        assert!(!before.items[3].after_own);
        let after = template
            .edited(&TemplateEdit::Add {
                title: "Neste møte".into(),
                standing: None,
                after_own: true,
            })
            .unwrap();
        assert_eq!(after.items.last().unwrap().title, "Neste møte");
    }

    #[test]
    fn removing_a_missing_item_or_a_second_standing_one_is_refused() {
        let template = Template::default_for("nb");
        assert_eq!(
            template.edited(&TemplateEdit::Remove { number: 6 }),
            Err(TemplateEditError::NoSuchItem { number: 6 })
        );
        assert_eq!(
            template.edited(&TemplateEdit::Remove { number: 0 }),
            Err(TemplateEditError::NoSuchItem { number: 0 })
        );
        let removed = template
            .edited(&TemplateEdit::Remove { number: 3 })
            .unwrap();
        assert_eq!(removed.items.len(), 4);
        assert!(removed
            .items
            .iter()
            .all(|i| i.standing != Some(StandingItem::FollowUp)));
        let twice = template.edited(&TemplateEdit::Add {
            title: "Eventuelt igjen".into(),
            standing: Some(StandingItem::AnyOtherBusiness),
            after_own: true,
        });
        assert_eq!(
            twice,
            Err(TemplateEditError::Template(TemplateError::Twice {
                item: 6
            }))
        );
        let back = removed
            .edited(&TemplateEdit::Reset { lang: "nb".into() })
            .unwrap();
        assert_eq!(back, template);
    }
}
