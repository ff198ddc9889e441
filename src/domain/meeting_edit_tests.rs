//! Tests of the secretariat's edits: typed times, agenda items and invitees.

use super::*;
use crate::domain::local_time::OSLO;
use crate::domain::{Group, Secretariat};
use chrono::Duration;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

fn item(title: &str, briefs: bool) -> AgendaItem {
    AgendaItem {
        number: 0,
        title: title.into(),
        description: None,
        collects_briefs: briefs,
        standing: None,
    }
}

fn invitee(first: &str, last: &str, org: &str) -> Invitee {
    Invitee {
        first_name: first.into(),
        last_name: last.into(),
        organisation: org.into(),
        region: None,
        discord_user_id: None,
        key: None,
    }
}

pub(crate) fn plan() -> MeetingPlan {
    let starts_at = at("2025-03-06T11:00:00Z");
    let mut agenda = vec![
        item("Godkjenning", false),
        item("Runde rundt bordet", true),
        item("Eventuelt", false),
    ];
    renumber(&mut agenda);
    MeetingPlan {
        group: Group {
            slug: "naering".into(),
            name: "Faggruppe".into(),
            organisation: "Osloregionen".into(),
            language: "nb".into(),
            discord_channel_id: None,
            member_role_id: None,
            secretariat: Secretariat {
                name: "Karoline".into(),
                title: "Sekretariatet".into(),
                phone: None,
                email: None,
            },
        },
        key: "naering-2025-03-06".into(),
        title: "Møte".into(),
        starts_at,
        ends_at: starts_at + Duration::hours(1),
        place: "Rådhuset".into(),
        notice_text: String::new(),
        preparation: String::new(),
        documents: None,
        notice_date: NaiveDate::from_ymd_opt(2025, 2, 28).expect("date"),
        notice_at: None,
        brief_deadline: default_brief_deadline(starts_at, OSLO),
        agenda,
        regions: vec!["Elverum".into()],
        invitees: vec![
            invitee("Anne", "Huse", "Kongsvingerregionen"),
            invitee("Anne", "Huse", "Oslo kommune"),
            invitee("Kari", "Nordmann", "Elverum kommune"),
        ],
    }
}

#[test]
fn typed_times_in_iso_and_norwegian_forms() {
    let now = at("2025-01-01T00:00:00Z");
    let hour = Duration::hours(1);
    let expected = (at("2025-03-06T11:00:00Z"), at("2025-03-06T13:00:00Z"));
    for (starts, ends) in [
        ("2025-03-06 12:00", Some("14:00")),
        ("2025-03-06T12:00", Some("2025-03-06 14:00")),
        ("06.03.2025 12.00", Some("kl. 14.00")),
    ] {
        assert_eq!(
            resolve_times(starts, ends, hour, OSLO, now),
            Ok(expected),
            "{starts}"
        );
    }
    let (_, ends) = resolve_times("2025-03-06 12:00", None, hour, OSLO, now).expect("valid");
    assert_eq!(ends, at("2025-03-06T12:00:00Z"));
}

#[test]
fn bad_times_are_refused_with_the_field() {
    let now = at("2025-03-10T00:00:00Z");
    let hour = Duration::hours(1);
    assert!(matches!(
        resolve_times("neste torsdag", None, hour, OSLO, now),
        Err(EditError::NotATime {
            field: "starts",
            ..
        })
    ));
    assert!(matches!(
        resolve_times("2025-03-06 12:00", None, hour, OSLO, now),
        Err(EditError::InPast {
            field: "starts",
            ..
        })
    ));
    assert!(matches!(
        resolve_times("2025-04-06 12:00", Some("11:00"), hour, OSLO, now),
        Err(EditError::EndsBeforeStart { .. })
    ));
    assert!(matches!(
        resolve_times("2025-03-30 02:30", None, hour, OSLO, now),
        Err(EditError::Local {
            field: "starts",
            source: LocalTimeError::Nonexistent(..)
        })
    ));
    assert!(matches!(
        resolve_times("2025-10-26 01:00", Some("02:30"), hour, OSLO, now),
        Err(EditError::Local {
            field: "ends",
            source: LocalTimeError::Ambiguous(..)
        })
    ));
}

#[test]
fn moving_keeps_a_default_deadline_default_and_shifts_a_set_one() {
    let mut p = plan();
    let (s, e) = (at("2025-03-13T11:00:00Z"), at("2025-03-13T12:00:00Z"));
    move_meeting(&mut p, s, e, OSLO).expect("moved");
    assert_eq!(p.brief_deadline, default_brief_deadline(s, OSLO));

    let mut p = plan();
    p.brief_deadline = p.starts_at + Duration::hours(5);
    p.notice_at = Some(p.starts_at - Duration::days(6));
    move_meeting(&mut p, s, e, OSLO).expect("moved");
    assert_eq!(p.brief_deadline, s + Duration::hours(5));
    assert_eq!(p.notice_at, Some(s - Duration::days(6)));
}

