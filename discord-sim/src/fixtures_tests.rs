//! Unit tests: every payload the simulator sends parses into the intended serenity type (serenity
//! silently turns unparsable dispatches into `Event::Unknown`), and REST answers parse too.
use serde_json::{json, Value};
use serenity::all::{ComponentInteractionDataKind, Interaction};
use serenity::model::event::{Event, GatewayEvent};

use super::{fixtures, gateway, Sim, User};

fn frame(event: &str, seq: u64, d: Value) -> GatewayEvent {
    let text = json!({ "op": 0, "s": seq, "t": event, "d": d }).to_string();
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{event} does not parse as a GatewayEvent: {e}"))
}

fn interaction(d: &Value) -> Interaction {
    match frame("INTERACTION_CREATE", 3, d.clone()) {
        GatewayEvent::Dispatch(3, Event::InteractionCreate(e)) => e.interaction,
        other => panic!("INTERACTION_CREATE parsed as {other:?}"),
    }
}

/// A sim with `/agenda` (subcommands `add title:string` and `show`) and `/assign who:user`.
async fn sim_with_commands() -> Sim {
    let sim = Sim::start().await;
    let commands = json!([
        { "name": "agenda", "description": "Agenda", "options": [
            { "type": 1, "name": "add", "description": "Add", "options": [
                { "type": 3, "name": "title", "description": "Title", "required": true, "autocomplete": true }] },
            { "type": 1, "name": "show", "description": "Show" }] },
        { "name": "assign", "description": "Assign", "options": [
            { "type": 6, "name": "who", "description": "Who", "required": true }] },
    ]);
    let path = format!(
        "/applications/{}/guilds/{}/commands",
        sim.application_id(),
        sim.guild_id()
    );
    let answer = sim.raw("PUT", &path, Some(&commands)).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    serde_json::from_value::<Vec<serenity::all::Command>>(answer.body)
        .expect("command objects parse");
    sim
}

