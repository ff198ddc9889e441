//! Negative self-tests: for each rule of Discord's documentation that the OpenAPI spec is looser
//! about, a request Discord refuses is refused by the simulator with Discord's error shape.
mod components;
mod delivery;
mod permissions;
mod registration;

use serde_json::Value;

use discord_sim::{RawResponse, Sim, ViolationKind};

/// Asserts Discord's 400 50035 "Invalid Form Body" carrying `code` at `path` (dot-separated, as
/// Discord nests `errors`), and takes the violation it recorded (the request was a bot bug).
#[track_caller]
fn assert_refused(sim: &Sim, answer: &RawResponse, path: &str, code: &str) {
    assert_eq!(
        (answer.status, answer.code()),
        (400, Some(50035)),
        "{}",
        answer.body
    );
    let mut node = &answer.body["errors"];
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        node = &node[segment];
    }
    let codes: Vec<&str> = node["_errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["code"].as_str())
        .collect();
    assert!(
        codes.contains(&code),
        "no {code} at `{path}` in {}",
        answer.body
    );
    let violations = sim.take_violations();
    assert!(
        !violations.is_empty()
            && violations.iter().all(|v| matches!(
                v.kind,
                ViolationKind::DiscordLimit | ViolationKind::RequestSchema
            )),
        "{violations:?}"
    );
}

/// `PUT` of the guild's commands, as a bot registers them.
async fn register(sim: &Sim, commands: &Value) -> RawResponse {
    let path = format!(
        "/applications/{}/guilds/{}/commands",
        sim.application_id(),
        sim.guild_id()
    );
    sim.raw("PUT", &path, Some(commands)).await
}

/// `POST` of a message to a channel.
async fn post(sim: &Sim, channel: u64, message: &Value) -> RawResponse {
    sim.raw(
        "POST",
        &format!("/channels/{channel}/messages"),
        Some(message),
    )
    .await
}
