//! A plan through the app layer, as the command line writes it: items numbered per year in
//! the exports (Markdown, Word, JSON) and `/agenda`'s quick read, and a plan read before
//! another change to one of its meetings refused as stale, writing nothing.

use crate::support::store::TestDb;
use roundtable::app::meeting_admin::ChangeError;
use roundtable::domain::local_time::OSLO;
use roundtable::export::{render, Format};
use roundtable::meeting_file::{parse_plan_file, PlanRules};
use std::path::{Path, PathBuf};

fn plan(text: &str) -> roundtable::domain::year_plan::YearPlan {
    let csv = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/naeringssamarbeid-2024-11-07-inviterte.csv");
    let mut source = |_: &Path| {
        Ok((
            PathBuf::from("inviterte.csv"),
            std::fs::read(&csv).expect("csv"),
        ))
    };
    let rules = PlanRules {
        tz: OSLO,
        notice_days_before: 6,
    };
    parse_plan_file(Path::new("plan.toml"), text, rules, &mut source).expect("a valid plan")
}

fn example() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/naeringssamarbeid-moteplan-2025.toml");
    std::fs::read_to_string(path).expect("the example plan")
}

#[tokio::test]
async fn items_numbered_per_year_are_labelled_so_in_the_exports() {
    let db = TestDb::new().await;
    let (app, _clock) = db.app("2025-01-15T10:00:00Z");
    let preview = app
        .prepare_year_plan(plan(&example()))
        .await
        .expect("preview");
    let applied = app
        .apply_year_plan(preview.proposal)
        .await
        .expect("written");
    assert_eq!(applied.meeting_ids.len(), 6);
    let april = applied.meeting_ids[1];
    let view = app.export_view(april).await.expect("view");

    let markdown = String::from_utf8(render(&view, Format::Markdown).expect("md")).expect("utf-8");
    assert!(
        markdown.contains("1. Sak 7/25 Godkjenning av innkalling og dagsorden\n"),
        "{markdown}"
    );
    assert!(markdown.contains("5. Sak 11/25 Eventuelt"), "{markdown}");
    let docx = render(&view, Format::Docx).expect("docx");
    assert!(
        super::super::export::document_xml_text(&docx).contains("Sak 10/25 Runde rundt bordet"),
        "the Word heading"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&render(&view, Format::Json).expect("json")).expect("json");
    assert_eq!(json["agenda"][0]["sak"], "7/25");
    assert_eq!(json["agenda"][0]["number"], 1);

    // `/agenda`'s quick read labels the items as the full read does.
    let quick = app.meeting_agenda(april).await.expect("the agenda");
    let details = app.meeting_details(april).await.expect("the details");
    assert_eq!(quick.numbering, details.numbering);
    let labels: Vec<String> = quick
        .agenda
        .iter()
        .map(|i| quick.sak_label(i).to_string())
        .collect();
    assert_eq!(labels, ["7/25", "8/25", "9/25", "10/25", "11/25"]);
    // The minutes' forms and answers name an item the same way.
    let label = app
        .item_label(april, &details.agenda[0])
        .await
        .expect("the label");
    assert_eq!(label, "7/25");
}

#[tokio::test]
async fn a_plan_read_before_another_change_is_refused_as_stale() {
    let db = TestDb::new().await;
    let (app, _clock) = db.app("2025-01-15T10:00:00Z");
    let first = app
        .prepare_year_plan(plan(&example()))
        .await
        .expect("preview");
    app.apply_year_plan(first.proposal).await.expect("written");

    let moved = |to: &str| {
        example()
            .replace(
                "starts = 2025-09-04T12:00:00",
                &format!("starts = 2025-09-{to}T12:00:00"),
            )
            .replace(
                "ends = 2025-09-04T14:00:00",
                &format!("ends = 2025-09-{to}T14:00:00"),
            )
    };
    let one = app
        .prepare_year_plan(plan(&moved("11")))
        .await
        .expect("preview");
    let other = app
        .prepare_year_plan(plan(&moved("18")))
        .await
        .expect("preview");
    app.apply_year_plan(one.proposal)
        .await
        .expect("the first is written");
    let changes = db.count("meeting_changes").await;
    match app.apply_year_plan(other.proposal).await {
        Err(ChangeError::Stale) => {}
        other => panic!("expected stale, got {other:?}"),
    }
    assert_eq!(
        db.count("meeting_changes").await,
        changes,
        "nothing written"
    );
    let id = db
        .store
        .meeting_id_by_key("naeringssamarbeid-2025-09-04")
        .await
        .expect("read")
        .expect("planned");
    let september = db.store.meeting_summary(id).await.expect("summary");
    assert_eq!(
        september.starts_at.to_rfc3339(),
        "2025-09-11T10:00:00+00:00"
    );
}

#[tokio::test]
async fn a_notice_is_judged_changed_when_its_item_labels_change() {
    use roundtable::domain::fingerprint::notice_fingerprint;
    use roundtable::domain::SakNumbering;
    let db = TestDb::new().await;
    let (app, _clock) = db.app("2025-01-15T10:00:00Z");
    let preview = app
        .prepare_year_plan(plan(&example()))
        .await
        .expect("preview");
    let applied = app
        .apply_year_plan(preview.proposal)
        .await
        .expect("written");
    let mut april = app
        .meeting_details(applied.meeting_ids[1])
        .await
        .expect("details");
    let as_posted = notice_fingerprint(&april);
    // An earlier meeting of the year got one item more: the labels move on by one.
    april.numbering.items_before += 1;
    assert_ne!(notice_fingerprint(&april), as_posted);
    // Numbered per meeting, the labels are the numbers, whatever came before.
    april.numbering.numbering = SakNumbering::PerMeeting;
    let per_meeting = notice_fingerprint(&april);
    april.numbering.items_before += 5;
    assert_eq!(notice_fingerprint(&april), per_meeting);
}
