//! Delivery: `nonce` de-duplication only within Discord's window, the first follow-up after a
//! deferral, and request sizes.
use std::time::Duration;

use serde_json::json;
use serenity::all::{ChannelId, CreateAttachment, CreateMessage, HttpError, Nonce};

use super::super::callback_path;
use super::super::rules::sim_with_ping_command;
use super::post;
use discord_sim::{
    ping_bot, RawResponse, Sim, User, ViolationKind, MAX_ATTACHMENT_SIZE, MAX_REQUEST_SIZE,
    NONCE_WINDOW,
};

fn id_of(answer: &RawResponse) -> String {
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.body["id"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn sim_enforced_nonce_dedups_only_within_the_window() {
    let sim = Sim::start().await;
    let channel = sim.default_channel();
    let send = |text: &str, nonce: &str, enforce: bool| json!({ "content": text, "nonce": nonce, "enforce_nonce": enforce });
    let first = id_of(&post(&sim, channel, &send("Reminder", "rt1r", true)).await);
    sim.advance_time(NONCE_WINDOW - Duration::from_secs(1));
    let again = id_of(&post(&sim, channel, &send("Reminder", "rt1r", true)).await);
    assert_eq!(
        again, first,
        "within the window the earlier message is returned"
    );
    assert_eq!(sim.channel_messages(channel).len(), 1);

    // Without `enforce_nonce` the nonce is only echoed.
    let loose = id_of(&post(&sim, channel, &send("Loose", "rt2", false)).await);
    assert_ne!(
        id_of(&post(&sim, channel, &send("Loose", "rt2", false)).await),
        loose
    );

    // A message deleted within the window is not sent again.
    let gone = id_of(&post(&sim, channel, &send("Gone", "rt3", true)).await);
    let path = format!("/channels/{channel}/messages/{gone}");
    assert_eq!(sim.raw("DELETE", &path, None).await.status, 204);
    let answer = post(&sim, channel, &send("Gone", "rt3", true)).await;
    assert_eq!((answer.status, answer.code()), (404, Some(10008)));
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_send_retried_after_a_longer_outage_posts_twice() {
    let sim = Sim::start().await;
    let http = ping_bot::http_for(&sim);
    let channel = ChannelId::new(sim.default_channel());
    let reminder = || {
        CreateMessage::new()
            .content("Two briefs are missing")
            .nonce(Nonce::String("rt7rem1".into()))
            .enforce_nonce(true)
    };
    // The bot sends; Discord posts it but the answer is lost. A retry soon after is the same
    // message...
    let sent = channel.send_message(&http, reminder()).await.expect("sent");
    let retried = channel
        .send_message(&http, reminder())
        .await
        .expect("retried");
    assert_eq!(retried.id, sent.id);
    // ...but after an outage longer than the window Discord has forgotten the nonce.
    sim.advance_time(NONCE_WINDOW + Duration::from_secs(1));
    let late = channel.send_message(&http, reminder()).await.expect("late");
    assert_ne!(late.id, sent.id);
    let posted: Vec<String> = sim
        .channel_messages(channel.get())
        .iter()
        .map(|m| m.content().to_owned())
        .collect();
    assert_eq!(posted, ["Two briefs are missing", "Two briefs are missing"]);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_first_follow_up_after_a_deferral_edits_the_deferred_message() {
    let sim = sim_with_ping_command().await;
    let channel = sim.default_channel();
    let kari = User::member("Kari");
    let i = sim.invoke(&kari, channel, "ping", json!([])).await;
    let defer = json!({ "type": 5, "data": { "flags": 64 } });
    assert_eq!(
        sim.raw("POST", &callback_path(&i), Some(&defer))
            .await
            .status,
        204
    );
    let follow_up = format!("/webhooks/{}/{}", sim.application_id(), i.token);
    let public = json!({ "content": "pong, later" });
    let first = sim.raw("POST", &follow_up, Some(&public)).await;
    let deferred = sim.responses_to(&i).await[0].message_id.expect("deferred");
    assert_eq!(id_of(&first), deferred.to_string());
    let edited = sim.message(deferred).expect("stored");
    assert_eq!(edited.content(), "pong, later");
    assert!(edited.is_ephemeral(), "the deferral's ephemeral flag stays");
    assert_eq!(edited.flags() & 128, 0, "no longer loading");
    // The next follow-up is a message of its own.
    let second = sim.raw("POST", &follow_up, Some(&public)).await;
    assert_ne!(id_of(&second), deferred.to_string());
    assert_eq!(sim.channel_messages(channel).len(), 2);
    sim.assert_no_violations();
}

/// Sends `sizes` as files of one message through serenity, as a bot would.
async fn send_files(sim: &Sim, sizes: &[usize]) -> Result<(), u16> {
    let http = ping_bot::http_for(sim);
    let mut message = CreateMessage::new().content("files");
    for (i, size) in sizes.iter().enumerate() {
        let file = CreateAttachment::bytes(vec![b'x'; *size], format!("f{i}.txt"));
        message = message.add_file(file);
    }
    let channel = ChannelId::new(sim.default_channel());
    match channel.send_message(&http, message).await {
        Ok(_) => Ok(()),
        Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(e))) => {
            assert_eq!(e.error.code, 40005, "{e:?}");
            Err(e.status_code.as_u16())
        }
        Err(other) => panic!("unexpected error {other}"),
    }
}

#[tokio::test]
async fn sim_takes_attachments_up_to_10_mib_and_refuses_larger_ones() {
    let sim = Sim::start().await;
    assert_eq!(send_files(&sim, &[MAX_ATTACHMENT_SIZE]).await, Ok(()));
    let stored = sim.channel_messages(sim.default_channel());
    assert_eq!(stored[0].files[0].bytes.len(), MAX_ATTACHMENT_SIZE);
    // Two files of 9 MiB: over the simulator's old 2 MB multipart limit, under Discord's 25 MiB.
    let nine = 9 << 20;
    assert_eq!(send_files(&sim, &[nine, nine]).await, Ok(()));
    sim.assert_no_violations();

    assert_eq!(send_files(&sim, &[MAX_ATTACHMENT_SIZE + 1]).await, Err(413));
    assert_eq!(send_files(&sim, &[nine, nine, nine]).await, Err(413));
    assert!(3 * nine > MAX_REQUEST_SIZE);
    let kinds: Vec<ViolationKind> = sim.take_violations().into_iter().map(|v| v.kind).collect();
    assert_eq!(
        kinds,
        [ViolationKind::DiscordLimit, ViolationKind::DiscordLimit]
    );
    assert_eq!(sim.channel_messages(sim.default_channel()).len(), 2);
}
