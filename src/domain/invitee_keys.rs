//! Invitees kept by their stable key: which stored invitee each invitee of a new list is (by
//! key where the list names one, else by name and organisation), and correcting an invitee's
//! name, organisation, region or Discord user in place.

use super::meeting_edit::{find_invitee, invitee_label, EditError};
use super::{Invitee, MeetingPlan};
use std::collections::{HashMap, HashSet, VecDeque};

/// For each invitee of `after`, the index in `before` of the invitee they are: the one with
/// their key if they name one, else the one with their name and organisation; each at most
/// once. `None`: a new invitee.
pub fn pair_invitees(before: &[Invitee], after: &[Invitee]) -> Vec<Option<usize>> {
    // Linear: each earlier invitee is queued under its key and under its name and organisation,
    // and each later one takes the first of its queue not taken yet.
    let mut by_key: HashMap<i64, VecDeque<usize>> = HashMap::new();
    let mut by_person: HashMap<(&str, &str, &str), VecDeque<usize>> = HashMap::new();
    for (i, b) in before.iter().enumerate() {
        if let Some(key) = b.key {
            by_key.entry(key).or_default().push_back(i);
        }
        by_person.entry(person(b)).or_default().push_back(i);
    }
    let mut used = vec![false; before.len()];
    after
        .iter()
        .map(|a| {
            let queue = match a.key {
                Some(key) => by_key.get_mut(&key),
                None => by_person.get_mut(&person(a)),
            };
            let found = queue.and_then(|q| {
                while let Some(b) = q.pop_front() {
                    if !used[b] {
                        return Some(b);
                    }
                }
                None
            });
            if let Some(b) = found {
                used[b] = true;
            }
            found
        })
        .collect()
}

/// An invitee as matched without a key: by name and organisation.
fn person(i: &Invitee) -> (&str, &str, &str) {
    (&i.first_name, &i.last_name, &i.organisation)
}

/// The first invitee of `after` who names a key no invitee of `before` has: (key, label).
pub fn unknown_key(before: &[Invitee], after: &[Invitee]) -> Option<(i64, String)> {
    let known: HashSet<i64> = before.iter().filter_map(|b| b.key).collect();
    after.iter().find_map(|a| {
        let key = a.key?;
        (!known.contains(&key)).then(|| (key, invitee_label(a)))
    })
}

/// The invitees of `after` who are someone of `before` under another name or organisation:
/// (before, after) as [`invitee_label`] shows them.
pub fn renamed(before: &[Invitee], after: &[Invitee]) -> Vec<(String, String)> {
    pair_invitees(before, after)
        .into_iter()
        .zip(after)
        .filter_map(|(b, a)| {
            let (old, new) = (invitee_label(&before[b?]), invitee_label(a));
            (old != new).then_some((old, new))
        })
        .collect()
}

/// What `/invitee edit` changes; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InviteeChange {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub organisation: Option<String>,
    pub region: Option<String>,
    pub discord_user_id: Option<u64>,
}

fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Corrects the invitee `name` names (as [`super::meeting_edit::remove_invitee`] finds them),
/// keeping their key, so their answer and Discord link stay theirs.
pub fn edit_invitee(
    plan: &mut MeetingPlan,
    name: &str,
    change: InviteeChange,
) -> Result<(), EditError> {
    if change == InviteeChange::default() {
        return Err(EditError::NothingToChange);
    }
    let index = find_invitee(plan, name)?;
    let invitee = &mut plan.invitees[index];
    let text = |value: Option<String>| value.map(|v| clean(&v)).filter(|v| !v.is_empty());
    if let Some(first) = text(change.first_name) {
        invitee.first_name = first;
    }
    if let Some(last) = text(change.last_name) {
        invitee.last_name = last;
    }
    if let Some(organisation) = text(change.organisation) {
        invitee.organisation = organisation;
    }
    if let Some(region) = text(change.region) {
        invitee.region = Some(region);
    }
    if let Some(user) = change.discord_user_id {
        invitee.discord_user_id = Some(user);
    }
    Ok(plan.validate()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(first: &str, org: &str, key: Option<i64>) -> Invitee {
        Invitee {
            first_name: first.into(),
            last_name: "Huse".into(),
            organisation: org.into(),
            region: None,
            discord_user_id: None,
            key,
        }
    }

    #[test]
    fn a_key_pairs_a_corrected_name_and_a_name_pairs_the_rest() {
        let before = vec![
            person("Anne", "Kongsvinger", Some(4)),
            person("Ola", "Asker", Some(7)),
        ];
        let after = vec![
            person("Ola", "Asker", None),
            person("Annie", "Kongsvingerregionen", Some(4)),
            person("Kari", "Asker", None),
        ];
        assert_eq!(pair_invitees(&before, &after), [Some(1), Some(0), None]);
        assert_eq!(
            renamed(&before, &after),
            [(
                "Anne Huse, Kongsvinger".to_owned(),
                "Annie Huse, Kongsvingerregionen".to_owned()
            )]
        );
        assert_eq!(unknown_key(&before, &after), None);
        let stranger = vec![person("Per", "Asker", Some(99))];
        assert_eq!(
            unknown_key(&before, &stranger),
            Some((99, "Per Huse, Asker".to_owned()))
        );
    }

    #[test]
    fn a_name_is_not_taken_twice() {
        let before = vec![person("Anne", "Kongsvinger", Some(4))];
        // The keyed row takes Anne; a second row with Anne's old name is someone new.
        let after = vec![
            person("Annie", "Kongsvinger", Some(4)),
            person("Anne", "Kongsvinger", None),
        ];
        assert_eq!(pair_invitees(&before, &after), [Some(0), None]);
    }
}
