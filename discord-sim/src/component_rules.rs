//! Discord's rules for message components, modals and allowed mentions where the OpenAPI spec is
//! looser than the docs: at most 5 action rows, unique custom ids, link buttons with a URL and
//! no custom id, text inputs whose value fits, and `parse` exclusive with explicit ids.
//!
//! Refusals are 400 50035 with the offending field's path, as Discord answers; the inner `code`
//! strings follow Discord's naming where the docs show none.
use std::collections::HashSet;

use serde_json::Value;

use super::rules::ApiError;

/// Top-level components (action rows) of a message without `IS_COMPONENTS_V2`, and of a modal.
pub const MAX_ACTION_ROWS: usize = 5;
/// The message flag that lifts the action-row layout (up to 40 components, checked by the spec).
const IS_COMPONENTS_V2: u64 = 1 << 15;
/// Discord's cap on a text input's `max_length` (the default when none is given).
const TEXT_INPUT_MAX: usize = 4000;

/// `(path, code, message)` of each refused field, as [`ApiError::invalid_form`] takes them.
pub(crate) type Errors = Vec<(String, &'static str, String)>;

/// Components and allowed mentions of a message body; `prefix` is the message's path in the
/// request (`data.` for callbacks).
pub(crate) fn check_message(message: &Value, prefix: &str, errors: &mut Errors) {
    if let Some(components) = message.get("components").and_then(Value::as_array) {
        let flags = message.get("flags").and_then(Value::as_u64).unwrap_or(0);
        if flags & IS_COMPONENTS_V2 == 0 && components.len() > MAX_ACTION_ROWS {
            errors.push((
                format!("{prefix}components"),
                "BASE_TYPE_MAX_LENGTH",
                format!("Must be {MAX_ACTION_ROWS} or fewer in length."),
            ));
        }
        let mut seen = HashSet::new();
        walk(
            components,
            &format!("{prefix}components"),
            &mut seen,
            errors,
        );
    }
    check_allowed_mentions(message, prefix, errors);
}

/// The `data` of a MODAL callback (type 9): 1 to 5 components, unique custom ids, text inputs.
pub(crate) fn check_modal(data: &Value) -> Result<(), ApiError> {
    let mut errors = Errors::new();
    let components = data
        .get("components")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    if components.len() > MAX_ACTION_ROWS {
        errors.push((
            "data.components".into(),
            "BASE_TYPE_BAD_LENGTH",
            format!("Must be between 1 and {MAX_ACTION_ROWS} in length."),
        ));
    }
    walk(
        components,
        "data.components",
        &mut HashSet::new(),
        &mut errors,
    );
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::invalid_form(&errors))
    }
}

/// Every component, nested ones too (`components` of rows and containers, `component` of labels
/// and `accessory` of sections).
fn walk<'a>(list: &'a [Value], at: &str, seen: &mut HashSet<&'a str>, errors: &mut Errors) {
    for (i, component) in list.iter().enumerate() {
        let here = format!("{at}.{i}");
        check_component(component, &here, seen, errors);
        if let Some(children) = component.get("components").and_then(Value::as_array) {
            walk(children, &format!("{here}.components"), seen, errors);
        }
        for key in ["component", "accessory"] {
            if let Some(child) = component.get(key).filter(|c| c.is_object()) {
                let path = format!("{here}.{key}");
                check_component(child, &path, seen, errors);
            }
        }
    }
}

fn check_component<'a>(
    component: &'a Value,
    at: &str,
    seen: &mut HashSet<&'a str>,
    errors: &mut Errors,
) {
    let custom_id = component.get("custom_id").and_then(Value::as_str);
    if let Some(id) = custom_id {
        if !seen.insert(id) {
            errors.push((
                format!("{at}.custom_id"),
                "COMPONENT_CUSTOM_ID_DUPLICATED",
                format!("Component custom id cannot be duplicated: {id}"),
            ));
        }
    }
    match component.get("type").and_then(Value::as_u64) {
        Some(2) => check_button(component, custom_id, at, errors),
        Some(4) => check_text_input(component, at, errors),
        _ => {}
    }
}

/// Link buttons (style 5) carry a `url` and no `custom_id`; premium buttons (6) a `sku_id`;
/// the others a `custom_id` and no `url`.
fn check_button(button: &Value, custom_id: Option<&str>, at: &str, errors: &mut Errors) {
    let has = |key: &str| button.get(key).is_some_and(|v| !v.is_null());
    let mut refuse = |field: &str, code: &'static str, message: &str| {
        errors.push((format!("{at}.{field}"), code, message.to_owned()));
    };
    match button.get("style").and_then(Value::as_u64) {
        Some(5) => {
            if !has("url") {
                refuse(
                    "url",
                    "BUTTON_COMPONENT_URL_REQUIRED",
                    "A link button needs a url",
                );
            }
            if custom_id.is_some() {
                refuse(
                    "custom_id",
                    "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED",
                    "A link button cannot have a custom id",
                );
            }
        }
        Some(6) => {
            if !has("sku_id") || custom_id.is_some() || has("url") {
                refuse(
                    "sku_id",
                    "BUTTON_COMPONENT_SKU_ID_REQUIRED",
                    "A premium button has a sku id and neither custom id nor url",
                );
            }
        }
        _ => {
            if custom_id.is_none() {
                refuse(
                    "custom_id",
                    "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED",
                    "A non-link button needs a custom id",
                );
            }
            if has("url") {
                refuse(
                    "url",
                    "BUTTON_COMPONENT_URL_NOT_ALLOWED",
                    "Only a link button can have a url",
                );
            }
        }
    }
}

/// `min_length` ≤ `max_length`, and a pre-filled `value` no longer than `max_length`.
fn check_text_input(input: &Value, at: &str, errors: &mut Errors) {
    let length = |key: &str| {
        input
            .get(key)
            .and_then(Value::as_u64)
            .map(|n| usize::try_from(n).unwrap_or(usize::MAX))
    };
    let max = length("max_length").unwrap_or(TEXT_INPUT_MAX);
    if let Some(min) = length("min_length").filter(|min| *min > max) {
        errors.push((
            format!("{at}.min_length"),
            "TEXT_INPUT_MIN_LENGTH_GREATER_THAN_MAX",
            format!("min_length ({min}) must not be greater than max_length ({max})"),
        ));
    }
    let value = input.get("value").and_then(Value::as_str).unwrap_or("");
    if value.chars().count() > max {
        errors.push((
            format!("{at}.value"),
            "BASE_TYPE_MAX_LENGTH",
            format!("Must be {max} or fewer in length."),
        ));
    }
}

/// `parse: ["users"]` with a non-empty `users` list (likewise roles) is refused: the docs call
/// the fields mutually exclusive; an empty or null list is accepted.
fn check_allowed_mentions(message: &Value, prefix: &str, errors: &mut Errors) {
    let Some(mentions) = message.get("allowed_mentions").filter(|m| m.is_object()) else {
        return;
    };
    let parse = mentions.get("parse").and_then(Value::as_array);
    for kind in ["users", "roles"] {
        let parsed = parse.is_some_and(|p| p.iter().any(|v| v == kind));
        let listed = mentions
            .get(kind)
            .and_then(Value::as_array)
            .is_some_and(|ids| !ids.is_empty());
        if parsed && listed {
            errors.push((
                format!("{prefix}allowed_mentions"),
                "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                format!("parse:[\"{kind}\"] and {kind}: [ids...] are mutually exclusive."),
            ));
        }
    }
}
