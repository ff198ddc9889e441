//! How long rendering a large meeting takes in each export format: 300 regions' briefs of 400
//! words each and 2,000 invitees, built in memory (no database), so only rendering is timed;
//! and the same meeting's approved minutes (the 300 briefs under round the table, 1,000
//! attendees, 50 follow-up items) in each format (`minutes_*`).
//!
//! Run: `cargo bench --bench export` (release build). Prints each format's output size, then
//! divan's timings (the median is the figure to compare). `csv` is the Norwegian Excel form
//! (the group is Bokmål), `csv-plain` RFC 4180.

use chrono::{DateTime, Duration, FixedOffset};
use roundtable::domain::StandingItem;
use roundtable::export::{
    render, render_minutes, AgendaItemView, ApprovalView, AttendanceView, BriefView,
    ConclusionKind, ConclusionView, DocumentsView, ExportView, FollowUpView, Format, GroupView,
    InviteeView, MeetingView, MinutesAttendance, MinutesBrief, MinutesItem, MinutesStatus,
    MinutesView, SecretariatView, Timeliness,
};

const REGIONS: usize = 300;
const WORDS_PER_BRIEF: usize = 400;
const INVITEES: usize = 2_000;

fn main() {
    let view = large_meeting();
    for format in Format::ALL {
        let bytes = render(&view, format).expect("render");
        println!("{:<9} output: {:>9} bytes", format.to_string(), bytes.len());
    }
    let minutes = large_minutes();
    for format in Format::ALL {
        let bytes = render_minutes(&minutes, format).expect("render");
        let name = format!("minutes {format}");
        println!("{name:<17} output: {:>9} bytes", bytes.len());
    }
    divan::main();
}

#[divan::bench]
fn markdown(bencher: divan::Bencher) {
    bench_format(bencher, Format::Markdown);
}

#[divan::bench]
fn docx(bencher: divan::Bencher) {
    bench_format(bencher, Format::Docx);
}

#[divan::bench]
fn pdf(bencher: divan::Bencher) {
    bench_format(bencher, Format::Pdf);
}

#[divan::bench]
fn csv(bencher: divan::Bencher) {
    bench_format(bencher, Format::Csv);
}

#[divan::bench]
fn csv_plain(bencher: divan::Bencher) {
    bench_format(bencher, Format::CsvPlain);
}

#[divan::bench]
fn json(bencher: divan::Bencher) {
    bench_format(bencher, Format::Json);
}

#[divan::bench(args = Format::ALL.map(|f| f.name()))]
fn minutes(bencher: divan::Bencher, format: &str) {
    let format: Format = format.parse().expect("a format");
    let view = large_minutes();
    bencher.bench_local(|| render_minutes(divan::black_box(&view), format).expect("render"));
}

fn bench_format(bencher: divan::Bencher, format: Format) {
    let view = large_meeting();
    bencher.bench_local(|| render(divan::black_box(&view), format).expect("render"));
}

fn at(rfc3339: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(rfc3339).expect("a time")
}

/// A brief of `WORDS_PER_BRIEF` words: an opening paragraph, then bullets, lines of 12 words.
fn brief_text(region: usize) -> String {
    let words = [
        "næringsutvikling",
        "region",
        "kommunen",
        "prosjektet",
        "og",
        "i",
        "for",
        "«Innovasjonskraft»",
        "2024",
        "arbeidsplasser,",
        "samarbeid",
        "høring.",
    ];
    let mut text = String::new();
    for n in 0..WORDS_PER_BRIEF {
        if n % 12 == 0 && n > 0 {
            text.push_str(if n % 48 == 0 { "\n\n• " } else { "\n" });
        } else if n > 0 {
            text.push(' ');
        }
        text.push_str(words[(n + region) % words.len()]);
    }
    text
}

