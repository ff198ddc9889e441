//! The gateway websocket server: HELLO, IDENTIFY/READY, heartbeats, RESUME with replay, dispatch
//! and the on-demand faults (drop, close, RECONNECT, INVALID_SESSION).
use std::sync::Arc;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;

use super::fixtures;
use super::records::{Violation, ViolationKind};
use super::state::{snowflake, Outgoing, Session, Shared, State};

/// Accepts connections until aborted; dropping the task drops every connection with it.
pub(crate) fn spawn(listener: TcpListener, shared: Arc<Shared>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut connections = JoinSet::new();
        loop {
            tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok((stream, _)) => {
                        let _ = stream.set_nodelay(true);
                        connections.spawn(connection(Arc::clone(&shared), stream));
                    }
                    Err(e) => eprintln!("sim gateway accept failed: {e}"),
                },
                Some(_) = connections.join_next(), if !connections.is_empty() => {}
            }
        }
    })
}

fn op(op: u8, d: Value) -> String {
    json!({ "op": op, "d": d, "s": null, "t": null }).to_string()
}

/// Sends an event to the bot's session: numbered, logged for replay, delivered if connected.
pub(crate) fn dispatch(state: &mut State, event: &str, data: Value) -> bool {
    let Some(session) = state.gateway.session.as_mut() else {
        return false;
    };
    session.seq += 1;
    let frame = json!({ "op": 0, "s": session.seq, "t": event, "d": data }).to_string();
    session.log.push((session.seq, frame.clone()));
    match &state.gateway.conn {
        Some((_, tx)) => tx.send(Outgoing::Frame(frame)).is_ok(),
        None => false,
    }
}

/// Sends a raw frame (or a close/drop) to the live connection; false if there is none.
pub(crate) fn send_to_connection(state: &mut State, out: Outgoing) -> bool {
    let unbind = matches!(out, Outgoing::Close(_) | Outgoing::Drop);
    let sent = state
        .gateway
        .conn
        .as_ref()
        .is_some_and(|(_, tx)| tx.send(out).is_ok());
    if unbind {
        state.gateway.conn = None;
        state.gateway.stats.connected = false;
    }
    sent
}

pub(crate) fn reconnect_frame() -> String {
    op(7, Value::Null)
}

pub(crate) fn invalid_session_frame(resumable: bool) -> String {
    op(9, json!(resumable))
}

async fn connection(shared: Arc<Shared>, stream: TcpStream) {
    let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let (mut sink, mut source) = ws.split();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let conn_id = shared.update(|s| {
        s.gateway.next_conn += 1;
        s.gateway.stats.connections += 1;
        s.gateway.next_conn
    });
    let hello = op(
        10,
        json!({ "heartbeat_interval": shared.opts.heartbeat_ms, "_trace": ["[\"sim-gateway\",{}]"] }),
    );
    if sink.send(Message::Text(hello)).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            incoming = source.next() => match incoming {
                Some(Ok(Message::Text(text))) => {
                    if let Err((code, why)) = handle_op(&shared, conn_id, &tx, &text) {
                        refuse(&shared, code, why);
                        let _ = tx.send(Outgoing::Close(code));
                    }
                }
                Some(Ok(Message::Binary(_))) => {
                    refuse(&shared, 4002, "binary frame (the gateway expects JSON text)".into());
                    let _ = tx.send(Outgoing::Close(4002));
                }
                Some(Ok(Message::Close(_))) => {
                    // tungstenite queued the close reply; flush it so the client sees it.
                    let _ = sink.flush().await;
                    break;
                }
                Some(Ok(_)) => {}
                None | Some(Err(_)) => break,
            },
            out = rx.recv() => match out {
                Some(Outgoing::Frame(frame)) => {
                    if sink.send(Message::Text(frame)).await.is_err() {
                        break;
                    }
                }
                Some(Outgoing::Close(code)) => {
                    let frame = CloseFrame { code: CloseCode::from(code), reason: "".into() };
                    let _ = sink.send(Message::Close(Some(frame))).await;
                    // Give the client a moment to answer the closing handshake.
                    let _ = tokio::time::timeout(Duration::from_secs(1), async {
                        while let Some(Ok(message)) = source.next().await {
                            if message.is_close() {
                                break;
                            }
                        }
                    })
                    .await;
                    break;
                }
                Some(Outgoing::Drop) | None => break,
            },
        }
    }
    shared.update(|s| {
        if s.gateway
            .conn
            .as_ref()
            .is_some_and(|(id, _)| *id == conn_id)
        {
            s.gateway.conn = None;
            s.gateway.stats.connected = false;
        }
    });
}

fn refuse(shared: &Shared, code: u16, detail: String) {
    let violation = Violation {
        kind: ViolationKind::Gateway,
        method: "GATEWAY".into(),
        path: format!("close {code}"),
        detail,
    };
    shared.update(|s| s.violations.push(violation));
}

fn token_ok(shared: &Shared, given: Option<&str>) -> bool {
    given.map(|t| t.trim_start_matches("Bot ")) == Some(shared.token.as_str())
}

