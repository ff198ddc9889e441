//! The REST server: auth, recording, fault injection, body parsing and spec validation around
//! the endpoint handlers.
use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::Router;
use serde_json::Value;
use tokio::net::TcpListener;

use super::cdn;
use super::guards::{check_auth, fault_answer, join, parse_body, take_fault, validate_request};
use super::model::StoredFile;
use super::records::{RecordedRequest, Violation, ViolationKind};
use super::rules::{self, ApiError, BODY_READ_LIMIT, MAX_ATTACHMENT_SIZE, MAX_REQUEST_SIZE};
use super::spec::{self, RouteLookup};
use super::state::Shared;

/// A parsed request, as the endpoint handlers see it.
pub(crate) struct Req {
    pub method: String,
    pub query: Option<String>,
    pub template: String,
    pub params: HashMap<String, String>,
    pub body: Option<Value>,
    pub files: Vec<StoredFile>,
}

impl Req {
    /// A path parameter as a snowflake; unparsable ids behave like unknown ones.
    pub fn id(&self, name: &str) -> u64 {
        self.params
            .get(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    }

    pub fn param(&self, name: &str) -> &str {
        self.params.get(name).map_or("", String::as_str)
    }

    pub fn body_or_null(&self) -> Value {
        self.body.clone().unwrap_or(Value::Null)
    }
}

/// A successful answer: status and optional JSON body.
pub(crate) struct Reply {
    pub status: u16,
    pub body: Option<Value>,
}

impl Reply {
    pub fn ok(body: Value) -> Result<Self, ApiError> {
        Ok(Self {
            status: 200,
            body: Some(body),
        })
    }

    pub fn no_content() -> Result<Self, ApiError> {
        Ok(Self {
            status: 204,
            body: None,
        })
    }
}

/// Status the handlers use for "Discord has this route, the simulator does not".
pub(crate) const UNIMPLEMENTED: u16 = 501;

pub(crate) fn spawn(listener: TcpListener, shared: Arc<Shared>) -> tokio::task::JoinHandle<()> {
    let app = Router::new()
        .route(
            "/attachments/:id/:filename",
            axum::routing::get(cdn::attachment),
        )
        .fallback(handle)
        // Multipart parsing must not stop at axum's 2 MB default: Discord takes 25 MiB.
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(shared);
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).tcp_nodelay(true).await {
            eprintln!("sim REST server stopped: {e}");
        }
    })
}

