//! Tests of what a change does to a meeting.

use super::*;
use crate::domain::meeting_edit::{self, tests::plan};

#[test]
fn the_same_plan_changes_nothing() {
    assert!(MeetingDiff::between(Some(&plan()), &plan()).is_empty());
    assert!(MeetingDiff::between(None, &plan()).created);
}

#[test]
fn a_moved_item_reorders_and_a_renamed_one_changes() {
    let before = plan();
    let mut after = plan();
    meeting_edit::move_item(&mut after, 3, 1).expect("moved");
    let diff = MeetingDiff::between(Some(&before), &after);
    assert!(
        diff.agenda_reordered && diff.agenda_changed.is_empty(),
        "{diff:?}"
    );

    let mut after = plan();
    meeting_edit::edit_item(&mut after, 3, Some("Eventuelt og avslutning".into()), None)
        .expect("edited");
    meeting_edit::add_item(&mut after, "Budsjett", None, None, false).expect("added");
    meeting_edit::remove_item(&mut after, 1).expect("removed");
    let diff = MeetingDiff::between(Some(&before), &after);
    assert_eq!(
        diff.agenda_added,
        [ItemRef {
            number: 3,
            title: "Budsjett".into()
        }]
    );
    assert_eq!(diff.agenda_removed[0].title, "Godkjenning");
    assert_eq!(diff.agenda_changed.len(), 1, "{diff:?}");
    assert_eq!(diff.agenda_changed[0].1.title, "Eventuelt og avslutning");
    assert!(!diff.agenda_reordered);
}

#[test]
fn invitees_and_fields() {
    let before = plan();
    let mut after = plan();
    meeting_edit::remove_invitee(&mut after, "Kari Nordmann").expect("removed");
    after.place = "Teams".into();
    let diff = MeetingDiff::between(Some(&before), &after);
    assert_eq!(diff.invitees_removed, ["Kari Nordmann, Elverum kommune"]);
    assert!(matches!(
        diff.fields.as_slice(),
        [FieldChange::Place { .. }]
    ));
    let json = serde_json::to_string(&diff).expect("json");
    assert_eq!(
        serde_json::from_str::<MeetingDiff>(&json).expect("back"),
        diff
    );
}
