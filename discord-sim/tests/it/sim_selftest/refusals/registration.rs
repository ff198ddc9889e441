//! Command registration and autocomplete answers: names, locales, descriptions, option order and
//! uniqueness, the combined size, choices.
use serde_json::{json, Value};

use super::super::callback_path;
use super::{assert_refused, register};
use discord_sim::{Sim, User, MAX_COMMAND_SIZE};

fn command(name: &str) -> Value {
    json!({ "name": name, "description": "Does it" })
}

fn string_option(name: &str, required: bool) -> Value {
    json!({ "type": 3, "name": name, "description": "An option", "required": required })
}

#[tokio::test]
async fn sim_refuses_command_names_discord_refuses() {
    let sim = Sim::start().await;
    for name in ["Ping", "two words", "ping!", "møte/ny"] {
        let answer = register(&sim, &json!([command(name)])).await;
        assert_refused(&sim, &answer, "0.name", "APPLICATION_COMMAND_INVALID_NAME");
    }
    let mut localized = command("meeting");
    localized["name_localizations"] = json!({ "no": "Møte" });
    let answer = register(&sim, &json!([localized])).await;
    let at = "0.name_localizations.no";
    assert_refused(&sim, &answer, at, "APPLICATION_COMMAND_INVALID_NAME");
    let mut option = command("meeting");
    option["options"] = json!([string_option("When", false)]);
    let answer = register(&sim, &json!([option])).await;
    let at = "0.options.0.name";
    assert_refused(&sim, &answer, at, "APPLICATION_COMMAND_INVALID_NAME");

    // Lowercase letters of any script, digits, `-`, `_`, `'`, Devanagari and Thai are names;
    // user and message commands may use capitals and spaces.
    let mut fine: Vec<Value> = ["møte", "brief-send", "q4_plan", "it's", "नमस्ते", "สวัสดี"]
        .into_iter()
        .map(command)
        .collect();
    fine.push(json!({ "type": 2, "name": "Send Brief", "description": "" }));
    let answer = register(&sim, &Value::Array(fine)).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_refuses_unknown_locale_keys() {
    let sim = Sim::start().await;
    let mut named = command("meeting");
    named["name_localizations"] = json!({ "nb": "møte" });
    let answer = register(&sim, &json!([named])).await;
    assert_refused(
        &sim,
        &answer,
        "0.name_localizations.nb",
        "BASE_TYPE_CHOICES",
    );
    let mut described = command("meeting");
    described["description_localizations"] = json!({ "en": "A meeting" });
    let answer = register(&sim, &json!([described])).await;
    let at = "0.description_localizations.en";
    assert_refused(&sim, &answer, at, "BASE_TYPE_CHOICES");
    let mut choice = command("meeting");
    choice["options"] = json!([{ "type": 3, "name": "kind", "description": "Kind",
        "choices": [{ "name": "Board", "value": "board", "name_localizations": { "xx": "?" } }] }]);
    let answer = register(&sim, &json!([choice])).await;
    let at = "0.options.0.choices.0.name_localizations.xx";
    assert_refused(&sim, &answer, at, "BASE_TYPE_CHOICES");

    let mut fine = command("meeting");
    fine["name_localizations"] = json!({ "no": "møte", "en-GB": "meeting" });
    fine["description_localizations"] = json!({ "no": "Et møte", "sv-SE": "Ett möte" });
    let answer = register(&sim, &json!([fine])).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_refuses_empty_command_descriptions() {
    let sim = Sim::start().await;
    for described in [
        json!({ "name": "ping", "description": "" }),
        json!({ "name": "ping" }),
    ] {
        let answer = register(&sim, &json!([described])).await;
        assert_refused(&sim, &answer, "0.description", "BASE_TYPE_BAD_LENGTH");
    }
    // The create endpoint too (one command, errors at the top level).
    let path = format!("/applications/{}/commands", sim.application_id());
    let answer = sim
        .raw(
            "POST",
            &path,
            Some(&json!({ "name": "ping", "description": "" })),
        )
        .await;
    assert_refused(&sim, &answer, "description", "BASE_TYPE_BAD_LENGTH");
}

#[tokio::test]
async fn sim_refuses_required_options_after_optional_ones() {
    let sim = Sim::start().await;
    let mut flat = command("meeting");
    flat["options"] = json!([string_option("title", false), string_option("when", true)]);
    let answer = register(&sim, &json!([flat])).await;
    let at = "0.options.1.required";
    assert_refused(
        &sim,
        &answer,
        at,
        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
    );
    let mut nested = command("meeting");
    nested["options"] = json!([{ "type": 1, "name": "new", "description": "New",
        "options": [string_option("title", false), string_option("when", true)] }]);
    let answer = register(&sim, &json!([nested])).await;
    let at = "0.options.0.options.1.required";
    assert_refused(
        &sim,
        &answer,
        at,
        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
    );

    let mut fine = command("meeting");
    fine["options"] = json!([string_option("when", true), string_option("title", false)]);
    let answer = register(&sim, &json!([fine])).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_refuses_duplicate_option_and_command_names() {
    let sim = Sim::start().await;
    let mut twice = command("meeting");
    twice["options"] = json!([string_option("title", false), string_option("title", false)]);
    let answer = register(&sim, &json!([twice])).await;
    let at = "0.options.1.name";
    assert_refused(
        &sim,
        &answer,
        at,
        "APPLICATION_COMMAND_OPTION_NAME_NOT_UNIQUE",
    );
    let answer = register(&sim, &json!([command("ping"), command("ping")])).await;
    assert_refused(
        &sim,
        &answer,
        "1.name",
        "APPLICATION_COMMANDS_DUPLICATE_NAME",
    );
    // The same name for a slash command and a user command is two commands.
    let user_ping = json!({ "type": 2, "name": "ping", "description": "" });
    let answer = register(&sim, &json!([command("ping"), user_ping])).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    sim.assert_no_violations();
}

/// `big` with 4 options of 25 choices; each choice's name and value together `pair` characters
/// (`longer`: each choice also has a Norwegian name one character longer than its name).
fn sized_command(pair: usize, longer: bool) -> Value {
    let options: Vec<Value> = (0..4)
        .map(|i| {
            let choices: Vec<Value> = (0..25)
                .map(|j| {
                    let name = format!("{j:02}{}", "n".repeat(pair / 2 - 2));
                    let value = "v".repeat(pair - pair / 2);
                    let mut choice = json!({ "name": name, "value": value });
                    if longer {
                        choice["name_localizations"] = json!({ "no": format!("{name}ø") });
                    }
                    choice
                })
                .collect();
            json!({ "type": 3, "name": format!("o{i}"), "description": "d", "choices": choices })
        })
        .collect();
    json!({ "name": "big", "description": "d", "options": options })
}

#[tokio::test]
async fn sim_refuses_commands_over_the_combined_size() {
    let sim = Sim::start().await;
    // 4 + 4 × 3 + 100 × pair characters: 7,916 fit, 8,016 do not.
    const { assert!(16 + 100 * 79 <= MAX_COMMAND_SIZE && 16 + 100 * 80 > MAX_COMMAND_SIZE) };
    let answer = register(&sim, &json!([sized_command(80, false)])).await;
    assert_refused(&sim, &answer, "0", "APPLICATION_COMMAND_TOO_LARGE");
    // The longest localization of a field counts, not the default.
    let answer = register(&sim, &json!([sized_command(79, true)])).await;
    assert_refused(&sim, &answer, "0", "APPLICATION_COMMAND_TOO_LARGE");
    let answer = register(&sim, &json!([sized_command(79, false)])).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_refuses_too_many_or_too_long_choices() {
    let sim = Sim::start().await;
    let choices = |n: usize, value: &str| -> Vec<Value> {
        (0..n)
            .map(|i| json!({ "name": format!("c{i}"), "value": value }))
            .collect()
    };
    let with = |choices: Vec<Value>| {
        let mut meeting = command("meeting");
        meeting["options"] =
            json!([{ "type": 3, "name": "kind", "description": "Kind", "choices": choices }]);
        json!([meeting])
    };
    // The spec's `maxItems` already refuses a 26th choice (at the option, as a schema error).
    let answer = register(&sim, &with(choices(26, "v"))).await;
    assert_refused(&sim, &answer, "0.options.0", "BASE_TYPE_INVALID");
    let answer = register(&sim, &with(choices(1, &"v".repeat(101)))).await;
    let at = "0.options.0.choices.0.value";
    assert_refused(&sim, &answer, at, "BASE_TYPE_MAX_LENGTH");
    let answer = register(&sim, &with(choices(25, &"v".repeat(100)))).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    sim.assert_no_violations();
}

#[tokio::test]
async fn sim_refuses_autocomplete_answers_discord_refuses() {
    let sim = Sim::start().await;
    let mut find = command("find");
    find["options"] =
        json!([{ "type": 3, "name": "who", "description": "Who", "autocomplete": true }]);
    assert_eq!(register(&sim, &json!([find])).await.status, 200);
    let typing = json!([{ "name": "who", "value": "ka", "focused": true }]);
    let i = sim
        .autocomplete(&User::member("Kari"), sim.default_channel(), "find", typing)
        .await;
    let answer_with = |choices: Vec<Value>| json!({ "type": 8, "data": { "choices": choices } });
    let choice = |name: &str, value: &str| json!({ "name": name, "value": value });
    let many = (0..26).map(|i| choice(&format!("c{i}"), "v")).collect();
    // A 26th choice and an empty name the spec already refuses (at `data`, as schema errors);
    // a value over 100 characters it allows (6,000), Discord does not.
    let cases = [
        (answer_with(many), "data", "BASE_TYPE_INVALID"),
        (
            answer_with(vec![choice("", "1")]),
            "data",
            "BASE_TYPE_INVALID",
        ),
        (
            answer_with(vec![choice("Kari", &"1".repeat(101))]),
            "data.choices.0.value",
            "BASE_TYPE_MAX_LENGTH",
        ),
    ];
    for (body, at, code) in cases {
        let answer = sim.raw("POST", &callback_path(&i), Some(&body)).await;
        assert_refused(&sim, &answer, at, code);
    }
    let full = (0..25)
        .map(|i| choice(&format!("{i:02}{}", "n".repeat(98)), &"v".repeat(100)))
        .collect();
    let answer = sim
        .raw("POST", &callback_path(&i), Some(&answer_with(full)))
        .await;
    assert_eq!(answer.status, 204, "{}", answer.body);
    sim.assert_no_violations();
}
