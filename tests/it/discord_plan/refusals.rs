//! What a meeting plan refuses, in words: someone not the secretariat, a broken plan file
//! (named by its line), a meeting already begun; and a dropped meeting whose notice was
//! posted, cancelled with the preview saying so.

use super::{plan_text, press, run, secretariat, text, upload_plan};
use crate::support::bot::TestBot;
use crate::support::sim::User;
use serde_json::json;

#[tokio::test]
async fn a_member_a_broken_file_and_a_meeting_already_begun_are_refused_in_words() {
    let bot = TestBot::start("2025-01-15T10:00:00Z").await;
    let plan = plan_text(&bot);

    // Not the secretariat: refused on the server, whatever Discord shows.
    let ola = User::member("Ola").with_locale("no");
    let refused = upload_plan(&bot, &ola, &plan).await;
    assert!(
        text(&refused).contains("Denne kommandoen er bare for sekretariatet."),
        "{:?}",
        refused.body
    );

    // A misspelt key: the file and its line, in the user's language.
    let karoline = secretariat();
    let line = plan
        .lines()
        .position(|l| l == "starts = 2025-06-05T12:00:00")
        .expect("the June meeting")
        + 1;
    let typo = plan.replace(
        "starts = 2025-06-05T12:00:00",
        "stars = 2025-06-05T12:00:00",
    );
    let answer = upload_plan(&bot, &karoline, &typo).await;
    assert!(
        text(&answer).starts_with(&format!("plan.toml, linje {line}: ")),
        "{:?}",
        answer.body
    );
    assert!(answer.components().is_empty());

    // Two meetings with one key: the second meeting's entry is named.
    let twice = plan.replace(
        "key = \"naeringssamarbeid-2025-10-30\"",
        "key = \"naeringssamarbeid-2025-09-04\"",
    );
    let entry = twice
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == "[[meetings]]")
        .nth(4)
        .expect("the fifth meeting")
        .0
        + 1;
    let answer = upload_plan(&bot, &karoline, &twice).await;
    assert_eq!(
        text(&answer),
        format!(
            "plan.toml, linje {entry}: møte nr. 5: nøkkelen naeringssamarbeid-2025-09-04 står to ganger."
        )
    );

    // In English, for a member whose Discord is in English.
    let english = User::member("Kari")
        .with_locale("en-GB")
        .with_role(crate::support::bot::SECRETARIAT_ROLE);
    let answer = upload_plan(&bot, &english, &twice).await;
    assert!(
        text(&answer)
            .ends_with("meeting no. 5: the key naeringssamarbeid-2025-09-04 is given twice."),
        "{:?}",
        answer.body
    );

    // A new meeting that has already begun.
    bot.clock.set("2025-03-01T10:00:00Z".parse().expect("time"));
    let answer = upload_plan(&bot, &karoline, &plan).await;
    assert_eq!(
        text(&answer),
        "«Møte i faggruppe for Næringssamarbeid» torsdag 6. februar 2025 har allerede begynt: en møteplan kan ikke lage eller endre det."
    );
    assert_eq!(bot.db.count("meetings").await, 1, "nothing written");
    assert_eq!(bot.db.count("pending_changes").await, 0);
    bot.finish();
    bot.stop().await;
}

#[tokio::test]
async fn a_meeting_dropped_from_the_plan_is_cancelled_and_a_posted_notice_is_said() {
    let bot = TestBot::start("2025-01-15T10:00:00Z").await;
    let karoline = secretariat();
    let plan = plan_text(&bot);
    let preview = upload_plan(&bot, &karoline, &plan).await;
    press(&bot, &karoline, &preview, "plan_ok:").await;

    // The February notice goes out; then the plan drops February and December.
    bot.clock.set("2025-01-31T08:00:00Z".parse().expect("time"));
    for _ in 0..3 {
        bot.step().await;
    }
    let without = |text: &str, key: &str| -> String {
        let start = text
            .find(&format!("[[meetings]]\nkey = \"{key}\""))
            .expect("the meeting");
        let end = text[start + 1..]
            .find("[[meetings]]\n")
            .map_or(text.len(), |e| start + 1 + e);
        format!("{}{}", &text[..start], &text[end..])
    };
    let dropped = without(
        &without(&plan, "naeringssamarbeid-2025-02-06"),
        "naeringssamarbeid-2025-12-04",
    );
    let preview = upload_plan(&bot, &karoline, &dropped).await;
    let shown = text(&preview);
    assert!(
        shown.contains("• Avlyses (ikke lenger i planen): torsdag 6. februar 2025 – Møte i faggruppe for Næringssamarbeid. Innkallingen er allerede sendt: den merkes som avlyst, og medlemmene får beskjed én gang."),
        "{shown}"
    );
    assert!(
        shown.contains("• Avlyses (ikke lenger i planen): torsdag 4. desember 2025 – Julemøte i faggruppe for Næringssamarbeid. Innkallingen er ikke sendt; påminnelsene sendes ikke."),
        "{shown}"
    );
    let done = press(&bot, &karoline, &preview, "plan_ok:").await;
    assert!(
        text(&done).starts_with("Møteplanen for 2025 er lagret: 0 nye møter, 0 endret, 2 avlyst."),
        "{:?}",
        done.body
    );
    for key in [
        "naeringssamarbeid-2025-02-06",
        "naeringssamarbeid-2025-12-04",
    ] {
        let id = bot
            .db
            .store
            .meeting_id_by_key(key)
            .await
            .expect("read")
            .expect("kept, cancelled");
        let summary = bot.db.store.meeting_summary(id).await.expect("summary");
        assert!(summary.cancelled_at.is_some(), "{key} is cancelled");
    }
    // The plan's calendar keeps them, cancelled, so calendars remove them.
    let options = json!([{"name": "plan", "options": [{"name": "calendar", "options": [
        {"name": "year", "value": 2025}
    ]}]}]);
    let answer = run(&bot, &karoline, options).await;
    let ics = String::from_utf8(answer.files[0].bytes.clone()).expect("utf-8");
    let calendar: icalendar::Calendar = ics.parse().expect("a calendar");
    use icalendar::Component;
    let cancelled: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .filter(|e| e.property_value("STATUS") == Some("CANCELLED"))
        .filter_map(|e| e.property_value("UID").map(str::to_owned))
        .collect();
    assert_eq!(
        cancelled,
        [
            "naeringssamarbeid-2025-02-06@roundtable",
            "naeringssamarbeid-2025-12-04@roundtable"
        ]
    );
    // The same file again drops nothing more.
    let again = upload_plan(&bot, &karoline, &dropped).await;
    assert!(
        text(&again).contains("Ingenting å endre: møteplanen ser allerede slik ut."),
        "{:?}",
        again.body
    );
    assert!(again.components().is_empty());
    // The log names the plan.
    let log = run(
        &bot,
        &karoline,
        json!([{"name": "log", "options": [{"name": "meeting", "value": "naeringssamarbeid-2025-12-04"}]}]),
    )
    .await;
    assert!(text(&log).contains("Møteplan"), "{:?}", log.body);
    assert!(text(&log).contains("Avlysning"), "{:?}", log.body);
    bot.finish();
    bot.stop().await;
}
