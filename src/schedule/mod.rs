//! What the bot posts on its own and when: the notice, the reminders and the "collected"
//! report, planned from a meeting's times, and whether a message that is due is still useful.

mod catch_up;
mod records;

pub use catch_up::{catch_up, CATCH_UP_MIN};
pub use records::{
    direct_nonce, part_nonce, DirectMessage, PostedPart, ScheduledMeeting, ScheduledMessage,
    SendState,
};

use crate::domain::local_time::to_utc;
use chrono::{DateTime, Days, NaiveTime, Utc};
use chrono_tz::Tz;

/// The rules the schedule is planned by (from the configuration).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRules {
    pub notice_days_before: u32,
    pub notice_time: NaiveTime,
    /// Days from the meeting's day (negative: before) and the time of day.
    pub reminders: Vec<(i32, NaiveTime)>,
    /// A reminder missed at its time is sent later only if this long remains to the deadline.
    pub catch_up_min: chrono::Duration,
    /// When the owners of the follow-up items a meeting takes up are reminded: days from the
    /// meeting's day and the time of day (`None`: never).
    pub follow_up_reminder: Option<(i32, NaiveTime)>,
    /// Days the representatives have to comment on the draft minutes by default.
    pub minutes_comment_days: u32,
}

/// A time of day from hours and minutes that are known to be valid.
fn at(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN)
}

impl Default for ScheduleRules {
    /// The notice six days before at 09:00; reminders two days before at 09:00, on the
    /// meeting's morning at 08:00 and the morning after at 09:00; the follow-up items'
    /// owners with the first reminder, two days before at 09:00.
    fn default() -> Self {
        Self {
            notice_days_before: 6,
            notice_time: at(9, 0),
            reminders: vec![(-2, at(9, 0)), (0, at(8, 0)), (1, at(9, 0))],
            catch_up_min: CATCH_UP_MIN,
            follow_up_reminder: Some((-2, at(9, 0))),
            minutes_comment_days: 7,
        }
    }
}

/// A kind of message the bot posts on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageKind {
    /// The meeting notice in the group's channel.
    Notice,
    /// A reminder to the regions whose brief is missing.
    Reminder,
    /// To the secretariat after the deadline: the briefs are collected.
    Collected,
    /// The posted notice edited in place after the meeting changed.
    NoticeEdit,
    /// A short note in the channel that the notice changed.
    Changed,
    /// Before the meeting, to the owners of the open follow-up items it takes up.
    FollowUp,
    /// Before the minutes' comment deadline: a reminder to the regions that have neither
    /// confirmed their paragraph nor proposed a correction.
    MinutesReminder,
}

impl MessageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Notice => "notice",
            Self::Reminder => "reminder",
            Self::Collected => "collected",
            Self::NoticeEdit => "notice_edit",
            Self::Changed => "changed",
            Self::FollowUp => "follow_up",
            Self::MinutesReminder => "minutes_reminder",
        }
    }

    /// One letter for Discord's 25-character message nonce.
    pub fn code(self) -> char {
        match self {
            Self::Notice => 'n',
            Self::Reminder => 'r',
            Self::Collected => 'c',
            Self::NoticeEdit => 'e',
            Self::Changed => 'x',
            Self::FollowUp => 'f',
            Self::MinutesReminder => 'm',
        }
    }

    /// The nonce of a meeting's message: unique per message, at most 25 characters.
    pub fn nonce(self, meeting_id: i64, slot: &str) -> String {
        let mut nonce = format!("rt{meeting_id}{}{slot}", self.code());
        nonce.truncate(25);
        nonce
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            Self::Notice,
            Self::Reminder,
            Self::Collected,
            Self::NoticeEdit,
            Self::Changed,
            Self::FollowUp,
            Self::MinutesReminder,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

/// A message the schedule foresees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub kind: MessageKind,
    /// Tells apart messages of one kind (the reminder's number).
    pub slot: String,
    pub due_at: DateTime<Utc>,
}

/// The times a meeting needs to be planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeetingTimes {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub brief_deadline: DateTime<Utc>,
    /// Set in the meeting file; else `notice_days_before` at `notice_time`.
    pub notice_at: Option<DateTime<Utc>>,
    /// Cancelled by the secretariat: only the notice's edit and the change note go out.
    pub cancelled: bool,
}

impl MeetingTimes {
    /// The times of a stored meeting.
    pub fn of(m: &crate::domain::MeetingSummary) -> Self {
        Self {
            starts_at: m.starts_at,
            ends_at: m.ends_at,
            brief_deadline: m.brief_deadline,
            notice_at: m.notice_at,
            cancelled: m.cancelled_at.is_some(),
        }
    }
}

/// A local time on the day `days` from the meeting's day.
fn on_day(starts_at: DateTime<Utc>, days: i64, time: NaiveTime, tz: Tz) -> Option<DateTime<Utc>> {
    let day = starts_at.with_timezone(&tz).date_naive();
    let day = if days >= 0 {
        day.checked_add_days(Days::new(days.unsigned_abs()))?
    } else {
        day.checked_sub_days(Days::new(days.unsigned_abs()))?
    };
    let local = day.and_time(time);
    // A time the clocks skip or repeat is taken an hour later.
    to_utc(local, tz)
        .or_else(|_| to_utc(local + chrono::Duration::hours(1), tz))
        .ok()
}