#[test]
fn control_frames_parse() {
    let parse =
        |text: &str| serde_json::from_str::<GatewayEvent>(text).expect("control frame parses");
    let hello = parse(r#"{"op":10,"d":{"heartbeat_interval":1000},"s":null,"t":null}"#);
    assert!(matches!(hello, GatewayEvent::Hello(1000)));
    assert!(matches!(
        parse(r#"{"op":11,"d":null,"s":null,"t":null}"#),
        GatewayEvent::HeartbeatAck
    ));
    assert!(matches!(
        parse(&gateway::reconnect_frame()),
        GatewayEvent::Reconnect
    ));
    assert!(matches!(
        parse(&gateway::invalid_session_frame(true)),
        GatewayEvent::InvalidateSession(true)
    ));
    assert!(matches!(
        parse(&gateway::invalid_session_frame(false)),
        GatewayEvent::InvalidateSession(false)
    ));
}

#[tokio::test]
async fn ready_guild_create_and_resumed_parse() {
    let sim = Sim::start().await;
    let ready = fixtures::ready(&sim.shared, "abc", Some(&json!([0, 1])));
    match frame("READY", 1, ready) {
        GatewayEvent::Dispatch(1, Event::Ready(r)) => {
            assert_eq!(r.ready.application.id.get(), sim.application_id());
            assert_eq!(r.ready.session_id, "abc");
            assert_eq!(r.ready.user.id.get(), sim.bot_user_id());
            assert_eq!(r.ready.resume_gateway_url, sim.gateway_url());
        }
        other => panic!("READY parsed as {other:?}"),
    }
    let minutes = sim.channel("minutes");
    sim.set_bot_permissions(
        minutes,
        crate::BOT_PERMISSIONS & !crate::permissions::SEND_MESSAGES,
    );
    let guild = fixtures::guild_create(&sim.shared, &sim.shared.lock());
    match frame("GUILD_CREATE", 2, guild) {
        GatewayEvent::Dispatch(2, Event::GuildCreate(g)) => {
            assert_eq!(g.guild.id.get(), sim.guild_id());
            assert_eq!(g.guild.channels.len(), 2);
            let overwrites = &g.guild.channels[&minutes.into()].permission_overwrites;
            assert!(overwrites[0].deny.send_messages(), "{overwrites:?}");
        }
        other => panic!("GUILD_CREATE parsed as {other:?}"),
    }
    assert!(matches!(
        frame("RESUMED", 3, json!({ "_trace": [] })),
        GatewayEvent::Dispatch(3, Event::Resumed(_))
    ));
}

#[tokio::test]
async fn slash_command_in_guild_and_dm_parse() {
    let sim = sim_with_commands().await;
    let kari = User::member("Kari Nordmann")
        .with_locale("no")
        .with_role(42);
    let add = json!([{ "name": "add", "options": [{ "name": "title", "value": "Budget" }] }]);
    let invoked = sim
        .invoke(&kari, sim.default_channel(), "agenda", add)
        .await;
    let Interaction::Command(command) = interaction(&invoked.payload) else {
        panic!("not a command interaction")
    };
    assert_eq!(command.locale, "no");
    assert_eq!(command.guild_locale.as_deref(), Some("no"));
    assert_eq!(command.user.id.get(), kari.id);
    let member = command.member.expect("guild interactions carry a member");
    assert_eq!(
        member.roles.iter().map(|r| r.get()).collect::<Vec<_>>(),
        vec![42]
    );
    assert!(member.permissions.is_some());
    assert_eq!(command.data.name, "agenda");
    let serenity::all::CommandDataOptionValue::SubCommand(inner) = &command.data.options[0].value
    else {
        panic!("subcommand expected: {:?}", command.data.options)
    };
    assert_eq!(inner[0].value.as_str(), Some("Budget"));

    let ola = User::member("Ola").with_locale("en-US");
    sim.add_user(&ola);
    let assign = sim
        .invoke(
            &kari,
            sim.default_channel(),
            "assign",
            json!([{ "name": "who", "value": ola.id.to_string() }]),
        )
        .await;
    let Interaction::Command(command) = interaction(&assign.payload) else {
        panic!("not a command interaction")
    };
    assert!(command
        .data
        .resolved
        .users
        .contains_key(&serenity::all::UserId::new(ola.id)));

    // The same commands are guild commands, so a DM needs a global one.
    let global = json!([{ "name": "help", "description": "Help" }]);
    let answer = sim
        .raw(
            "PUT",
            &format!("/applications/{}/commands", sim.application_id()),
            Some(&global),
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let dm = sim.dm_channel(&ola);
    let help = sim.invoke(&ola, dm, "help", json!([])).await;
    let Interaction::Command(command) = interaction(&help.payload) else {
        panic!("not a command interaction")
    };
    assert!(command.member.is_none() && command.guild_id.is_none());
    assert_eq!(command.user.id.get(), ola.id);
    assert_eq!(command.locale, "en-US");
    sim.assert_no_violations();
}

#[tokio::test]
async fn autocomplete_component_and_modal_parse() {
    let sim = sim_with_commands().await;
    let kari = User::member("Kari");
    let typed = json!([{ "name": "add", "options": [{ "name": "title", "value": "Bud", "focused": true }] }]);
    let auto = sim
        .autocomplete(&kari, sim.default_channel(), "agenda", typed)
        .await;
    let Interaction::Autocomplete(auto) = interaction(&auto.payload) else {
        panic!("not an autocomplete interaction")
    };
    assert_eq!(
        auto.data.autocomplete().map(|o| o.value.to_owned()),
        Some("Bud".to_owned())
    );

    let post = json!({ "content": "Vote", "components": [{ "type": 1, "components": [
        { "type": 2, "style": 1, "label": "Yes", "custom_id": "vote:yes" }] }] });
    let posted = sim
        .raw(
            "POST",
            &format!("/channels/{}/messages", sim.default_channel()),
            Some(&post),
        )
        .await;
    assert_eq!(posted.status, 200, "{}", posted.body);
    serde_json::from_value::<serenity::all::Message>(posted.body.clone()).expect("message parses");
    let message_id: u64 = posted.body["id"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("message id");
    let click = sim
        .click(&kari, sim.default_channel(), message_id, "vote:yes")
        .await;
    let Interaction::Component(click_parsed) = interaction(&click.payload) else {
        panic!("not a component interaction")
    };
    assert_eq!(click_parsed.data.custom_id, "vote:yes");
    assert!(matches!(
        click_parsed.data.kind,
        ComponentInteractionDataKind::Button
    ));
    assert_eq!(click_parsed.message.id.get(), message_id);

    // Open a modal from the click, as a bot would, then submit it.
    let modal = json!({ "type": 9, "data": { "custom_id": "why", "title": "Why?", "components": [
        { "type": 1, "components": [{ "type": 4, "custom_id": "reason", "label": "Reason", "style": 2 }] }] } });
    let opened = sim
        .raw(
            "POST",
            &format!("/interactions/{}/{}/callback", click.id, click.token),
            Some(&modal),
        )
        .await;
    assert_eq!(opened.status, 204, "{}", opened.body);
    let submit = sim
        .submit_modal(
            &kari,
            sim.default_channel(),
            "why",
            &[("reason", "Because")],
        )
        .await;
    let Interaction::Modal(submitted) = interaction(&submit.payload) else {
        panic!("not a modal interaction")
    };
    assert_eq!(submitted.data.custom_id, "why");
    let serenity::all::ActionRowComponent::InputText(input) =
        &submitted.data.components[0].components[0]
    else {
        panic!("text input expected")
    };
    assert_eq!(input.value.as_deref(), Some("Because"));
    assert_eq!(
        submitted.message.as_ref().map(|m| m.id.get()),
        Some(message_id)
    );
    sim.assert_no_violations();
}

#[tokio::test]
async fn rest_answers_parse_into_serenity_models() {
    let sim = Sim::start().await;
    let me = sim.raw("GET", "/users/@me", None).await;
    serde_json::from_value::<serenity::all::CurrentUser>(me.body).expect("users/@me parses");
    let app = sim.raw("GET", "/oauth2/applications/@me", None).await;
    serde_json::from_value::<serenity::all::CurrentApplicationInfo>(app.body)
        .expect("application parses");
    let gateway = sim.raw("GET", "/gateway/bot", None).await;
    serde_json::from_value::<serenity::all::BotGateway>(gateway.body).expect("gateway/bot parses");
    let ola = User::member("Ola");
    sim.add_user(&ola);
    let dm = sim
        .raw(
            "POST",
            "/users/@me/channels",
            Some(&json!({ "recipient_id": ola.id.to_string() })),
        )
        .await;
    let channel: serenity::all::PrivateChannel =
        serde_json::from_value(dm.body).expect("DM channel parses");
    assert_eq!(channel.id.get(), sim.dm_channel(&ola));
    let general = sim
        .raw("GET", &format!("/channels/{}", sim.default_channel()), None)
        .await;
    serde_json::from_value::<serenity::all::GuildChannel>(general.body)
        .expect("guild channel parses");
    let user = sim.raw("GET", &format!("/users/{}", ola.id), None).await;
    serde_json::from_value::<serenity::all::User>(user.body).expect("user parses");
    let path = format!("/guilds/{}/members/{}", sim.guild_id(), ola.id);
    let member = sim.raw("GET", &path, None).await;
    serde_json::from_value::<serenity::all::Member>(member.body).expect("member parses");
    assert_eq!(sim.raw("GET", "/applications/@me", None).await.status, 200);
    let messages = format!("/channels/{}/messages", sim.default_channel());
    assert_eq!(
        sim.raw("POST", &messages, Some(&json!({ "content": "hi" })))
            .await
            .status,
        200
    );
    let listed = sim.raw("GET", &format!("{messages}?limit=10"), None).await;
    let listed: Vec<serenity::all::Message> =
        serde_json::from_value(listed.body).expect("message list parses");
    assert_eq!(listed.len(), 1);
    let typing = format!("/channels/{}/typing", sim.default_channel());
    assert_eq!(sim.raw("POST", &typing, None).await.status, 204);
    sim.assert_no_violations();
}
