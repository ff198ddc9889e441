//! `/brief` end to end: representatives write, edit, read, withdraw and trace their briefs
//! through the modal, against the Discord simulator; refusals are clear and lose no text.

use crate::support::bot::{TestBot, SECRETARIAT_ROLE};
use crate::support::sim::{Response, User};
use serde_json::{json, Value};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);
/// A week before the example meeting: briefs are open.
const BEFORE: &str = "2024-11-02T10:00:00Z";

async fn run(bot: &TestBot, user: &User, command: &str, options: Value) -> Response {
    let i = bot
        .sim
        .invoke(user, bot.sim.default_channel(), command, options)
        .await;
    bot.sim.wait_response(&i, WAIT).await
}

/// `/brief send` then the modal: returns the modal callback and the answer to the submit.
async fn write_brief(
    bot: &TestBot,
    user: &User,
    options: Value,
    text: &str,
) -> (Response, Response) {
    let modal = run(
        bot,
        user,
        "brief",
        json!([{"name": "send", "options": options}]),
    )
    .await;
    assert_eq!(modal.callback_type(), Some(9), "a modal: {:?}", modal.body);
    let custom_id = modal.data()["custom_id"]
        .as_str()
        .expect("custom_id")
        .to_owned();
    let submit = bot
        .sim
        .submit_modal(
            user,
            bot.sim.default_channel(),
            &custom_id,
            &[("text", text)],
        )
        .await;
    (modal, bot.sim.wait_response(&submit, WAIT).await)
}

fn text_field(modal: &Response) -> &Value {
    &modal.data()["components"][0]["components"][0]
}

async fn current(bot: &TestBot, region: &str) -> Option<String> {
    let meeting = bot.upcoming().await;
    let briefs = bot
        .db
        .store
        .region_briefs(meeting.id)
        .await
        .expect("briefs");
    briefs
        .into_iter()
        .find(|b| b.region == region)
        .and_then(|b| b.brief)
        .map(|b| b.body)
}

