//! The CDN: the bytes of files users attached to commands (outside the API, so not validated).
use std::convert::Infallible;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};

use super::state::Shared;

/// `GET /attachments/{id}/{filename}`: an upload's bytes with its content type, or 404.
pub(crate) async fn attachment(
    State(shared): State<Arc<Shared>>,
    axum::extract::Path((id, _filename)): axum::extract::Path<(u64, String)>,
) -> axum::response::Response {
    let upload = shared.lock().uploads.get(&id).cloned();
    match upload {
        Some(upload) => {
            let body = if upload.endless && !upload.bytes.is_empty() {
                let chunk = Bytes::from(upload.bytes);
                let shared = Arc::clone(&shared);
                Body::from_stream(futures_util::stream::repeat_with(move || {
                    shared.update(|s| *s.served.entry(id).or_default() += chunk.len() as u64);
                    Ok::<_, Infallible>(chunk.clone())
                }))
            } else {
                let n = upload.bytes.len() as u64;
                shared.update(|s| *s.served.entry(id).or_default() += n);
                Body::from(upload.bytes)
            };
            let mut response = axum::response::Response::new(body);
            if let Ok(value) = HeaderValue::from_str(&upload.content_type) {
                response.headers_mut().insert(header::CONTENT_TYPE, value);
            }
            response
        }
        None => {
            let mut response = axum::response::Response::new(Body::empty());
            *response.status_mut() = StatusCode::NOT_FOUND;
            response
        }
    }
}
