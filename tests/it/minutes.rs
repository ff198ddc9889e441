//! The minutes through the service: the draft kept consistent when a brief is withdrawn, the
//! approval item put on the next meeting once (retitling its own item, never put back), who
//! may correct which paragraph, and the approved content's hash.

use crate::support::store::{example_meeting, TestDb};
use roundtable::app::minutes_approval::content_hash;
use roundtable::app::{Actor, MinutesFailure, Roundtable, Submitter};
use roundtable::clock::ManualClock;
use roundtable::domain::local_time::OSLO;
use roundtable::domain::minutes::{ConclusionKind, MinutesError, Outcome};
use roundtable::domain::records::{Author, MeetingSelector};
use roundtable::domain::{MeetingSummary, StandingItem};
use roundtable::export::MinutesStatus;
use roundtable::meeting_file::read_meeting_file;

pub(crate) fn secretariat() -> Actor {
    Actor {
        discord_user_id: 7,
        name: "Karoline".into(),
        secretariat: true,
    }
}

pub(crate) fn member(id: u64) -> Actor {
    Actor {
        discord_user_id: id,
        name: format!("Medlem {id}"),
        secretariat: false,
    }
}

/// The example meeting with briefs from Elverum and Horten, and the group's next meeting
/// (a copy of the example, 6 February 2025, its own approval item kept).
pub(crate) async fn setup() -> (TestDb, Roundtable, ManualClock, MeetingSummary, i64) {
    let db = TestDb::new().await;
    db.import_example().await;
    let mut next = read_meeting_file(&example_meeting(), OSLO).expect("the example");
    next.key = "naeringssamarbeid-2025-02-06".into();
    next.starts_at = "2025-02-06T11:00:00Z".parse().expect("a time");
    next.ends_at = "2025-02-06T12:00:00Z".parse().expect("a time");
    next.brief_deadline = "2025-02-07T22:59:59Z".parse().expect("a time");
    let next = db.store.import_plan(&next).await.expect("next").meeting_id;
    let (app, clock) = db.app("2024-11-02T10:00:00Z");
    let meeting = app
        .meeting(&MeetingSelector::Named(
            "naeringssamarbeid-2024-11-07".into(),
        ))
        .await
        .expect("the meeting");
    for (region, text, user) in [
        ("Elverum", "Elverum+.", 11),
        ("Horten kommune", "Horten.", 12),
    ] {
        let author = Author {
            name: format!("Medlem {user}"),
            discord_user_id: Some(user),
        };
        app.submit_brief(&meeting, region, text, &author, Submitter::Member, None)
            .await
            .expect("brief");
        db.store
            .add_representative(meeting.id, region, user, 1, app.now())
            .await
            .expect("link");
    }
    clock.set("2024-11-08T09:00:00Z".parse().expect("a time"));
    (db, app, clock, meeting, next)
}

#[tokio::test]
async fn a_brief_withdrawn_after_the_draft_keeps_its_paragraph_with_a_note() {
    let (_db, app, _clock, meeting, _) = setup().await;
    app.start_draft(&meeting, Some(3), &secretariat())
        .await
        .expect("the draft");
    app.withdraw_brief(&meeting, "Elverum", &secretariat())
        .await
        .expect("withdrawn");
    let view = app.minutes_view(meeting.id).await.expect("the view");
    let round = view
        .items
        .iter()
        .find(|i| i.collects_briefs)
        .expect("round the table");
    let elverum = &round.briefs[0];
    assert_eq!(
        (elverum.region.as_str(), elverum.text.as_str()),
        ("Elverum", "Elverum+.")
    );
    assert_eq!(
        elverum.note.as_deref(),
        Some("Innlegget ble trukket etter at utkastet ble sendt.")
    );
    assert_eq!(round.briefs[1].note, None);
    assert_eq!(
        view.status,
        MinutesStatus::Draft {
            comments_by: Some("2024-11-11".parse().expect("a date"))
        }
    );
}

#[tokio::test]
async fn the_next_meeting_gets_its_approval_item_once_and_not_back_after_removal() {
    let (_db, app, _clock, meeting, next) = setup().await;
    app.start_draft(&meeting, None, &secretariat())
        .await
        .expect("the draft");
    let changed = app
        .put_approval_item(
            &meeting,
            Some("https://discord.com/channels/1/2/3"),
            &secretariat(),
        )
        .await
        .expect("the item");
    assert_eq!(changed, Some(next));
    let agenda = app.meeting_details(next).await.expect("details").agenda;
    assert_eq!(agenda.len(), 5, "its own item is retitled, not doubled");
    assert_eq!(
        agenda[1].title,
        "Godkjenning av referat fra møte 7. november 2024"
    );
    assert_eq!(agenda[1].standing, Some(StandingItem::MinutesApproval));
    let log = app.meeting_changes(next, 5).await.expect("the log");
    assert_eq!(log[0].kind, "agenda");

    // The secretariat removes it; it is not put back.
    let mut plan = app.meeting_plan(next).await.expect("plan");
    roundtable::domain::meeting_edit::remove_item(&mut plan, 2).expect("removed");
    let by = roundtable::app::meeting_admin::ChangeActor {
        id: Some(7),
        name: "Karoline".into(),
    };
    let preview = app
        .propose_plan(roundtable::app::meeting_admin::ChangeKind::Agenda, plan, 7)
        .await
        .expect("preview");
    app.confirm_change(preview.pending.expect("pending"), &by)
        .await
        .expect("confirmed");
    let again = app
        .put_approval_item(&meeting, None, &secretariat())
        .await
        .expect("nothing to do");
    assert_eq!(again, None);
    let agenda = app.meeting_details(next).await.expect("details").agenda;
    assert!(agenda
        .iter()
        .all(|i| i.standing != Some(StandingItem::MinutesApproval)));
}

