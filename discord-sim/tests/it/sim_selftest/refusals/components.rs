//! Message components, modals and allowed mentions.
use serde_json::{json, Value};

use super::super::callback_path;
use super::super::rules::sim_with_ping_command;
use super::{assert_refused, post};
use discord_sim::{Sim, User};

fn button(custom_id: &str) -> Value {
    json!({ "type": 2, "style": 1, "label": "Go", "custom_id": custom_id })
}

fn row(components: Vec<Value>) -> Value {
    json!({ "type": 1, "components": components })
}

fn with_rows(rows: Vec<Value>) -> Value {
    json!({ "content": "Pick one", "components": rows })
}

#[tokio::test]
async fn sim_refuses_more_than_five_action_rows() {
    let sim = Sim::start().await;
    let channel = sim.default_channel();
    let rows = |n: usize| {
        (0..n)
            .map(|i| row(vec![button(&format!("b{i}"))]))
            .collect()
    };
    let answer = post(&sim, channel, &with_rows(rows(6))).await;
    assert_refused(&sim, &answer, "components", "BASE_TYPE_MAX_LENGTH");
    let answer = post(&sim, channel, &with_rows(rows(5))).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_refuses_duplicate_custom_ids() {
    let sim = Sim::start().await;
    let channel = sim.default_channel();
    let same_row = with_rows(vec![row(vec![button("yes"), button("yes")])]);
    let answer = post(&sim, channel, &same_row).await;
    let at = "components.0.components.1.custom_id";
    assert_refused(&sim, &answer, at, "COMPONENT_CUSTOM_ID_DUPLICATED");
    let two_rows = with_rows(vec![row(vec![button("yes")]), row(vec![button("yes")])]);
    let answer = post(&sim, channel, &two_rows).await;
    let at = "components.1.components.0.custom_id";
    assert_refused(&sim, &answer, at, "COMPONENT_CUSTOM_ID_DUPLICATED");
    let fine = with_rows(vec![row(vec![button("yes"), button("no")])]);
    assert_eq!(post(&sim, channel, &fine).await.status, 200);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_refuses_link_buttons_without_url_or_with_custom_id() {
    let sim = Sim::start().await;
    let channel = sim.default_channel();
    let link = |extra: Value| {
        let mut b = json!({ "type": 2, "style": 5, "label": "Agenda" });
        if let (Some(b), Some(extra)) = (b.as_object_mut(), extra.as_object()) {
            b.extend(extra.clone());
        }
        with_rows(vec![row(vec![b])])
    };
    let at = "components.0.components.0";
    let answer = post(&sim, channel, &link(json!({}))).await;
    assert_refused(
        &sim,
        &answer,
        &format!("{at}.url"),
        "BUTTON_COMPONENT_URL_REQUIRED",
    );
    let both = json!({ "url": "https://example.org/agenda", "custom_id": "agenda" });
    let answer = post(&sim, channel, &link(both)).await;
    let code = "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED";
    assert_refused(&sim, &answer, &format!("{at}.custom_id"), code);
    let plain = json!({ "type": 2, "style": 1, "label": "Go" });
    let answer = post(&sim, channel, &with_rows(vec![row(vec![plain])])).await;
    let code = "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED";
    assert_refused(&sim, &answer, &format!("{at}.custom_id"), code);

    let fine = link(json!({ "url": "https://example.org/agenda" }));
    assert_eq!(post(&sim, channel, &fine).await.status, 200);
    sim.assert_no_violations();
}

fn text_input(max_length: u64, min_length: u64, value: &str) -> Value {
    json!({ "type": 4, "custom_id": "brief", "style": 2, "label": "Brief",
        "max_length": max_length, "min_length": min_length, "value": value })
}

fn rows_of_inputs(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            let mut input = text_input(10, 0, "");
            input["custom_id"] = json!(format!("field{i}"));
            row(vec![input])
        })
        .collect()
}

fn modal(rows: Vec<Value>) -> Value {
    json!({ "type": 9, "data": { "custom_id": "form", "title": "Brief", "components": rows } })
}

#[tokio::test]
async fn sim_refuses_modal_text_inputs_that_do_not_fit() {
    let sim = sim_with_ping_command().await;
    let kari = User::member("Kari");
    let i = sim
        .invoke(&kari, sim.default_channel(), "ping", json!([]))
        .await;
    let at = "data.components.0.components.0";
    let cases = [
        (
            modal(vec![row(vec![text_input(10, 0, "eleven char")])]),
            format!("{at}.value"),
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            modal(vec![row(vec![text_input(10, 20, "")])]),
            format!("{at}.min_length"),
            "TEXT_INPUT_MIN_LENGTH_GREATER_THAN_MAX",
        ),
        (
            modal(rows_of_inputs(6)),
            "data.components".to_owned(),
            "BASE_TYPE_BAD_LENGTH",
        ),
        (
            modal(vec![
                row(vec![text_input(10, 0, "")]),
                row(vec![text_input(10, 0, "")]),
            ]),
            "data.components.1.components.0.custom_id".to_owned(),
            "COMPONENT_CUSTOM_ID_DUPLICATED",
        ),
    ];
    for (body, at, code) in cases {
        let answer = sim.raw("POST", &callback_path(&i), Some(&body)).await;
        assert_refused(&sim, &answer, &at, code);
    }
    let fine = modal(vec![row(vec![text_input(10, 2, "ten chars!")])]);
    assert_eq!(rows_of_inputs(5).len(), discord_sim::MAX_ACTION_ROWS);
    let answer = sim.raw("POST", &callback_path(&i), Some(&fine)).await;
    assert_eq!(answer.status, 204, "{}", answer.body);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_refuses_parse_users_with_a_users_list() {
    let sim = sim_with_ping_command().await;
    let channel = sim.default_channel();
    let mentioning =
        |allowed: Value| json!({ "content": "<@123456789012345678>", "allowed_mentions": allowed });
    let both = json!({ "parse": ["users"], "users": ["123456789012345678"] });
    let answer = post(&sim, channel, &mentioning(both.clone())).await;
    let code = "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE";
    assert_refused(&sim, &answer, "allowed_mentions", code);
    let roles = json!({ "parse": ["roles"], "roles": ["123456789012345679"] });
    let answer = post(&sim, channel, &mentioning(roles)).await;
    assert_refused(&sim, &answer, "allowed_mentions", code);
    // In an interaction answer too.
    let i = sim
        .invoke(&User::member("Kari"), channel, "ping", json!([]))
        .await;
    let reply = json!({ "type": 4, "data": mentioning(both) });
    let answer = sim.raw("POST", &callback_path(&i), Some(&reply)).await;
    assert_refused(&sim, &answer, "data.allowed_mentions", code);

    // An empty list, or the list without `parse: ["users"]`, is fine.
    for allowed in [
        json!({ "parse": ["users"], "users": [] }),
        json!({ "parse": [], "users": ["123456789012345678"] }),
        json!({ "parse": ["roles"], "users": ["123456789012345678"] }),
    ] {
        let answer = post(&sim, channel, &mentioning(allowed)).await;
        assert_eq!(answer.status, 200, "{}", answer.body);
    }
    sim.assert_no_violations();
}
