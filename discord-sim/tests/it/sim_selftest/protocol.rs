//! The gateway protocol driven by a raw websocket client: HELLO, refused IDENTIFYs (close codes
//! and violations), READY/GUILD_CREATE sequencing, heartbeats, INVALID_SESSION and RESUME replay.
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use discord_sim::{Sim, ViolationKind};

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Connects like serenity does and checks HELLO.
async fn connect(sim: &Sim) -> Ws {
    let url = format!("{}/?v=10&encoding=json", sim.gateway_url());
    let (mut ws, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("gateway accepts");
    let hello = recv(&mut ws).await;
    assert_eq!(
        (
            hello["op"].as_u64(),
            hello["d"]["heartbeat_interval"].as_u64()
        ),
        (Some(10), Some(1000))
    );
    ws
}

enum Frame {
    Json(Value),
    Closed(u16),
}

async fn next(ws: &mut Ws) -> Frame {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(2), ws.next()).await;
        match message.expect("a frame within 2 s") {
            Some(Ok(Message::Text(text))) => {
                return Frame::Json(serde_json::from_str(&text).expect("JSON frame"))
            }
            Some(Ok(Message::Close(frame))) => {
                return Frame::Closed(frame.map_or(0, |f| f.code.into()))
            }
            Some(Ok(_)) => {}
            other => panic!("connection ended without a close frame: {other:?}"),
        }
    }
}

async fn recv(ws: &mut Ws) -> Value {
    match next(ws).await {
        Frame::Json(value) => value,
        Frame::Closed(code) => panic!("closed with {code}"),
    }
}

async fn recv_close(ws: &mut Ws) -> u16 {
    match next(ws).await {
        Frame::Closed(code) => code,
        Frame::Json(value) => panic!("expected a close, got {value}"),
    }
}

async fn send(ws: &mut Ws, value: Value) {
    ws.send(Message::Text(value.to_string()))
        .await
        .expect("send a frame");
}

fn identify(token: &str, intents: u64) -> Value {
    json!({ "op": 2, "d": {
        "token": token, "intents": intents, "shard": [0, 1], "compress": true, "large_threshold": 250,
        "properties": { "os": "linux", "browser": "sim-test", "device": "sim-test" },
    } })
}

#[tokio::test]
async fn sim_gateway_refuses_bad_identifies() {
    let sim = Sim::start().await;
    let mut ws = connect(&sim).await;
    send(&mut ws, identify("Bot not-the-token", 1)).await;
    assert_eq!(recv_close(&mut ws).await, 4004);

    let mut ws = connect(&sim).await;
    send(
        &mut ws,
        identify(&format!("Bot {}", sim.token()), 1 | (1 << 15)),
    )
    .await;
    assert_eq!(
        recv_close(&mut ws).await,
        4014,
        "MESSAGE_CONTENT is privileged"
    );

    let mut ws = connect(&sim).await;
    send(&mut ws, json!({ "op": 42, "d": null })).await;
    assert_eq!(recv_close(&mut ws).await, 4001);

    let kinds: Vec<ViolationKind> = sim.take_violations().into_iter().map(|v| v.kind).collect();
    assert_eq!(kinds, vec![ViolationKind::Gateway; 3]);
}

#[tokio::test]
async fn sim_gateway_sequences_heartbeats_and_replays_on_resume() {
    let sim = Sim::start().await;
    let token = format!("Bot {}", sim.token());
    let mut ws = connect(&sim).await;
    send(&mut ws, identify(&token, 1)).await;
    let ready = recv(&mut ws).await;
    assert_eq!(
        (ready["t"].as_str(), ready["s"].as_u64()),
        (Some("READY"), Some(1))
    );
    let session = ready["d"]["session_id"]
        .as_str()
        .expect("session id")
        .to_owned();
    assert_eq!(ready["d"]["resume_gateway_url"], sim.gateway_url());
    assert_eq!(ready["d"]["shard"], json!([0, 1]));
    let guild = recv(&mut ws).await;
    assert_eq!(
        (guild["t"].as_str(), guild["s"].as_u64()),
        (Some("GUILD_CREATE"), Some(2))
    );
    send(&mut ws, json!({ "op": 1, "d": 2 })).await;
    assert_eq!(recv(&mut ws).await["op"], 11);
    assert_eq!(sim.gateway_stats().heartbeats, 1);

    // Events dispatched while the client is away are replayed after its last seq.
    drop(ws);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(!sim.dispatch_event(
        "TYPING_START",
        json!({ "channel_id": "1", "user_id": "2", "timestamp": 0 })
    ));
    let mut ws = connect(&sim).await;
    send(
        &mut ws,
        json!({ "op": 6, "d": { "token": token, "session_id": session, "seq": 1 } }),
    )
    .await;
    let replayed: Vec<(Option<String>, Option<u64>)> = [
        recv(&mut ws).await,
        recv(&mut ws).await,
        recv(&mut ws).await,
    ]
    .iter()
    .map(|f| (f["t"].as_str().map(str::to_owned), f["s"].as_u64()))
    .collect();
    let expected = [("GUILD_CREATE", 2), ("TYPING_START", 3), ("RESUMED", 4)];
    assert_eq!(
        replayed,
        expected.map(|(t, s)| (Some(t.to_owned()), Some(s)))
    );

    // A non-resumable INVALID_SESSION forgets the session: RESUME is refused afterwards.
    sim.send_invalid_session(false).await;
    assert_eq!(
        recv(&mut ws).await,
        json!({ "op": 9, "d": false, "s": null, "t": null })
    );
    let mut ws = connect(&sim).await;
    send(
        &mut ws,
        json!({ "op": 6, "d": { "token": token, "session_id": session, "seq": 4 } }),
    )
    .await;
    assert_eq!(recv(&mut ws).await["op"], 9);
    send(&mut ws, identify(&token, 0)).await;
    assert_eq!(recv(&mut ws).await["t"], "READY");
    let stats = sim.gateway_stats();
    assert_eq!(
        (
            stats.identifies,
            stats.resumes,
            stats.failed_resumes,
            stats.connections
        ),
        (2, 1, 1, 3)
    );
    sim.assert_no_violations();
}
