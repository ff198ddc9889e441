//! Checks a request passes before its handler runs: auth, injected faults, body parsing
//! (JSON or multipart) and validation against the operation's request schema.
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{header, Extensions, HeaderMap};
use serde_json::Value;

use super::model::StoredFile;
use super::records::{Fault, RecordedRequest};
use super::rest::Answer;
use super::rules::{self, ApiError};
use super::spec;
use super::state::Shared;
use super::validate::SchemaError;

pub(crate) fn validate_request(
    spec: &spec::Spec,
    record: &RecordedRequest,
    template: &str,
) -> Result<(), (ApiError, String)> {
    match (spec.request_body(&record.method, template), &record.body) {
        (Some(_), Some(body)) => spec
            .validate_request(&record.method, template, body)
            .map_err(|errors| {
                let fields: Vec<(String, &str, String)> = errors
                    .iter()
                    .map(|e| {
                        (
                            e.pointer.trim_start_matches('/').replace('/', "."),
                            e.code,
                            e.message.clone(),
                        )
                    })
                    .collect();
                (ApiError::invalid_form(&fields), join(&errors))
            }),
        (Some(true), None) => Err((
            ApiError::invalid_form(&[(
                String::new(),
                "BASE_TYPE_REQUIRED",
                "This field is required".into(),
            )]),
            "missing required body".into(),
        )),
        (None, Some(body)) if !body.is_null() => Err((
            ApiError::invalid_form(&[]),
            format!("the operation takes no body, got {body}"),
        )),
        _ => Ok(()),
    }
}

pub(crate) fn join(errors: &[SchemaError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

pub(crate) fn check_auth(
    shared: &Shared,
    headers: &HeaderMap,
    template: &str,
) -> Result<(), String> {
    let expected = format!("Bot {}", shared.token);
    let given = headers
        .get(header::AUTHORIZATION)
        .map(|v| v.to_str().unwrap_or("<not text>"));
    // Interaction callbacks and interaction webhooks authenticate with the token in the path.
    let token_in_path = template.starts_with("/interactions/")
        || template.starts_with("/webhooks/{webhook_id}/{webhook_token}");
    match given {
        Some(given) if given == expected => Ok(()),
        Some(given) => Err(format!(
            "wrong Authorization header `{}…`",
            given.chars().take(12).collect::<String>()
        )),
        None if token_in_path => Ok(()),
        None => Err("missing Authorization header".into()),
    }
}

/// The first armed fault matching this request, consuming one use of it.
pub(crate) fn take_fault(
    shared: &Shared,
    method: &str,
    path: &str,
    template: &str,
) -> Option<Fault> {
    shared.update(|s| {
        let rule = s.faults.iter_mut().find(|f| {
            f.remaining > 0
                && f.method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(method))
                && (f.pattern == template || f.pattern == path || segments_match(&f.pattern, path))
        })?;
        if rule.passing > 0 {
            rule.passing -= 1;
            return None;
        }
        rule.remaining -= 1;
        Some(rule.fault)
    })
}

/// `*` and `{name}` segments of a pattern match any one segment of the path.
fn segments_match(pattern: &str, path: &str) -> bool {
    let p: Vec<&str> = pattern.split('/').collect();
    let s: Vec<&str> = path.split('/').collect();
    p.len() == s.len()
        && p.iter()
            .zip(&s)
            .all(|(p, s)| *p == "*" || (p.starts_with('{') && p.ends_with('}')) || p == s)
}

pub(crate) fn fault_answer(fault: Fault, bucket: &str) -> Answer {
    match fault {
        Fault::RateLimited { retry_after } | Fault::GlobalRateLimited { retry_after } => {
            let global = matches!(fault, Fault::GlobalRateLimited { .. });
            let (body, headers) = rules::rate_limited(bucket, retry_after, global);
            Answer {
                status: 429,
                body: Some(body),
                headers,
            }
        }
        Fault::ServerError => Answer::error(ApiError::new(500, 0, "500: Internal Server Error")),
        Fault::MissingPermissions => {
            Answer::error(ApiError::new(403, 50013, "Missing Permissions"))
        }
    }
}

/// JSON or multipart (`payload_json` + `files[n]`) bodies; `Err` describes unparsable input.
/// `extensions` are the original request's, so that the router's body limit applies.
pub(crate) async fn parse_body(
    content_type: &str,
    bytes: axum::body::Bytes,
    extensions: Extensions,
) -> Result<(Option<Value>, Vec<StoredFile>), String> {
    if content_type.starts_with("multipart/form-data") {
        let mut request = Request::builder()
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::from(bytes))
            .map_err(|e| e.to_string())?;
        request.extensions_mut().extend(extensions);
        let mut form = Multipart::from_request(request, &())
            .await
            .map_err(|e| e.body_text())?;
        let mut payload = None;
        let mut files = Vec::new();
        while let Some(field) = form.next_field().await.map_err(|e| e.body_text())? {
            let name = field.name().unwrap_or_default().to_owned();
            let filename = field.file_name().map(str::to_owned);
            let content_type = field.content_type().map(str::to_owned);
            let data = field.bytes().await.map_err(|e| e.body_text())?;
            if name == "payload_json" {
                payload =
                    Some(serde_json::from_slice(&data).map_err(|e| format!("payload_json: {e}"))?);
            } else {
                let filename = filename.unwrap_or_else(|| name.clone());
                files.push(StoredFile {
                    field: name,
                    filename,
                    content_type,
                    bytes: data.to_vec(),
                });
            }
        }
        return Ok((payload, files));
    }
    if bytes.is_empty() {
        return Ok((None, Vec::new()));
    }
    let value = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{e}: {}", String::from_utf8_lossy(&bytes)))?;
    Ok((Some(value), Vec::new()))
}