pub(crate) struct Answer {
    pub status: u16,
    pub body: Option<Value>,
    pub headers: Vec<(&'static str, String)>,
}

impl Answer {
    pub fn error(e: ApiError) -> Self {
        Self {
            status: e.status,
            body: Some(e.body),
            headers: Vec::new(),
        }
    }
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> axum::response::Response {
    let at = shared.started.elapsed();
    let (parts, body) = request.into_parts();
    // `None`: over even the simulator's read limit (answered 413 like any oversized request).
    let bytes = axum::body::to_bytes(body, BODY_READ_LIMIT).await.ok();
    let mut record = RecordedRequest {
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        route: None,
        body: None,
        files: Vec::new(),
        status: 0,
        response: None,
        at,
    };
    let answer = process(&shared, &parts, bytes, &mut record).await;
    record.status = answer.status;
    record.response.clone_from(&answer.body);
    shared.update(|s| s.requests.push(record));

    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = match answer.body {
        Some(body) => axum::response::Response::new(Body::from(body.to_string())),
        None => axum::response::Response::new(Body::empty()),
    };
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if status != StatusCode::NO_CONTENT {
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
    }
    for (name, value) in answer.headers {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    }
    response
}

fn violate(shared: &Shared, record: &RecordedRequest, kind: ViolationKind, detail: String) {
    let violation = Violation {
        kind,
        method: record.method.clone(),
        path: record.path.clone(),
        detail,
    };
    shared.update(|s| s.violations.push(violation));
}

async fn process(
    shared: &Shared,
    parts: &Parts,
    bytes: Option<axum::body::Bytes>,
    record: &mut RecordedRequest,
) -> Answer {
    let headers = &parts.headers;
    let Some(path) = record.path.strip_prefix("/api/v10").map(str::to_owned) else {
        violate(
            shared,
            record,
            ViolationKind::UnknownRoute,
            "requests must go to /api/v10/...".into(),
        );
        return Answer::error(ApiError::not_found());
    };
    record.path.clone_from(&path);
    let spec = spec::spec();
    let (template, params) = match spec.lookup(&record.method, &path) {
        RouteLookup::Found { template, params } => (template, params),
        RouteLookup::MethodNotAllowed { template } => {
            record.route = Some(template);
            violate(
                shared,
                record,
                ViolationKind::UnknownRoute,
                "Discord's API has no such method on this path".into(),
            );
            return Answer::error(ApiError::new(405, 0, "405: Method Not Allowed"));
        }
        RouteLookup::NotFound => {
            violate(
                shared,
                record,
                ViolationKind::UnknownRoute,
                "Discord's API has no such route".into(),
            );
            return Answer::error(ApiError::not_found());
        }
    };
    record.route = Some(template.clone());
    let bucket = format!("{:016x}", fxhash(&template));

    if let Err(detail) = check_auth(shared, headers, &template) {
        violate(shared, record, ViolationKind::Unauthorized, detail);
        return Answer::error(ApiError::new(401, 0, "401: Unauthorized"));
    }
    if let Some(fault) = take_fault(shared, &record.method, &path, &template) {
        return fault_answer(fault, &bucket);
    }

    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let Some(bytes) = bytes.filter(|b| b.len() <= MAX_REQUEST_SIZE) else {
        let detail = format!("a request over {MAX_REQUEST_SIZE} bytes");
        violate(shared, record, ViolationKind::DiscordLimit, detail);
        return Answer::error(ApiError::too_large());
    };
    match parse_body(&content_type, bytes, parts.extensions.clone()).await {
        Ok((body, files)) => {
            record.body = body;
            record.files = files;
        }
        Err(detail) => {
            violate(shared, record, ViolationKind::InvalidJson, detail);
            return Answer::error(ApiError::new(
                400,
                50109,
                "The request body contains invalid JSON.",
            ));
        }
    }
    if let Some(file) = record
        .files
        .iter()
        .find(|f| f.bytes.len() > MAX_ATTACHMENT_SIZE)
    {
        let detail = format!(
            "file `{}` has {} bytes, over the {MAX_ATTACHMENT_SIZE} of attachment_size_limit",
            file.filename,
            file.bytes.len()
        );
        violate(shared, record, ViolationKind::DiscordLimit, detail);
        return Answer::error(ApiError::too_large());
    }
    if let Err(e) = validate_request(spec, record, &template) {
        violate(shared, record, ViolationKind::RequestSchema, e.1);
        return Answer::error(e.0);
    }

    let req = Req {
        method: record.method.clone(),
        query: record.query.clone(),
        template: template.clone(),
        params,
        body: record.body.clone(),
        files: record.files.clone(),
    };
    let (status, body) = match super::handlers::route(shared, &req) {
        Ok(reply) => (reply.status, reply.body),
        Err(e) if e.status == UNIMPLEMENTED => {
            violate(
                shared,
                record,
                ViolationKind::Unimplemented,
                format!("{} {template}", record.method),
            );
            return Answer::error(ApiError::new(
                500,
                0,
                "500: the simulator does not implement this route",
            ));
        }
        Err(e) => {
            if e.violation {
                violate(
                    shared,
                    record,
                    ViolationKind::DiscordLimit,
                    e.body.to_string(),
                );
            }
            (e.status, Some(e.body))
        }
    };
    let checked = body.clone().unwrap_or(Value::Null);
    if let Err(errors) = spec.validate_response(&record.method, &template, status, &checked) {
        let detail = format!("the simulator's own {status} answer: {}", join(&errors));
        violate(shared, record, ViolationKind::ResponseSchema, detail);
    }
    Answer {
        status,
        body,
        headers: rules::ratelimit_headers(&bucket, 4, 1.0),
    }
}

fn fxhash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
