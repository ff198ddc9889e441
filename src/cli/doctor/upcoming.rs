//! The next messages the bot will send on its own (notices, reminders, reports), planned from
//! the meetings in the database and the configured schedule, in words.

use crate::config::{Config, ScheduleConfig};
use crate::i18n::{format_date_long, t, Language};
use crate::schedule::{plan, MeetingTimes};
use crate::store::{SendState, Store, StoreError};
use chrono::{DateTime, Utc};

/// How many of the next messages are listed.
const SHOWN: usize = 5;

/// "torsdag 31. oktober 2024 kl. 09:00: innkallingen – «Møte i …»", soonest first.
pub(super) async fn lines(
    store: &Store,
    config: &Config,
    now: DateTime<Utc>,
    lang: Language,
) -> Result<Vec<String>, StoreError> {
    let tz = config
        .time_zone()
        .unwrap_or(crate::domain::local_time::OSLO);
    let rules = config
        .schedule
        .rules()
        .or_else(|_| ScheduleConfig::default().rules())
        .unwrap_or_else(|_| crate::schedule::ScheduleRules {
            notice_days_before: 6,
            notice_time: chrono::NaiveTime::MIN,
            reminders: Vec::new(),
        });
    let mut next = Vec::new();
    for scheduled in store.meetings_to_schedule(now).await? {
        let meeting = store.meeting_summary(scheduled.meeting_id).await?;
        if meeting.cancelled_at.is_some() {
            continue;
        }
        let stored = store.scheduled_messages(meeting.id).await?;
        for planned in plan(&MeetingTimes::of(&meeting), &rules, tz) {
            let done = stored.iter().any(|s| {
                s.kind == planned.kind
                    && s.slot == planned.slot
                    && !matches!(s.state, SendState::Due | SendState::Sending)
            });
            if !done && planned.due_at >= now {
                next.push((planned.due_at, planned.kind, meeting.title.clone()));
            }
        }
    }
    next.sort_by_key(|(at, _, _)| *at);
    Ok(next
        .into_iter()
        .take(SHOWN)
        .map(|(at, kind, title)| {
            let local = at.with_timezone(&tz);
            let when = t(
                lang,
                "doctor-when",
                &[
                    ("date", format_date_long(local.date_naive(), lang).into()),
                    ("time", local.format("%H:%M").to_string().into()),
                ],
            );
            t(
                lang,
                "doctor-upcoming-line",
                &[
                    ("when", when.into()),
                    ("kind", kind.as_str().into()),
                    ("title", title.into()),
                ],
            )
        })
        .collect())
}
