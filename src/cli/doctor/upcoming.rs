//! The next messages the bot will send on its own (notices, reminders, reports), planned from
//! the meetings in the database and the configured schedule, in words.

use crate::app::{AppError, Roundtable};
use crate::i18n::{format_date_long, t, Language};
use chrono::{DateTime, Utc};

/// How many of the next messages are listed.
const SHOWN: usize = 5;

/// "torsdag 31. oktober 2024 kl. 09:00: innkallingen – «Møte i …»", soonest first.
pub(super) async fn lines(
    app: &Roundtable,
    now: DateTime<Utc>,
    lang: Language,
) -> Result<Vec<String>, AppError> {
    let next = app.upcoming_messages(now, SHOWN).await?;
    Ok(next
        .into_iter()
        .map(|u| {
            let local = u.due_at.with_timezone(&app.tz);
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
                    ("kind", u.kind.as_str().into()),
                    ("title", u.meeting_title.into()),
                ],
            )
        })
        .collect())
}
