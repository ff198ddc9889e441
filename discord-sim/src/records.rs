//! What the simulator records about the bot and how tests steer it: requests, violations,
//! injected faults and gateway counters.
use std::time::Duration;

use serde_json::Value;

use super::model::StoredFile;

/// One HTTP request the bot made, with the simulator's answer.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    pub method: String,
    /// The path without `/api/v10`, e.g. `/channels/1/messages`.
    pub path: String,
    pub query: Option<String>,
    /// The spec's path template, e.g. `/channels/{channel_id}/messages`, if the route exists.
    pub route: Option<String>,
    pub body: Option<Value>,
    pub files: Vec<StoredFile>,
    pub status: u16,
    pub response: Option<Value>,
    /// Time since the simulator started.
    pub at: Duration,
}

impl RecordedRequest {
    /// `"POST /channels/{channel_id}/messages"` (or the raw path for unknown routes).
    pub fn route_key(&self) -> String {
        format!(
            "{} {}",
            self.method,
            self.route.as_deref().unwrap_or(&self.path)
        )
    }
}

/// Why a request (or the simulator's own answer) broke Discord's contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViolationKind {
    UnknownRoute,
    Unauthorized,
    InvalidJson,
    RequestSchema,
    ResponseSchema,
    DiscordLimit,
    /// The route exists in Discord's API but the simulator does not implement it yet.
    Unimplemented,
    /// A gateway protocol error (bad token, disallowed intents, malformed payload).
    Gateway,
}

#[derive(Clone, Debug)]
pub struct Violation {
    pub kind: ViolationKind,
    pub method: String,
    pub path: String,
    pub detail: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:?} on {} {}: {}",
            self.kind, self.method, self.path, self.detail
        )
    }
}

/// An injected REST failure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fault {
    /// 429 with `retry_after` seconds (body, `Retry-After` and `X-RateLimit-*` headers).
    RateLimited { retry_after: f64 },
    /// 429 on the global limit (`X-RateLimit-Global: true`).
    GlobalRateLimited { retry_after: f64 },
    /// 500 Internal Server Error.
    ServerError,
    /// 403 with code 50013 "Missing Permissions" (the bot may not post in the channel).
    MissingPermissions,
}

/// Counters of the gateway side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GatewayStats {
    pub connections: u32,
    /// IDENTIFYs answered with READY.
    pub identifies: u32,
    /// RESUMEs answered with RESUMED.
    pub resumes: u32,
    /// RESUMEs refused with INVALID_SESSION.
    pub failed_resumes: u32,
    pub heartbeats: u32,
    /// Whether a connection is currently bound to a live session.
    pub connected: bool,
}
