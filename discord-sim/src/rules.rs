//! Discord's rules and error shapes: message/embed limits, callback types, timing, JSON errors.
use std::time::Duration;

use serde_json::{json, Map, Value};

use super::model::InteractionKind;

/// The initial response must come within this long of dispatch.
pub(crate) const INITIAL_RESPONSE_WINDOW: Duration = Duration::from_secs(3);
/// Interaction tokens (follow-ups, edits) stay valid this long.
pub(crate) const TOKEN_LIFETIME: Duration = Duration::from_secs(15 * 60);
/// The upload limit per file, announced to the bot as `attachment_size_limit` (Discord's
/// default, 10 MiB); a larger file is refused with 413 40005.
pub const MAX_ATTACHMENT_SIZE: usize = 10 * 1024 * 1024;
/// The largest request Discord takes when sending a message (25 MiB); the simulator reads
/// bodies up to `BODY_READ_LIMIT`, so this, not its own limit, is what refuses.
pub const MAX_REQUEST_SIZE: usize = 25 * 1024 * 1024;
/// What the simulator reads of a body at most before answering 413.
pub(crate) const BODY_READ_LIMIT: usize = 64 * 1024 * 1024;

/// An error answer: status plus Discord's JSON error object.
#[derive(Clone, Debug)]
pub(crate) struct ApiError {
    pub status: u16,
    pub body: Value,
    /// Whether this is a bug in the request (recorded as a violation), not just a refusal.
    pub violation: bool,
}

impl ApiError {
    pub fn new(status: u16, code: u32, message: &str) -> Self {
        Self {
            status,
            body: json!({ "message": message, "code": code }),
            violation: false,
        }
    }

    pub fn not_found() -> Self {
        Self::new(404, 0, "404: Not Found")
    }

    pub fn unknown_interaction() -> Self {
        Self::new(404, 10062, "Unknown interaction")
    }

    pub fn already_acknowledged() -> Self {
        Self::new(400, 40060, "Interaction has already been acknowledged.")
    }

    pub fn unknown_webhook() -> Self {
        Self::new(404, 10015, "Unknown Webhook")
    }

    pub fn invalid_webhook_token() -> Self {
        Self::new(401, 50027, "Invalid Webhook Token")
    }

    pub fn unknown_message() -> Self {
        Self::new(404, 10008, "Unknown Message")
    }

    pub fn unknown_channel() -> Self {
        Self::new(404, 10003, "Unknown Channel")
    }

    /// 400 50035 "Invalid Form Body" with `errors` nested along each offending path.
    pub fn invalid_form(fields: &[(String, &str, String)]) -> Self {
        let mut errors = Map::new();
        for (path, code, message) in fields {
            let segments: Vec<&str> = path.split('.').filter(|s| !s.is_empty()).collect();
            insert_error(
                &mut errors,
                &segments,
                json!({ "code": code, "message": message }),
            );
        }
        prune(&mut errors);
        let body = json!({ "message": "Invalid Form Body", "code": 50035, "errors": errors });
        Self {
            status: 400,
            body,
            violation: true,
        }
    }

    /// 413 40005, for a file over `MAX_ATTACHMENT_SIZE` or a request over `MAX_REQUEST_SIZE`.
    pub fn too_large() -> Self {
        Self {
            violation: true,
            ..Self::new(413, 40005, "Request entity too large")
        }
    }

    pub fn empty_message() -> Self {
        Self {
            violation: true,
            ..Self::new(400, 50006, "Cannot send an empty message")
        }
    }
}

/// Adds `error` to `_errors` at the end of `path` in Discord's nested error tree.
fn insert_error(node: &mut Map<String, Value>, path: &[&str], error: Value) {
    match path.split_first() {
        None => {
            if let Value::Array(list) = node.entry("_errors").or_insert_with(|| json!([])) {
                list.push(error);
            }
        }
        Some((first, rest)) => {
            if let Value::Object(child) = node.entry(*first).or_insert_with(|| json!({})) {
                insert_error(child, rest, error);
            }
        }
    }
}

/// A node of the error tree is either a field's `_errors` or a map of children (the spec's
/// `ErrorDetails`): where a field has both, its own errors are kept.
fn prune(node: &mut Map<String, Value>) {
    if node.contains_key("_errors") {
        node.retain(|key, _| key == "_errors");
        return;
    }
    for child in node.values_mut() {
        if let Value::Object(child) = child {
            prune(child);
        }
    }
}

