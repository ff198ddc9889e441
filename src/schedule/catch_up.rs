//! Whether a reminder the bot missed (it was down at its time) is still worth sending: only
//! if enough time remains before the deadline to act on it.

use super::{MessageKind, SkipReason};
use chrono::{DateTime, Duration, Utc};

/// How late a message may go out and still count as on time (the scheduler's timer ticks
/// every 30 seconds by default).
pub const ON_TIME: Duration = Duration::minutes(5);

/// The default of `schedule.catch_up_min`: a missed reminder goes out if at least this long
/// remains before the deadline.
pub const CATCH_UP_MIN: Duration = Duration::hours(1);

/// Whether a reminder due at `due_at` may still go out at `now`: on time it may (even close
/// to the deadline, if that is when it was planned); caught up late, only with at least
/// `least` left before the `deadline`.
pub fn catch_up(
    kind: MessageKind,
    due_at: DateTime<Utc>,
    deadline: DateTime<Utc>,
    now: DateTime<Utc>,
    least: Duration,
) -> Result<(), SkipReason> {
    let late = now - due_at > ON_TIME;
    if kind == MessageKind::Reminder && late && deadline - now < least {
        return Err(SkipReason::TooLateToAct);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().expect("an RFC 3339 time")
    }

    #[test]
    fn a_missed_reminder_goes_out_only_with_time_left_to_act() {
        let deadline = at("2024-11-08T22:59:59Z");
        let morning = at("2024-11-08T08:00:00Z");
        let reminder = |now| {
            catch_up(
                MessageKind::Reminder,
                morning,
                deadline,
                at(now),
                CATCH_UP_MIN,
            )
        };
        assert_eq!(reminder("2024-11-08T08:00:20Z"), Ok(()));
        assert_eq!(reminder("2024-11-08T21:30:00Z"), Ok(()));
        assert_eq!(
            reminder("2024-11-08T22:10:00Z"),
            Err(SkipReason::TooLateToAct)
        );
        assert_eq!(
            reminder("2024-11-08T22:59:55Z"),
            Err(SkipReason::TooLateToAct)
        );
        // Planned half an hour before the deadline, and sent at its time.
        let close = at("2024-11-08T22:30:00Z");
        let on_time = catch_up(
            MessageKind::Reminder,
            close,
            deadline,
            at("2024-11-08T22:30:30Z"),
            CATCH_UP_MIN,
        );
        assert_eq!(on_time, Ok(()));
        let report = catch_up(
            MessageKind::Collected,
            morning,
            deadline,
            at("2024-11-08T22:59:55Z"),
            CATCH_UP_MIN,
        );
        assert_eq!(report, Ok(()));
    }
}
