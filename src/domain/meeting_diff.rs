//! What a change does to a meeting, item by item: the preview the secretariat confirms, and
//! what the change log keeps.

use super::{AgendaItem, Invitee, MeetingPlan};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A meeting field whose value changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum FieldChange {
    Title {
        before: String,
        after: String,
    },
    Time {
        before: (DateTime<Utc>, DateTime<Utc>),
        after: (DateTime<Utc>, DateTime<Utc>),
    },
    Place {
        before: String,
        after: String,
    },
    Deadline {
        before: DateTime<Utc>,
        after: DateTime<Utc>,
    },
    Documents {
        before: Option<String>,
        after: Option<String>,
    },
    NoticeDate {
        before: NaiveDate,
        after: NaiveDate,
    },
    NoticeAt {
        before: Option<DateTime<Utc>>,
        after: Option<DateTime<Utc>>,
    },
    NoticeText,
    Preparation,
    Group {
        before: String,
        after: String,
    },
}

/// An agenda item as a change names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemRef {
    pub number: u32,
    pub title: String,
}

impl From<&AgendaItem> for ItemRef {
    fn from(i: &AgendaItem) -> Self {
        Self {
            number: i.number,
            title: i.title.clone(),
        }
    }
}

/// Everything a change does to a meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingDiff {
    /// The meeting is new.
    pub created: bool,
    /// The meeting is cancelled.
    #[serde(default)]
    pub cancelled: bool,
    /// The cancelled meeting is on again.
    #[serde(default)]
    pub restored: bool,
    pub fields: Vec<FieldChange>,
    pub agenda_added: Vec<ItemRef>,
    /// Renamed, or a new description or "collects briefs" mark: (before, after).
    pub agenda_changed: Vec<(ItemRef, ItemRef)>,
    pub agenda_removed: Vec<ItemRef>,
    /// The items kept are in another order.
    pub agenda_reordered: bool,
    pub regions_added: Vec<String>,
    pub regions_removed: Vec<String>,
    pub regions_reordered: bool,
    /// Invitees as `First Last, Organisation`.
    pub invitees_added: Vec<String>,
    pub invitees_removed: Vec<String>,
    /// Invitees whose region or Discord user changes.
    pub invitees_changed: Vec<String>,
    /// Invitees kept under a corrected name or organisation: (before, after).
    #[serde(default)]
    pub invitees_renamed: Vec<(String, String)>,
    /// Discord users the secretariat made speak for a region (`/representative add`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub representatives_added: Vec<UserLink>,
    /// Discord users who no longer speak for a region (`/representative remove`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub representatives_removed: Vec<UserLink>,
    /// Discord users linked to an invitee (`/attendance link`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invitees_linked: Vec<UserLink>,
}

/// A Discord user linked to a region or an invitee: who may write a region's brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserLink {
    pub user_id: u64,
    /// Their name on Discord when linked.
    pub user: String,
    /// The region, or the invitee as `First Last, Organisation`.
    pub to: String,
}

impl MeetingDiff {
    /// Whether the change changes nothing.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The diff of cancelling a meeting.
    pub fn cancellation() -> Self {
        Self {
            cancelled: true,
            ..Self::default()
        }
    }

    /// The diff of putting a cancelled meeting back on.
    pub fn restoration() -> Self {
        Self {
            restored: true,
            ..Self::default()
        }
    }

    /// What writing `after` over `before` (`None`: a new meeting) changes.
    pub fn between(before: Option<&MeetingPlan>, after: &MeetingPlan) -> Self {
        let Some(before) = before else {
            return Self {
                created: true,
                agenda_added: after.agenda.iter().map(ItemRef::from).collect(),
                regions_added: after.regions.clone(),
                invitees_added: after.invitees.iter().map(label).collect(),
                ..Self::default()
            };
        };
        let mut diff = Self {
            fields: fields(before, after),
            ..Self::default()
        };
        agenda(&mut diff, &before.agenda, &after.agenda);
        diff.regions_added = missing_from(&after.regions, &before.regions);
        diff.regions_removed = missing_from(&before.regions, &after.regions);
        diff.regions_reordered = kept_order(&before.regions, &after.regions)
            != kept_order(&after.regions, &before.regions);
        invitees(&mut diff, &before.invitees, &after.invitees);
        diff
    }
}

fn label(i: &Invitee) -> String {
    super::meeting_edit::invitee_label(i)
}

