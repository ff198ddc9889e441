//! Application command registration: bulk overwrite, create and list, guild and global, with
//! command objects shaped like Discord's (ids kept across overwrites).
use serde_json::{json, Value};

use super::command_rules::check_registration;
use super::rest::{Reply, Req};
use super::rules::ApiError;
use super::state::{snowflake, Shared, State};

type Handled = Result<Reply, ApiError>;

/// `GET`/`PUT`/`POST` on `/applications/{app}/commands` or `.../guilds/{guild}/commands`.
pub(crate) fn handle(shared: &Shared, req: &Req, guild_id: Option<u64>) -> Handled {
    if req.id("application_id") != shared.application_id {
        return Err(ApiError::new(403, 50001, "Missing Access"));
    }
    if guild_id.is_some_and(|g| g != shared.guild_id) {
        return Err(ApiError::new(403, 50001, "Missing Access"));
    }
    if req.method != "GET" {
        check_registration(&req.body_or_null())?;
    }
    shared.update(|state| {
        let existing = match guild_id {
            Some(g) => state.guild_commands.get(&g).cloned().unwrap_or_default(),
            None => state.global_commands.clone(),
        };
        let stored = match req.method.as_str() {
            "GET" => return Reply::ok(Value::Array(existing)),
            "PUT" => {
                let given = req
                    .body
                    .as_ref()
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                given
                    .iter()
                    .map(|c| command_response(shared, c, guild_id, &existing))
                    .collect::<Vec<_>>()
            }
            _ => {
                let command = command_response(shared, &req.body_or_null(), guild_id, &existing);
                let mut all: Vec<Value> = existing
                    .into_iter()
                    .filter(|c| c["name"] != command["name"] || c["type"] != command["type"])
                    .collect();
                all.push(command.clone());
                store_commands(state, guild_id, all);
                return Ok(Reply {
                    status: 201,
                    body: Some(command),
                });
            }
        };
        store_commands(state, guild_id, stored.clone());
        Reply::ok(Value::Array(stored))
    })
}

fn store_commands(state: &mut State, guild_id: Option<u64>, commands: Vec<Value>) {
    match guild_id {
        Some(g) => {
            state.guild_commands.insert(g, commands);
        }
        None => state.global_commands = commands,
    }
}

/// The command object Discord returns for a registration request (ids kept across overwrites).
fn command_response(
    shared: &Shared,
    given: &Value,
    guild_id: Option<u64>,
    existing: &[Value],
) -> Value {
    let kind = given.get("type").and_then(Value::as_u64).unwrap_or(1);
    let name = given
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let id = existing
        .iter()
        .find(|c| c["name"] == name && c["type"] == kind)
        .and_then(|c| c["id"].as_str().map(str::to_owned))
        .unwrap_or_else(|| snowflake().to_string());
    let permissions = match given.get("default_member_permissions") {
        Some(Value::Number(n)) => json!(n.to_string()),
        Some(Value::String(s)) => json!(s),
        _ => Value::Null,
    };
    let mut out = json!({
        "id": id,
        "application_id": shared.application_id.to_string(),
        "version": snowflake().to_string(),
        "default_member_permissions": permissions,
        "type": kind,
        "name": name,
        "name_localizations": given.get("name_localizations").cloned().unwrap_or(Value::Null),
        "description": given.get("description").and_then(Value::as_str).unwrap_or(""),
        "description_localizations": given.get("description_localizations").cloned().unwrap_or(Value::Null),
        "contexts": given.get("contexts").cloned().unwrap_or(Value::Null),
        "integration_types": given.get("integration_types").filter(|v| v.is_array()).cloned().unwrap_or_else(|| json!([0])),
        "nsfw": given.get("nsfw").and_then(Value::as_bool).unwrap_or(false),
    });
    match guild_id {
        Some(g) => out["guild_id"] = json!(g.to_string()),
        None => {
            out["dm_permission"] = json!(given
                .get("dm_permission")
                .and_then(Value::as_bool)
                .unwrap_or(true))
        }
    }
    if let Some(options) = given
        .get("options")
        .and_then(Value::as_array)
        .filter(|o| !o.is_empty())
    {
        out["options"] = Value::Array(options.iter().map(option_response).collect());
    }
    out
}

/// An option as Discord echoes it: nulls dropped, `required` only where true.
fn option_response(option: &Value) -> Value {
    let mut out = option.clone();
    if let Some(map) = out.as_object_mut() {
        map.retain(|k, v| !v.is_null() || k.ends_with("_localizations"));
        if map.get("required") == Some(&json!(false)) {
            map.remove("required");
        }
        if let Some(Value::Array(nested)) = map.get("options") {
            let nested: Vec<Value> = nested.iter().map(option_response).collect();
            map.insert("options".into(), Value::Array(nested));
        }
    }
    out
}
