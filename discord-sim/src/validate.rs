//! Validation against the spec's schemas (JSON Schema 2020-12), with one compiled validator per
//! schema, cached for the whole test process.
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use jsonschema::{Draft, Validator};
use serde_json::{json, Value};

use super::spec::Spec;

/// One failed schema check, with the JSON pointer of the offending value.
#[derive(Clone, Debug)]
pub(crate) struct SchemaError {
    pub pointer: String,
    pub message: String,
    pub code: &'static str,
}

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "at `{}`: {}", self.pointer, self.message)
    }
}

static VALIDATORS: OnceLock<Mutex<HashMap<String, Option<Arc<Validator>>>>> = OnceLock::new();

impl Spec {
    /// Validates a JSON request body (also the `payload_json` of multipart requests).
    pub fn validate_request(
        &self,
        method: &str,
        template: &str,
        body: &Value,
    ) -> Result<(), Vec<SchemaError>> {
        let pointer = format!(
            "/paths/{}/{}/requestBody/content/application~1json/schema",
            escape(template),
            method.to_ascii_lowercase()
        );
        self.validate_at(&pointer, body)
    }

    /// Validates a response body against the schema of `status` (falling back to `4XX`).
    pub fn validate_response(
        &self,
        method: &str,
        template: &str,
        status: u16,
        body: &Value,
    ) -> Result<(), Vec<SchemaError>> {
        let Some(responses) = self
            .operation(method, template)
            .and_then(|op| op.get("responses"))
        else {
            return Err(vec![schema_error(
                "",
                "the operation has no responses in the spec",
            )]);
        };
        let key = if responses.get(status.to_string()).is_some() {
            status.to_string()
        } else if (400..500).contains(&status) && responses.get("4XX").is_some() {
            "4XX".to_owned()
        } else {
            return Err(vec![schema_error(
                "",
                &format!("status {status} is not a documented response"),
            )]);
        };
        let mut response = format!(
            "/paths/{}/{}/responses/{key}",
            escape(template),
            method.to_ascii_lowercase()
        );
        if let Some(reference) = self
            .doc
            .pointer(&response)
            .and_then(|r| r.get("$ref"))
            .and_then(Value::as_str)
        {
            response = reference.trim_start_matches('#').to_owned();
        }
        let schema = format!("{response}/content/application~1json/schema");
        if self.doc.pointer(&schema).is_none() {
            return if body.is_null() {
                Ok(())
            } else {
                Err(vec![schema_error("", "the spec documents no body here")])
            };
        }
        self.validate_at(&schema, body)
    }

    fn validate_at(&self, pointer: &str, instance: &Value) -> Result<(), Vec<SchemaError>> {
        let Some(validator) = self.validator(pointer) else {
            return Err(vec![schema_error(
                "",
                &format!("no schema at spec pointer {pointer}"),
            )]);
        };
        let errors: Vec<SchemaError> = validator
            .iter_errors(instance)
            .map(|e| describe(&e))
            .collect();
        if errors.is_empty() {
            return Ok(());
        }
        Err(refine(self, pointer, instance).unwrap_or(errors))
    }

    /// The compiled validator for the schema at `pointer`, compiled once per process.
    fn validator(&self, pointer: &str) -> Option<Arc<Validator>> {
        let cache = VALIDATORS.get_or_init(|| Mutex::new(HashMap::new()));
        let mut cache = cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        cache
            .entry(pointer.to_owned())
            .or_insert_with(|| {
                let schema = self.doc.pointer(pointer)?;
                // The root carries the spec's `components` so `#/components/schemas/...` resolve.
                let root =
                    json!({ "components": self.doc["components"].clone(), "allOf": [schema] });
                match jsonschema::options()
                    .with_draft(Draft::Draft202012)
                    .build(&root)
                {
                    Ok(validator) => Some(Arc::new(validator)),
                    Err(e) => panic!("the spec schema at {pointer} does not compile: {e}"),
                }
            })
            .clone()
    }
}

/// JSON-pointer escaping of one segment.
fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn schema_error(pointer: &str, message: &str) -> SchemaError {
    SchemaError {
        pointer: pointer.to_owned(),
        message: message.to_owned(),
        code: "BASE_TYPE_INVALID",
    }
}

fn describe(error: &jsonschema::ValidationError<'_>) -> SchemaError {
    use jsonschema::error::ValidationErrorKind as K;
    let code = match error.kind {
        K::Required { .. } => "BASE_TYPE_REQUIRED",
        K::MaxLength { .. } => "BASE_TYPE_MAX_LENGTH",
        K::MinLength { .. } => "BASE_TYPE_MIN_LENGTH",
        K::Enum { .. } | K::Constant { .. } => "BASE_TYPE_CHOICES",
        K::MaxItems { .. } => "BASE_TYPE_MAX_LENGTH",
        K::Type { .. } => "BASE_TYPE_BAD_TYPE",
        _ => "BASE_TYPE_INVALID",
    };
    SchemaError {
        pointer: error.instance_path.to_string(),
        message: error.to_string(),
        code,
    }
}

/// For a failed top-level `anyOf` (e.g. the callback body), report the closest branch's errors
/// instead of the bare "not valid under any of the schemas".
fn refine(spec: &Spec, pointer: &str, instance: &Value) -> Option<Vec<SchemaError>> {
    let branches = spec.doc.pointer(pointer)?.get("anyOf")?.as_array()?;
    let mut best: Option<(String, Vec<SchemaError>)> = None;
    for (i, branch) in branches.iter().enumerate() {
        let branch_pointer = format!("{pointer}/anyOf/{i}");
        let validator = spec.validator(&branch_pointer)?;
        let errors: Vec<SchemaError> = validator
            .iter_errors(instance)
            .map(|e| describe(&e))
            .collect();
        let name = branch
            .get("$ref")
            .and_then(Value::as_str)
            .unwrap_or("branch")
            .rsplit('/')
            .next()
            .unwrap_or("branch")
            .to_owned();
        if best.as_ref().is_none_or(|(_, b)| errors.len() < b.len()) {
            best = Some((name, errors));
        }
    }
    let (name, errors) = best?;
    Some(
        errors
            .into_iter()
            .map(|e| SchemaError {
                message: format!("{} (no anyOf branch matched; closest: {name})", e.message),
                ..e
            })
            .collect(),
    )
}
