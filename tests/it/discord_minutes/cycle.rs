//! The whole cycle through the simulator: outcomes recorded, the draft posted, two
//! regions confirm and one proposes a correction that is accepted, the next meeting gets
//! item 2, the approval locks the minutes, an edit after the lock is refused, and the locked
//! PDF/A and Word files are byte-identical when exported again.

use super::{
    at, channel_posts, click, post_draft, prefilled, prepared, record, run, secretariat, submit,
    text, KONGSVINGER,
};
use roundtable::domain::StandingItem;
use serde_json::json;

#[tokio::test]
async fn the_minutes_go_from_outcomes_to_a_locked_approved_version() {
    let (bot, cast) = prepared().await;
    let karoline = secretariat();
    let meeting = bot
        .app
        .meeting(&roundtable::domain::records::MeetingSelector::Named(
            "naeringssamarbeid-2024-11-07".into(),
        ))
        .await
        .expect("the meeting");

    // Outcomes, the second pre-filled when edited.
    let saved = record(
        &bot,
        &karoline,
        1,
        "",
        "Innkalling og dagsorden godkjennes.",
    )
    .await;
    assert!(
        text(&saved).contains("Referatet fra sak 1"),
        "{:?}",
        saved.body
    );
    record(
        &bot,
        &karoline,
        3,
        "Sekretariatet la fram forslag med fire møter.",
        "Møteplanen godkjennes.",
    )
    .await;
    let again = run(
        &bot,
        &karoline,
        "item",
        json!([{"name": "number", "value": 3}]),
    )
    .await;
    assert_eq!(
        prefilled(&again, "account").as_deref(),
        Some("Sekretariatet la fram forslag med fire møter.")
    );
    assert_eq!(
        prefilled(&again, "conclusion").as_deref(),
        Some("Møteplanen godkjennes.")
    );
    let raised = run(&bot, &karoline, "raised", json!([])).await;
    let saved = submit(
        &bot,
        &karoline,
        &raised,
        &[
            ("title", "Julemøte"),
            ("account", "Forslag om felles julemøte."),
            ("conclusion", ""),
        ],
    )
    .await;
    assert!(text(&saved).contains("«Julemøte»"), "{:?}", saved.body);

    // The draft, posted with its files, deadline and buttons.
    let (reply, posted) = post_draft(&bot, &karoline).await;
    assert!(
        text(&reply).contains("Utkastet er sendt til kanalen"),
        "{:?}",
        reply.body
    );
    assert!(text(&reply).contains("sak 2"), "{:?}", reply.body);
    assert!(
        posted
            .content()
            .contains("Frist for kommentarer: fredag 15. november 2024."),
        "{}",
        posted.content()
    );
    let names: Vec<&str> = posted.files.iter().map(|f| f.filename.as_str()).collect();
    assert_eq!(
        names,
        [
            "referat-utkast-naeringssamarbeid-2024-11-07.docx",
            "referat-utkast-naeringssamarbeid-2024-11-07.pdf"
        ]
    );

    // The next meeting has the approval item as item 2, linking the draft.
    let next = bot
        .app
        .meeting(&roundtable::domain::records::MeetingSelector::Named(
            "naeringssamarbeid-2025-02-06".into(),
        ))
        .await
        .expect("the next meeting");
    let agenda = bot
        .app
        .meeting_details(next.id)
        .await
        .expect("details")
        .agenda;
    assert_eq!(
        agenda[1].title,
        "Godkjenning av referat fra møte 7. november 2024"
    );
    assert_eq!(agenda[1].standing, Some(StandingItem::MinutesApproval));
    assert!(agenda[1]
        .description
        .as_deref()
        .unwrap_or_default()
        .contains(&posted.id.to_string()));
    assert_eq!(agenda[0].number, 1);
    assert_eq!(agenda[2].number, 3);

    // Two regions confirm; one proposes a correction in the form pre-filled with its paragraph.
    let components = posted.components();
    for user in [&cast.anne, &cast.asbjorn] {
        let ok = click(&bot, user, posted.id, &components, "min_ok:").await;
        assert!(text(&ok).contains("er bekreftet"), "{:?}", ok.body);
    }
    let form = click(&bot, &cast.camilla, posted.id, &components, "min_fix:").await;
    assert_eq!(prefilled(&form, "paragraph").as_deref(), Some(KONGSVINGER));
    let corrected = "Kongsvingerregionen satser på grensehandel og logistikk.";
    let saved = submit(&bot, &cast.camilla, &form, &[("paragraph", corrected)]).await;
    assert!(
        text(&saved).contains("sendt til sekretariatet"),
        "{:?}",
        saved.body
    );
    // The secretariat is shown it in its channel, the paragraph before and after, with buttons.
    let shown = bot.sim.channel_messages(bot.secretariat_channel());
    let put = shown
        .iter()
        .find(|m| {
            m.content()
                .contains("Rettelse foreslått for Kongsvingerregionen")
        })
        .expect("the correction is put before the secretariat");
    assert!(
        put.content().contains(&format!("> {KONGSVINGER}")),
        "{}",
        put.content()
    );
    assert!(
        put.content().contains(&format!("> {corrected}")),
        "{}",
        put.content()
    );
    assert!(json!(put.components()).to_string().contains("min_decide:"));

    // The secretariat sees each region's answer, and accepts the correction from its preview.
    let status = run(&bot, &karoline, "status", json!([])).await;
    let shown = text(&status);
    assert!(shown.contains("✅ Ringeriksregionen: bekreftet"), "{shown}");
    assert!(shown.contains("✅ Elverum: bekreftet"), "{shown}");
    assert!(
        shown.contains("✏️ Kongsvingerregionen: rettelse foreslått"),
        "{shown}"
    );
    assert!(shown.contains(&format!("> {corrected}")), "{shown}");
    let message = status.message_id.expect("the status is a message");
    let accepted = click(
        &bot,
        &karoline,
        message,
        &status.components(),
        "min_decide:",
    )
    .await;
    assert!(
        text(&accepted).contains("er godtatt"),
        "{:?}",
        accepted.body
    );
    let view = bot.app.minutes_view(meeting.id).await.expect("the view");
    let round = view
        .items
        .iter()
        .find(|i| i.collects_briefs)
        .expect("round the table");
    assert_eq!(round.briefs[2].text, corrected);

    // Not before the next meeting; at it, the approval locks the minutes.
    let early = run(&bot, &karoline, "approve", json!([])).await;
    assert!(
        text(&early).contains("godkjennes i neste møte"),
        "{:?}",
        early.body
    );
    bot.clock.set(at("2025-02-06T11:20:00Z"));
    let approved = run(&bot, &karoline, "approve", json!([])).await;
    assert!(
        text(&approved).contains("godkjent og låst"),
        "{:?}",
        approved.body
    );
    let post = channel_posts(&bot)
        .into_iter()
        .rev()
        .find(|m| m.content().contains("er godkjent"))
        .expect("the approved minutes are posted");
    assert!(
        post.content().contains("i møte 6. februar 2025, sak 2"),
        "{}",
        post.content()
    );
    let mut files: Vec<(&str, &[u8])> = post
        .files
        .iter()
        .map(|f| (f.filename.as_str(), f.bytes.as_slice()))
        .collect();
    files.sort();
    let names: Vec<&str> = files.iter().map(|f| f.0).collect();
    assert_eq!(
        names,
        [
            "referat-naeringssamarbeid-2024-11-07.docx",
            "referat-naeringssamarbeid-2024-11-07.pdf"
        ]
    );

    // An edit after the lock is refused with the reason.
    let key = json!({"name": "meeting", "value": "naeringssamarbeid-2024-11-07"});
    let refused = run(
        &bot,
        &karoline,
        "item",
        json!([{"name": "number", "value": 1}, key]),
    )
    .await;
    assert!(text(&refused).contains("er låst"), "{:?}", refused.body);
    let late = click(&bot, &cast.anne, posted.id, &components, "min_ok:").await;
    assert!(text(&late).contains("er låst"), "{:?}", late.body);

    // The locked files, exported again, are the bytes posted.
    for (format, posted) in [
        (roundtable::export::Format::Docx, files[0].1),
        (roundtable::export::Format::Pdf, files[1].1),
    ] {
        let (version, bytes) = bot
            .app
            .locked_minutes(meeting.id, format, None)
            .await
            .expect("locked");
        assert_eq!(version.version, 1);
        assert_eq!(bytes, posted);
        let (_, again) = bot
            .app
            .locked_minutes(meeting.id, format, Some(1))
            .await
            .expect("locked");
        assert_eq!(again, posted);
    }
    let (version, _) = bot
        .app
        .locked_minutes(meeting.id, roundtable::export::Format::Json, None)
        .await
        .expect("locked");
    let (_, markdown) = bot
        .app
        .locked_minutes(meeting.id, roundtable::export::Format::Markdown, None)
        .await
        .expect("locked");
    let markdown = String::from_utf8(markdown).expect("UTF-8");
    assert!(
        markdown.contains("Referatet ble godkjent i møte 6. februar 2025, sak 2."),
        "{markdown}"
    );
    assert!(markdown.contains("Kongsvingerregionen satser på grensehandel og logistikk."));
    assert!(
        !markdown.contains(&version.sha256),
        "the hash is not in the text"
    );
    assert!(
        post.content().contains(&version.sha256),
        "{}",
        post.content()
    );
    let log = bot
        .app
        .meeting_changes(meeting.id, 50)
        .await
        .expect("the log");
    let approval = log
        .iter()
        .find(|c| c.kind == "minutes_approved")
        .expect("the approval is logged");
    assert!(approval.diff.contains(&version.sha256), "{}", approval.diff);
    assert!(
        approval.diff.contains("naeringssamarbeid-2025-02-06"),
        "{}",
        approval.diff
    );
    assert_eq!(approval.actor_id, Some(karoline.id));
    bot.finish();
    bot.stop().await;
}
