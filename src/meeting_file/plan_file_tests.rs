//! The plan file read: the example, default keys, and errors named by their line.

use super::*;
use crate::domain::local_time::OSLO;
use crate::meeting_file::TimeProblem;
use chrono::NaiveDate;

const RULES: PlanRules = PlanRules {
    tz: OSLO,
    notice_days_before: 6,
};

fn example() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/naeringssamarbeid-moteplan-2025.toml");
    std::fs::read_to_string(path).unwrap()
}

fn parse(text: &str) -> Result<YearPlan, ImportError> {
    let mut csv = |_: &Path| {
        Ok((
            PathBuf::from("inviterte.csv"),
            b"Fornavn,Etternavn,Organisasjon\nKari,Nordmann,Asker\n".to_vec(),
        ))
    };
    parse_plan_file(Path::new("plan.toml"), text, RULES, &mut csv)
}

#[test]
fn the_example_plan_reads_with_its_defaults_and_template() {
    let plan = parse(&example()).unwrap();
    assert_eq!(plan.year, 2025);
    assert_eq!(plan.meetings.len(), 6);
    assert_eq!(plan.sak_numbering, Some(SakNumbering::PerYear));
    let june = &plan.meetings[2];
    assert_eq!(june.key, "naeringssamarbeid-2025-06-05");
    assert_eq!(june.place, "Lillestrøm, Norges varemesse");
    assert_eq!(june.title, "Møte i faggruppe for Næringssamarbeid");
    assert_eq!(
        june.notice_date,
        NaiveDate::from_ymd_opt(2025, 5, 30).unwrap()
    );
    assert_eq!(
        plan.meetings[5].title,
        "Julemøte i faggruppe for Næringssamarbeid"
    );
    let own = plan.meetings[0].own_items.as_ref().unwrap();
    assert_eq!(own[0].title, "Møteplan og arbeidsprogram 2025");
    assert_eq!(plan.meetings[1].own_items, None);
    let mut expected = Template::default_for("nb");
    expected.items[3].description = Some("Orientering om aktuelle saker fra medlemmene.".into());
    assert_eq!(plan.template, Some(expected));
    assert_eq!(plan.invitees.len(), 1);
}

#[test]
fn a_meeting_without_a_key_is_keyed_by_its_group_and_day() {
    let text = example().replace("key = \"naeringssamarbeid-2025-04-03\"\n", "");
    let plan = parse(&text).unwrap();
    assert_eq!(plan.meetings[1].key, "naeringssamarbeid-2025-04-03");
}

#[test]
fn a_date_the_calendar_lacks_is_named_with_its_line() {
    let text = example().replace(
        "starts = 2025-04-03T12:00:00",
        "starts = 2025-02-30T12:00:00",
    );
    let line = text.lines().position(|l| l.contains("2025-02-30")).unwrap() + 1;
    match parse(&text) {
        Err(ImportError::Time {
            line: at,
            field: "meetings.starts",
            problem: TimeProblem::NoSuchDate { .. },
            ..
        }) => assert_eq!(at, line),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_meeting_ending_before_it_starts_is_named_by_its_entry() {
    let text = example().replace("ends = 2025-09-04T14:00:00", "ends = 2025-09-04T11:00:00");
    let entry = text
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == "[[meetings]]")
        .nth(3)
        .unwrap()
        .0
        + 1;
    match parse(&text) {
        Err(ImportError::YearPlan {
            line,
            source: YearPlanError::Meeting { meeting: 4, .. },
            ..
        }) => assert_eq!(line, entry),
        other => panic!("{other:?}"),
    }
}
