//! The notice's calendar file: named product, METHOD:PUBLISH, the version's time as DTSTAMP,
//! the brief deadline in the description, and any text made fit for iCalendar.

use crate::support::store::{example_meeting, TestDb};
use icalendar::{Component, EventLike};
use roundtable::calendar::{meeting_ics, meeting_ics_at};
use roundtable::domain::local_time::OSLO;
use roundtable::domain::meeting::DocumentsLink;
use roundtable::domain::records::MeetingDetails;
use roundtable::meeting_file::read_meeting_file;

async fn details(change: impl FnOnce(&mut roundtable::domain::MeetingPlan)) -> MeetingDetails {
    let db = TestDb::new().await;
    let mut plan = read_meeting_file(&example_meeting(), OSLO).expect("example");
    change(&mut plan);
    let id = db
        .store
        .import_plan(&plan)
        .await
        .expect("import")
        .meeting_id;
    db.store.meeting_details(id).await.expect("details")
}

/// The unfolded content lines of a calendar file.
fn lines(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn the_calendar_names_its_product_publishes_and_says_the_deadline() {
    let meeting = details(|_| {}).await;
    let ics = meeting_ics(&meeting, OSLO, 0);
    let lines = lines(&ics);
    let product = format!(
        "PRODID:-//roundtable//roundtable {}//NB",
        env!("CARGO_PKG_VERSION")
    );
    for expected in [
        product.as_str(),
        "METHOD:PUBLISH",
        "VERSION:2.0",
        "SEQUENCE:0",
    ] {
        assert!(lines.iter().any(|l| l == expected), "{expected} in\n{ics}");
    }
    // No notice time in the file: the start of the notice's date, Oslo time.
    assert!(
        lines.iter().any(|l| l == "DTSTAMP:20241031T230000Z"),
        "{ics}"
    );
    let calendar: icalendar::Calendar = ics.parse().expect("a calendar");
    let event = calendar
        .components
        .iter()
        .find_map(|c| c.as_event())
        .expect("an event");
    let description = event.get_description().expect("a description");
    assert!(
        description.contains("Frist for innlegg: fredag 8. november 2024 kl. 23:59"),
        "{description}"
    );
    assert!(description.contains("4. Runde rundt bordet"));
    assert_eq!(meeting_ics(&meeting, OSLO, 0), ics, "the same file again");

    let later = "2024-11-04T09:30:00Z".parse().expect("a time");
    let moved = meeting_ics_at(&meeting, OSLO, 2, later);
    let moved = self::lines(&moved);
    assert!(moved.iter().any(|l| l == "DTSTAMP:20241104T093000Z"));
    assert!(moved.iter().any(|l| l == "SEQUENCE:2"));
}

#[tokio::test]
async fn line_ends_and_control_characters_cannot_break_the_file() {
    let meeting = details(|plan| {
        plan.title = "Møte\ri gruppen\u{7}".into();
        plan.place = "Rom 1\r\nInngang B".into();
        plan.notice_text = "Første linje\rAndre linje\u{1}".into();
        plan.documents = Some(DocumentsLink {
            title: "Papirer\r".into(),
            url: "https://x.no/a\rb".into(),
        });
    })
    .await;
    let ics = meeting_ics(&meeting, OSLO, 0);
    for (n, c) in ics.char_indices() {
        if c == '\r' {
            assert_eq!(&ics[n..n + 2], "\r\n", "a bare CR at {n}:\n{ics:?}");
        } else {
            assert!(
                c == '\n' || !c.is_control(),
                "control character {c:?} in\n{ics:?}"
            );
        }
    }
    let calendar: icalendar::Calendar = ics.parse().expect("a calendar");
    let event = calendar
        .components
        .iter()
        .find_map(|c| c.as_event())
        .expect("an event");
    assert_eq!(event.get_summary(), Some("Møte i gruppen"));
    assert_eq!(event.get_location(), Some("Rom 1 Inngang B"));
    let description = event.get_description().expect("a description");
    assert!(
        description.starts_with("Første linje\nAndre linje \nPapirer: https://x.no/a%0Db"),
        "{description:?}"
    );
    assert_eq!(event.get_url(), Some("https://x.no/a%0Db"));
}
