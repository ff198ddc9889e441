//! REST flows through serenity's own HTTP client: deferring, editing the original response,
//! follow-ups with attachments (multipart), deleting, and channel posts with files.
use serde_json::json;
use serenity::all::{ChannelId, CreateAttachment, CreateMessage, HttpBuilder};

use super::rules::sim_with_ping_command;
use discord_sim::{ResponseKind, User};

#[tokio::test]
async fn sim_serenity_follow_ups_edits_and_attachments() {
    let sim = sim_with_ping_command().await;
    let http = HttpBuilder::new(sim.token())
        .proxy(sim.api_base())
        .ratelimiter_disabled(true)
        .application_id(sim.application_id().into())
        .build();
    let kari = User::member("Kari");
    let i = sim
        .invoke(&kari, sim.default_channel(), "ping", json!([]))
        .await;
    let (id, token) = (i.id.into(), i.token.as_str());
    let defer = serenity::all::CreateInteractionResponse::Defer(
        serenity::all::CreateInteractionResponseMessage::new(),
    );
    http.create_interaction_response(id, token, &defer, vec![])
        .await
        .expect("defer");
    let edit = serenity::all::EditInteractionResponse::new().content("pong, later");
    http.edit_original_interaction_response(token, &edit, vec![])
        .await
        .expect("edit original");
    let file = CreateAttachment::bytes(b"minutes".to_vec(), "minutes.txt");
    let follow = serenity::all::CreateInteractionResponseFollowup::new()
        .content("attached")
        .add_file(file.clone());
    let followed = http
        .create_followup_message(token, &follow, vec![file])
        .await
        .expect("follow-up");
    http.delete_followup_message(token, followed.id)
        .await
        .expect("delete follow-up");

    let kinds: Vec<ResponseKind> = sim
        .responses_to(&i)
        .await
        .into_iter()
        .map(|r| r.kind)
        .collect();
    let expected = [
        ResponseKind::Callback(5),
        ResponseKind::EditOriginal,
        ResponseKind::FollowUp,
        ResponseKind::DeleteFollowUp(followed.id.get()),
    ];
    assert_eq!(kinds, expected);
    let original = sim
        .message(
            sim.responses_to(&i).await[0]
                .message_id
                .expect("deferred message"),
        )
        .expect("stored");
    assert_eq!(
        (original.content(), original.history.len()),
        ("pong, later", 1)
    );
    let follow_up = sim.message(followed.id.get()).expect("kept after delete");
    assert!(follow_up.deleted);
    assert_eq!(follow_up.files[0].bytes, b"minutes");
    assert_eq!(follow_up.json["attachments"][0]["filename"], "minutes.txt");

    let file = CreateAttachment::bytes(b"agenda".to_vec(), "agenda.md");
    let posted = ChannelId::new(sim.default_channel())
        .send_message(&http, CreateMessage::new().content("agenda").add_file(file))
        .await;
    assert_eq!(posted.expect("posted").attachments[0].filename, "agenda.md");
    let stored = sim.channel_messages(sim.default_channel());
    assert_eq!(
        stored.last().map(|m| m.files[0].bytes.clone()),
        Some(b"agenda".to_vec())
    );
    sim.assert_no_violations();
}