#[tokio::test]
async fn a_representative_writes_edits_reads_and_withdraws() {
    let bot = TestBot::start(BEFORE).await;
    let karl = User::member("Karl Jørgen").with_locale("no");
    bot.link(&karl, "Horten kommune").await;

    let first =
        "• Intercity-utbyggingen: nytt stoppmønster.\n• Horten Tech Festival 2024 ble en suksess.";
    let (modal, receipt) = write_brief(&bot, &karl, json!([]), first).await;
    assert_eq!(modal.data()["title"], "Innlegg fra Horten kommune");
    assert_eq!(text_field(&modal)["style"], 2, "a paragraph field");
    assert_eq!(text_field(&modal)["max_length"], 4000);
    assert!(text_field(&modal).get("value").is_none_or(Value::is_null));
    assert!(receipt.is_ephemeral());
    let text = receipt.content().expect("receipt");
    assert!(text.contains("Innlegget fra **Horten kommune** til «Møte i faggruppe for Næringssamarbeid» er lagret (versjon 1)"), "{text}");
    assert!(text.contains("10 ord, ca. 5 sekunder å lese opp"), "{text}");
    assert!(
        text.contains("> • Intercity-utbyggingen: nytt stoppmønster.\n> • Horten Tech Festival"),
        "{text}"
    );
    assert!(text.contains("<t:1731106799:f>"), "{text}");
    assert_eq!(
        current(&bot, "Horten kommune").await.as_deref(),
        Some(first)
    );

    // Running it again edits: the modal holds the current text.
    let second = format!("{first}\n• Våre unge-satsingen.");
    let (modal, receipt) = write_brief(&bot, &karl, json!([]), &second).await;
    assert_eq!(text_field(&modal)["value"], first);
    assert!(receipt.content().is_some_and(|t| t.contains("(versjon 2)")));

    let shown = run(&bot, &karl, "brief", json!([{"name": "show"}])).await;
    let shown_text = shown.content().expect("show");
    assert!(
        shown_text.starts_with("**Innlegg fra Horten kommune**, Karl Jørgen"),
        "{shown_text}"
    );
    assert!(shown_text.ends_with(&second), "{shown_text}");

    let history = run(&bot, &karl, "brief", json!([{"name": "history"}])).await;
    let history = history.content().expect("history");
    assert!(
        history.contains("v2 · Karl Jørgen") && history.contains("v1 · Karl Jørgen"),
        "{history}"
    );
    assert!(
        history.find("v2").unwrap_or(usize::MAX) < history.find("v1").unwrap_or(0),
        "{history}"
    );

    let ask = run(&bot, &karl, "brief", json!([{"name": "withdraw"}])).await;
    assert!(ask
        .content()
        .is_some_and(|t| t.contains("Vil du trekke tilbake innlegget fra **Horten kommune**?")));
    let buttons = &ask.data()["components"][0]["components"];
    let confirm = buttons[0]["custom_id"]
        .as_str()
        .expect("confirm button")
        .to_owned();
    let message = ask.message_id.expect("the question is a message");
    let click = bot
        .sim
        .click(&karl, bot.sim.default_channel(), message, &confirm)
        .await;
    let done = bot.sim.wait_response(&click, WAIT).await;
    assert_eq!(
        done.callback_type(),
        Some(7),
        "the question is replaced: {:?}",
        done.body
    );
    assert!(
        done.content().is_some_and(|t| t.contains("er trukket")),
        "{:?}",
        done.body
    );
    assert_eq!(current(&bot, "Horten kommune").await, None);
    let history = run(&bot, &karl, "brief", json!([{"name": "history"}])).await;
    assert!(history
        .content()
        .is_some_and(|t| t.contains("v3 · trukket tilbake av Karl Jørgen")));
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn receipts_in_english_warn_above_three_minutes() {
    let bot = TestBot::start(BEFORE).await;
    let anne = User::member("Anne").with_locale("en-US");
    bot.link(&anne, "Kongsvingerregionen").await;
    let long = vec!["ord"; 400].join(" ");
    let (modal, receipt) = write_brief(&bot, &anne, json!([]), &long).await;
    assert_eq!(modal.data()["title"], "Brief from Kongsvingerregionen");
    let text = receipt.content().expect("receipt");
    assert!(text.contains("is saved (version 1)"), "{text}");
    assert!(
        text.contains("400 words, about 3 min 5 s to read aloud"),
        "{text}"
    );
    assert!(
        text.contains("⚠️ The brief takes about 3 min 5 s"),
        "{text}"
    );
    assert_eq!(current(&bot, "Kongsvingerregionen").await, Some(long));
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn only_representatives_and_the_secretariat_may_write() {
    let bot = TestBot::start(BEFORE).await;
    let stranger = User::member("Ola").with_locale("no");
    let reply = run(&bot, &stranger, "brief", json!([{"name": "send"}])).await;
    assert!(reply.is_ephemeral());
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("ikke registrert som representant for noen region")),
        "{:?}",
        reply.body
    );

    let karl = User::member("Karl Jørgen").with_locale("no");
    bot.link(&karl, "Horten kommune").await;
    let options = json!([{"name": "send", "options": [{"name": "region", "value": "Elverum"}]}]);
    let reply = run(&bot, &karl, "brief", options).await;
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("ikke registrert som representant for Elverum")),
        "{:?}",
        reply.body
    );

    // The secretariat's role may write for any region; an administrator without it may not
    // use the secretariat's commands.
    let admin = User::admin("Admin").with_locale("no");
    let reply = run(&bot, &admin, "briefs", json!([])).await;
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("bare for sekretariatet")),
        "{:?}",
        reply.body
    );
    let secretariat = User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE);
    let options = json!([{"name": "region", "value": "Elverum"}]);
    let (_, receipt) = write_brief(&bot, &secretariat, options, "Fra e-post.").await;
    assert!(receipt.content().is_some_and(|t| t.contains("**Elverum**")));
    let overview = run(&bot, &secretariat, "briefs", json!([])).await;
    let overview = overview.content().expect("overview");
    assert!(overview.contains("1 av 5 mottatt"), "{overview}");
    assert!(overview.contains("✅ **Elverum**: Karoline"), "{overview}");
    assert!(
        overview.contains("❌ **Horten kommune**: mangler"),
        "{overview}"
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn after_the_deadline_members_are_told_and_the_secretariat_may_still_add() {
    let bot = TestBot::start(BEFORE).await;
    let karl = User::member("Karl Jørgen").with_locale("no");
    bot.link(&karl, "Horten kommune").await;
    // The member opens the modal in time, but submits after the deadline: the text comes back.
    let modal = run(&bot, &karl, "brief", json!([{"name": "send"}])).await;
    let custom_id = modal.data()["custom_id"]
        .as_str()
        .expect("custom_id")
        .to_owned();
    bot.clock.set("2024-11-08T23:00:00Z".parse().expect("time"));
    let text = "Sent, men viktig.";
    let submit = bot
        .sim
        .submit_modal(
            &karl,
            bot.sim.default_channel(),
            &custom_id,
            &[("text", text)],
        )
        .await;
    let refused = bot.sim.wait_response(&submit, WAIT).await;
    assert!(refused.is_ephemeral());
    let content = refused.content().expect("content");
    assert!(
        content.contains(
            "Fristen for innlegg til dette møtet gikk ut fredag 8. november 2024 kl. 23:59"
        ),
        "{content}"
    );
    assert!(content.contains("Teksten din ligger vedlagt"), "{content}");
    assert_eq!(refused.files.len(), 1);
    assert_eq!(refused.files[0].bytes, text.as_bytes());
    assert_eq!(current(&bot, "Horten kommune").await, None);

    // Now even opening the modal is refused, with the deadline.
    let reply = run(&bot, &karl, "brief", json!([{"name": "send"}])).await;
    assert!(
        reply.content().is_some_and(|t| t.contains("gikk ut")),
        "{:?}",
        reply.body
    );

    let secretariat = User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE);
    let options = json!([{"name": "region", "value": "Horten kommune"}]);
    let (_, receipt) = write_brief(&bot, &secretariat, options, text).await;
    assert!(
        receipt
            .content()
            .is_some_and(|t| t.contains("Lagret av sekretariatet etter fristen")),
        "{:?}",
        receipt.body
    );
    assert_eq!(current(&bot, "Horten kommune").await.as_deref(), Some(text));
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_blank_brief_is_refused_and_mentions_ping_nobody() {
    let bot = TestBot::start(BEFORE).await;
    let camilla = User::member("Camilla").with_locale("no");
    bot.link(&camilla, "Lørenskog kommune").await;
    let (_, refused) = write_brief(&bot, &camilla, json!([]), "   \n  ").await;
    assert!(
        refused
            .content()
            .is_some_and(|t| t.contains("Innlegget er tomt")),
        "{:?}",
        refused.body
    );
    assert!(refused.files.is_empty());

    let loud = "@everyone se her! <@&1187000000000000900> og <@123456789012345678> **viktig**";
    let (_, receipt) = write_brief(&bot, &camilla, json!([]), loud).await;
    assert!(
        receipt.content().is_some_and(|t| t.contains(loud)),
        "markdown kept: {:?}",
        receipt.body
    );
    assert_eq!(receipt.data()["allowed_mentions"]["parse"], json!([]));
    let shown = run(&bot, &camilla, "brief", json!([{"name": "show"}])).await;
    assert!(shown.content().is_some_and(|t| t.ends_with(loud)));
    assert_eq!(shown.data()["allowed_mentions"]["parse"], json!([]));
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn two_submissions_at_once_are_both_kept() {
    let bot = TestBot::start(BEFORE).await;
    let a = User::member("Asbjørn").with_locale("no");
    let b = User::member("Eli").with_locale("no");
    bot.link(&a, "Elverum").await;
    bot.link(&b, "Elverum").await;
    let open = |u: User| {
        let bot = &bot;
        async move {
            let modal = run(bot, &u, "brief", json!([{"name": "send"}])).await;
            modal.data()["custom_id"]
                .as_str()
                .expect("custom_id")
                .to_owned()
        }
    };
    let (id_a, id_b) = (open(a.clone()).await, open(b.clone()).await);
    let channel = bot.sim.default_channel();
    let (sa, sb) = tokio::join!(
        bot.sim
            .submit_modal(&a, channel, &id_a, &[("text", "Fra Asbjørn.")]),
        bot.sim
            .submit_modal(&b, channel, &id_b, &[("text", "Fra Eli.")]),
    );
    let (ra, rb) = tokio::join!(
        bot.sim.wait_response(&sa, WAIT),
        bot.sim.wait_response(&sb, WAIT)
    );
    assert!(ra.content().is_some_and(|t| t.contains("lagret")));
    assert!(rb.content().is_some_and(|t| t.contains("lagret")));
    let meeting = bot.upcoming().await;
    let revisions = bot
        .db
        .store
        .brief_revisions(meeting.id, "Elverum")
        .await
        .expect("revisions");
    let mut bodies: Vec<_> = revisions.iter().map(|r| r.body.as_str()).collect();
    let last = revisions.last().map(|r| r.body.clone());
    bodies.sort_unstable();
    assert_eq!(bodies, ["Fra Asbjørn.", "Fra Eli."]);
    assert_eq!(
        current(&bot, "Elverum").await,
        last,
        "the last revision is current"
    );
    bot.stop().await;
}

#[tokio::test]
async fn the_secretariat_links_representatives() {
    let bot = TestBot::start(BEFORE).await;
    let secretariat = User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE);
    let lina = User::member("Lina-Maria").with_locale("no");
    bot.sim.add_user(&lina);
    let add = json!([{"name": "add", "options": [
        {"name": "user", "value": lina.id.to_string()},
        {"name": "region", "value": "Ringeriksregionen"}
    ]}]);
    let reply = run(&bot, &secretariat, "representative", add.clone()).await;
    assert!(
        reply.content().is_some_and(|t| t.contains(&format!(
            "<@{}> er nå representant for Ringeriksregionen",
            lina.id
        ))),
        "{:?}",
        reply.body
    );
    assert_eq!(
        reply.data()["allowed_mentions"]["parse"],
        json!([]),
        "the confirmation pings nobody"
    );
    let list = run(
        &bot,
        &secretariat,
        "representative",
        json!([{"name": "list"}]),
    )
    .await;
    assert!(list
        .content()
        .is_some_and(|t| t.contains(&format!("**Ringeriksregionen**: <@{}>", lina.id))));
    // Now Lina-Maria may write, and need not name the region.
    let (_, receipt) = write_brief(&bot, &lina, json!([]), "Treklyngen.").await;
    assert!(receipt
        .content()
        .is_some_and(|t| t.contains("**Ringeriksregionen**")));
    // A member cannot link themselves, even through an admin's loosened permissions.
    let reply = run(&bot, &lina, "representative", add).await;
    assert!(reply
        .content()
        .is_some_and(|t| t.contains("bare for sekretariatet")));
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_long_brief_comes_as_an_attached_file() {
    let bot = TestBot::start(BEFORE).await;
    let asbjorn = User::member("Asbjørn").with_locale("no");
    bot.link(&asbjorn, "Elverum").await;
    // Longer than the modal's 4,000 characters; Norwegian letters and a BOM from Notepad.
    let long: String = (0..600)
        .map(|n| format!("Linje {n}: Elverum+ øker.\n"))
        .collect();
    assert!(long.chars().count() > 4000 && long.chars().count() < 20_000);
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(long.as_bytes());
    let file = bot
        .sim
        .upload("elverum.txt", "text/plain; charset=utf-8", &bytes);
    let options =
        json!([{"name": "send", "options": [{"name": "file", "value": file.to_string()}]}]);
    let receipt = run(&bot, &asbjorn, "brief", options).await;
    // Deferred first (the file is fetched), then answered as a follow-up: no modal.
    assert_eq!(receipt.callback_type(), None);
    assert!(receipt.is_ephemeral());
    assert!(
        receipt
            .content()
            .is_some_and(|t| t.contains("**Elverum**") && t.contains("(versjon 1)")),
        "{:?}",
        receipt.body
    );
    assert_eq!(
        current(&bot, "Elverum").await.as_deref(),
        Some(long.trim_end())
    );

    // Now the brief is too long for the modal: editing asks for a file instead of cutting it.
    let reply = run(&bot, &asbjorn, "brief", json!([{"name": "send"}])).await;
    assert_eq!(reply.callback_type(), Some(4));
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("for langt for skjemaet")),
        "{:?}",
        reply.body
    );

    // The whole text is shown back as a file when it does not fit a message.
    let shown = run(&bot, &asbjorn, "brief", json!([{"name": "show"}])).await;
    assert_eq!(shown.files.len(), 1);
    assert_eq!(shown.files[0].bytes, long.trim_end().as_bytes());
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn an_attachment_that_is_not_text_is_refused() {
    let bot = TestBot::start(BEFORE).await;
    let asbjorn = User::member("Asbjørn").with_locale("en-US");
    bot.link(&asbjorn, "Elverum").await;
    let send = |file: u64| json!([{"name": "send", "options": [{"name": "file", "value": file.to_string()}]}]);

    let pdf = bot.sim.upload("brief.pdf", "application/pdf", b"%PDF-1.7");
    let reply = run(&bot, &asbjorn, "brief", send(pdf)).await;
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("“brief.pdf” is not a text file")),
        "{:?}",
        reply.body
    );

    let latin1 = bot.sim.upload("brief.txt", "text/plain", b"Bl\xe5b\xe6r");
    let reply = run(&bot, &asbjorn, "brief", send(latin1)).await;
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("not UTF-8 text")),
        "{:?}",
        reply.body
    );

    let huge = bot
        .sim
        .upload("brief.md", "text/markdown", &vec![b'a'; 150_000]);
    let reply = run(&bot, &asbjorn, "brief", send(huge)).await;
    assert!(
        reply.content().is_some_and(|t| t.contains("too large")),
        "{:?}",
        reply.body
    );

    // The attachment object says it is small; the download says otherwise.
    let lying = bot
        .sim
        .upload_claiming("brief.md", "text/markdown", &vec![b'a'; 150_000], 10);
    let reply = run(&bot, &asbjorn, "brief", send(lying)).await;
    assert!(
        reply.content().is_some_and(|t| t.contains("too large")),
        "{:?}",
        reply.body
    );

    let too_many_chars = bot
        .sim
        .upload("brief.md", "text/markdown", &vec![b'a'; 20_001]);
    let reply = run(&bot, &asbjorn, "brief", send(too_many_chars)).await;
    assert!(
        reply
            .content()
            .is_some_and(|t| t.contains("20001 characters")),
        "{:?}",
        reply.body
    );
    assert_eq!(current(&bot, "Elverum").await, None);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn the_secretariat_exports_and_members_are_refused() {
    let bot = TestBot::start(BEFORE).await;
    let karl = User::member("Karl Jørgen").with_locale("no");
    bot.link(&karl, "Horten kommune").await;
    write_brief(
        &bot,
        &karl,
        json!([]),
        "• Horten Tech Festival 2024 ble en suksess.",
    )
    .await;

    let export = json!([{"name": "format", "value": 0}]);
    let refused = run(&bot, &karl, "export", export.clone()).await;
    assert!(refused
        .content()
        .is_some_and(|t| t.contains("bare for sekretariatet")));
    assert!(refused.files.is_empty());

    let secretariat = User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE);
    let reply = run(&bot, &secretariat, "export", export).await;
    assert!(reply.is_ephemeral());
    let text = reply.content().expect("summary");
    assert!(
        text.contains("1 mottatt, 0 etter fristen, 4 mangler"),
        "{text}"
    );
    assert_eq!(reply.files.len(), 1);
    assert_eq!(reply.files[0].filename, "naeringssamarbeid-2024-11-07.docx");
    assert!(reply.files[0].bytes.starts_with(b"PK"), "a zip (Word) file");

    let markdown = json!([{"name": "format", "value": 1}]);
    let reply = run(&bot, &secretariat, "export", markdown).await;
    let md = String::from_utf8(reply.files[0].bytes.clone()).expect("utf-8");
    assert!(
        md.contains("• Horten Tech Festival 2024 ble en suksess."),
        "{md}"
    );
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn options_autocomplete_to_what_the_user_may_choose() {
    let bot = TestBot::start(BEFORE).await;
    let karl = User::member("Karl Jørgen").with_locale("no");
    bot.link(&karl, "Horten kommune").await;
    let channel = bot.sim.default_channel();
    // The names shown; the values are keys (`#` and an id or index), never the names.
    let names = |r: &Response| -> Vec<String> {
        let choices = r.choices();
        assert!(choices
            .iter()
            .all(|c| c["value"].as_str().is_some_and(|v| v.starts_with('#'))));
        choices
            .iter()
            .filter_map(|c| c["name"].as_str().map(str::to_owned))
            .collect()
    };
    // A representative is offered only the region they speak for.
    let typed =
        json!([{"name": "send", "options": [{"name": "region", "value": "", "focused": true}]}]);
    let i = bot.sim.autocomplete(&karl, channel, "brief", typed).await;
    assert_eq!(
        names(&bot.sim.wait_response(&i, WAIT).await),
        ["Horten kommune"]
    );
    // The secretariat is offered every region matching what was typed.
    let secretariat = User::member("Karoline")
        .with_locale("no")
        .with_role(SECRETARIAT_ROLE);
    let typed = json!([{"name": "send", "options": [{"name": "region", "value": "region", "focused": true}]}]);
    let i = bot
        .sim
        .autocomplete(&secretariat, channel, "brief", typed)
        .await;
    assert_eq!(
        names(&bot.sim.wait_response(&i, WAIT).await),
        ["Ringeriksregionen", "Kongsvingerregionen"]
    );
    // Invitees, as "Name, Organisation".
    let typed = json!([{"name": "mark", "options": [{"name": "invitee", "value": "tofte", "focused": true}]}]);
    let i = bot
        .sim
        .autocomplete(&secretariat, channel, "attendance", typed)
        .await;
    assert_eq!(
        names(&bot.sim.wait_response(&i, WAIT).await),
        ["Karl Jørgen Tofte, Horten kommune"]
    );
    // Organisations, in Norwegian order.
    let typed = json!([{"name": "organisation", "value": "bærum", "focused": true}]);
    let i = bot
        .sim
        .autocomplete(&karl, channel, "invitees", typed)
        .await;
    assert_eq!(
        names(&bot.sim.wait_response(&i, WAIT).await),
        ["Bærum kommune"]
    );
    bot.finish();
    bot.stop().await;
}
