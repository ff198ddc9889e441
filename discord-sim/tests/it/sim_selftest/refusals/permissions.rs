//! The permission model: 50001 for a channel the bot cannot see, 50013 where it may not post or
//! attach, 50007 for a member whose direct messages are closed. These are refusals Discord gives
//! a correct bot too, so no violation is recorded.
use serde_json::json;
use serenity::all::{ChannelId, CreateAttachment, CreateMessage, HttpError, UserId};

use super::super::callback_path;
use super::super::rules::sim_with_ping_command;
use super::post;
use discord_sim::permissions::{ATTACH_FILES, SEND_MESSAGES, VIEW_CHANNEL};
use discord_sim::{ping_bot, RawResponse, User, BOT_PERMISSIONS};

fn status_and_code(answer: &RawResponse) -> (u16, Option<u64>) {
    (answer.status, answer.code())
}

#[tokio::test]
async fn sim_refuses_channels_the_bot_cannot_see_or_post_in() {
    let sim = sim_with_ping_command().await;
    let text = json!({ "content": "Notice" });
    let hidden = sim.channel("board-only");
    sim.set_bot_permissions(hidden, BOT_PERMISSIONS & !VIEW_CHANNEL);
    let answer = post(&sim, hidden, &text).await;
    assert_eq!(
        status_and_code(&answer),
        (403, Some(50001)),
        "{}",
        answer.body
    );
    let answer = sim.raw("GET", &format!("/channels/{hidden}"), None).await;
    assert_eq!(status_and_code(&answer), (403, Some(50001)));

    let read_only = sim.channel("announcements");
    sim.set_bot_permissions(read_only, BOT_PERMISSIONS & !SEND_MESSAGES);
    let answer = post(&sim, read_only, &text).await;
    assert_eq!(
        status_and_code(&answer),
        (403, Some(50013)),
        "{}",
        answer.body
    );
    let answer = sim
        .raw("GET", &format!("/channels/{read_only}"), None)
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(
        answer.body["permission_overwrites"][0]["deny"],
        SEND_MESSAGES.to_string()
    );

    // Interactions there still get their answer (a webhook), and tell the bot what it may do.
    let i = sim
        .invoke(&User::member("Kari"), read_only, "ping", json!([]))
        .await;
    let app_permissions = (BOT_PERMISSIONS & !SEND_MESSAGES).to_string();
    assert_eq!(i.payload["app_permissions"], app_permissions.as_str());
    let pong = json!({ "type": 4, "data": { "content": "pong" } });
    let answer = sim.raw("POST", &callback_path(&i), Some(&pong)).await;
    assert_eq!(answer.status, 204, "{}", answer.body);

    let no_files = sim.channel("no-files");
    sim.set_bot_permissions(no_files, BOT_PERMISSIONS & !ATTACH_FILES);
    let http = ping_bot::http_for(&sim);
    let file = CreateAttachment::bytes(b"minutes".to_vec(), "minutes.txt");
    let with_file = CreateMessage::new().content("Minutes").add_file(file);
    match ChannelId::new(no_files)
        .send_message(&http, with_file)
        .await
    {
        Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(e))) => {
            assert_eq!((e.status_code.as_u16(), e.error.code), (403, 50013));
        }
        other => panic!("expected 50013, got {other:?}"),
    }
    assert_eq!(post(&sim, no_files, &text).await.status, 200);
    assert_eq!(post(&sim, sim.default_channel(), &text).await.status, 200);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_refuses_direct_messages_to_a_closed_inbox() {
    let sim = sim_with_ping_command().await;
    let http = ping_bot::http_for(&sim);
    let kari = User::member("Kari").with_closed_dms();
    let ola = User::member("Ola");
    sim.add_user(&kari);
    sim.add_user(&ola);
    // Opening the channel works; sending in it does not.
    let kari_dm = UserId::new(kari.id)
        .create_dm_channel(&http)
        .await
        .expect("the DM channel opens");
    assert_eq!(kari_dm.id.get(), sim.dm_channel(&kari));
    match kari_dm.id.say(&http, "Your brief is missing").await {
        Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(e))) => {
            assert_eq!((e.status_code.as_u16(), e.error.code), (403, 50007));
        }
        other => panic!("expected 50007, got {other:?}"),
    }
    let ola_dm = UserId::new(ola.id)
        .create_dm_channel(&http)
        .await
        .expect("the DM channel opens");
    ola_dm
        .id
        .say(&http, "Your brief is missing")
        .await
        .expect("Ola's inbox is open");
    assert!(sim.channel_messages(kari_dm.id.get()).is_empty());
    assert_eq!(sim.channel_messages(ola_dm.id.get()).len(), 1);
    sim.assert_no_violations();
}
