//! The follow-up items in the agenda exports: under "Oppfølging fra forrige møte" where the
//! agenda has it, else in a section of their own; in the JSON with their fields.

use super::{second_plan, WHAT};
use crate::support::store::TestDb;
use roundtable::app::{FollowUpInput, OwnerInput};
use roundtable::export::{render, Format};

#[tokio::test]
async fn the_exports_list_the_items_a_meeting_takes_up() {
    let db = TestDb::new().await;
    let first = db.import_example().await;
    let second = db
        .store
        .import_plan(&second_plan(None))
        .await
        .expect("import")
        .meeting_id;
    let (app, _) = db.app("2024-11-08T10:00:00Z");
    let input = FollowUpInput {
        what: WHAT.into(),
        owner: OwnerInput::Person {
            name: "Ola *Nordmann*".into(),
            discord_user_id: None,
        },
        due: "20.11.2024".into(),
        meeting_id: None,
        agenda_number: Some("3".into()),
    };
    let added = app.add_follow_up(1, &input, None).await.expect("added");
    // Without a meeting named: the group's latest meeting held.
    let origin = added.origin.expect("an origin");
    assert_eq!((origin.meeting_id, origin.agenda_number), (first, Some(3)));

    let view = app.export_view(second).await.expect("view");
    let json = String::from_utf8(render(&view, Format::Json).expect("json")).expect("utf-8");
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(
        parsed["follow_ups"][0],
        serde_json::json!({
            "number": 1,
            "what": WHAT,
            "owner": "Ola *Nordmann*",
            "owner_kind": "person",
            "due": "2024-11-20",
            "status": "",
            "done": false,
            "from_meeting": "Møte i faggruppe for Næringssamarbeid",
            "from_agenda_number": 3
        })
    );
    assert_eq!(parsed["agenda"][2]["standing"], "follow_up");
    let md = String::from_utf8(render(&view, Format::Markdown).expect("md")).expect("utf-8");
    let expected = format!(
        "3. Oppfølging fra forrige møte\n\n- \\#1 {WHAT} – Ola \\*Nordmann\\*, frist 20.11.2024 · Ingen status ennå\n"
    );
    assert!(md.contains(&expected), "{md}");

    // The first meeting has no such item (and takes up nothing): no section.
    let view = app.export_view(first).await.expect("view");
    assert!(view.follow_ups.is_empty());
    // A third meeting without the standing item lists them in a section of their own.
    let mut third = second_plan(None);
    third.key = "naeringssamarbeid-2024-12-05".into();
    third.agenda.remove(2);
    third.starts_at += chrono::Duration::days(14);
    third.ends_at += chrono::Duration::days(14);
    third.brief_deadline += chrono::Duration::days(14);
    let third = db
        .store
        .import_plan(&third)
        .await
        .expect("import")
        .meeting_id;
    let view = app.export_view(third).await.expect("view");
    let md = String::from_utf8(render(&view, Format::Markdown).expect("md")).expect("utf-8");
    assert!(
        md.contains("## Oppfølgingspunkter\n\n- \\#1 Lag et notat"),
        "{md}"
    );
    for format in [Format::Docx, Format::Pdf] {
        render(&view, format).expect("renders");
    }
}
