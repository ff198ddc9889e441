//! Follow-up items (oppfølgingspunkter): who may create and update them (the secretariat
//! creates; the owner or the secretariat writes the status and marks one done), what a
//! request is resolved to (owner, due date, the meeting and sak it came from), and which
//! items a meeting takes up. Every change is logged with who made it.

pub use super::follow_up_error::FollowUpError;
use super::{Actor, AppError, Roundtable};
use crate::domain::collation::norwegian_cmp;
use crate::domain::follow_up::{
    checked_text, parse_due_date, sort_for_list, FollowUpChange, FollowUpItem, MAX_OWNER_CHARS,
    MAX_STATUS_CHARS, MAX_WHAT_CHARS,
};
use crate::domain::records::{MeetingAgenda, RegionRow};
use crate::store::{FollowUpActor, NewFollowUp, StoreError};
use chrono::NaiveDate;

/// Who owns a new item, as asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnerInput {
    /// A region of the group, by name (any case, spacing around it).
    Region(String),
    /// A named person, with their Discord user if known.
    Person {
        name: String,
        discord_user_id: Option<u64>,
    },
}

/// A new follow-up item as typed (checked by [`Roundtable::add_follow_up`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpInput {
    pub what: String,
    pub owner: OwnerInput,
    /// `dd.mm.yyyy`.
    pub due: String,
    /// The meeting that decided it; `None`: the group's latest meeting held.
    pub meeting_id: Option<i64>,
    /// The agenda item (sak) number at that meeting, if given.
    pub agenda_number: Option<String>,
}

fn actor_of(by: Option<&Actor>) -> FollowUpActor<'_> {
    match by {
        Some(actor) => FollowUpActor {
            id: Some(actor.discord_user_id),
            name: &actor.name,
        },
        None => FollowUpActor {
            id: None,
            name: "roundtable (CLI)",
        },
    }
}

/// An item number as typed: `12` or `#12`.
pub fn parse_item_number(given: &str) -> Option<i64> {
    given.trim().trim_start_matches('#').parse().ok()
}

impl Roundtable {
    /// The group's calendar day now (overdue is judged by it).
    pub fn today(&self) -> NaiveDate {
        self.now().with_timezone(&self.tz).date_naive()
    }

    /// Creates a follow-up item of a group (the secretariat only: `by` is `None` for the
    /// command line), after checking every field.
    pub async fn add_follow_up(
        &self,
        group_id: i64,
        input: &FollowUpInput,
        by: Option<&Actor>,
    ) -> Result<FollowUpItem, FollowUpError> {
        if by.is_some_and(|a| !a.secretariat) {
            return Err(FollowUpError::SecretariatOnly);
        }
        let what = checked_text(&input.what, "what", MAX_WHAT_CHARS)?;
        let due = parse_due_date(&input.due)?;
        let (region, person) = match &input.owner {
            OwnerInput::Region(name) => {
                let regions = self.group_regions(group_id).await?;
                match regions.iter().find(|r| r.is_named(name)) {
                    Some(r) => (Some(r.id), None),
                    None => {
                        return Err(FollowUpError::UnknownRegion {
                            region: name.trim().to_owned(),
                            known: regions.into_iter().map(|r| r.name).collect(),
                        })
                    }
                }
            }
            OwnerInput::Person {
                name,
                discord_user_id,
            } => {
                let name = checked_text(name, "owner", MAX_OWNER_CHARS)?;
                (None, Some((name, *discord_user_id)))
            }
        };
        let meeting_id = match input.meeting_id {
            Some(id) => {
                if self.store.group_of_meeting(id).await? != group_id {
                    return Err(FollowUpError::OtherGroup);
                }
                Some(id)
            }
            None => self.store.latest_past_meeting(group_id, self.now()).await?,
        };
        let agenda_number = self
            .agenda_number(meeting_id, input.agenda_number.as_deref())
            .await?;
        let new = NewFollowUp {
            group_id,
            what: &what,
            owner_region_id: region,
            owner_name: person.as_ref().map(|(n, _)| n.as_str()),
            owner_discord_id: person.as_ref().and_then(|(_, user)| *user),
            due,
            meeting_id,
            agenda_number,
        };
        let id = self
            .store
            .add_follow_up(&new, actor_of(by), self.now())
            .await?;
        tracing::info!(item = id, group = group_id, "follow-up item added");
        self.follow_up_in(group_id, &id.to_string()).await
    }

    /// The agenda item number typed, checked against the meeting's agenda.
    async fn agenda_number(
        &self,
        meeting_id: Option<i64>,
        given: Option<&str>,
    ) -> Result<Option<u32>, FollowUpError> {
        let Some(given) = given.map(str::trim).filter(|g| !g.is_empty()) else {
            return Ok(None);
        };
        let unknown = || FollowUpError::UnknownAgendaItem {
            given: given.to_owned(),
        };
        let number: u32 = given
            .trim_start_matches(['#', '.'])
            .trim_end_matches('.')
            .parse()
            .map_err(|_| unknown())?;
        let meeting = meeting_id.ok_or_else(unknown)?;
        let agenda = self.store.meeting_details(meeting).await?.agenda;
        if agenda.iter().any(|item| item.number == number) {
            Ok(Some(number))
        } else {
            Err(unknown())
        }
    }

