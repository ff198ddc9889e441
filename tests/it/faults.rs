//! Faults: the bot killed during a storm of briefs, the gateway and REST failing while the
//! scheduler sends, and a database that is read-only, missing, corrupt or full. Nothing that
//! was acknowledged is lost, nothing is doubled, and every refusal says what to do.

mod crash;
mod database;
mod gateway;

use crate::support::sim::{Response, Sim, User};
use serde_json::json;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);

/// Runs `/brief send` as `user` and returns the modal's `custom_id`.
async fn open_modal(sim: &Sim, user: &User) -> String {
    let i = sim
        .invoke(
            user,
            sim.default_channel(),
            "brief",
            json!([{"name": "send"}]),
        )
        .await;
    let modal = sim.wait_response(&i, WAIT).await;
    assert_eq!(modal.callback_type(), Some(9), "a modal: {:?}", modal.body);
    modal.data()["custom_id"]
        .as_str()
        .expect("custom_id")
        .to_owned()
}

/// The version a receipt names ("… er lagret (versjon 3)."), if it is a receipt.
fn receipt_revision(response: &Response) -> Option<i64> {
    let content = response.content()?;
    let (_, rest) = content.split_once("(versjon ")?;
    rest.split_once(')')?.0.parse().ok()
}

/// A brief of about `words` words that names its author and round, so each is unique.
fn brief_text(author: &str, round: usize, words: usize) -> String {
    const WORDS: [&str; 12] = [
        "næringsliv",
        "kommunen",
        "samarbeid",
        "prosjektet",
        "regionen",
        "utvikling",
        "arbeidsplasser",
        "innovasjon",
        "bærekraft",
        "grønn",
        "omstilling",
        "kompetanse",
    ];
    let mut text = format!("• Innlegg fra {author}, runde {round}:");
    for n in 0..words {
        text.push(if n % 15 == 14 { '\n' } else { ' ' });
        text.push_str(WORDS[(n * 7 + round) % WORDS.len()]);
    }
    text
}
