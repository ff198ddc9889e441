//! Discord's rules enforced on raw requests: 10062/10015/50027 timing and tokens, schema and
//! limit violations, unknown routes, auth, and injected 429/500 answers.
use std::time::Duration;

use serde_json::{json, Value};
use serenity::all::ChannelId;

use super::callback_path;
use discord_sim::{ping_bot, Fault, Sim, User, ViolationKind};

/// Registers `/ping` the way the bot would, for tests that answer interactions by hand.
pub(super) async fn sim_with_ping_command() -> Sim {
    let sim = Sim::start().await;
    let path = format!(
        "/applications/{}/guilds/{}/commands",
        sim.application_id(),
        sim.guild_id()
    );
    let answer = sim
        .raw(
            "PUT",
            &path,
            Some(&json!([{ "name": "ping", "description": "Ping" }])),
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    sim
}

#[tokio::test]
async fn sim_late_or_forged_callbacks_are_unknown_interactions() {
    let sim = sim_with_ping_command().await;
    let kari = User::member("Kari");
    let pong = json!({ "type": 4, "data": { "content": "pong" } });

    let late = sim
        .invoke(&kari, sim.default_channel(), "ping", json!([]))
        .await;
    sim.advance_time(Duration::from_millis(3100));
    let answer = sim.raw("POST", &callback_path(&late), Some(&pong)).await;
    assert_eq!(
        (answer.status, answer.code()),
        (404, Some(10062)),
        "{}",
        answer.body
    );

    let fresh = sim
        .invoke(&kari, sim.default_channel(), "ping", json!([]))
        .await;
    let forged = format!("/interactions/{}/not-the-token/callback", fresh.id);
    let answer = sim.raw("POST", &forged, Some(&pong)).await;
    assert_eq!(
        (answer.status, answer.code()),
        (404, Some(10062)),
        "{}",
        answer.body
    );

    // Follow-ups need an acknowledged interaction, and expire after 15 minutes.
    let follow_up = format!("/webhooks/{}/{}", sim.application_id(), fresh.token);
    let answer = sim
        .raw("POST", &follow_up, Some(&json!({ "content": "early" })))
        .await;
    assert_eq!(
        (answer.status, answer.code()),
        (404, Some(10015)),
        "{}",
        answer.body
    );
    assert_eq!(
        sim.raw("POST", &callback_path(&fresh), Some(&pong))
            .await
            .status,
        204
    );
    assert_eq!(
        sim.raw("POST", &follow_up, Some(&json!({ "content": "in time" })))
            .await
            .status,
        200
    );
    sim.advance_time(Duration::from_secs(15 * 60));
    let answer = sim
        .raw("POST", &follow_up, Some(&json!({ "content": "too late" })))
        .await;
    assert_eq!(
        (answer.status, answer.code()),
        (401, Some(50027)),
        "{}",
        answer.body
    );
    assert_eq!(sim.responses_to(&fresh).await.len(), 2);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_broken_bodies_and_unknown_routes_are_violations() {
    let sim = sim_with_ping_command().await;
    let kari = User::member("Kari");
    let interaction = sim
        .invoke(&kari, sim.default_channel(), "ping", json!([]))
        .await;
    let messages = format!("/channels/{}/messages", sim.default_channel());
    let cases: Vec<(&str, String, Option<Value>, u16, ViolationKind)> = vec![
        (
            "POST",
            callback_path(&interaction),
            Some(json!({ "type": 99 })),
            400,
            ViolationKind::RequestSchema,
        ),
        (
            "POST",
            messages.clone(),
            Some(json!({ "content": 5 })),
            400,
            ViolationKind::RequestSchema,
        ),
        (
            "POST",
            messages.clone(),
            Some(json!({ "content": "x".repeat(2001) })),
            400,
            ViolationKind::DiscordLimit,
        ),
        (
            "GET",
            "/nonsense/route".into(),
            None,
            404,
            ViolationKind::UnknownRoute,
        ),
        (
            "DELETE",
            "/gateway".into(),
            None,
            405,
            ViolationKind::UnknownRoute,
        ),
    ];
    for (method, path, body, status, kind) in cases {
        let answer = sim.raw(method, &path, body.as_ref()).await;
        assert_eq!(answer.status, status, "{method} {path}: {}", answer.body);
        let violations = sim.take_violations();
        assert_eq!(violations.len(), 1, "{method} {path}: {violations:?}");
        assert_eq!(
            violations[0].kind, kind,
            "{method} {path}: {}",
            violations[0]
        );
    }
    // Content limit answers carry Discord's error shape.
    let answer = sim
        .raw(
            "POST",
            &messages,
            Some(&json!({ "content": "x".repeat(2001) })),
        )
        .await;
    assert_eq!(answer.code(), Some(50035));
    assert_eq!(
        answer.body["errors"]["content"]["_errors"][0]["code"],
        "BASE_TYPE_MAX_LENGTH"
    );
    let fields: Vec<Value> = (0..26)
        .map(|i| json!({ "name": format!("f{i}"), "value": "v" }))
        .collect();
    let answer = sim
        .raw(
            "POST",
            &messages,
            Some(&json!({ "embeds": [{ "title": "t", "fields": fields }] })),
        )
        .await;
    assert_eq!(answer.code(), Some(50035), "{}", answer.body);
    let answer = sim
        .raw_with_auth("GET", "/users/@me", None, Some("Bot wrong"))
        .await;
    assert_eq!(answer.status, 401);
    let kinds: Vec<ViolationKind> = sim.take_violations().into_iter().map(|v| v.kind).collect();
    assert_eq!(kinds.len(), 3, "{kinds:?}");
    assert_eq!(kinds[2], ViolationKind::Unauthorized);
    // The interaction was never acknowledged by the broken callback.
    assert!(sim.responses_to(&interaction).await.is_empty());
}

#[tokio::test]
async fn sim_rate_limit_then_success() {
    let sim = Sim::start().await;
    sim.fail_next(
        "GET /users/@me",
        Fault::RateLimited { retry_after: 0.25 },
        1,
    );
    let limited = sim.raw("GET", "/users/@me", None).await;
    assert_eq!(limited.status, 429);
    assert_eq!(
        (
            limited.body["retry_after"].as_f64(),
            limited.body["global"].as_bool()
        ),
        (Some(0.25), Some(false))
    );
    assert_eq!(limited.header("retry-after"), Some("1"));
    assert_eq!(limited.header("x-ratelimit-remaining"), Some("0"));
    assert!(limited.header("x-ratelimit-global").is_none());
    assert_eq!(sim.raw("GET", "/users/@me", None).await.status, 200);

    // Serenity's rate limiter ignores the proxy, so a proxied bot runs without it and sees the
    // 429 as an error (the retry is the bot's job).
    let http = ping_bot::http_for(&sim);
    sim.fail_next(
        "POST /channels/*/messages",
        Fault::RateLimited { retry_after: 0.1 },
        1,
    );
    let channel = ChannelId::new(sim.default_channel());
    match channel.say(&http, "first try").await {
        Err(serenity::Error::Http(serenity::all::HttpError::UnsuccessfulRequest(e))) => {
            assert_eq!(e.status_code.as_u16(), 429);
            assert_eq!(e.error.message, "You are being rate limited.");
        }
        other => panic!("expected a 429 error, got {other:?}"),
    }
    let sent = channel
        .say(&http, "second try")
        .await
        .expect("the retry succeeds");
    assert_eq!(sent.content, "second try");
    let statuses: Vec<u16> = sim
        .requests_matching("/messages")
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, vec![429, 200]);

    sim.fail_next("GET /gateway", Fault::ServerError, 1);
    assert_eq!(sim.raw("GET", "/gateway", None).await.status, 500);
    assert_eq!(sim.raw("GET", "/gateway", None).await.status, 200);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_fails_after_letting_some_through() {
    let sim = Sim::start().await;
    sim.fail_after("GET /users/@me", 2, Fault::ServerError, 1);
    let statuses = [
        sim.raw("GET", "/users/@me", None).await.status,
        sim.raw("GET", "/users/@me", None).await.status,
        sim.raw("GET", "/users/@me", None).await.status,
        sim.raw("GET", "/users/@me", None).await.status,
    ];
    assert_eq!(statuses, [200, 200, 500, 200]);
}