/// Callback types Discord accepts for each interaction kind.
pub(crate) fn allowed_callbacks(kind: InteractionKind) -> &'static [u8] {
    match kind {
        InteractionKind::Command => &[4, 5, 9],
        InteractionKind::Component => &[4, 5, 6, 7, 9],
        InteractionKind::Autocomplete => &[8],
        InteractionKind::ModalSubmit => &[4, 5, 6, 7],
    }
}

fn chars(value: &Value) -> usize {
    value.as_str().map_or(0, |s| s.chars().count())
}

/// Checks content and embed limits, components and allowed mentions of a message body; `prefix`
/// is the path of the message object inside the request (`data.` for callbacks).
pub(crate) fn check_message_limits(message: &Value, prefix: &str) -> Result<(), ApiError> {
    let mut errors: Vec<(String, &str, String)> = Vec::new();
    let mut too_long = |path: String, len: usize, max: usize| {
        if len > max {
            errors.push((
                path,
                "BASE_TYPE_MAX_LENGTH",
                format!("Must be {max} or fewer in length."),
            ));
        }
    };
    too_long(format!("{prefix}content"), chars(&message["content"]), 2000);
    let embeds = message
        .get("embeds")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    too_long(format!("{prefix}embeds"), embeds.len(), 10);
    let mut total = 0;
    for (i, embed) in embeds.iter().enumerate() {
        let at = |field: &str| format!("{prefix}embeds.{i}.{field}");
        let title = chars(&embed["title"]);
        let description = chars(&embed["description"]);
        let footer = chars(&embed["footer"]["text"]);
        let author = chars(&embed["author"]["name"]);
        too_long(at("title"), title, 256);
        too_long(at("description"), description, 4096);
        too_long(at("footer.text"), footer, 2048);
        too_long(at("author.name"), author, 256);
        total += title + description + footer + author;
        let fields = embed
            .get("fields")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        too_long(at("fields"), fields.len(), 25);
        for (j, field) in fields.iter().enumerate() {
            too_long(at(&format!("fields.{j}.name")), chars(&field["name"]), 256);
            too_long(
                at(&format!("fields.{j}.value")),
                chars(&field["value"]),
                1024,
            );
            total += chars(&field["name"]) + chars(&field["value"]);
        }
    }
    if total > 6000 {
        errors.push((
            format!("{prefix}embeds"),
            "MAX_EMBED_SIZE_EXCEEDED",
            "Embed size exceeds maximum size of 6000".into(),
        ));
    }
    super::component_rules::check_message(message, prefix, &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::invalid_form(&errors))
    }
}

/// Whether a message body has anything to show (Discord refuses empty messages).
pub(crate) fn has_visible_content(message: &Value, files: usize) -> bool {
    let non_empty = |key: &str| match message.get(key) {
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(_)) => true,
        _ => false,
    };
    files > 0
        || [
            "content",
            "embeds",
            "components",
            "sticker_ids",
            "poll",
            "attachments",
        ]
        .iter()
        .any(|k| non_empty(k))
}

/// Headers every answer carries, like Discord's per-route limit headers.
pub(crate) fn ratelimit_headers(
    bucket: &str,
    remaining: u32,
    reset_after: f64,
) -> Vec<(&'static str, String)> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    vec![
        ("x-ratelimit-limit", "5".into()),
        ("x-ratelimit-remaining", remaining.to_string()),
        ("x-ratelimit-reset", format!("{:.3}", now + reset_after)),
        ("x-ratelimit-reset-after", format!("{reset_after:.3}")),
        ("x-ratelimit-bucket", bucket.to_owned()),
    ]
}

/// A 429 answer: JSON body, `Retry-After` (whole seconds, like Discord) and limit headers.
pub(crate) fn rate_limited(
    bucket: &str,
    retry_after: f64,
    global: bool,
) -> (Value, Vec<(&'static str, String)>) {
    let mut headers = if global {
        Vec::new()
    } else {
        ratelimit_headers(bucket, 0, retry_after)
    };
    let whole_seconds = retry_after.ceil().max(0.0);
    headers.push(("retry-after", format!("{whole_seconds:.0}")));
    headers.push((
        "x-ratelimit-scope",
        if global { "global" } else { "user" }.into(),
    ));
    if global {
        headers.push(("x-ratelimit-global", "true".into()));
    }
    let body = json!({ "message": "You are being rate limited.", "retry_after": retry_after, "global": global, "code": 0 });
    (body, headers)
}