fn large_meeting() -> ExportView {
    let deadline = at("2024-11-08T23:59:59+01:00");
    let briefs = (0..REGIONS)
        .map(|n| {
            let submitted = at("2024-11-01T09:00:00+01:00") + Duration::minutes(n as i64 * 37);
            BriefView {
                region: format!("Region {n:03}"),
                author: format!("Forfatter {n}"),
                submitted_at: submitted,
                last_edited_at: submitted + Duration::hours(2),
                timeliness: if submitted > deadline {
                    Timeliness::Late
                } else {
                    Timeliness::OnTime
                },
                words: WORDS_PER_BRIEF as u32,
                estimated_minutes: 3.1,
                text: brief_text(n),
                taken_as_read: n % 10 == 0,
                author_discord_id: None,
            }
        })
        .collect();
    let invitees = (0..INVITEES)
        .map(|n| InviteeView {
            first_name: format!("Fornavn{n}"),
            last_name: format!("Etternavn-Åsheim {n}"),
            organisation: format!("Kommune {} | avdeling {}", n % 300, n % 7),
            region: Some(format!("Region {:03}", n % REGIONS)),
        })
        .collect();
    ExportView {
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
            starts_at: at("2024-11-07T12:00:00+01:00"),
            ends_at: at("2024-11-07T13:00:00+01:00"),
            time_zone: "Europe/Oslo".into(),
            place: "Oslo Rådhus, møteromssenteret (inngang sjøsiden)".into(),
            notice_date: "2024-11-01".parse().expect("a date"),
            brief_deadline: deadline,
            documents: Some(DocumentsView {
                title: "Faggruppesamling 7. november 2024 - Osloregionen".into(),
                url: "https://www.osloregionen.no/kalender/faggruppesamling/".into(),
            }),
        },
        agenda: ["Godkjenning av innkalling", "Referat", "Møteplan 2025"]
            .into_iter()
            .chain(["Runde rundt bordet", "Eventuelt"])
            .zip(1..)
            .map(|(title, number)| AgendaItemView {
                number,
                title: title.into(),
                description: None,
                collects_briefs: number == 4,
                sak: None,
                standing: None,
            })
            .collect(),
        briefs,
        attendance: AttendanceView {
            present: (0..INVITEES / 2)
                .map(|n| format!("Fornavn{n} Etternavn (Kommune {})", n % 300))
                .collect(),
            apologies: (INVITEES / 2..INVITEES)
                .map(|n| format!("Fornavn{n} Etternavn (Kommune {})", n % 300))
                .collect(),
            deputies: Vec::new(),
        },
        regions_without_brief: Vec::new(),
        invitees,
        follow_ups: Vec::new(),
    }
}

/// The large meeting's approved minutes: each agenda item a sak with an account and a
/// decision, the briefs under round the table, a follow-up item for every sixth region.
fn large_minutes() -> MinutesView {
    let meeting = large_meeting();
    let follow_ups: Vec<FollowUpView> = (0..REGIONS)
        .step_by(6)
        .map(|n| FollowUpView {
            what: format!("Følge opp innspillet fra Region {n:03} om næringsareal"),
            owner: format!("Region {n:03}"),
            due: Some("2025-01-15".parse().expect("a date")),
            sak: Some("4/24".into()),
        })
        .collect();
    let items = meeting
        .agenda
        .iter()
        .map(|item| MinutesItem {
            number: item.number,
            label: format!("{}/24", item.number),
            title: item.title.clone(),
            standing: (item.number == 5).then_some(StandingItem::AnyOtherBusiness),
            collects_briefs: item.collects_briefs,
            account: Some(brief_text(item.number as usize)),
            conclusion: Some(ConclusionView {
                kind: ConclusionKind::Decision,
                text: "Saken tas til orientering, og sekretariatet følger opp.".into(),
            }),
            briefs: if item.collects_briefs {
                meeting
                    .briefs
                    .iter()
                    .map(|b| MinutesBrief {
                        region: b.region.clone(),
                        author: b.author.clone(),
                        text: b.text.clone(),
                        note: None,
                    })
                    .collect()
            } else {
                Vec::new()
            },
            raised: Vec::new(),
            follow_ups: if item.collects_briefs {
                follow_ups.clone()
            } else {
                Vec::new()
            },
        })
        .collect();
    MinutesView {
        group: meeting.group,
        meeting: meeting.meeting,
        status: MinutesStatus::Approved(ApprovalView {
            meeting_date: "2025-02-06".parse().expect("a date"),
            sak: Some("2/25".into()),
            sha256: "ab".repeat(32),
        }),
        attendance: MinutesAttendance {
            members: meeting.attendance,
            secretariat: vec!["Karoline Holmstrøm Ulateig".into()],
            observers: Vec::new(),
        },
        items,
        follow_ups,
        minute_taker: Some("Karoline Holmstrøm Ulateig".into()),
        corrections: Vec::new(),
    }
}