fn fields(b: &MeetingPlan, a: &MeetingPlan) -> Vec<FieldChange> {
    let mut out = Vec::new();
    let mut text = |before: &str, after: &str, make: fn(String, String) -> FieldChange| {
        if before != after {
            out.push(make(before.to_owned(), after.to_owned()));
        }
    };
    text(&b.title, &a.title, |before, after| FieldChange::Title {
        before,
        after,
    });
    text(&b.place, &a.place, |before, after| FieldChange::Place {
        before,
        after,
    });
    let mut group_after = a.group.clone();
    if group_after.discord_channel_id.is_none() {
        // An import without a channel keeps the channel the group has.
        group_after.discord_channel_id = b.group.discord_channel_id;
    }
    if b.group != group_after {
        out.push(FieldChange::Group {
            before: b.group.name.clone(),
            after: a.group.name.clone(),
        });
    }
    if (b.starts_at, b.ends_at) != (a.starts_at, a.ends_at) {
        out.push(FieldChange::Time {
            before: (b.starts_at, b.ends_at),
            after: (a.starts_at, a.ends_at),
        });
    }
    if b.brief_deadline != a.brief_deadline {
        out.push(FieldChange::Deadline {
            before: b.brief_deadline,
            after: a.brief_deadline,
        });
    }
    let url = |p: &MeetingPlan| p.documents.as_ref().map(|d| d.url.clone());
    if b.documents != a.documents {
        out.push(FieldChange::Documents {
            before: url(b),
            after: url(a),
        });
    }
    if b.notice_date != a.notice_date {
        out.push(FieldChange::NoticeDate {
            before: b.notice_date,
            after: a.notice_date,
        });
    }
    if b.notice_at != a.notice_at {
        out.push(FieldChange::NoticeAt {
            before: b.notice_at,
            after: a.notice_at,
        });
    }
    if b.notice_text != a.notice_text {
        out.push(FieldChange::NoticeText);
    }
    if b.preparation != a.preparation {
        out.push(FieldChange::Preparation);
    }
    out
}

/// Items are matched by title first; an item left over is taken as a renamed one if an item
/// left over in the old agenda stood between the same neighbours.
fn agenda(diff: &mut MeetingDiff, before: &[AgendaItem], after: &[AgendaItem]) {
    let mut old_used = vec![false; before.len()];
    let mut by_title: Vec<Option<usize>> = Vec::with_capacity(after.len());
    for item in after {
        let found = (0..before.len()).find(|&o| !old_used[o] && before[o].title == item.title);
        if let Some(o) = found {
            old_used[o] = true;
        }
        by_title.push(found);
    }
    let kept: Vec<usize> = by_title.iter().flatten().copied().collect();
    diff.agenda_reordered = kept.windows(2).any(|w| w[0] > w[1]);
    let mut pairs = Vec::new();
    let mut previous: Option<usize> = None;
    for (n, found) in by_title.iter().enumerate() {
        let o = found.or_else(|| {
            let next = by_title[n + 1..].iter().flatten().next().copied();
            let o = (0..before.len()).find(|&o| {
                !old_used[o] && previous.is_none_or(|p| o > p) && next.is_none_or(|x| o < x)
            })?;
            old_used[o] = true;
            Some(o)
        });
        match o {
            Some(o) => {
                previous = Some(o);
                pairs.push((o, n));
            }
            None => diff.agenda_added.push(ItemRef::from(&after[n])),
        }
    }
    for (o, n) in pairs {
        let (b, a) = (&before[o], &after[n]);
        if b.title != a.title
            || b.description != a.description
            || b.collects_briefs != a.collects_briefs
        {
            diff.agenda_changed
                .push((ItemRef::from(b), ItemRef::from(a)));
        }
    }
    diff.agenda_removed = (0..before.len())
        .filter(|&o| !old_used[o])
        .map(|o| ItemRef::from(&before[o]))
        .collect();
}

fn missing_from(list: &[String], other: &[String]) -> Vec<String> {
    let other: HashSet<&String> = other.iter().collect();
    list.iter()
        .filter(|r| !other.contains(r))
        .cloned()
        .collect()
}

/// The items of `list` that `other` has too, in `list`'s order.
fn kept_order<'a>(list: &'a [String], other: &[String]) -> Vec<&'a String> {
    let other: HashSet<&String> = other.iter().collect();
    list.iter().filter(|r| other.contains(r)).collect()
}

/// The invitees added, changed and removed, matched by name and organisation (one look-up
/// each: a list of 20,000 is compared in linear time).
fn invitees(diff: &mut MeetingDiff, before: &[Invitee], after: &[Invitee]) {
    let pairs = super::invitee_keys::pair_invitees(before, after);
    for (a, paired) in after.iter().zip(&pairs) {
        let Some(b) = paired.map(|b| &before[b]) else {
            diff.invitees_added.push(label(a));
            continue;
        };
        if label(a) != label(b) {
            diff.invitees_renamed.push((label(b), label(a)));
        }
        // An import without a Discord id keeps the one stored.
        let discord_changes = a.discord_user_id.is_some() && a.discord_user_id != b.discord_user_id;
        if a.region != b.region || discord_changes {
            diff.invitees_changed.push(label(a));
        }
    }
    let mut kept = vec![false; before.len()];
    for b in pairs.iter().flatten() {
        kept[*b] = true;
    }
    diff.invitees_removed = before
        .iter()
        .zip(&kept)
        .filter(|(_, kept)| !**kept)
        .map(|(b, _)| label(b))
        .collect();
}

#[cfg(test)]
#[path = "meeting_diff_tests.rs"]
mod tests;
