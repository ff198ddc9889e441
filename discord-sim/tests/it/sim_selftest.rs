//! Self-tests of the Discord simulator with a real serenity+poise ping bot: connecting,
//! registering, answering, and surviving gateway faults. Submodules test Discord's rules on raw
//! requests, REST flows through serenity's HTTP client, and the gateway protocol; `refusals`
//! holds one negative test per documented rule the spec alone does not enforce.
mod builders;
mod flows;
mod protocol;
mod refusals;
mod rules;
use std::time::Duration;

use serde_json::json;

use discord_sim::{ping_bot, InteractionRef, ResponseKind, Sim, User};

const WAIT: Duration = Duration::from_secs(3);

async fn sim_and_bot() -> (Sim, ping_bot::PingBot) {
    let sim = Sim::start().await;
    let bot = ping_bot::start(&sim).await;
    sim.wait_ready().await;
    (sim, bot)
}

/// Runs `/ping` and checks the bot answered "pong" ephemerally with one callback.
async fn ping(sim: &Sim, who: &User) -> InteractionRef {
    let interaction = sim
        .invoke(who, sim.default_channel(), "ping", json!([]))
        .await;
    let reply = sim.wait_response(&interaction, WAIT).await;
    assert_eq!(reply.kind, ResponseKind::Callback(4));
    assert_eq!(reply.content(), Some("pong"));
    assert!(reply.is_ephemeral());
    interaction
}

fn callback_path(i: &InteractionRef) -> String {
    format!("/interactions/{}/{}/callback", i.id, i.token)
}

#[tokio::test]
async fn sim_ping_bot_connects_registers_and_answers() {
    let (sim, _bot) = sim_and_bot().await;
    let kari = User::member("Kari").with_locale("no");
    let interaction = ping(&sim, &kari).await;

    let keys: Vec<String> = sim.requests().iter().map(|r| r.route_key()).collect();
    for expected in [
        "GET /gateway",
        "GET /oauth2/applications/@me",
        "PUT /applications/{application_id}/guilds/{guild_id}/commands",
        "POST /interactions/{interaction_id}/{interaction_token}/callback",
    ] {
        assert!(
            keys.iter().any(|k| k == expected),
            "missing {expected} in {keys:?}"
        );
    }
    let commands = sim.registered_commands();
    assert_eq!(commands.len(), 1);
    assert_eq!(commands[0]["name"], "ping");
    assert_eq!(commands[0]["guild_id"], sim.guild_id().to_string());

    let messages = sim.channel_messages(sim.default_channel());
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].content(), "pong");
    assert!(messages[0].is_ephemeral());
    assert_eq!(messages[0].interaction_id, Some(interaction.id));
    assert!(
        sim.gateway_stats().heartbeats <= 3,
        "heartbeats follow the 1 s interval"
    );
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_bot_resumes_after_drop_close_and_reconnect() {
    let (sim, _bot) = sim_and_bot().await;
    let kari = User::member("Kari");
    ping(&sim, &kari).await;

    sim.drop_gateway().await;
    // Dispatched while the bot is away: replayed on RESUME, still inside the 3 s window.
    let missed = sim
        .invoke(&kari, sim.default_channel(), "ping", json!([]))
        .await;
    sim.wait_identified(2).await;
    assert_eq!(
        sim.wait_response(&missed, WAIT).await.content(),
        Some("pong")
    );

    sim.close_gateway(4000).await;
    sim.wait_identified(3).await;
    ping(&sim, &kari).await;

    sim.send_reconnect().await;
    sim.wait_identified(4).await;
    ping(&sim, &kari).await;

    sim.send_invalid_session(true).await;
    sim.wait_identified(5).await;
    ping(&sim, &kari).await;

    let stats = sim.gateway_stats();
    assert_eq!(
        (stats.identifies, stats.resumes, stats.failed_resumes),
        (1, 4, 0),
        "{stats:?}"
    );
    sim.assert_no_violations();
}

/// Serenity waits 5 s between IDENTIFYs of a shard, so this one takes about 5 s.
#[tokio::test]
async fn sim_bot_reidentifies_after_invalid_session() {
    let (sim, _bot) = sim_and_bot().await;
    let kari = User::member("Kari");
    sim.send_invalid_session(false).await;
    sim.wait_identified(2).await;
    let stats = sim.gateway_stats();
    assert_eq!((stats.identifies, stats.resumes), (2, 0), "{stats:?}");
    ping(&sim, &kari).await;
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_second_callback_is_already_acknowledged() {
    let (sim, _bot) = sim_and_bot().await;
    let interaction = ping(&sim, &User::member("Kari")).await;
    let again = json!({ "type": 4, "data": { "content": "pong again" } });
    let answer = sim
        .raw("POST", &callback_path(&interaction), Some(&again))
        .await;
    assert_eq!(
        (answer.status, answer.code()),
        (400, Some(40060)),
        "{}",
        answer.body
    );
    assert_eq!(sim.responses_to(&interaction).await.len(), 1);
    sim.assert_no_violations();
}
