//! The test-facing API of `Sim` for the bot's lifecycle, records, violations, faults and raw HTTP.
use std::collections::HashMap;
use std::time::Duration;

use serde_json::Value;

use super::gateway;
use super::records::{Fault, GatewayStats, RecordedRequest, Violation};
use super::state::{FaultRule, Outgoing};
use super::Sim;

/// How long lifecycle waits (`wait_ready`, `wait_identified`) wait before failing the test.
const LIFECYCLE_TIMEOUT: Duration = Duration::from_secs(15);

impl Sim {
    /// Waits until the bot identified and got READY; panics after 15 s.
    pub async fn wait_ready(&self) {
        self.wait_identified(1).await;
    }

    /// Waits until `n` sessions were established in total (IDENTIFY→READY plus RESUME→RESUMED)
    /// and a connection is live; panics after 15 s. After a fault, pass the old count plus one.
    pub async fn wait_identified(&self, n: u32) {
        let found = self
            .shared
            .wait_for(LIFECYCLE_TIMEOUT, |s| {
                let stats = s.gateway.stats;
                (stats.identifies + stats.resumes >= n && stats.connected).then_some(())
            })
            .await;
        if found.is_none() {
            panic!(
                "the bot did not establish {n} gateway session(s) in {LIFECYCLE_TIMEOUT:?}: {:?}",
                self.gateway_stats()
            );
        }
    }

    pub fn gateway_stats(&self) -> GatewayStats {
        self.shared.lock().gateway.stats
    }

    /// The `d` of the bot's last accepted IDENTIFY (token redacted): intents, shard, presence.
    pub fn last_identify(&self) -> Option<Value> {
        self.shared.lock().gateway.last_identify.clone()
    }

    /// Every REST request so far, in arrival order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.lock().requests.clone()
    }

    /// Requests whose route key (`"POST /channels/{channel_id}/messages"`) or path contains `needle`.
    pub fn requests_matching(&self, needle: &str) -> Vec<RecordedRequest> {
        self.requests()
            .into_iter()
            .filter(|r| r.route_key().contains(needle) || r.path.contains(needle))
            .collect()
    }

    /// Violations recorded so far (left in place).
    pub fn violations(&self) -> Vec<Violation> {
        self.shared.lock().violations.clone()
    }

    /// Removes and returns the recorded violations (for tests that provoke them on purpose).
    pub fn take_violations(&self) -> Vec<Violation> {
        std::mem::take(&mut self.shared.lock().violations)
    }

    /// Fails the test if any request broke Discord's contract (or the simulator's answer did).
    #[track_caller]
    pub fn assert_no_violations(&self) {
        let violations = self.take_violations();
        if !violations.is_empty() {
            let list: Vec<String> = violations.iter().map(ToString::to_string).collect();
            panic!(
                "{} Discord API violation(s):\n  {}",
                list.len(),
                list.join("\n  ")
            );
        }
    }

    /// Makes the next `n` requests matching `pattern` fail with `fault`. The pattern is
    /// `"[METHOD ]path"`, where path is a spec template (`/channels/{channel_id}/messages`), a
    /// concrete path, or segments with `*` wildcards; paths are without `/api/v10`.
    pub fn fail_next(&self, pattern: &str, fault: Fault, n: usize) {
        self.fail_after(pattern, 0, fault, n);
    }

    /// The same, after letting the next `passing` matching requests through (e.g. to fail the
    /// second message of several).
    pub fn fail_after(&self, pattern: &str, passing: usize, fault: Fault, n: usize) {
        let (method, path) = match pattern.split_once(' ') {
            Some((method, path)) => (Some(method.to_ascii_uppercase()), path.trim().to_owned()),
            None => (None, pattern.trim().to_owned()),
        };
        let path = path
            .strip_prefix("/api/v10")
            .map(str::to_owned)
            .unwrap_or(path);
        self.shared.update(|s| {
            s.faults.push(FaultRule {
                method,
                pattern: path,
                fault,
                remaining: n,
                passing,
            })
        });
    }

    fn gateway_fault(&self, out: Outgoing, what: &str) {
        if !self.shared.update(|s| gateway::send_to_connection(s, out)) {
            panic!("cannot {what}: no live gateway connection");
        }
    }

    /// Drops the gateway TCP connection without a close frame (a network failure).
    pub async fn drop_gateway(&self) {
        self.gateway_fault(Outgoing::Drop, "drop the gateway");
    }

    /// Closes the gateway connection with a close frame carrying `code` (e.g. 4000).
    pub async fn close_gateway(&self, code: u16) {
        self.gateway_fault(Outgoing::Close(code), "close the gateway");
    }

    /// Sends RECONNECT (op 7): the bot should reconnect and RESUME.
    pub async fn send_reconnect(&self) {
        self.gateway_fault(
            Outgoing::Frame(gateway::reconnect_frame()),
            "send RECONNECT",
        );
    }

    /// Sends INVALID_SESSION (op 9). Not resumable: the session is forgotten and the bot must
    /// IDENTIFY again (serenity waits up to 5 s between IDENTIFYs of a shard).
    pub async fn send_invalid_session(&self, resumable: bool) {
        self.gateway_fault(
            Outgoing::Frame(gateway::invalid_session_frame(resumable)),
            "send INVALID_SESSION",
        );
        if !resumable {
            self.shared.update(|s| s.gateway.session = None);
        }
    }

    /// Dispatches any gateway event to the bot's session (e.g. `"MESSAGE_CREATE"`).
    pub fn dispatch_event(&self, event: &str, data: Value) -> bool {
        self.shared.update(|s| gateway::dispatch(s, event, data))
    }

    /// Sends a request to the simulator's REST API the way a bot would (with `Bot <token>`);
    /// `path` is without `/api/v10`.
    pub async fn raw(&self, method: &str, path: &str, body: Option<&Value>) -> RawResponse {
        self.raw_with_auth(method, path, body, Some(&format!("Bot {}", self.token())))
            .await
    }

    /// Like `raw`, with an explicit (or no) Authorization header.
    pub async fn raw_with_auth(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        authorization: Option<&str>,
    ) -> RawResponse {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a valid HTTP method");
        let mut request = self
            .http
            .request(method, format!("{}/api/v10{path}", self.api_base()));
        if let Some(auth) = authorization {
            request = request.header("authorization", auth);
        }
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        let response = request
            .send()
            .await
            .expect("the simulator answers raw requests");
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_owned(),
                    v.to_str().unwrap_or_default().to_owned(),
                )
            })
            .collect();
        let text = response
            .text()
            .await
            .expect("the simulator's answer has a body");
        RawResponse {
            status,
            headers,
            body: serde_json::from_str(&text).unwrap_or(Value::Null),
        }
    }
}

/// The answer to a raw request.
#[derive(Clone, Debug)]
pub struct RawResponse {
    pub status: u16,
    /// Header names in lower case.
    pub headers: HashMap<String, String>,
    /// The JSON body, `Null` when empty.
    pub body: Value,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    /// Discord's JSON error `code`, if the body has one.
    pub fn code(&self) -> Option<u64> {
        self.body.get("code").and_then(Value::as_u64)
    }
}
