//! Discord's OpenAPI spec: loading it (with documented quirk patches) and matching request paths
//! to its route templates.
use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::{json, Value};

/// The parsed spec and its route table.
pub(crate) struct Spec {
    pub(super) doc: Value,
    routes: Vec<(Vec<String>, String)>,
}

/// A request path resolved against the spec.
pub(crate) enum RouteLookup {
    Found {
        template: String,
        params: HashMap<String, String>,
    },
    /// The path exists, the method does not.
    MethodNotAllowed {
        template: String,
    },
    NotFound,
}

static SPEC: OnceLock<Spec> = OnceLock::new();

/// The vendored spec (`spec/openapi.json`), built into the crate so that no working directory
/// matters.
const SPEC_TEXT: &str = include_str!("../spec/openapi.json");

/// The spec, parsed once per process.
pub(crate) fn spec() -> &'static Spec {
    SPEC.get_or_init(|| {
        let mut doc: Value =
            serde_json::from_str(SPEC_TEXT).expect("the vendored Discord OpenAPI spec is JSON");
        apply_quirk_patches(&mut doc);
        let mut routes = Vec::new();
        if let Some(paths) = doc["paths"].as_object() {
            for template in paths.keys() {
                routes.push((split(template), template.clone()));
            }
        }
        Spec { doc, routes }
    })
}

/// Narrow corrections where the spec rejects bodies Discord itself accepts (and documents).
///
/// 1. `MessageAttachmentRequest.id` is a `SnowflakeType` (a string) in the spec, but for new
///    uploads the id is the index `n` of the `files[n]` part, and Discord accepts (and its docs
///    show) a plain integer; serenity sends `"id": 0`.
/// 2. `default_member_permissions` of application commands is `integer|null` in the spec, but the
///    docs define it as a string bit set ("?string") and serenity/poise send e.g. `"8"`.
/// 3. Field errors (`errors.<path>._errors[]`) reuse the top-level `Error` schema whose `code` is
///    an integer, but Discord sends string codes there (`"BASE_TYPE_REQUIRED"`, see the docs'
///    "Example JSON Error Response"), so the simulator's own 50035 answers could never validate.
fn apply_quirk_patches(doc: &mut Value) {
    let schemas = &mut doc["components"]["schemas"];
    if let Some(items) = schemas.pointer_mut("/InnerErrors/properties/_errors/items") {
        *items = json!({
            "type": "object",
            "properties": { "code": { "type": "string" }, "message": { "type": "string" } },
            "required": ["code", "message"],
        });
    }
    if let Some(id) = schemas.pointer_mut("/MessageAttachmentRequest/properties/id") {
        let original = id.take();
        *id = json!({ "anyOf": [original, { "type": "integer", "minimum": 0, "maximum": 9 }] });
    }
    for name in [
        "ApplicationCommandCreateRequest",
        "ApplicationCommandUpdateRequest",
        "ApplicationCommandPatchRequestPartial",
    ] {
        if let Some(perms) =
            schemas.pointer_mut(&format!("/{name}/properties/default_member_permissions"))
        {
            let original = perms.take();
            *perms = json!({ "anyOf": [original, { "type": "string", "pattern": "^[0-9]+$" }] });
        }
    }
}

fn split(path: &str) -> Vec<String> {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Spec {
    /// Finds the template for a concrete path; literal segments win over `{params}`.
    pub fn lookup(&self, method: &str, path: &str) -> RouteLookup {
        let segments = split(path);
        let mut best: Option<(usize, &str, HashMap<String, String>)> = None;
        for (template_segments, template) in &self.routes {
            if template_segments.len() != segments.len() {
                continue;
            }
            let mut literals = 0;
            let mut params = HashMap::new();
            let matched = template_segments.iter().zip(&segments).all(|(t, s)| {
                if let Some(name) = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                    params.insert(name.to_owned(), s.clone());
                    true
                } else {
                    literals += 1;
                    t == s
                }
            });
            if matched && best.as_ref().is_none_or(|(n, _, _)| literals > *n) {
                best = Some((literals, template, params));
            }
        }
        let Some((_, template, params)) = best else {
            return RouteLookup::NotFound;
        };
        if self.operation(method, template).is_some() {
            RouteLookup::Found {
                template: template.to_owned(),
                params,
            }
        } else {
            RouteLookup::MethodNotAllowed {
                template: template.to_owned(),
            }
        }
    }

    pub(super) fn operation(&self, method: &str, template: &str) -> Option<&Value> {
        self.doc["paths"][template].get(method.to_ascii_lowercase())
    }

    /// Whether the operation declares a request body, and whether it is required.
    pub fn request_body(&self, method: &str, template: &str) -> Option<bool> {
        let body = self.operation(method, template)?.get("requestBody")?;
        Some(
            body.get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        )
    }
}
