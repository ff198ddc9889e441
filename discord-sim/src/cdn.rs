//! The CDN: the bytes of files users attached to commands (outside the API, so not validated).
use std::sync::Arc;

use axum::body::Body;
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
            let mut response = axum::response::Response::new(Body::from(upload.bytes));
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
