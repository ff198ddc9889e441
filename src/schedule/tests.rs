//! The schedule's plan and decisions, with Oslo times across daylight-saving changes.

use super::*;
use crate::domain::local_time::{default_brief_deadline, OSLO};
use chrono::NaiveDateTime;

fn oslo(text: &str) -> DateTime<Utc> {
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("time");
    to_utc(naive, OSLO).expect("exists")
}

fn local(at: DateTime<Utc>) -> String {
    at.with_timezone(&OSLO).format("%Y-%m-%d %H:%M").to_string()
}

fn rules() -> ScheduleRules {
    let t = |s| NaiveTime::parse_from_str(s, "%H:%M").expect("time");
    ScheduleRules {
        notice_days_before: 6,
        notice_time: t("09:00"),
        reminders: vec![(-2, t("09:00")), (0, t("08:00")), (1, t("09:00"))],
        catch_up_min: chrono::Duration::hours(1),
        follow_up_reminder: Some((-2, t("09:00"))),
        minutes_comment_days: 7,
    }
}

fn times(starts: &str) -> MeetingTimes {
    let starts_at = oslo(starts);
    MeetingTimes {
        starts_at,
        ends_at: starts_at + chrono::Duration::hours(1),
        brief_deadline: default_brief_deadline(starts_at, OSLO),
        notice_at: None,
        cancelled: false,
    }
}

#[test]
fn the_seed_meeting_is_planned_like_the_notice_was_sent() {
    let planned = plan(&times("2024-11-07 12:00"), &rules(), OSLO);
    let shown: Vec<_> = planned
        .iter()
        .map(|p| (p.kind, p.slot.as_str(), local(p.due_at)))
        .collect();
    assert_eq!(
        shown,
        [
            (MessageKind::Notice, "1", "2024-11-01 09:00".to_owned()),
            (MessageKind::Reminder, "1", "2024-11-05 09:00".to_owned()),
            (MessageKind::Reminder, "2", "2024-11-07 08:00".to_owned()),
            (MessageKind::Reminder, "3", "2024-11-08 09:00".to_owned()),
            (MessageKind::FollowUp, "1", "2024-11-05 09:00".to_owned()),
            (MessageKind::Collected, "1", "2024-11-09 00:00".to_owned()),
        ]
    );
}

#[test]
fn planned_times_keep_oslo_wall_clock_across_summer_time() {
    // Meeting Tuesday 1 April 2025; the notice on 26 March is still winter time.
    let planned = plan(&times("2025-04-01 12:00"), &rules(), OSLO);
    assert_eq!(planned[0].due_at.to_rfc3339(), "2025-03-26T08:00:00+00:00");
    assert_eq!(planned[1].due_at.to_rfc3339(), "2025-03-30T07:00:00+00:00");
}

#[test]
fn a_notice_time_from_the_meeting_file_wins() {
    let mut t = times("2024-11-07 12:00");
    t.notice_at = Some(oslo("2024-10-30 14:00"));
    assert_eq!(
        local(plan(&t, &rules(), OSLO)[0].due_at),
        "2024-10-30 14:00"
    );
}

#[test]
fn reminders_after_the_deadline_are_not_planned() {
    let t = times("2024-11-07 12:00");
    let late = ScheduleRules {
        reminders: vec![(2, NaiveTime::MIN)],
        ..rules()
    };
    assert!(plan(&t, &late, OSLO)
        .iter()
        .all(|p| p.kind != MessageKind::Reminder));
}

#[test]
fn what_is_still_useful() {
    let t = times("2024-11-07 12:00");
    let before = oslo("2024-11-05 09:00");
    assert_eq!(
        decide(MessageKind::Notice, &t, before, false, false),
        Ok(())
    );
    assert_eq!(
        decide(
            MessageKind::Notice,
            &t,
            oslo("2024-11-07 12:00"),
            false,
            false
        ),
        Err(SkipReason::MeetingUnderWay)
    );
    assert_eq!(
        decide(MessageKind::Reminder, &t, before, false, false),
        Ok(())
    );
    assert_eq!(
        decide(MessageKind::Reminder, &t, before, true, false),
        Err(SkipReason::AllBriefsIn)
    );
    assert_eq!(
        decide(MessageKind::Reminder, &t, before, false, true),
        Err(SkipReason::Superseded)
    );
    assert_eq!(
        decide(
            MessageKind::Reminder,
            &t,
            oslo("2024-11-09 00:00"),
            false,
            false
        ),
        Err(SkipReason::DeadlinePassed)
    );
    assert_eq!(
        decide(
            MessageKind::Collected,
            &t,
            oslo("2024-11-10 10:00"),
            false,
            false
        ),
        Ok(())
    );
    assert_eq!(
        decide(
            MessageKind::Collected,
            &t,
            oslo("2024-12-01 10:00"),
            false,
            false
        ),
        Err(SkipReason::Stale)
    );
}

