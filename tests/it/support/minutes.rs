//! A meeting's minutes to render, built by hand: the seed meeting of 7 November 2024 laid out
//! as the design's layout reference shows it (attendance and outcomes invented there too),
//! with the five example briefs under round the table, as a draft or approved.

use chrono::{DateTime, NaiveDate};
use roundtable::domain::StandingItem;
use roundtable::export::{
    ApprovalView, AttendanceView, ConclusionKind, ConclusionView, CorrectionView, DeputyView,
    FollowUpView, GroupView, MeetingView, MinutesAttendance, MinutesBrief, MinutesItem,
    MinutesStatus, MinutesView, SecretariatView,
};
use std::path::Path;

/// The regions' briefs, in speaking order, with their example files.
pub const BRIEFS: [(&str, &str); 5] = [
    ("Ringeriksregionen", "ringeriksregionen.txt"),
    ("Elverum", "elverum.txt"),
    ("Kongsvingerregionen", "kongsvingerregionen.txt"),
    ("Horten kommune", "horten-kommune.txt"),
    ("Lørenskog kommune", "lorenskog-kommune.txt"),
];

/// The example brief of a file in `examples/briefs`.
pub fn example_brief(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/briefs")
        .join(file);
    std::fs::read_to_string(path).expect("example brief")
}

pub fn date(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

/// The follow-up item that sak 3/24 decides.
pub fn invitations() -> FollowUpView {
    FollowUpView {
        what: "Sende kalenderinvitasjoner for 2025".into(),
        owner: "Sekretariatet".into(),
        due: Some(date("2024-12-01")),
        sak: Some("3/24".into()),
    }
}

fn item(number: u32, title: &str) -> MinutesItem {
    MinutesItem {
        number,
        label: format!("{number}/24"),
        title: title.into(),
        standing: None,
        collects_briefs: false,
        account: None,
        conclusion: None,
        briefs: Vec::new(),
        raised: Vec::new(),
        follow_ups: Vec::new(),
    }
}

fn conclusion(kind: ConclusionKind, text: &str) -> Option<ConclusionView> {
    Some(ConclusionView {
        kind,
        text: text.into(),
    })
}

/// The draft minutes of the seed meeting, comments by 20 November 2024.
pub fn draft_minutes() -> MinutesView {
    let starts = DateTime::parse_from_rfc3339("2024-11-07T12:00:00+01:00").expect("time");
    let ends = DateTime::parse_from_rfc3339("2024-11-07T13:00:00+01:00").expect("time");
    let mut items = vec![
        MinutesItem {
            standing: Some(StandingItem::NoticeApproval),
            conclusion: conclusion(
                ConclusionKind::Decision,
                "Innkalling og dagsorden godkjennes.",
            ),
            ..item(1, "Godkjenning av innkalling og dagsorden")
        },
        MinutesItem {
            standing: Some(StandingItem::MinutesApproval),
            conclusion: conclusion(
                ConclusionKind::Decision,
                "Referatet godkjennes uten merknader.",
            ),
            ..item(2, "Godkjenning av referat fra møte 12. september 2024")
        },
        MinutesItem {
            account: Some(
                "Sekretariatet la fram forslag med fire møter.\n\n- Februar\n- Juni".into(),
            ),
            conclusion: conclusion(
                ConclusionKind::Decision,
                "Møteplanen godkjennes med endringen at junimøtet flyttes til 12. juni.",
            ),
            follow_ups: vec![invitations()],
            ..item(3, "Forslag til møteplan 2025")
        },
        MinutesItem {
            collects_briefs: true,
            conclusion: conclusion(
                ConclusionKind::Conclusion,
                "Orienteringene tas til orientering.",
            ),
            briefs: BRIEFS
                .iter()
                .map(|(region, file)| MinutesBrief {
                    region: (*region).into(),
                    author: format!("Representant for {region}"),
                    text: example_brief(file),
                    note: None,
                })
                .collect(),
            ..item(
                4,
                "Runde rundt bordet – orientering om aktuelle saker fra medlemmene",
            )
        },
        MinutesItem {
            standing: Some(StandingItem::AnyOtherBusiness),
            ..item(5, "Eventuelt")
        },
    ];
    items[3].briefs[1].note = Some("Innlegget ble rettet i merknadsrunden.".into());
    MinutesView {
        group: GroupView {
            name: "Faggruppe for Næringssamarbeid".into(),
            organisation: "Osloregionen".into(),
            language: "nb".into(),
            secretariat: SecretariatView {
                name: "Karoline Holmstrøm Ulateig".into(),
                title: "Sekretariatet for Osloregionen".into(),
                phone: Some("41203424".into()),
                email: None,
            },
        },
        meeting: MeetingView {
            id: 1,
            key: "naeringssamarbeid-2024-11-07".into(),
            title: "Møte i faggruppe for Næringssamarbeid".into(),
            starts_at: starts,
            ends_at: ends,
            time_zone: "Europe/Oslo".into(),
            place: "Oslo rådhus, møteromssenteret (inngang sjøsiden)".into(),
            notice_date: date("2024-11-01"),
            brief_deadline: DateTime::parse_from_rfc3339("2024-11-08T23:59:59+01:00")
                .expect("time"),
            documents: None,
        },
        status: MinutesStatus::Draft {
            comments_by: Some(date("2024-11-20")),
        },
        attendance: MinutesAttendance {
            members: AttendanceView {
                present: vec![
                    "Anne Huse (Kongsvingerregionen)".into(),
                    "Asbjørn Lunde (Elverum Vekst)".into(),
                    "Camilla Håltem (Lørenskog kommune)".into(),
                    "Karl Jørgen Tofte (Horten kommune)".into(),
                ],
                apologies: vec!["Lina-Maria Linge (Ringerike kommune)".into()],
                deputies: vec![DeputyView {
                    name: "Ola Nordmann".into(),
                    organisation: "Ringerike kommune".into(),
                    for_invitee: "Lina-Maria Linge".into(),
                }],
            },
            secretariat: vec!["Karoline Holmstrøm Ulateig".into()],
            observers: vec!["Per Hansen (Akershus fylkeskommune)".into()],
        },
        items,
        follow_ups: vec![invitations()],
        minute_taker: Some("Karoline Holmstrøm Ulateig".into()),
        corrections: Vec::new(),
    }
}

/// The SHA-256 the approved fixture carries.
pub const SHA256: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

/// The same minutes, approved in the meeting of 6 February 2025 under sak 2/25, with one
/// approved correction.
pub fn approved_minutes() -> MinutesView {
    let mut view = draft_minutes();
    view.status = MinutesStatus::Approved(ApprovalView {
        meeting_date: date("2025-02-06"),
        sak: Some("2/25".into()),
        sha256: SHA256.into(),
    });
    view.corrections = vec![CorrectionView {
        dated: date("2025-03-10"),
        text: "I sak 3/24 skal det stå 12. juni, ikke 11. juni.".into(),
        approval: Some(ApprovalView {
            meeting_date: date("2025-04-03"),
            sak: Some("2/25".into()),
            sha256: "ab".repeat(32),
        }),
    }];
    view
}