    /// A group's item by its number as typed (`12` or `#12`).
    pub async fn follow_up_in(
        &self,
        group_id: i64,
        given: &str,
    ) -> Result<FollowUpItem, FollowUpError> {
        let not_found = || FollowUpError::NotFound {
            given: given.trim().to_owned(),
        };
        let id = parse_item_number(given).ok_or_else(not_found)?;
        match self.store.follow_up(id).await? {
            Some((group, item)) if group == group_id => Ok(item),
            _ => Err(not_found()),
        }
    }

    /// Refuses anyone but the item's owner and the secretariat (`None`: the command line).
    pub async fn check_follow_up_owner(
        &self,
        item: &FollowUpItem,
        by: Option<&Actor>,
    ) -> Result<(), FollowUpError> {
        match by {
            Some(actor) if !actor.secretariat => {
                if self
                    .store
                    .owns_follow_up(item.id, actor.discord_user_id)
                    .await?
                {
                    Ok(())
                } else {
                    Err(FollowUpError::NotOwner { item: item.id })
                }
            }
            _ => Ok(()),
        }
    }

    /// Writes an item's line of status, and with `done` marks it done (its owner or the
    /// secretariat only). Returns the item as it now stands.
    pub async fn update_follow_up(
        &self,
        group_id: i64,
        given: &str,
        status: &str,
        done: bool,
        by: Option<&Actor>,
    ) -> Result<FollowUpItem, FollowUpError> {
        let item = self.follow_up_in(group_id, given).await?;
        self.check_follow_up_owner(&item, by).await?;
        let status = checked_text(status, "status", MAX_STATUS_CHARS)?;
        self.store
            .set_follow_up_status(item.id, &status, done, actor_of(by), self.now())
            .await?;
        tracing::info!(item = item.id, done, "follow-up item updated");
        self.follow_up_in(group_id, &item.id.to_string()).await
    }

    /// Every item of a group: open first, then by due date.
    pub async fn group_follow_ups(&self, group_id: i64) -> Result<Vec<FollowUpItem>, AppError> {
        let mut items = self.store.group_follow_ups(group_id).await?;
        sort_for_list(&mut items);
        Ok(items)
    }

    /// The group's open items, by due date (for the minutes cycle).
    pub async fn open_follow_ups(&self, group_id: i64) -> Result<Vec<FollowUpItem>, AppError> {
        let mut items = self.group_follow_ups(group_id).await?;
        items.retain(FollowUpItem::is_open);
        Ok(items)
    }

    /// The items a meeting decided, by sak number (for the minutes: each under its sak).
    pub async fn follow_ups_from(&self, meeting_id: i64) -> Result<Vec<FollowUpItem>, AppError> {
        let mut items = self.store.follow_ups_from(meeting_id).await?;
        items.sort_by_key(|i| {
            let number = i.origin.as_ref().and_then(|o| o.agenda_number);
            (number.is_none(), number, i.id)
        });
        Ok(items)
    }

    /// The items a meeting takes up under "Oppfølging fra forrige møte": those decided
    /// before it that are open or were done since the group's meeting before.
    pub async fn follow_ups_at(&self, meeting_id: i64) -> Result<Vec<FollowUpItem>, AppError> {
        Ok(self.store_follow_ups_at(meeting_id).await?)
    }

    /// The items `/agenda` lists for a meeting read with [`Roundtable::meeting_agenda`]: as
    /// [`Roundtable::follow_ups_at`], without reading the meeting again (and nothing at all
    /// for a group with no items).
    pub async fn follow_ups_on_agenda(
        &self,
        agenda: &MeetingAgenda,
    ) -> Result<Vec<FollowUpItem>, AppError> {
        if !agenda.has_follow_ups {
            return Ok(Vec::new());
        }
        let mut items = self.store.group_follow_ups(agenda.group_id).await?;
        items.retain(|i| i.comes_up_at(agenda.summary.starts_at, agenda.previous_start));
        sort_for_list(&mut items);
        Ok(items)
    }

    pub(super) async fn store_follow_ups_at(
        &self,
        meeting_id: i64,
    ) -> Result<Vec<FollowUpItem>, StoreError> {
        let meeting = self.store.meeting_summary(meeting_id).await?;
        let group = self.store.group_of_meeting(meeting_id).await?;
        let previous = self
            .store
            .previous_meeting_start(group, meeting.starts_at)
            .await?;
        let mut items = self.store.group_follow_ups(group).await?;
        items.retain(|i| i.comes_up_at(meeting.starts_at, previous));
        sort_for_list(&mut items);
        Ok(items)
    }

    /// The Discord users who answer for an item at a meeting (the named person's user, or
    /// the region's representatives).
    pub(super) async fn follow_up_owners(
        &self,
        item_id: i64,
        meeting_id: i64,
    ) -> Result<Vec<u64>, StoreError> {
        self.store.follow_up_owners(item_id, Some(meeting_id)).await
    }

    /// An item's change log, oldest first.
    pub async fn follow_up_changes(&self, item_id: i64) -> Result<Vec<FollowUpChange>, AppError> {
        Ok(self.store.follow_up_changes(item_id).await?)
    }

    /// Every region of a group, in Norwegian order (what an owner may be).
    pub async fn group_regions(&self, group_id: i64) -> Result<Vec<RegionRow>, AppError> {
        let mut regions = self.store.group_regions(group_id).await?;
        regions.sort_by(|a, b| norwegian_cmp(&a.name, &b.name));
        Ok(regions)
    }

    /// The group a meeting belongs to.
    pub async fn group_of_meeting(&self, meeting_id: i64) -> Result<i64, AppError> {
        Ok(self.store.group_of_meeting(meeting_id).await?)
    }
}
