//! The parts of a stored message built from a request body: embeds, components and attachment
//! objects, shaped as Discord echoes them.
use serde_json::{json, Value};

use super::model::StoredFile;
use super::state::snowflake;

/// Embeds as Discord echoes them: `type: "rich"`, no nulls, fields with `inline`.
pub(crate) fn embeds(body: &Value) -> Value {
    let list = body
        .get("embeds")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    Value::Array(
        list.into_iter()
            .map(|mut embed| {
                strip_nulls_deep(&mut embed);
                if embed.get("type").is_none() {
                    embed["type"] = json!("rich");
                }
                for field in embed
                    .get_mut("fields")
                    .and_then(Value::as_array_mut)
                    .into_iter()
                    .flatten()
                {
                    if field.get("inline").is_none() {
                        field["inline"] = json!(false);
                    }
                }
                embed
            })
            .collect(),
    )
}

fn strip_nulls_deep(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(strip_nulls_deep);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_nulls_deep),
        _ => {}
    }
}

/// Components as Discord echoes them: unchanged, except every component gets its numeric `id`.
pub(crate) fn components(body: &Value) -> Value {
    let mut list = body
        .get("components")
        .cloned()
        .filter(Value::is_array)
        .unwrap_or_else(|| json!([]));
    let mut next = 1;
    number_components(&mut list, &mut next);
    list
}

fn number_components(list: &mut Value, next: &mut u64) {
    for component in list.as_array_mut().into_iter().flatten() {
        strip_nulls(component);
        if component.get("id").is_none() {
            component["id"] = json!(*next);
        }
        *next += 1;
        if let Some(children) = component.get_mut("components") {
            number_components(children, next);
        }
    }
}

fn strip_nulls(value: &mut Value) {
    if let Some(map) = value.as_object_mut() {
        map.retain(|_, v| !v.is_null());
    }
}

/// Attachment objects: existing ones kept by id, new ones from the uploaded files.
pub(crate) fn attachments(
    body: &Value,
    files: &[StoredFile],
    channel_id: u64,
    existing: &[Value],
) -> Value {
    let requested = body.get("attachments").and_then(Value::as_array);
    let mut out: Vec<Value> = match requested {
        Some(list) => existing
            .iter()
            .filter(|a| {
                list.iter()
                    .any(|r| r.get("id").map(value_id) == a.get("id").map(value_id))
            })
            .cloned()
            .collect(),
        None => existing.to_vec(),
    };
    for file in files {
        let id = snowflake();
        let index = file
            .field
            .trim_start_matches("files[")
            .trim_end_matches(']')
            .to_owned();
        let described = requested
            .and_then(|list| {
                list.iter()
                    .find(|r| r.get("id").map(value_id).as_deref() == Some(index.as_str()))
            })
            .and_then(|r| r.get("description"))
            .cloned()
            .unwrap_or(Value::Null);
        let url = format!(
            "https://cdn.discordapp.com/attachments/{channel_id}/{id}/{}",
            file.filename
        );
        let mut attachment = json!({
            "id": id.to_string(),
            "filename": file.filename,
            "size": file.bytes.len(),
            "url": url,
            "proxy_url": url.replace("cdn.discordapp.com", "media.discordapp.net"),
        });
        if let Some(content_type) = &file.content_type {
            attachment["content_type"] = json!(content_type);
        }
        if let Some(description) = described.as_str() {
            attachment["description"] = json!(description);
        }
        out.push(attachment);
    }
    Value::Array(out)
}

fn value_id(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