/// A refused client frame: the close code and why (recorded as a violation).
type Refusal = (u16, String);

/// Privileged intents: GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT.
const PRIVILEGED_INTENTS: u64 = (1 << 1) | (1 << 8) | (1 << 15);

/// Handles one client frame; `Err` closes the connection with that close code.
fn handle_op(
    shared: &Shared,
    conn_id: u64,
    tx: &mpsc::UnboundedSender<Outgoing>,
    text: &str,
) -> Result<(), Refusal> {
    let frame: Value =
        serde_json::from_str(text).map_err(|e| (4002, format!("undecodable payload: {e}")))?;
    let d = &frame["d"];
    match frame["op"].as_u64() {
        Some(1) => {
            shared.update(|s| s.gateway.stats.heartbeats += 1);
            let _ = tx.send(Outgoing::Frame(op(11, Value::Null)));
            Ok(())
        }
        Some(2) => identify(shared, conn_id, tx, d),
        Some(6) => {
            if !token_ok(shared, d["token"].as_str()) {
                return Err((4004, "RESUME with a wrong token".into()));
            }
            resume(shared, conn_id, tx, d);
            Ok(())
        }
        // Presence, voice state, member requests, soundboard: accepted and ignored.
        Some(3 | 4 | 8 | 31) => Ok(()),
        other => Err((4001, format!("unknown opcode {other:?}"))),
    }
}

fn identify(
    shared: &Shared,
    conn_id: u64,
    tx: &mpsc::UnboundedSender<Outgoing>,
    d: &Value,
) -> Result<(), Refusal> {
    if !token_ok(shared, d["token"].as_str()) {
        return Err((4004, "IDENTIFY with a wrong token".into()));
    }
    let Some(intents) = d["intents"].as_u64() else {
        return Err((4002, "IDENTIFY without numeric `intents`".into()));
    };
    if !d["properties"].is_object() {
        return Err((4002, "IDENTIFY without `properties`".into()));
    }
    let disallowed = intents & PRIVILEGED_INTENTS & !shared.opts.privileged_intents;
    if disallowed != 0 {
        let why = format!(
            "privileged intents {disallowed:#x} not enabled (SimOptions::privileged_intents)"
        );
        return Err((4014, why));
    }
    if let Some(shard) = d.get("shard").filter(|s| !s.is_null()) {
        let (id, total) = (shard[0].as_u64(), shard[1].as_u64());
        if !matches!((id, total), (Some(id), Some(total)) if id < total) {
            return Err((4010, format!("invalid shard {shard}")));
        }
    }
    shared.update(|s| {
        if s.gateway
            .conn
            .as_ref()
            .is_some_and(|(id, _)| *id == conn_id)
        {
            return Err((4005, "IDENTIFY twice on one connection".into()));
        }
        bind(s, conn_id, tx);
        let session_id = format!(
            "{:032x}",
            u128::from(snowflake()) << 64 | u128::from(conn_id)
        );
        s.gateway.session = Some(Session {
            id: session_id.clone(),
            seq: 0,
            log: Vec::new(),
        });
        s.gateway.stats.identifies += 1;
        let mut shown = d.clone();
        shown["token"] = json!("<redacted>");
        s.gateway.last_identify = Some(shown);
        dispatch(
            s,
            "READY",
            fixtures::ready(shared, &session_id, d.get("shard")),
        );
        if shared.opts.send_guild_create && intents & 1 != 0 {
            let guild = fixtures::guild_create(shared, s);
            dispatch(s, "GUILD_CREATE", guild);
        }
        Ok(())
    })
}

/// RESUME: replays what the session missed after `seq`, then RESUMED; unknown sessions get
/// INVALID_SESSION (not resumable), as Discord does.
fn resume(shared: &Shared, conn_id: u64, tx: &mpsc::UnboundedSender<Outgoing>, d: &Value) {
    let seq = d["seq"].as_u64().unwrap_or(0);
    shared.update(|s| {
        let wanted = d["session_id"].as_str();
        let known = s
            .gateway
            .session
            .as_ref()
            .map(|session| session.id.as_str());
        if known.is_none() || known != wanted {
            s.gateway.stats.failed_resumes += 1;
            let _ = tx.send(Outgoing::Frame(invalid_session_frame(false)));
            return;
        }
        bind(s, conn_id, tx);
        if let Some(session) = &s.gateway.session {
            for (_, frame) in session.log.iter().filter(|(n, _)| *n > seq) {
                let _ = tx.send(Outgoing::Frame(frame.clone()));
            }
        }
        s.gateway.stats.resumes += 1;
        dispatch(s, "RESUMED", json!({ "_trace": ["[\"sim-gateway\",{}]"] }));
    });
}

/// Makes `conn_id` the connection of the session, dropping any previous one.
fn bind(state: &mut State, conn_id: u64, tx: &mpsc::UnboundedSender<Outgoing>) {
    if let Some((old, old_tx)) = state.gateway.conn.take() {
        if old != conn_id {
            let _ = old_tx.send(Outgoing::Drop);
        }
    }
    state.gateway.conn = Some((conn_id, tx.clone()));
    state.gateway.stats.connected = true;
}