#[test]
fn agenda_items_are_added_moved_edited_and_removed_in_order() {
    let mut p = plan();
    add_item(&mut p, " Møteplan 2026 ", None, Some(2), false).expect("added");
    let titles = |p: &MeetingPlan| -> Vec<(u32, String)> {
        p.agenda
            .iter()
            .map(|i| (i.number, i.title.clone()))
            .collect()
    };
    assert_eq!(titles(&p)[1], (2, "Møteplan 2026".into()));
    move_item(&mut p, 2, 4).expect("moved");
    assert_eq!(titles(&p)[3], (4, "Møteplan 2026".into()));
    assert_eq!(titles(&p)[1], (2, "Runde rundt bordet".into()));
    edit_item(&mut p, 4, None, Some("Utkast vedlagt".into())).expect("edited");
    assert_eq!(p.agenda[3].description.as_deref(), Some("Utkast vedlagt"));
    edit_item(&mut p, 4, None, Some(" ".into())).expect("cleared");
    assert_eq!(p.agenda[3].description, None);
    let removed = remove_item(&mut p, 1).expect("removed");
    assert_eq!(removed.title, "Godkjenning");
    assert_eq!(titles(&p)[0], (1, "Runde rundt bordet".into()));

    assert_eq!(
        add_item(&mut p, "X", None, Some(9), false),
        Err(EditError::BadPosition {
            position: 9,
            max: 4
        })
    );
    assert!(matches!(
        add_item(&mut plan(), "Ny runde", None, None, true),
        Err(EditError::Plan(PlanError::SeveralBriefItems { .. }))
    ));
    assert_eq!(
        edit_item(&mut plan(), 7, Some("X".into()), None),
        Err(EditError::NoSuchItem {
            number: 7,
            count: 3
        })
    );
    assert_eq!(
        edit_item(&mut plan(), 1, None, None),
        Err(EditError::NothingToChange)
    );
}

#[test]
fn the_last_item_cannot_go() {
    let mut p = plan();
    remove_item(&mut p, 1).expect("removed");
    remove_item(&mut p, 1).expect("removed");
    assert!(matches!(
        remove_item(&mut p, 1),
        Err(EditError::Plan(PlanError::EmptyAgenda { .. }))
    ));
}

#[test]
fn invitees_are_removed_by_label_or_unique_name() {
    let mut p = plan();
    let gone = remove_invitee(&mut p, "kari  nordmann").expect("unique name");
    assert_eq!(gone.last_name, "Nordmann");
    assert!(matches!(
        remove_invitee(&mut p, "Anne Huse"),
        Err(EditError::AmbiguousInvitee { ref matches, .. }) if matches.len() == 2
    ));
    remove_invitee(&mut p, "Anne Huse, Oslo kommune").expect("by label");
    assert_eq!(p.invitees.len(), 1);
    assert!(matches!(
        add_invitee(&mut p, invitee("Anne", "Huse", "Kongsvingerregionen")),
        Err(EditError::Plan(PlanError::DuplicateInvitee { .. }))
    ));
}

#[test]
fn a_new_meeting_copies_the_last_ones_agenda_and_regions() {
    let previous = plan();
    let new = NewMeeting {
        title: "Møte i mai".into(),
        starts_at: at("2025-05-08T10:00:00Z"),
        ends_at: at("2025-05-08T11:00:00Z"),
        place: "Teams".into(),
        documents_url: Some("https://example.org/sak".into()),
    };
    let key = meeting_key("naering", new.starts_at, OSLO);
    assert_eq!(key, "naering-2025-05-08");
    let day = NaiveDate::from_ymd_opt(2025, 5, 2).expect("date");
    let p = next_meeting(&previous, new.clone(), key, day, OSLO).expect("valid");
    assert_eq!(p.agenda, previous.agenda);
    assert_eq!(p.regions, previous.regions);
    assert_eq!(p.place, "Teams");
    assert_eq!(p.brief_deadline, at("2025-05-09T21:59:59Z"));
    let bad = NewMeeting {
        documents_url: Some("sakspapirer".into()),
        ..new
    };
    assert!(matches!(
        next_meeting(&previous, bad, "k".into(), day, OSLO),
        Err(EditError::NotALink { .. })
    ));
}

#[test]
fn a_hand_set_deadline_keeps_its_wall_clock_time_across_summer_time() {
    use crate::domain::local_time::{to_utc, OSLO};
    let oslo = |s: &str| {
        to_utc(
            chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("time"),
            OSLO,
        )
        .expect("exists")
    };
    // Meeting Thursday 27 March 2025 (winter time), deadline set by hand to 28 March 16:00 and
    // the notice to 26 March 09:00; moved a week later into summer time, they are 4 April
    // 16:00 and 2 April 09:00 on the clock, not an hour later.
    let mut p = plan();
    p.starts_at = oslo("2025-03-27 12:00");
    p.ends_at = oslo("2025-03-27 13:00");
    p.brief_deadline = oslo("2025-03-28 16:00");
    p.notice_at = Some(oslo("2025-03-26 09:00"));
    move_meeting(
        &mut p,
        oslo("2025-04-03 12:00"),
        oslo("2025-04-03 13:00"),
        OSLO,
    )
    .expect("moved");
    assert_eq!(p.brief_deadline, oslo("2025-04-04 16:00"));
    assert_eq!(p.notice_at, Some(oslo("2025-04-02 09:00")));
}
