//! The follow-up items' rules: overdue, order, which meeting takes one up, due dates, texts.

use super::*;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

fn item(id: i64, due: &str, done: Option<&str>) -> FollowUpItem {
    FollowUpItem {
        id,
        what: format!("Punkt {id}"),
        owner: FollowUpOwner::Region {
            name: "Elverum".into(),
        },
        due: day(due),
        origin: Some(FollowUpOrigin {
            meeting_id: 1,
            meeting_title: "Møte".into(),
            meeting_starts_at: at("2024-11-07T11:00:00Z"),
            agenda_number: Some(3),
        }),
        status: String::new(),
        done_at: done.map(at),
        created_at: at("2024-11-08T10:00:00Z"),
    }
}

#[test]
fn overdue_is_open_and_past_the_due_day() {
    let open = item(1, "2024-11-20", None);
    assert!(
        !open.is_overdue(day("2024-11-20")),
        "due today is not overdue"
    );
    assert!(open.is_overdue(day("2024-11-21")));
    let done = item(2, "2024-11-20", Some("2024-11-25T10:00:00Z"));
    assert!(!done.is_open());
    assert!(
        !done.is_overdue(day("2024-12-01")),
        "a done item is never overdue"
    );
}

#[test]
fn open_items_first_then_by_due_date() {
    let mut items = vec![
        item(1, "2024-11-30", Some("2024-11-12T10:00:00Z")),
        item(2, "2024-12-10", None),
        item(3, "2024-11-15", None),
        item(4, "2024-11-15", None),
        item(5, "2024-11-01", Some("2024-11-10T10:00:00Z")),
    ];
    sort_for_list(&mut items);
    let order: Vec<i64> = items.iter().map(|i| i.id).collect();
    assert_eq!(order, [3, 4, 2, 5, 1]);
}

#[test]
fn an_item_comes_up_at_later_meetings_until_reported_done() {
    let first = at("2024-11-07T11:00:00Z");
    let second = at("2024-11-21T11:00:00Z");
    let third = at("2024-12-05T11:00:00Z");
    let open = item(1, "2024-11-20", None);
    assert!(
        !open.comes_up_at(first, None),
        "not at the meeting that decided it"
    );
    assert!(open.comes_up_at(second, Some(first)));
    assert!(
        open.comes_up_at(third, Some(second)),
        "open: at every later one"
    );
    // Done between the first and the second meeting: reported at the second, not after.
    let done = item(2, "2024-11-20", Some("2024-11-15T10:00:00Z"));
    assert!(done.comes_up_at(second, Some(first)));
    assert!(!done.comes_up_at(third, Some(second)));
    // Without a meeting: from the first meeting after it was created.
    let loose = FollowUpItem {
        origin: None,
        ..item(3, "2024-11-20", None)
    };
    assert!(!loose.comes_up_at(first, None));
    assert!(loose.comes_up_at(second, Some(first)));
}

#[test]
fn due_dates_are_read_as_norwegians_write_them() {
    assert_eq!(parse_due_date("20.11.2024"), Ok(day("2024-11-20")));
    assert_eq!(parse_due_date(" 1.2.2025 "), Ok(day("2025-02-01")));
    assert_eq!(parse_due_date("01/02/2025"), Ok(day("2025-02-01")));
    for bad in [
        "31.02.2025",
        "2024-11-20x",
        "20.11",
        "neste uke",
        "20.11.24",
        "",
    ] {
        assert!(
            matches!(parse_due_date(bad), Err(FollowUpTextError::BadDate { .. })),
            "{bad}"
        );
    }
}

#[test]
fn texts_are_trimmed_and_bounded() {
    assert_eq!(
        checked_text("  Lag notat ", "what", 10),
        Ok("Lag notat".into())
    );
    assert_eq!(
        checked_text(" \n ", "what", 10),
        Err(FollowUpTextError::Blank { field: "what" })
    );
    assert_eq!(
        checked_text("ø".repeat(11).as_str(), "status", 10),
        Err(FollowUpTextError::TooLong {
            field: "status",
            max: 10
        })
    );
}
