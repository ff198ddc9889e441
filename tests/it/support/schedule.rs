//! Driving the bot's scheduler from a test: steps taken at the test's clock, never a timer.

use super::bot::TestBot;
use roundtable::domain::records::MeetingSelector;
use roundtable::schedule::{MessageKind, ScheduledMessage, SendState};

/// How many steps a message may take to reach a state (a transient failure is retried at the
/// next step; the faults tests fail a send across two steps at most).
const STEPS: usize = 6;

/// The scheduled messages of the upcoming meeting.
pub async fn messages_of(bot: &TestBot) -> Vec<ScheduledMessage> {
    let meeting = bot
        .app
        .meeting(&MeetingSelector::Upcoming)
        .await
        .expect("meeting");
    bot.db
        .store
        .scheduled_messages(meeting.id)
        .await
        .expect("schedule")
}

/// Takes scheduler steps until the upcoming meeting's `kind` `slot` is in `state`.
pub async fn until_state(
    bot: &TestBot,
    kind: MessageKind,
    slot: &str,
    state: SendState,
) -> ScheduledMessage {
    let mut seen = None;
    for _ in 0..STEPS {
        bot.step().await;
        let found = messages_of(bot)
            .await
            .into_iter()
            .find(|r| r.kind == kind && r.slot == slot);
        match found {
            Some(r) if r.state == state => return r,
            other => seen = other.map(|r| r.state),
        }
    }
    panic!("{kind:?} {slot} stayed {seen:?} after {STEPS} steps");
}

/// A few more steps, after which nothing more may have been sent.
pub async fn settle(bot: &TestBot) {
    for _ in 0..3 {
        bot.step().await;
    }
}