#[test]
fn a_cancelled_meeting_only_gets_its_notice_edited_and_the_change_note() {
    let t = MeetingTimes {
        cancelled: true,
        ..times("2024-11-07 12:00")
    };
    let before = oslo("2024-11-05 10:00");
    for kind in [
        MessageKind::Notice,
        MessageKind::Reminder,
        MessageKind::Collected,
    ] {
        assert_eq!(
            decide(kind, &t, before, false, false),
            Err(SkipReason::Cancelled)
        );
    }
    for kind in [MessageKind::NoticeEdit, MessageKind::Changed] {
        assert_eq!(decide(kind, &t, before, false, false), Ok(()));
    }
}

#[test]
fn the_default_rules_are_the_configurations_defaults() {
    let from_config = crate::config::ScheduleConfig::default().rules();
    assert_eq!(from_config, Ok(ScheduleRules::default()));
}

#[test]
fn a_direct_message_nonce_is_short_and_tells_people_apart() {
    let (a, b) = (1_187_000_000_000_000_101, 1_187_000_000_000_000_102);
    let (na, nb) = (direct_nonce(123_456, a), direct_nonce(123_456, b));
    assert_ne!(na, nb);
    assert!(na.len() <= 25, "{na}");
    assert!(na.starts_with("rt123456u"), "{na}");
    assert_eq!(direct_nonce(7, 35), "rt7uz");
}

#[test]
fn the_follow_up_reminder_goes_before_the_meeting_and_only_to_someone() {
    let t = times("2024-11-07 12:00");
    let after = ScheduleRules {
        follow_up_reminder: Some((0, NaiveTime::from_hms_opt(13, 0, 0).expect("time"))),
        ..rules()
    };
    assert!(
        !plan(&t, &after, OSLO)
            .iter()
            .any(|p| p.kind == MessageKind::FollowUp),
        "a reminder after the meeting has started is not planned"
    );
    let off = ScheduleRules {
        follow_up_reminder: None,
        ..rules()
    };
    assert!(!plan(&t, &off, OSLO)
        .iter()
        .any(|p| p.kind == MessageKind::FollowUp));
    let kind = MessageKind::FollowUp;
    assert_eq!(
        decide(kind, &t, t.starts_at, false, false),
        Err(SkipReason::MeetingUnderWay)
    );
    let cancelled = MeetingTimes {
        cancelled: true,
        ..t
    };
    let before = t.starts_at - chrono::Duration::days(2);
    assert_eq!(
        decide(kind, &cancelled, before, false, false),
        Err(SkipReason::Cancelled)
    );
    // Whether the briefs are in does not matter to it.
    assert_eq!(decide(kind, &t, before, true, false), Ok(()));
    assert_eq!(follow_up_useful(kind, 0), Err(SkipReason::NoOpenFollowUps));
    assert_eq!(follow_up_useful(kind, 1), Ok(()));
    assert_eq!(follow_up_useful(MessageKind::Reminder, 0), Ok(()));
    assert_eq!(MessageKind::parse(kind.as_str()), Some(kind));
}

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 time")
}

#[test]
fn the_minutes_reminder_comes_a_day_before_the_comment_deadline_or_halfway() {
    let drafted = utc("2024-11-08T09:00:00Z");
    let week = super::plan_minutes_reminder(drafted, utc("2024-11-15T09:00:00Z"));
    assert_eq!(week.kind, MessageKind::MinutesReminder);
    assert_eq!(week.due_at, utc("2024-11-14T09:00:00Z"));
    let day = super::plan_minutes_reminder(drafted, utc("2024-11-09T09:00:00Z"));
    assert_eq!(day.due_at, utc("2024-11-08T21:00:00Z"));
}

#[test]
fn the_minutes_reminder_is_only_for_silent_regions_before_the_deadline() {
    use super::decide_minutes_reminder as decide;
    let deadline = utc("2024-11-15T09:00:00Z");
    let now = utc("2024-11-14T09:00:00Z");
    assert_eq!(decide(deadline, false, 2, now), Ok(()));
    assert_eq!(
        decide(deadline, false, 0, now),
        Err(SkipReason::AllAnswered)
    );
    assert_eq!(decide(deadline, true, 2, now), Err(SkipReason::Approved));
    assert_eq!(
        decide(deadline, false, 2, utc("2024-11-15T09:00:01Z")),
        Err(SkipReason::DeadlinePassed)
    );
    assert_eq!(
        MessageKind::parse("minutes_reminder"),
        Some(MessageKind::MinutesReminder)
    );
}