#[tokio::test]
async fn only_a_regions_representative_proposes_its_correction_and_only_the_secretariat_records() {
    let (_db, app, _clock, meeting, _) = setup().await;
    let outcome = Outcome::parse("", ConclusionKind::Decision, "Godkjent.").expect("ok");
    let refused = app.record_outcome(&meeting, 1, &outcome, &member(11)).await;
    assert!(matches!(refused, Err(MinutesFailure::NotSecretariat)));
    let early = app.own_paragraph(&meeting, &member(11)).await;
    assert!(matches!(
        early,
        Err(MinutesFailure::Rule(MinutesError::NoDraft))
    ));

    app.start_draft(&meeting, None, &secretariat())
        .await
        .expect("the draft");
    let horten = app
        .own_paragraph(&meeting, &member(12))
        .await
        .expect("Horten's");
    let base = roundtable::app::minutes_round::paragraph_base(&horten);
    let refused = app
        .propose_correction(&meeting, horten.region_id, &base, "Ny tekst.", &member(11))
        .await;
    assert!(
        matches!(&refused, Err(MinutesFailure::NotRepresentative { region }) if region == "Horten kommune"),
        "{refused:?}"
    );
    let unchanged = app
        .propose_correction(&meeting, horten.region_id, &base, "Horten.", &member(12))
        .await;
    assert!(matches!(
        unchanged,
        Err(MinutesFailure::Rule(MinutesError::Empty))
    ));
    let made = app
        .propose_correction(
            &meeting,
            horten.region_id,
            &base,
            "Horten kommune.",
            &member(12),
        )
        .await
        .expect("proposed");
    let decided = app.decide_correction(made.id, true, &member(12)).await;
    assert!(matches!(decided, Err(MinutesFailure::NotSecretariat)));
    app.decide_correction(made.id, false, &secretariat())
        .await
        .expect("rejected");
    let twice = app.decide_correction(made.id, true, &secretariat()).await;
    assert!(matches!(
        twice,
        Err(MinutesFailure::Rule(MinutesError::AlreadyDecided))
    ));
    let view = app.minutes_view(meeting.id).await.expect("view");
    let round = view
        .items
        .iter()
        .find(|i| i.collects_briefs)
        .expect("round");
    assert_eq!(
        round.briefs[1].text, "Horten.",
        "a rejected correction changes nothing"
    );
}

#[tokio::test]
async fn the_approval_hashes_the_content_without_the_approval_and_stores_it_whole() {
    let (_db, app, clock, meeting, next) = setup().await;
    let outcome = Outcome::parse(
        "Drøftet.",
        ConclusionKind::Conclusion,
        "Tas til orientering.",
    )
    .expect("ok");
    app.record_outcome(&meeting, 3, &outcome, &secretariat())
        .await
        .expect("recorded");
    app.start_draft(&meeting, None, &secretariat())
        .await
        .expect("the draft");
    let mut content = app.minutes_view(meeting.id).await.expect("view");
    content.status = MinutesStatus::Draft { comments_by: None };
    let expected = content_hash(&content).expect("hash");
    assert_eq!(
        expected,
        content_hash(&content).expect("hash"),
        "deterministic"
    );

    clock.set("2025-02-06T11:05:00Z".parse().expect("a time"));
    let approved = app
        .approve_minutes(&meeting, &secretariat())
        .await
        .expect("approved");
    assert_eq!(approved.sha256, expected);
    assert_eq!(approved.approval.sak.as_deref(), Some("2"));
    assert_eq!(approved.approval.meeting_date.to_string(), "2025-02-06");
    let versions = app.minutes_versions(meeting.id).await.expect("versions");
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].approving_meeting_id, Some(next));
    assert!(versions[0].view_json.contains(&expected));
    let stored = app
        .locked_minutes(meeting.id, roundtable::export::Format::Json, None)
        .await
        .expect("stored");
    let rendered = approved
        .files
        .iter()
        .find(|(f, _)| *f == roundtable::export::Format::Json)
        .map(|(_, b)| b.clone())
        .expect("json");
    assert_eq!(stored.1, rendered);
    // The change log names what was done to the minutes.
    let log = app.meeting_changes(meeting.id, 10).await.expect("the log");
    let lines: Vec<String> = log
        .iter()
        .map(|e| {
            roundtable::change_report::log_line(
                e,
                OSLO,
                roundtable::i18n::Language::Nb,
                roundtable::change_report::Style::Plain,
            )
        })
        .collect();
    for kind in ["Referat: godkjent", "Referat: utkast sendt", "Referat: sak"] {
        assert!(
            lines.iter().any(|l| l.contains(kind)),
            "{kind} in {lines:?}"
        );
    }
    // An outcome recorded after the lock is refused with when it was locked.
    let refused = app
        .record_outcome(&meeting, 3, &outcome, &secretariat())
        .await;
    assert!(matches!(
        refused,
        Err(MinutesFailure::Rule(MinutesError::Locked { at })) if at == "2025-02-06T11:05:00Z".parse::<chrono::DateTime<chrono::Utc>>().expect("a time")
    ));
}