/// The messages a meeting's schedule foresees: the notice, the reminders before the
/// deadline, the follow-up items' reminder before the meeting, and the "collected" report
/// right after the deadline.
pub fn plan(times: &MeetingTimes, rules: &ScheduleRules, tz: Tz) -> Vec<Planned> {
    let mut planned = Vec::new();
    let notice = times.notice_at.or_else(|| {
        on_day(
            times.starts_at,
            -i64::from(rules.notice_days_before),
            rules.notice_time,
            tz,
        )
    });
    if let Some(due_at) = notice {
        planned.push(Planned {
            kind: MessageKind::Notice,
            slot: "1".into(),
            due_at,
        });
    }
    for (n, (days, time)) in rules.reminders.iter().enumerate() {
        let Some(due_at) = on_day(times.starts_at, i64::from(*days), *time, tz) else {
            continue;
        };
        if due_at < times.brief_deadline {
            planned.push(Planned {
                kind: MessageKind::Reminder,
                slot: (n + 1).to_string(),
                due_at,
            });
        }
    }
    let follow_up = rules
        .follow_up_reminder
        .and_then(|(days, time)| on_day(times.starts_at, i64::from(days), time, tz));
    if let Some(due_at) = follow_up.filter(|due| *due < times.starts_at) {
        planned.push(Planned {
            kind: MessageKind::FollowUp,
            slot: "1".into(),
            due_at,
        });
    }
    planned.push(Planned {
        kind: MessageKind::Collected,
        slot: "1".into(),
        due_at: times.brief_deadline + chrono::Duration::seconds(1),
    });
    planned
}

/// Why a due message is not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// The meeting has started (a notice) or ended (a change note).
    MeetingUnderWay,
    /// The brief deadline has passed: a reminder would come too late.
    DeadlinePassed,
    /// Every region has sent its brief.
    AllBriefsIn,
    /// A later reminder is due too: only the latest is sent.
    Superseded,
    /// Long after the deadline: the report is no news.
    Stale,
    /// The meeting is cancelled.
    Cancelled,
    /// A reminder missed at its time, with too little time left to act on it.
    TooLateToAct,
    /// No open follow-up item comes up at the meeting: nobody to remind.
    NoOpenFollowUps,
    /// Every region has answered the comment round on the minutes.
    AllAnswered,
    /// The minutes are approved: the comment round is over.
    Approved,
}

/// How long after the deadline the "collected" report is still worth sending.
const REPORT_WINDOW: chrono::Duration = chrono::Duration::days(7);

/// Whether a due message is still useful now, or why not.
pub fn decide(
    kind: MessageKind,
    times: &MeetingTimes,
    now: DateTime<Utc>,
    all_briefs_in: bool,
    later_reminder_due: bool,
) -> Result<(), SkipReason> {
    match kind {
        MessageKind::Notice
        | MessageKind::Reminder
        | MessageKind::Collected
        | MessageKind::FollowUp
            if times.cancelled =>
        {
            Err(SkipReason::Cancelled)
        }
        MessageKind::Notice | MessageKind::FollowUp if now >= times.starts_at => {
            Err(SkipReason::MeetingUnderWay)
        }
        MessageKind::Reminder if now > times.brief_deadline => Err(SkipReason::DeadlinePassed),
        MessageKind::Reminder if all_briefs_in => Err(SkipReason::AllBriefsIn),
        MessageKind::Reminder if later_reminder_due => Err(SkipReason::Superseded),
        MessageKind::Collected if now > times.brief_deadline + REPORT_WINDOW => {
            Err(SkipReason::Stale)
        }
        MessageKind::Changed | MessageKind::NoticeEdit if now >= times.ends_at => {
            Err(SkipReason::MeetingUnderWay)
        }
        _ => Ok(()),
    }
}

/// Whether the follow-up items' reminder has anyone to remind: `open` is how many open items
/// the meeting takes up when it is due (one done since is not reminded).
pub fn follow_up_useful(kind: MessageKind, open: usize) -> Result<(), SkipReason> {
    if kind == MessageKind::FollowUp && open == 0 {
        return Err(SkipReason::NoOpenFollowUps);
    }
    Ok(())
}

/// When the minutes' comment round reminds the silent regions: one day before the comment
/// deadline, or halfway between the draft and a deadline less than two days after it.
pub fn plan_minutes_reminder(drafted_at: DateTime<Utc>, comments_by: DateTime<Utc>) -> Planned {
    let day = chrono::Duration::days(1);
    let due_at = if comments_by - drafted_at >= day * 2 {
        comments_by - day
    } else {
        drafted_at + (comments_by - drafted_at) / 2
    };
    Planned {
        kind: MessageKind::MinutesReminder,
        slot: "1".into(),
        due_at,
    }
}

/// Whether the minutes' reminder is still useful at `now`: not once the comment deadline has
/// passed, the minutes are approved, or every region has answered.
pub fn decide_minutes_reminder(
    comments_by: DateTime<Utc>,
    approved: bool,
    silent_regions: usize,
    now: DateTime<Utc>,
) -> Result<(), SkipReason> {
    if approved {
        Err(SkipReason::Approved)
    } else if now > comments_by {
        Err(SkipReason::DeadlinePassed)
    } else if silent_regions == 0 {
        Err(SkipReason::AllAnswered)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests;
